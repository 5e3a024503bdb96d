#include "export/reportwriter.h"

#include "common/resultformat.h"
#include "common/tasktext.h"
#include "export/comparisonexport.h"
#include "export/comparisonsection.h"
#include "export/curvessection.h"
#include "export/mistakessection.h"
#include "export/modelsection.h"
#include "export/pdfdocument.h"
#include "models/configurationmodel.h"
#include "models/metricstablemodel.h"
#include "models/rankstablemodel.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QWidget>

#include <cmath>
#include <memory>

namespace {
const QColor kTitle(0x08, 0x30, 0x6b);
const QColor kText(0x30, 0x30, 0x30);
const QColor kNote(0x40, 0x40, 0x40);

struct Contents
{
    std::shared_ptr<const disteval::ResultFile> result;
    QString sourcePath;
    std::vector<std::unique_ptr<ModelSection>> models; // made once: laid out twice
    std::vector<std::unique_ptr<ComparisonSection>> comparisons;
    std::unique_ptr<MistakesSection> mistakes; // with ReportOptions::confidentMistakes
};

// Page 1: what was evaluated and every model's metrics.
void drawResults(PdfDocument &doc, const Contents &c)
{
    const disteval::ResultFile &result = *c.result;
    const int percent = static_cast<int>(std::lround(result.statistics.confidence * 100));
    doc.text(ReportWriter::tr("Evaluation report"), PdfDocument::font(20, true), kTitle);
    doc.space(2);
    doc.text(QFileInfo(c.sourcePath).fileName(), PdfDocument::font(12), kText);
    doc.space(4);
    doc.text(ReportWriter::tr("%1 samples, %2, %3 model(s), evaluated on %4 rank(s) "
                              "on %5 with disteval-engine %6. Report written by disteval %7 "
                              "on %8.")
                     .arg(ResultFormat::count(result.dataset.numSamples),
                          TaskText::units(result.task, result.dataset.numClasses),
                          ResultFormat::count(static_cast<int64_t>(result.models.size())),
                          ResultFormat::count(result.worldSize),
                          QString::fromStdString(result.created),
                          QString::fromStdString(result.engineVersion),
                          QStringLiteral(DISTEVAL_VERSION),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
             PdfDocument::font(9), kText);
    if (result.task != disteval::Task::Classification)
        doc.text(TaskText::taskLine(result), PdfDocument::font(9), kText);

    doc.heading(ReportWriter::tr("Results"), 13, 80);
    QString eceNote;
    const int models = static_cast<int>(result.models.size());
    for (int first = 0; first < models; first += ReportWriter::kMaxModelsPerTable) {
        QVector<int> shown;
        for (int m = first; m < std::min(models, first + ReportWriter::kMaxModelsPerTable); ++m)
            shown << m;
        MetricsTableModel metrics;
        metrics.setResult(c.result, shown);
        doc.table(metrics, 8);
        doc.notes(metrics.intervalNotes());
        if (first == 0 && !metrics.eceNote().isEmpty())
            eceNote = metrics.eceNote();
    }
    doc.space(4);
    doc.text(ReportWriter::tr("Intervals are two-sided at %1% confidence, computed by the "
                              "method in the last column; bootstrap intervals use %2 "
                              "replicates. n/a marks an undefined value or an interval that is "
                              "not given, with the reason below the table.")
                     .arg(percent)
                     .arg(result.statistics.bootstrapReplicates),
             PdfDocument::font(8.5), kNote);
    if (!eceNote.isEmpty())
        doc.text(eceNote, PdfDocument::font(8.5), kNote);
    for (const QString &note : TaskText::notes(result))
        doc.text(note, PdfDocument::font(8.5), kNote);
    const QString curves = CurvesSection::missingNote(result);
    if (!curves.isEmpty())
        doc.text(curves, PdfDocument::font(8.5), kNote);
    if (!result.warnings.empty()) {
        doc.heading(ReportWriter::tr("Warnings"), 12, 30);
        for (const std::string &w : result.warnings)
            doc.text(QString::fromStdString(w), PdfDocument::font(8.5), QColor(0xa0, 0x40, 0x00));
    }
}

// The appendix: how the run was made, and which rank evaluated which samples.
void drawConfiguration(PdfDocument &doc, const Contents &c)
{
    doc.heading(ReportWriter::tr("Configuration"), 13, 200);
    ConfigurationModel configuration;
    configuration.setResult(c.result, c.sourcePath);
    doc.table(configuration, 8);

    RanksTableModel ranks;
    ranks.setResult(c.result);
    // The table and its coverage line stay together.
    doc.heading(ReportWriter::tr("Ranks"), 13, 16.0 * (ranks.rowCount() + 1) + 40);
    doc.table(ranks, 8);
    bool exact = false;
    const QString coverage = RanksTableModel::coverageText(*c.result, &exact);
    doc.text(coverage, PdfDocument::font(8.5),
             exact ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb0, 0x00, 0x20));
}
} // namespace

bool ReportWriter::writePdf(const disteval::ResultFile &result, const QString &sourcePath,
                            const QString &pdfPath, QString *error, int *pages,
                            const ReportOptions &options)
{
    QWidget host; // owns the plots; never shown
    host.setFont(PdfDocument::font(QApplication::font().pointSizeF())); // the plots inherit it
    Contents contents;
    // The tables need shared ownership; the caller's result outlives this call.
    contents.result = std::shared_ptr<const disteval::ResultFile>(&result, [](const auto *) {});
    contents.sourcePath = sourcePath;
    for (size_t m = 0; m < result.models.size(); ++m)
        contents.models.push_back(
                std::make_unique<ModelSection>(contents.result, static_cast<int>(m), &host));
    for (const ComparisonExport::Pair &pair : ComparisonExport::pairsOf(result))
        contents.comparisons.push_back(std::make_unique<ComparisonSection>(pair, QString(), &host));
    if (options.confidentMistakes)
        contents.mistakes
                = std::make_unique<MistakesSection>(result, sourcePath, options.mistakesPerClass);

    const QString fileName = QFileInfo(sourcePath).fileName();
    return PdfDocument::write(
            pdfPath, tr("disteval report: %1").arg(fileName),
            tr("disteval report · %1").arg(fileName),
            [&](PdfDocument &doc) {
                drawResults(doc, contents);
                for (size_t m = 0; m < contents.models.size(); ++m) {
                    contents.models[m]->draw(doc);
                    if (contents.mistakes)
                        contents.mistakes->draw(doc, static_cast<int>(m));
                }
                for (const auto &section : contents.comparisons) {
                    doc.newPage();
                    section->draw(doc);
                }
                drawConfiguration(doc, contents);
            },
            error, pages);
}
