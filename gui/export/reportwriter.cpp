#include "export/reportwriter.h"

#include "common/metricnames.h"
#include "common/resultformat.h"
#include "export/comparisonexport.h"
#include "export/comparisonsection.h"
#include "export/pdfdocument.h"
#include "models/configurationmodel.h"
#include "models/intervalnotes.h"
#include "models/metricstablemodel.h"
#include "models/perclasstablemodel.h"
#include "models/rankstablemodel.h"
#include "plots/calibrationplot.h"
#include "plots/confusionmatrixplot.h"
#include "plots/perclassplot.h"

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

// What the report draws, made once: the document is laid out twice.
struct ModelPlots
{
    ConfusionMatrixPlot *confusion = nullptr;
    PerClassPlot *perClass = nullptr;
    CalibrationPlot *calibration = nullptr;
    bool perClassIsSubset = false;
};

struct Contents
{
    std::shared_ptr<const disteval::ResultFile> result;
    QString sourcePath;
    std::vector<ModelPlots> plots;
    std::vector<std::unique_ptr<ComparisonSection>> comparisons;
};

ModelPlots makePlots(const disteval::ResultFile &result, int m, QWidget *host)
{
    const disteval::ModelResult &model = result.models[static_cast<size_t>(m)];
    ModelPlots plots;
    QStringList names;
    for (int i = 0; i < result.dataset.numClasses; ++i)
        names << ResultFormat::className(result, i);

    plots.confusion = new ConfusionMatrixPlot(host);
    plots.confusion->setInteractive(false);
    plots.confusion->setFont(PdfDocument::font(8));
    for (QCPAxis *axis : {plots.confusion->xAxis, plots.confusion->yAxis}) {
        axis->setTickLabelFont(PdfDocument::font(names.size() > 30 ? 6.5 : 7.5));
        axis->setLabelFont(PdfDocument::font(8.5));
    }
    plots.confusion->setMatrix(model.confusion, names);
    plots.confusion->setLogScale(names.size() > 30);

    plots.perClass = new PerClassPlot(host);
    plots.perClass->setInteractive(false);
    plots.perClass->xAxis->setTickLabelRotation(-90);
    plots.perClass->xAxis->setTickLabelFont(PdfDocument::font(7));
    plots.perClass->yAxis->setTickLabelFont(PdfDocument::font(7.5));
    plots.perClass->setClasses(model.perClass);
    plots.perClassIsSubset = names.size() > ReportWriter::kMaxChartClasses;
    if (plots.perClassIsSubset) {
        plots.perClass->setSubset(PerClassPlot::Subset::Worst, ReportWriter::kMaxChartClasses);
        plots.perClass->setSort(PerClassPlot::SortKey::Value, false);
    }
    plots.perClass->setWindowSize(ReportWriter::kMaxChartClasses);
    plots.perClass->scrollTo(0);

    plots.calibration = new CalibrationPlot(host);
    plots.calibration->setCalibration(model.calibration, model.metric("ece"),
                                      model.metric("ece_debiased"));
    return plots;
}

// The method of the per-class F1 intervals, translated (the first class's that has one).
QString classF1Method(const disteval::ModelResult &model)
{
    for (const disteval::PerClassResult &c : model.perClass)
        if (!c.f1.method.empty())
            return MetricNames::method(QString::fromStdString(c.f1.method));
    return MetricNames::method(QString());
}

