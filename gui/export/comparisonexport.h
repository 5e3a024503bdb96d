#pragma once

#include "comparison/pairedcomparison.h"
#include "result/resultfile.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

class QCustomPlot;
class QWidget;

// Exports of a comparison of two checkpoints, in the formats of the result exports
// (CsvExporter's CSV conventions, ReportWriter's PDF look):
//   NAME-comparison.csv            model_a, model_b, metric, a_value, a_ci_lower,
//                                  a_ci_upper, b_value, b_ci_lower, b_ci_upper, delta,
//                                  delta_ci_lower, delta_ci_upper, interval_excludes_zero,
//                                  p_exact, p_mid, b01, b10, significant, paired
//                                  (McNemar's columns on the accuracy row only)
//   NAME-comparison-per-class.csv  model_a, model_b, class_index, class, a_f1, b_f1,
//                                  delta_f1, ci_lower, ci_upper, interval_excludes_zero,
//                                  paired
// An unpaired pair has the plain difference of the point values and empty interval,
// test and significance fields. A PDF export is one comparison section (the same
// section ReportWriter adds to a run's report for each of its comparisons).
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

    // One element of a PDF section, laid out by whoever paints the page.
    struct Block
    {
        enum class Kind { Heading = 1, Text, Table, Plot };
        struct Column
        {
            QString title;
            double weight = 1;
            Qt::Alignment alignment = Qt::AlignLeft;
        };
        Kind kind = Kind::Text;
        QString text; // heading, paragraph or plot caption
        double points = 9;
        QColor color = Qt::black;
        QVector<Column> columns;
        QVector<QStringList> rows;
        QCustomPlot *plot = nullptr; // owned by the `host` given to sectionBlocks()
        double height = 0;
    };

    // Every comparison a result carries, labelled by checkpoint file names.
    static QVector<Pair> pairsOf(const disteval::ResultFile &result);

    static QString summaryCsv(const QVector<Pair> &pairs);
    static QString perClassCsv(const QVector<Pair> &pairs);
    // The two CSV files an export to "NAME.csv" writes.
    static QStringList csvPaths(const QString &path);
    static bool writeCsv(const QVector<Pair> &pairs, const QString &path, QString *error);

    // The PDF section of one pair: heading, McNemar paragraph, metrics table, ΔF1 chart,
    // per-class table. Plots are created as children of `host`. `width` is the page's
    // text width in layout units.
    static std::vector<Block> sectionBlocks(const Pair &pair, const QString &notice, QWidget *host,
                                            double width);
    // A stand-alone PDF of one pair (A4, the report's look).
    static bool writePdf(const Pair &pair, const QString &title, const QString &notice,
                         const QString &path, QString *error);

    // The files an export to `path` writes (.pdf: one, .csv: csvPaths()).
    static QStringList targets(const QString &path);
    // By suffix: .pdf or .csv. `written` receives the files written.
    static bool write(const Pair &pair, const QString &title, const QString &notice,
                      const QString &path, QStringList *written, QString *error);
};
