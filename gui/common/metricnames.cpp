#include "common/metricnames.h"

#include <QRegularExpression>

QString MetricNames::metric(const QString &name)
{
    if (name == QLatin1String("accuracy"))
        return tr("Accuracy");
    if (name == QLatin1String("balanced_accuracy"))
        return tr("Balanced accuracy");
    if (name == QLatin1String("top5_accuracy"))
        return tr("Top-5 accuracy");
    if (name == QLatin1String("loss"))
        return tr("Cross-entropy loss");
    if (name == QLatin1String("macro_f1"))
        return tr("Macro F1");
    if (name == QLatin1String("weighted_f1"))
        return tr("Weighted F1");
    if (name == QLatin1String("macro_precision"))
        return tr("Macro precision");
    if (name == QLatin1String("macro_recall"))
        return tr("Macro recall");
    if (name == QLatin1String("weighted_precision"))
        return tr("Weighted precision");
    if (name == QLatin1String("weighted_recall"))
        return tr("Weighted recall");
    if (name == QLatin1String("cohen_kappa"))
        return tr("Cohen's kappa");
    if (name == QLatin1String("mcc"))
        return tr("Matthews correlation");
    if (name == QLatin1String("ece"))
        return tr("Expected calibration error");
    if (name == QLatin1String("ece_debiased"))
        return tr("ECE (debiased)");
    if (name == QLatin1String("macro_auroc"))
        return tr("Macro AUROC");
    return name;
}

QString MetricNames::method(const QString &method)
{
    if (method == QLatin1String("wilson"))
        return tr("Wilson");
    if (method == QLatin1String("bca"))
        return tr("BCa bootstrap");
    // Version-1 files wrote "bootstrap" for their percentile intervals too.
    if (method == QLatin1String("bootstrap"))
        return tr("Percentile bootstrap");
    if (method == QLatin1String("hall"))
        return tr("Hall (skewness-corrected)");
    if (method == QLatin1String("newcombe"))
        return tr("Newcombe score interval");
    if (method == QLatin1String("delong"))
        return tr("DeLong");
    if (method == QLatin1String("bound"))
        return tr("Conservative bound");
    if (method == QLatin1String("bonett-price"))
        return tr("Bonett–Price");
    if (method == QLatin1String("normal"))
        return tr("Normal");
    if (method.isEmpty())
        return tr("none");
    return method;
}

bool MetricNames::isEce(const std::string &metric)
{
    return metric == "ece" || metric == "ece_debiased";
}

QString MetricNames::eceIntervalNote()
{
    return tr("Interval for the population ECE; conservative (holds it with at least the "
              "stated probability); the plug-in ECE is biased upwards, see ECE (debiased).");
}

namespace {
// "class 19" -> "class 19 (Shirt)" in the translated text.
QString classLabel(const QString &index, const std::vector<std::string> &classNames)
{
    bool ok = false;
    const int c = index.toInt(&ok);
    const std::string plain = index.toStdString();
    if (ok && c >= 0 && c < static_cast<int>(classNames.size()) && !classNames[c].empty()
        && classNames[c] != plain && classNames[c] != "class " + plain)
        return MetricNames::tr("class %1 (%2)").arg(index, QString::fromStdString(classNames[c]));
    return MetricNames::tr("class %1").arg(index);
}
} // namespace

QString MetricNames::intervalReason(const std::string &reason,
                                    const std::vector<std::string> &classNames)
{
    const QString text = QString::fromStdString(reason);
    // The engine's reasons (core/evaluation/modelsummary.cpp, core/metrics/
    // classificationmetrics.cpp, core/comparison/pairedcomparison.cpp).
    if (text == QLatin1String("no samples"))
        return tr("no samples");
    if (text == QLatin1String("fewer than 2 samples"))
        return tr("fewer than 2 samples");
    if (text == QLatin1String("the class is never predicted"))
        return tr("the class is never predicted");
    if (text == QLatin1String("the class has no samples"))
        return tr("the class has no samples");
    if (text == QLatin1String("the class has no samples and is never predicted"))
        return tr("the class has no samples and is never predicted");
    if (text == QLatin1String("no positive sample"))
        return tr("no positive sample");
    if (text == QLatin1String("no negative sample"))
        return tr("no negative sample");
    if (text == QLatin1String("no class has both positive and negative samples"))
        return tr("no class has both positive and negative samples");
    if (text == QLatin1String("the scores do not vary, so the variance is 0"))
        return tr("the scores do not vary, so the variance is 0");
    if (text == QLatin1String("the covariance between classes was not computed"))
        return tr("the covariance between classes was not computed");

    static const QRegularExpression smallClass(QStringLiteral(
            "^class (\\d+) has only (\\d+) (samples or predictions|samples|predictions) "
            "\\(fewer than (\\d+)\\): the interval of an average over classes would not be "
            "reliable$"));
    QRegularExpressionMatch m = smallClass.match(text);
    if (m.hasMatch()) {
        const QString who = classLabel(m.captured(1), classNames);
        const QString what = m.captured(3);
        const QString count = m.captured(2);
        const QString limit = m.captured(4);
        if (what == QLatin1String("samples"))
            return tr("%1 has only %2 samples (fewer than %3): the interval of an average over "
                      "classes would not be reliable")
                    .arg(who, count, limit);
        if (what == QLatin1String("predictions"))
            return tr("%1 has only %2 predictions (fewer than %3): the interval of an average "
                      "over classes would not be reliable")
                    .arg(who, count, limit);
        return tr("%1 has only %2 samples or predictions (fewer than %3): the interval of an "
                  "average over classes would not be reliable")
                .arg(who, count, limit);
    }
    static const QRegularExpression fewSamples(QStringLiteral(
            "^only (\\d+) samples \\(fewer than (\\d+)\\): the paired bootstrap would not be "
            "reliable$"));
    m = fewSamples.match(text);
    if (m.hasMatch())
        return tr("only %1 samples (fewer than %2): the paired bootstrap would not be reliable")
                .arg(m.captured(1), m.captured(2));
    static const QRegularExpression fewInClass(QStringLiteral(
            "^the class has only (\\d+) samples or predictions \\(fewer than (\\d+)\\)$"));
    m = fewInClass.match(text);
    if (m.hasMatch())
        return tr("the class has only %1 samples or predictions (fewer than %2)")
                .arg(m.captured(1), m.captured(2));
    return text;
}
