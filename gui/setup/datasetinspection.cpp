#include "setup/datasetinspection.h"

#include <QJsonArray>
#include <QLocale>

bool DatasetInspection::fromJson(const QJsonObject &o, DatasetInspection *out, QString *error)
{
    DatasetInspection d;
    const QJsonValue samples = o.value(QStringLiteral("num_samples"));
    const QJsonValue classes = o.value(QStringLiteral("num_classes"));
    if (!o.value(QStringLiteral("format")).isString() || !samples.isDouble() || !classes.isDouble()
        || samples.toDouble() < 0 || classes.toDouble() < 0) {
        if (error)
            *error = tr("The engine's description of the dataset is incomplete.");
        return false;
    }
    d.format = o.value(QStringLiteral("format")).toString();
    d.path = o.value(QStringLiteral("path")).toString();
    d.numSamples = static_cast<qint64>(samples.toDouble());
    d.numClasses = classes.toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("sample_shape")).toArray())
        d.sampleShape.append(static_cast<qint64>(v.toDouble()));
    for (const QJsonValue &v : o.value(QStringLiteral("class_names")).toArray())
        d.classNames.append(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("label_shape")).toArray())
        d.labelShape.append(static_cast<qint64>(v.toDouble()));
    d.labelType = o.value(QStringLiteral("label_type")).toString();
    d.impliedTask = o.value(QStringLiteral("implied_task")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("input_names")).toArray())
        d.inputNames.append(v.toString());
    *out = d;
    return true;
}

namespace {
QString shapeText(const QList<qint64> &dims)
{
    QStringList parts;
    for (qint64 n : dims)
        parts << QString::number(n);
    return parts.join(QChar(0x00D7));
}
} // namespace

QString DatasetInspection::summary() const
{
    QLocale locale;
    // A dataset of real or multi-column labels has no classes to count (0).
    QString text = numClasses > 0
                           ? tr("Format: %1\nSamples: %2\nClasses: %3")
                                     .arg(format, locale.toString(numSamples),
                                          locale.toString(numClasses))
                           : tr("Format: %1\nSamples: %2").arg(format, locale.toString(numSamples));
    if (!sampleShape.isEmpty())
        text += QLatin1Char('\n') + tr("Input shape: %1").arg(shapeText(sampleShape));
    if (!inputNames.isEmpty())
        text += QLatin1Char('\n') + tr("Inputs: %1").arg(inputNames.join(QStringLiteral(", ")));
    if (!labelShape.isEmpty() || labelType == QLatin1String("real"))
        text += QLatin1Char('\n')
                + tr("Labels per sample: %1 (%2)")
                          .arg(labelShape.isEmpty() ? QStringLiteral("1") : shapeText(labelShape),
                               labelType == QLatin1String("real") ? tr("real numbers")
                                                                  : tr("integers"));
    if (!classNames.isEmpty()) {
        QStringList shown = classNames.mid(0, 10);
        if (classNames.size() > 10)
            shown << QStringLiteral("…");
        text += QLatin1Char('\n') + tr("Class names: %1").arg(shown.join(QStringLiteral(", ")));
    }
    return text;
}
