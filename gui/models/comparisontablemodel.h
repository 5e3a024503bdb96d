#pragma once

#include "common/comparisontext.h"

#include "comparison/pairedcomparison.h"
#include "result/resultfile.h"

#include <QAbstractTableModel>
#include <QString>

#include <string>
#include <vector>

// The metrics of a comparison of model B against model A, one row per compared metric
// (disteval::taskComparedMetricNames() of the result's task): A and B with their own
// intervals, Δ = B − A, the paired interval of Δ and its method, McNemar's exact and
// mid-p p-values on the accuracy row where the comparison has McNemar's test
// (classification), and whether the difference is significant at the run's confidence
// (ComparisonText's rule; which model is better follows the metric's direction). An interval that
// is not given reads "n/a", with its reason in ReasonRole and the tooltip. An unpaired comparison
// (no PairedComparison) has the plain difference of the point values and no interval, test or
// significance. The Compare tab shows this model, the PDF section prints it and the CSV export
// reads its rows(), so the three never disagree.
//
// ValueRole: the metric's key (metric column), the value (A, B, Δ), the interval's
// lower bound (UpperRole: upper), the p-value, whether significant (bool).
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MetricColumn = 0,
        AColumn,
        BColumn,
        DeltaColumn,
        IntervalColumn,
        MethodColumn,
        PExactColumn,
        PMidColumn,
        SignificanceColumn,
        ColumnCount
    };

    struct Row
    {
        std::string metric;
        const disteval::MetricValue *a = nullptr; // nullptr: the model lacks it
        const disteval::MetricValue *b = nullptr;
        const disteval::DeltaValue *delta = nullptr;      // nullptr: unpaired
        const disteval::McNemarResult *mcnemar = nullptr; // the accuracy row of a paired pair
        double difference = 0;                            // Δ, or B − A when unpaired
        ComparisonText::Significance significance;
        MetricNames::Direction direction = MetricNames::Direction::HigherIsBetter;
    };

    explicit ComparisonTableModel(QObject *parent = nullptr);

    // Model `a` against model `b` of `result`; `comparison` nullptr for an unpaired pair.
    // The model points into `result`, which must outlive it (or the next call).
    void setComparison(const disteval::ResultFile *result, int a, int b,
                       const disteval::PairedComparison *comparison, const QString &labelA,
                       const QString &labelB);
    void clear();
    // On screen: the significance column "▲ B better" with the reasons in the tooltip,
    // and A and B headed "A", "B" (the view names them above the table). In print:
    // "Yes, B better" with "(p < 0.05, interval excludes 0)" below it, "A: name", and the
    // interval of Δ with its method below it (print leaves out MethodColumn).
    void setCompact(bool compact);

    bool isPaired() const { return m_paired; }
    // Whether the comparison has McNemar's test (the p-value columns; classification).
    bool hasMcnemar() const { return m_mcnemar; }
    // The intervals not given and why (IntervalNotes), for the notes under the table.
    QStringList intervalNotes() const;
    double confidence() const { return m_confidence; }
    const std::vector<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A metric's value as the A and B columns show it: the value, its interval below.
    static QString valueText(const disteval::MetricValue &value);

private:
    QVariant display(const Row &row, int column) const;
    QVariant value(const Row &row, int column) const;
    // Why the interval shown in `column` is not given ("" when it is, or for no reason).
    QString reason(const Row &row, int column) const;
    QString noIntervalTip(const Row &row, int column) const;

    std::vector<std::string> m_classNames;

    std::vector<Row> m_rows;
    QString m_labelA;
    QString m_labelB;
    double m_confidence = 0.95;
    bool m_paired = false;
    bool m_mcnemar = false;
    bool m_compact = false;
};