// Page 1: what was evaluated and every model's metrics.
void drawResults(PdfDocument &doc, const Contents &c)
{
    const disteval::ResultFile &result = *c.result;
    const int percent = static_cast<int>(std::lround(result.statistics.confidence * 100));
    doc.text(ReportWriter::tr("Evaluation report"), PdfDocument::font(20, true), kTitle);
    doc.space(2);
    doc.text(QFileInfo(c.sourcePath).fileName(), PdfDocument::font(12), kText);
    doc.space(4);
    doc.text(ReportWriter::tr("%1 samples, %2 classes, %3 model(s), evaluated on %4 rank(s) "
                              "on %5 with disteval-engine %6. Report written by disteval %7 "
                              "on %8.")
                     .arg(ResultFormat::count(result.dataset.numSamples),
                          ResultFormat::count(result.dataset.numClasses),
                          ResultFormat::count(static_cast<int64_t>(result.models.size())),
                          ResultFormat::count(result.worldSize),
                          QString::fromStdString(result.created),
                          QString::fromStdString(result.engineVersion),
                          QStringLiteral(DISTEVAL_VERSION),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
             PdfDocument::font(9), kText);

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
    if (!result.warnings.empty()) {
        doc.heading(ReportWriter::tr("Warnings"), 12, 30);
        for (const std::string &w : result.warnings)
            doc.text(QString::fromStdString(w), PdfDocument::font(8.5), QColor(0xa0, 0x40, 0x00));
    }
}

void drawModel(PdfDocument &doc, const Contents &c, int m)
{
    const disteval::ResultFile &result = *c.result;
    const disteval::ModelResult &model = result.models[static_cast<size_t>(m)];
    const ModelPlots &p = c.plots[static_cast<size_t>(m)];
    const int percent = static_cast<int>(std::lround(result.statistics.confidence * 100));
    doc.newPage();
    doc.heading(ReportWriter::tr("Model %1 of %2: %3")
                        .arg(m + 1)
                        .arg(result.models.size())
                        .arg(ResultFormat::modelName(model)),
                15, 40);
    doc.text(ReportWriter::tr("Checkpoint: %1\nSHA-256: %2\nEvaluated samples: %3")
                     .arg(QString::fromStdString(model.path), QString::fromStdString(model.sha256),
                          ResultFormat::count(model.evaluatedSamples)),
             PdfDocument::font(8), kText);

    // As large as the rest of the page allows (within limits), else on a new page.
    constexpr double kFigureExtra = 70; // heading, caption and spacing
    double matrixHeight = std::min(doc.width() * 0.92, 600.0);
    if (doc.remaining() - kFigureExtra >= 420)
        matrixHeight = std::min(matrixHeight, doc.remaining() - kFigureExtra);
    doc.heading(ReportWriter::tr("Confusion matrix"), 12, matrixHeight + 40);
    doc.plot(p.confusion, matrixHeight,
             p.confusion->logScale()
                     ? ReportWriter::tr("Counts of (true class, predicted class) on a "
                                        "logarithmic colour scale; white cells are zero. "
                                        "Rows: true class; columns: predicted class.")
                     : ReportWriter::tr("Counts of (true class, predicted class). Rows: "
                                        "true class; columns: predicted class."));

    doc.heading(ReportWriter::tr("Per-class F1"), 12, 300 + 40);
    const QString f1Method = classF1Method(model);
    doc.plot(p.perClass, 300,
             p.perClassIsSubset
                     ? ReportWriter::tr("The %1 classes with the lowest F1 of %2, with "
                                        "their %3% intervals (%4); no error bar where a "
                                        "class has no interval. Every class is in the table "
                                        "below.")
                               .arg(p.perClass->displayedClasses().size())
                               .arg(model.perClass.size())
                               .arg(percent)
                               .arg(f1Method)
                     : ReportWriter::tr("F1 of each class with its %1% interval (%2); no error "
                                        "bar where a class has no interval.")
                               .arg(percent)
                               .arg(f1Method));

    doc.heading(ReportWriter::tr("Per-class metrics"), 12, 80);
    PerClassTableModel perClass;
    perClass.setModel(c.result, m);
    perClass.setDecimals(3);
    doc.table(perClass, 7,
              {PerClassTableModel::IndexColumn, PerClassTableModel::ClassColumn,
               PerClassTableModel::SupportColumn, PerClassTableModel::PrecisionColumn,
               PerClassTableModel::PrecisionIntervalColumn, PerClassTableModel::RecallColumn,
               PerClassTableModel::RecallIntervalColumn, PerClassTableModel::F1Column,
               PerClassTableModel::F1IntervalColumn, PerClassTableModel::AurocColumn,
               PerClassTableModel::AurocIntervalColumn});
    doc.notes(IntervalNotes::of(perClass, PerClassTableModel::ClassColumn));

    doc.heading(ReportWriter::tr("Calibration"), 12, 360 + 40);
    QString calibration = ReportWriter::tr("Reliability diagram: accuracy and mean confidence "
                                           "in 15 equal-width confidence bins; below, the "
                                           "samples per bin.");
    const disteval::MetricValue *ece = model.metric("ece");
    if (ece && ece->method == "bound")
        calibration += QLatin1Char(' ') + MetricNames::eceIntervalNote();
    doc.plot(p.calibration, 360, calibration);
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
                            const QString &pdfPath, QString *error, int *pages)
{
    QWidget host; // owns the plots; never shown
    host.setFont(PdfDocument::font(QApplication::font().pointSizeF())); // the plots inherit it
    Contents contents;
    // The tables need shared ownership; the caller's result outlives this call.
    contents.result = std::shared_ptr<const disteval::ResultFile>(&result, [](const auto *) {});
    contents.sourcePath = sourcePath;
    for (size_t m = 0; m < result.models.size(); ++m)
        contents.plots.push_back(makePlots(result, static_cast<int>(m), &host));
    for (const ComparisonExport::Pair &pair : ComparisonExport::pairsOf(result))
        contents.comparisons.push_back(std::make_unique<ComparisonSection>(pair, QString(), &host));

    const QString fileName = QFileInfo(sourcePath).fileName();
    return PdfDocument::write(
            pdfPath, tr("disteval report: %1").arg(fileName),
            tr("disteval report · %1").arg(fileName),
            [&](PdfDocument &doc) {
                drawResults(doc, contents);
                for (size_t m = 0; m < result.models.size(); ++m)
                    drawModel(doc, contents, static_cast<int>(m));
                for (const auto &section : contents.comparisons) {
                    doc.newPage();
                    section->draw(doc);
                }
                drawConfiguration(doc, contents);
            },
            error, pages);
}
