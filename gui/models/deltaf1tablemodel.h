#pragma once

#include "comparison/pairedcomparison.h"
#include "result/resultfile.h"

#include <QAbstractTableModel>

#include <vector>

// Per class, F1 of model A and of model B and their difference ΔF1 = B − A with its
// paired bootstrap interval (unpaired, or a task whose comparisons have no per-class
// ΔF1: the plain difference, no interval), in class order, none for a regression result;
// a proxy sorts it by effect. The PDF's per-class comparison table and the
// NAME-comparison-per-class.csv rows both come from here. ValueRole holds the numbers
// (the interval's lower bound; UpperRole the upper one) and, in the last column,
// whether the interval excludes 0. An interval that is not given reads "n/a" with its
// reason in ReasonRole and the tooltip; the interval column's header tooltip names the
// method.
class DeltaF1TableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndexColumn = 0,
        ClassColumn,
        F1AColumn,
        F1BColumn,
        DeltaColumn,
        IntervalColumn,
        ExcludesZeroColumn,
        ColumnCount
    };

    struct Row
    {
        int index = 0;
        QString name;
        const disteval::MetricValue *f1A = nullptr;
        const disteval::MetricValue *f1B = nullptr;
        const disteval::DeltaValue *delta = nullptr; // nullptr: unpaired
        double difference = 0;                       // ΔF1, or B − A when unpaired
        bool excludesZero = false;
    };

    explicit DeltaF1TableModel(QObject *parent = nullptr);

    // The model points into `result`, which must outlive it (or the next call).
    void setComparison(const disteval::ResultFile *result, int a, int b,
                       const disteval::PairedComparison *comparison);
    const std::vector<Row> &rows() const { return m_rows; }
    // The method of the ΔF1 intervals (translated; "" when no class has one).
    QString method() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
    double m_confidence = 0.95;
};
