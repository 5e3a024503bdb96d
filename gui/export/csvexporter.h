#pragma once

#include "result/resultfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Writes a result as CSV tables that pandas (`pd.read_csv`) and spreadsheets read
// directly: UTF-8 without BOM, comma-separated, RFC 4180 quoting, C-locale numbers in
// the shortest form that reads back to the same double, undefined values (NaN)
// as empty fields. For an export to "NAME.csv" it writes
//   NAME-metrics.csv           model, checkpoint, metric, value, ci_lower, ci_upper, method,
//                              ci_reason
//   NAME-per-class.csv         model, checkpoint, class_index, class, support, predicted,
//                              then value, ci_lower, ci_upper for precision, recall, f1, auroc,
//                              then their ci_reason (precision_ci_reason, ...); dense
//                              classification then iou, iou_ci_lower, iou_ci_upper,
//                              iou_ci_reason; multi-label (a row per label, support = its
//                              positives) then average_precision
//   NAME-per-target.csv        regression instead of per-class: model, checkpoint,
//                              target_index, target, then value, ci_lower, ci_upper for mae,
//                              mse, rmse, r2, max_error, mean_bias, then their ci_reason
//   NAME-confusion-matrix.csv  true class in the first column, one column per predicted class
//                              (classification and dense classification only)
//   NAME-curves.csv            the points of every model's curves (CurvesCsv), where a
//                              model has curves (result schema 4)
// With several models the confusion matrices go to NAME-confusion-matrix-1.csv, -2.csv, ...
// (the model column of the other files holds the same 1-based number).
//
// Text that a spreadsheet would run as a formula (a class name, a checkpoint path
// beginning with =, +, -, @, a tab or a carriage return) is written with a leading
// apostrophe, as OWASP recommends against CSV injection; numbers are written as they are.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    // The files an export to `path` writes, in the order above.
    static QStringList outputPaths(const QString &path, const disteval::ResultFile &result);
    // Each file is written atomically. On failure returns false and sets `error`.
    static bool write(const disteval::ResultFile &result, const QString &path,
                      QString *error = nullptr);

    static QString metricsCsv(const disteval::ResultFile &result);
    static QString perClassCsv(const disteval::ResultFile &result);
    static QString perTargetCsv(const disteval::ResultFile &result);
    static QString confusionCsv(const disteval::ResultFile &result, int modelIndex);
    // RFC 4180 field: quoted when it holds a comma, quote, line break or outer space;
    // neutralised (a leading ') when it is text that starts like a formula.
    static QString field(const QString &text);
    // One CSV line of fields, "\n"-terminated.
    static QString line(const QStringList &fields);
    static QString number(double value); // "" for NaN
    // Why an interval is not given, as the result file says it (English, untranslated, so
    // scripts can match it); "" when there is an interval.
    static QString reason(const disteval::MetricValue &value);
    static QString reason(const disteval::DeltaValue &value);
    // "NAME" of an export to "NAME.csv" (or to "NAME"), which its files are named after.
    static QString baseName(const QString &path);
    // Writes `text` as UTF-8 to `path` atomically; false with `error` set on failure.
    static bool save(const QString &path, const QString &text, QString *error);
};
