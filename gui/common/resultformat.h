#pragma once

#include "result/resultfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How the results views, the PDF report and the tooltips write numbers: a fixed number
// of decimals in the user's locale, "n/a" for undefined (NaN) values, intervals as
// "[lower, upper]". The CSV files do not use this (they are written in the C locale
// with full precision, see CsvExporter).
class ResultFormat
{
    Q_DECLARE_TR_FUNCTIONS(ResultFormat)

public:
    static QString notAvailable(); // "n/a", translated
    static QString number(double value, int decimals = 4);
    static QString percent(double fraction, int decimals = 1); // 0.931 -> "93.1%"
    static QString count(int64_t value);
    static QString interval(const disteval::Interval &ci, int decimals = 4);
    // "0.9123 [0.9012, 0.9234]"; without an interval "0.9123", or "0.9123 (no interval:
    // REASON)" when the file says why.
    static QString valueWithInterval(const disteval::MetricValue &value, int decimals = 4);
    // "No interval: REASON" (MetricNames::intervalReason), "No interval" without a reason;
    // "" when `ci` is defined. For tooltips and notes.
    static QString noInterval(const disteval::Interval &ci, const std::string &reason,
                              const std::vector<std::string> &classNames = {});
    static QString className(const disteval::ResultFile &result, int index);
    // A local date and time the same way in every language: "2025-06-01 14:05" (ISO 8601
    // order; the UI language never changes how a run's date reads).
    static QString dateTime(const QDateTime &when);
    // The file name of a model's checkpoint ("fashion-cnn.pt").
    static QString modelName(const disteval::ModelResult &model);
};
