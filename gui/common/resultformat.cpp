#include "common/resultformat.h"

#include "common/metricnames.h"

#include <QFileInfo>
#include <QLocale>

#include <cmath>

QString ResultFormat::notAvailable()
{
    return tr("n/a");
}

QString ResultFormat::number(double value, int decimals)
{
    if (!std::isfinite(value))
        return notAvailable();
    return QLocale().toString(value, 'f', decimals);
}

QString ResultFormat::percent(double fraction, int decimals)
{
    if (!std::isfinite(fraction))
        return notAvailable();
    return tr("%1%").arg(QLocale().toString(fraction * 100.0, 'f', decimals));
}

QString ResultFormat::count(int64_t value)
{
    return QLocale().toString(static_cast<qlonglong>(value));
}

QString ResultFormat::interval(const disteval::Interval &ci, int decimals)
{
    if (!ci.defined())
        return notAvailable();
    return QStringLiteral("[%1, %2]").arg(number(ci.lower, decimals), number(ci.upper, decimals));
}

QString ResultFormat::valueWithInterval(const disteval::MetricValue &value, int decimals)
{
    if (!value.ci.defined()) {
        if (value.ciReason.empty())
            return number(value.value, decimals);
        return tr("%1 (no interval: %2)")
                .arg(number(value.value, decimals), MetricNames::intervalReason(value.ciReason));
    }
    return QStringLiteral("%1 %2").arg(number(value.value, decimals), interval(value.ci, decimals));
}

QString ResultFormat::noInterval(const disteval::Interval &ci, const std::string &reason,
                                 const std::vector<std::string> &classNames)
{
    if (ci.defined())
        return QString();
    if (reason.empty())
        return tr("No interval");
    return tr("No interval: %1").arg(MetricNames::intervalReason(reason, classNames));
}

QString ResultFormat::className(const disteval::ResultFile &result, int index)
{
    const auto &names = result.dataset.classNames;
    if (index >= 0 && index < static_cast<int>(names.size()) && !names[index].empty())
        return QString::fromStdString(names[index]);
    return QString::number(index);
}

QString ResultFormat::dateTime(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : notAvailable();
}

QString ResultFormat::modelName(const disteval::ModelResult &model)
{
    const QString name = QFileInfo(QString::fromStdString(model.path)).fileName();
    return name.isEmpty() ? QString::fromStdString(model.path) : name;
}
