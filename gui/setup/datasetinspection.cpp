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
    *out = d;
    return true;
}

QString DatasetInspection::summary() const
{
    QStringList shape;
    for (qint64 n : sampleShape)
        shape << QString::number(n);
    QLocale locale;
    QString text = tr("Format: %1\nSamples: %2\nClasses: %3")
                           .arg(format, locale.toString(numSamples), locale.toString(numClasses));
    if (!shape.isEmpty())
        text += QLatin1Char('\n') + tr("Input shape: %1").arg(shape.join(QChar(0x00D7)));
    if (!classNames.isEmpty()) {
        QStringList shown = classNames.mid(0, 10);
        if (classNames.size() > 10)
            shown << QStringLiteral("…");
        text += QLatin1Char('\n') + tr("Class names: %1").arg(shown.join(QStringLiteral(", ")));
    }
    return text;
}
