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
    return taskMetric(name);
}

// The metrics of dense classification, multi-label and regression (docs/TASKS.md).
QString MetricNames::taskMetric(const QString &name)
{
    if (name == QLatin1String("mean_iou"))
        return tr("Mean IoU");
    if (name == QLatin1String("fw_iou"))
        return tr("Frequency-weighted IoU");
    if (name == QLatin1String("mean_dice"))
        return tr("Mean Dice");
    if (name == QLatin1String("subset_accuracy"))
        return tr("Subset accuracy");
    if (name == QLatin1String("hamming_loss"))
        return tr("Hamming loss");
    if (name == QLatin1String("micro_f1"))
        return tr("Micro F1");
    if (name == QLatin1String("samples_f1"))
        return tr("Samples F1");
    if (name == QLatin1String("micro_precision"))
        return tr("Micro precision");
    if (name == QLatin1String("micro_recall"))
        return tr("Micro recall");
    if (name == QLatin1String("mean_average_precision"))
        return tr("Mean average precision");
    if (name == QLatin1String("mae"))
        return tr("MAE");
    if (name == QLatin1String("mse"))
        return tr("MSE");
    if (name == QLatin1String("rmse"))
        return tr("RMSE");
    if (name == QLatin1String("r2"))
        return tr("R²");
    if (name == QLatin1String("max_error"))
        return tr("Max error");
    if (name == QLatin1String("mean_bias"))
        return tr("Mean bias");
    return name;
}

MetricNames::Direction MetricNames::direction(const std::string &metric)
{
    static const char *const lower[]
            = {"loss", "hamming_loss", "mae", "mse", "rmse", "max_error", "ece", "ece_debiased"};
    for (const char *name : lower)
        if (metric == name)
            return Direction::LowerIsBetter;
    if (metric == "mean_bias")
        return Direction::Neither;
    return Direction::HigherIsBetter;
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
    if (method == QLatin1String("poisson-bootstrap"))
        return tr("Poisson bootstrap");
    if (method == QLatin1String("logit"))
        return tr("Jackknife, logit scale");
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
// "class 19" -> "class 19 (Shirt)" in the translated text; a multi-label result's
// reasons say "label 3".
QString classLabel(const QString &index, const std::vector<std::string> &classNames,
                   bool label = false)
{
    bool ok = false;
    const int c = index.toInt(&ok);
    const std::string plain = index.toStdString();
    if (ok && c >= 0 && c < static_cast<int>(classNames.size()) && !classNames[c].empty()
        && classNames[c] != plain && classNames[c] != "class " + plain
        && classNames[c] != "label " + plain)
        return label ? MetricNames::tr("label %1 (%2)")
                               .arg(index, QString::fromStdString(classNames[c]))
                     : MetricNames::tr("class %1 (%2)")
                               .arg(index, QString::fromStdString(classNames[c]));
    return label ? MetricNames::tr("label %1").arg(index) : MetricNames::tr("class %1").arg(index);
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
            "^(class|label) (\\d+) has only (\\d+) (samples or predictions|samples|predictions) "
            "\\(fewer than (\\d+)\\): the interval of an average over classes would not be "
            "reliable$"));
    QRegularExpressionMatch m = smallClass.match(text);
    if (m.hasMatch()) {
        const QString who
                = classLabel(m.captured(2), classNames, m.captured(1) == QLatin1String("label"));
        const QString what = m.captured(4);
        const QString count = m.captured(3);
        const QString limit = m.captured(5);
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
    return taskReason(text);
}

// The reasons of the other tasks' intervals (core/tasks/tasksummary.cpp); unknown ones
// verbatim.
QString MetricNames::taskReason(const QString &text)
{
    static const char *const known[] = {
            QT_TR_NOOP("the metric is undefined on these samples"),
            QT_TR_NOOP("the metric is undefined in most bootstrap replicates"),
            QT_TR_NOOP("elements of one sample are not independent, and this metric has no "
                       "sample-level interval"),
            QT_TR_NOOP("the label is never predicted"),
            QT_TR_NOOP("the label has no positive sample"),
            QT_TR_NOOP("the label has no positive sample and is never predicted"),
            QT_TR_NOOP("the label has no positive or no negative sample"),
            QT_TR_NOOP("no ROC histogram (--auroc-bins 0)"),
            QT_TR_NOOP("no interval is computed for a binned average precision"),
            // the average precision's (core/evaluation/modelsummary.cpp)
            QT_TR_NOOP("the class has no positive sample"),
            QT_TR_NOOP("the class has no negative sample"),
            QT_TR_NOOP("the label has no negative sample"),
            QT_TR_NOOP("every positive sample scores above every negative one, so the "
                       "variance is 0"),
            QT_TR_NOOP("the labels' estimates are correlated; no interval is computed for "
                       "their mean"),
            QT_TR_NOOP("the largest error is an extreme value; the bootstrap gives no valid "
                       "interval for it"),
    };
    for (const char *reason : known)
        if (text == QLatin1String(reason))
            return tr(reason);
    static const QRegularExpression tooFew(QStringLiteral(
            "^fewer than (\\d+) samples \\((\\d+)\\): a bootstrap interval would not cover$"));
    QRegularExpressionMatch m = tooFew.match(text);
    if (m.hasMatch())
        return tr("fewer than %1 samples (%2): a bootstrap interval would not cover")
                .arg(m.captured(1), m.captured(2));
    static const QRegularExpression fewPositives(
            QStringLiteral("^the (class|label) has fewer than (\\d+) positive samples$"));
    m = fewPositives.match(text);
    if (m.hasMatch())
        return m.captured(1) == QLatin1String("class")
                       ? tr("the class has fewer than %1 positive samples").arg(m.captured(2))
                       : tr("the label has fewer than %1 positive samples").arg(m.captured(2));
    return text;
}
