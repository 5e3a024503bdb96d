#pragma once

#include "comparison/pairedcomparison.h"
#include "result/resultfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// Exports of a comparison of two checkpoints, in the formats of the result exports
// (CsvExporter's CSV conventions, the report's PDF look):
//   NAME-comparison.csv            model_a, model_b, metric, a_value, a_ci_lower,
//                                  a_ci_upper, b_value, b_ci_lower, b_ci_upper, delta,
//                                  delta_ci_lower, delta_ci_upper, interval_excludes_zero,
//                                  p_exact, p_mid, b01, b10, significant, paired,
//                                  a_ci_reason, b_ci_reason, delta_method, delta_ci_reason
//                                  (McNemar's columns on the accuracy row only)
//   NAME-comparison-per-class.csv  model_a, model_b, class_index, class, a_f1, b_f1,
//                                  delta_f1, ci_lower, ci_upper, interval_excludes_zero,
//                                  paired, method, ci_reason (not for regression, which
//                                  has no classes; the metrics are the task's compared
//                                  ones, McNemar's only where the comparison has it)
// The rows are those of ComparisonTableModel and DeltaF1TableModel, which the Compare
// tab and the PDF show. An unpaired pair has the plain difference of the point values
// and empty interval, test and significance fields. A PDF export is one comparison
// section (ComparisonSection, the same section a run's report has for each comparison).
class ComparisonExport
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonExport)

public:
    struct Pair
    {
        const disteval::ResultFile *result = nullptr;
        int a = 0;
        int b = 0;
        const disteval::PairedComparison *comparison = nullptr; // nullptr: unpaired
        QString labelA;
        QString labelB;
    };

    // Every comparison a result carries, labelled by checkpoint file names.
    static QVector<Pair> pairsOf(const disteval::ResultFile &result);

    static QString summaryCsv(const QVector<Pair> &pairs);
    static QString perClassCsv(const QVector<Pair> &pairs);
    // The CSV files an export to "NAME.csv" writes (`perClass` false: the first only).
    static QStringList csvPaths(const QString &path, bool perClass = true);
    // Whether the pairs' result has classes to compare (not regression).
    static bool hasPerClass(const disteval::ResultFile &result);
    static bool writeCsv(const QVector<Pair> &pairs, const QString &path, QString *error);

    // A stand-alone PDF of one pair (A4, the report's look).
    static bool writePdf(const Pair &pair, const QString &title, const QString &notice,
                         const QString &path, QString *error);

    // The files an export to `path` writes (.pdf: one, .csv: csvPaths()).
    static QStringList targets(const QString &path, bool perClass = true);
    // By suffix: .pdf or .csv. `written` receives the files written.
    static bool write(const Pair &pair, const QString &title, const QString &notice,
                      const QString &path, QStringList *written, QString *error);
};
