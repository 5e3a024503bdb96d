#include "common/metricnames.h"

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
    if (name == QLatin1String("macro_auroc"))
        return tr("Macro AUROC");
    return name;
}

QString MetricNames::method(const QString &method)
{
    if (method == QLatin1String("wilson"))
        return tr("Wilson");
    if (method == QLatin1String("bootstrap"))
        return tr("Bootstrap");
    if (method == QLatin1String("normal"))
        return tr("Normal");
    if (method == QLatin1String("delong"))
        return tr("DeLong");
    if (method.isEmpty())
        return tr("none");
    return method;
}
