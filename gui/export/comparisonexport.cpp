#include "export/comparisonexport.h"

#include "common/resultformat.h"
#include "export/comparisonsection.h"
#include "export/csvexporter.h"
#include "export/pdfdocument.h"
#include "models/comparisontablemodel.h"
#include "models/deltaf1tablemodel.h"

#include <QDateTime>
#include <QFileInfo>
#include <QWidget>

namespace {
QString boolField(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// The number of a metric value, or "" for none.
QStringList valueFields(const disteval::MetricValue *v)
{
    if (!v)
        return {QString(), QString(), QString()};
    return {CsvExporter::number(v->value), CsvExporter::number(v->ci.lower),
            CsvExporter::number(v->ci.upper)};
}
} // namespace

QVector<ComparisonExport::Pair> ComparisonExport::pairsOf(const disteval::ResultFile &result)
{
    QVector<Pair> pairs;
    for (const disteval::PairedComparison &c : result.comparisons) {
        if (c.a < 0 || c.b < 0 || c.a >= static_cast<int>(result.models.size())
            || c.b >= static_cast<int>(result.models.size()))
            continue;
        Pair p;
        p.result = &result;
        p.a = c.a;
        p.b = c.b;
        p.comparison = &c;
        p.labelA = ResultFormat::modelName(result.models[static_cast<size_t>(c.a)]);
        p.labelB = ResultFormat::modelName(result.models[static_cast<size_t>(c.b)]);
        pairs.append(p);
    }
    return pairs;
}

QString ComparisonExport::summaryCsv(const QVector<Pair> &pairs)
{
    QString out = CsvExporter::line({QStringLiteral("model_a"),
                                     QStringLiteral("model_b"),
                                     QStringLiteral("metric"),
                                     QStringLiteral("a_value"),
                                     QStringLiteral("a_ci_lower"),
                                     QStringLiteral("a_ci_upper"),
                                     QStringLiteral("b_value"),
                                     QStringLiteral("b_ci_lower"),
                                     QStringLiteral("b_ci_upper"),
                                     QStringLiteral("delta"),
                                     QStringLiteral("delta_ci_lower"),
                                     QStringLiteral("delta_ci_upper"),
                                     QStringLiteral("interval_excludes_zero"),
                                     QStringLiteral("p_exact"),
                                     QStringLiteral("p_mid"),
                                     QStringLiteral("b01"),
                                     QStringLiteral("b10"),
                                     QStringLiteral("significant"),
                                     QStringLiteral("paired"),
                                     QStringLiteral("a_ci_reason"),
                                     QStringLiteral("b_ci_reason"),
                                     QStringLiteral("delta_method"),
                                     QStringLiteral("delta_ci_reason")});
    for (const Pair &p : pairs) {
        ComparisonTableModel model;
        model.setComparison(p.result, p.a, p.b, p.comparison, p.labelA, p.labelB);
        for (const ComparisonTableModel::Row &row : model.rows()) {
            QStringList f{p.labelA, p.labelB, QString::fromStdString(row.metric)};
            f << valueFields(row.a) << valueFields(row.b) << CsvExporter::number(row.difference);
            if (row.delta) {
                const disteval::McNemarResult *m = row.mcnemar;
                f << CsvExporter::number(row.delta->ci.lower)
                  << CsvExporter::number(row.delta->ci.upper)
                  << boolField(row.significance.intervalExcludesZero)
                  << (m ? CsvExporter::number(m->pExact) : QString())
                  << (m ? CsvExporter::number(m->pMid) : QString())
                  << (m ? QString::number(m->b01) : QString())
                  << (m ? QString::number(m->b10) : QString())
                  << boolField(row.significance.significant()) << boolField(true);
            } else {
                f << QString() << QString() << QString() << QString() << QString() << QString()
                  << QString() << QString() << boolField(false);
            }
            f << (row.a ? CsvExporter::reason(*row.a) : QString())
              << (row.b ? CsvExporter::reason(*row.b) : QString())
              << (row.delta ? QString::fromStdString(row.delta->method) : QString())
              << (row.delta ? CsvExporter::reason(*row.delta) : QString());
            out += CsvExporter::line(f);
        }
    }
    return out;
}

QString ComparisonExport::perClassCsv(const QVector<Pair> &pairs)
{
    QString out = CsvExporter::line(
            {QStringLiteral("model_a"), QStringLiteral("model_b"), QStringLiteral("class_index"),
             QStringLiteral("class"), QStringLiteral("a_f1"), QStringLiteral("b_f1"),
             QStringLiteral("delta_f1"), QStringLiteral("ci_lower"), QStringLiteral("ci_upper"),
             QStringLiteral("interval_excludes_zero"), QStringLiteral("paired"),
             QStringLiteral("method"), QStringLiteral("ci_reason")});
    for (const Pair &p : pairs) {
        DeltaF1TableModel model;
        model.setComparison(p.result, p.a, p.b, p.comparison);
        for (const DeltaF1TableModel::Row &row : model.rows()) {
            QStringList f{p.labelA,
                          p.labelB,
                          QString::number(row.index),
                          row.name,
                          row.f1A ? CsvExporter::number(row.f1A->value) : QString(),
                          row.f1B ? CsvExporter::number(row.f1B->value) : QString(),
                          CsvExporter::number(row.difference)};
            if (row.delta)
                f << CsvExporter::number(row.delta->ci.lower)
                  << CsvExporter::number(row.delta->ci.upper) << boolField(row.excludesZero)
                  << boolField(true);
            else
                f << QString() << QString() << QString() << boolField(false);
            f << (row.delta ? QString::fromStdString(row.delta->method) : QString())
              << (row.delta ? CsvExporter::reason(*row.delta) : QString());
            out += CsvExporter::line(f);
        }
    }
    return out;
}

QStringList ComparisonExport::csvPaths(const QString &path, bool perClass)
{
    const QString base = CsvExporter::baseName(path);
    QStringList paths{base + QStringLiteral("-comparison.csv")};
    if (perClass)
        paths << base + QStringLiteral("-comparison-per-class.csv");
    return paths;
}

bool ComparisonExport::hasPerClass(const disteval::ResultFile &result)
{
    return result.task != disteval::Task::Regression;
}

bool ComparisonExport::writeCsv(const QVector<Pair> &pairs, const QString &path, QString *error)
{
    const bool perClass = pairs.isEmpty() || hasPerClass(*pairs.front().result);
    const QStringList paths = csvPaths(path, perClass);
    return CsvExporter::save(paths[0], summaryCsv(pairs), error)
           && (!perClass || CsvExporter::save(paths[1], perClassCsv(pairs), error));
}

bool ComparisonExport::writePdf(const Pair &pair, const QString &title, const QString &notice,
                                const QString &path, QString *error)
{
    QWidget host; // owns the plot; never shown
    const ComparisonSection section(pair, notice, &host);
    return PdfDocument::write(
            path, tr("disteval comparison: %1").arg(title),
            tr("disteval comparison · %1 vs %2").arg(pair.labelA, pair.labelB),
            [&](PdfDocument &document) {
                document.text(tr("Comparison report"), PdfDocument::font(20, true),
                              QColor(0x08, 0x30, 0x6b));
                document.text(title, PdfDocument::font(11), QColor(0x30, 0x30, 0x30));
                document.text(tr("Written by disteval %1 on %2.")
                                      .arg(QStringLiteral(DISTEVAL_VERSION),
                                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
                              PdfDocument::font(8.5), QColor(0x40, 0x40, 0x40));
                section.draw(document);
            },
            error);
}

QStringList ComparisonExport::targets(const QString &path, bool perClass)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return csvPaths(path, perClass);
    return {path};
}

bool ComparisonExport::write(const Pair &pair, const QString &title, const QString &notice,
                             const QString &path, QStringList *written, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("pdf"))
        ok = writePdf(pair, title, notice, path, error);
    else if (suffix == QLatin1String("csv"))
        ok = writeCsv({pair}, path, error);
    else if (error)
        *error = tr("Unknown export format '%1': use .pdf or .csv.").arg(suffix);
    if (ok && written)
        *written = targets(path, hasPerClass(*pair.result));
    return ok;
}
