#pragma once

#include <QCoreApplication>
#include <QString>

// Translated display names for the result file's metric and interval-method names.
class MetricNames
{
    Q_DECLARE_TR_FUNCTIONS(MetricNames)

public:
    static QString metric(const QString &name); // unknown names verbatim
    static QString method(const QString &method);
};
