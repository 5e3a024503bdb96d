#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

// Translated display names for the result file's metric and interval-method names, and
// the words for an interval that the engine did not give.
class MetricNames
{
    Q_DECLARE_TR_FUNCTIONS(MetricNames)

public:
    // Which way a metric improves; a difference of one that does neither (the mean bias,
    // best at 0) is significant without either model being better.
    enum class Direction { HigherIsBetter = 1, LowerIsBetter, Neither };

    static QString metric(const QString &name);   // unknown names verbatim
    static QString method(const QString &method); // unknown names verbatim; "" is "none"
    // Why an interval is not given (the file's `ci_reason`), translated where the engine's
    // wording is known; a "class N" it names gets the class's name from `classNames`.
    // Unknown reasons verbatim; "" when `reason` is empty.
    static QString intervalReason(const std::string &reason,
                                  const std::vector<std::string> &classNames = {});
    // What the ECE's interval (method "bound") means, in one line.
    static QString eceIntervalNote();
    // Whether `metric` is one of the ECE's (the note above applies).
    static bool isEce(const std::string &metric);
    static Direction direction(const std::string &metric);

private:
    static QString taskMetric(const QString &name);
    static QString taskReason(const QString &reason);
};
