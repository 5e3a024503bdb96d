#include "export/csvexporter.h"

#include "common/resultformat.h"
#include "common/tasktext.h"
#include "export/curvescsv.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <cmath>

namespace {
// A spreadsheet runs a cell starting with one of these as a formula (OWASP, CSV
// injection); a number such as "-0.5" is just a number.
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    const bool trigger = first == QLatin1Char('=') || first == QLatin1Char('+')
                         || first == QLatin1Char('-') || first == QLatin1Char('@')
                         || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!trigger)
        return false;
    bool number = false;
    text.toDouble(&number);
    return !number;
}

QString checkpoint(const disteval::ModelResult &model)
{
    return QString::fromStdString(model.path);
}

void appendMetric(QStringList &fields, const disteval::MetricValue &m)
{
    fields << CsvExporter::number(m.value) << CsvExporter::number(m.ci.lower)
           << CsvExporter::number(m.ci.upper);
}
} // namespace

QString CsvExporter::reason(const disteval::MetricValue &value)
{
    return value.ci.defined() ? QString() : QString::fromStdString(value.ciReason);
}

QString CsvExporter::reason(const disteval::DeltaValue &value)
{
    return value.ci.defined() ? QString() : QString::fromStdString(value.ciReason);
}

QString CsvExporter::line(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << field(f);
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString CsvExporter::field(const QString &value)
{
    const QString text = looksLikeFormula(value) ? QLatin1Char('\'') + value : value;
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                       || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
                       || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvExporter::number(double value)
{
    if (!std::isfinite(value))
        return QString();
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString CsvExporter::baseName(const QString &path)
{
    const QFileInfo info(path);
    QString base = info.filePath();
    if (info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        base.chop(4);
    return base;
}

bool CsvExporter::save(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write '%1': %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QStringList CsvExporter::outputPaths(const QString &path, const disteval::ResultFile &result)
{
    const QString base = baseName(path);
    QStringList paths{base + QStringLiteral("-metrics.csv")};
    if (TaskText::hasPerClass(result.task))
        paths << base + QStringLiteral("-per-class.csv");
    if (TaskText::hasPerTarget(result.task))
        paths << base + QStringLiteral("-per-target.csv");
    if (TaskText::showsConfusion(result)) {
        const size_t models = result.models.size();
        if (models == 1)
            paths << base + QStringLiteral("-confusion-matrix.csv");
        else
            for (size_t m = 0; m < models; ++m)
                paths << base + QStringLiteral("-confusion-matrix-%1.csv").arg(m + 1);
    }
    if (CurvesCsv::applies(result))
        paths << base + CurvesCsv::fileSuffix();
    return paths;
}

QString CsvExporter::metricsCsv(const disteval::ResultFile &result)
{
    QString out
            = line({QStringLiteral("model"), QStringLiteral("checkpoint"), QStringLiteral("metric"),
                    QStringLiteral("value"), QStringLiteral("ci_lower"), QStringLiteral("ci_upper"),
                    QStringLiteral("method"), QStringLiteral("ci_reason")});
    for (size_t m = 0; m < result.models.size(); ++m) {
        const disteval::ModelResult &model = result.models[m];
        // The built-in metrics, then the user's (--metric) by their own names.
        std::vector<std::pair<std::string, disteval::MetricValue>> all = model.metrics;
        all.insert(all.end(), model.customMetrics.begin(), model.customMetrics.end());
        for (const auto &[name, value] : all) {
            QStringList fields{QString::number(m + 1), checkpoint(model),
                               QString::fromStdString(name)};
            appendMetric(fields, value);
            fields << QString::fromStdString(value.method) << reason(value);
            out += line(fields);
        }
    }
    return out;
}

QString CsvExporter::perClassCsv(const disteval::ResultFile &result)
{
    QStringList header{QStringLiteral("model"),       QStringLiteral("checkpoint"),
                       QStringLiteral("class_index"), QStringLiteral("class"),
                       QStringLiteral("support"),     QStringLiteral("predicted")};
    for (const char *metric : {"precision", "recall", "f1", "auroc"}) {
        const QString name = QString::fromLatin1(metric);
        header << name << name + QStringLiteral("_ci_lower") << name + QStringLiteral("_ci_upper");
    }
    // After the numbers, so that the columns of earlier exports keep their places.
    for (const char *metric : {"precision", "recall", "f1", "auroc"})
        header << QString::fromLatin1(metric) + QStringLiteral("_ci_reason");
    const bool dense = result.task == disteval::Task::DenseClassification;
    if (dense)
        header << QStringLiteral("iou") << QStringLiteral("iou_ci_lower")
               << QStringLiteral("iou_ci_upper") << QStringLiteral("iou_ci_reason");
    // Every task with classes or labels; from schema 4 with an interval (not dense).
    header << QStringLiteral("average_precision") << QStringLiteral("average_precision_ci_lower")
           << QStringLiteral("average_precision_ci_upper")
           << QStringLiteral("average_precision_ci_reason");
    QString out = line(header);
    for (size_t m = 0; m < result.models.size(); ++m) {
        const disteval::ModelResult &model = result.models[m];
        for (const disteval::PerClassResult &c : model.perClass) {
            QStringList fields{QString::number(m + 1),     checkpoint(model),
                               QString::number(c.index),   QString::fromStdString(c.name),
                               QString::number(c.support), QString::number(c.predicted)};
            for (const disteval::MetricValue *v : {&c.precision, &c.recall, &c.f1, &c.auroc})
                appendMetric(fields, *v);
            for (const disteval::MetricValue *v : {&c.precision, &c.recall, &c.f1, &c.auroc})
                fields << reason(*v);
            if (dense) {
                appendMetric(fields, c.iou);
                fields << reason(c.iou);
            }
            appendMetric(fields, c.averagePrecision);
            fields << reason(c.averagePrecision);
            out += line(fields);
        }
    }
    return out;
}

QString CsvExporter::perTargetCsv(const disteval::ResultFile &result)
{
    static const char *const metrics[] = {"mae", "mse", "rmse", "r2", "max_error", "mean_bias"};
    QStringList header{QStringLiteral("model"), QStringLiteral("checkpoint"),
                       QStringLiteral("target_index"), QStringLiteral("target")};
    for (const char *metric : metrics) {
        const QString name = QString::fromLatin1(metric);
        header << name << name + QStringLiteral("_ci_lower") << name + QStringLiteral("_ci_upper");
    }
    for (const char *metric : metrics)
        header << QString::fromLatin1(metric) + QStringLiteral("_ci_reason");
    QString out = line(header);
    const disteval::MetricValue missing(std::nan(""), {std::nan(""), std::nan("")}, std::string());
    for (size_t m = 0; m < result.models.size(); ++m) {
        const disteval::ModelResult &model = result.models[m];
        for (const disteval::TargetResult &t : model.perTarget) {
            QStringList fields{QString::number(m + 1), checkpoint(model), QString::number(t.index),
                               QString::fromStdString(t.name)};
            QStringList reasons;
            for (const char *metric : metrics) {
                const disteval::MetricValue *v = t.metric(metric);
                appendMetric(fields, v ? *v : missing);
                reasons << (v ? reason(*v) : QString());
            }
            out += line(fields + reasons);
        }
    }
    return out;
}

QString CsvExporter::confusionCsv(const disteval::ResultFile &result, int modelIndex)
{
    const disteval::ConfusionMatrix &cm = result.models[modelIndex].confusion;
    const int n = cm.numClasses();
    QStringList header{QStringLiteral("true_class")};
    for (int p = 0; p < n; ++p)
        header << ResultFormat::className(result, p);
    QString out = line(header);
    for (int t = 0; t < n; ++t) {
        QStringList fields{ResultFormat::className(result, t)};
        for (int p = 0; p < n; ++p)
            fields << QString::number(cm.at(t, p));
        out += line(fields);
    }
    return out;
}

bool CsvExporter::write(const disteval::ResultFile &result, const QString &path, QString *error)
{
    const QStringList paths = outputPaths(path, result);
    QStringList contents{metricsCsv(result)};
    if (TaskText::hasPerClass(result.task))
        contents << perClassCsv(result);
    if (TaskText::hasPerTarget(result.task))
        contents << perTargetCsv(result);
    if (TaskText::showsConfusion(result))
        for (size_t m = 0; m < result.models.size(); ++m)
            contents << confusionCsv(result, static_cast<int>(m));
    if (CurvesCsv::applies(result))
        contents << CurvesCsv::csv(result);
    for (int i = 0; i < paths.size(); ++i)
        if (!save(paths.at(i), contents.at(i), error))
            return false;
    return true;
}
