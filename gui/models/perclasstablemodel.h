#pragma once

#include "result/resultfile.h"

#include <QAbstractTableModel>

#include <memory>

// Every class (or label) of one model: index, name, support, predicted count, then
// precision, recall, F1 and AUROC, each as a value column and an interval column, and for
// dense classification the IoU with its interval, for multi-label the average precision
// (which has none); applies() says which columns belong to a task, the views hide the
// others. The Per Class tab shows it sorted through a SortProxyModel, the PDF report
// prints it. ValueRole holds the numbers (an interval column: its lower bound; UpperRole:
// its upper bound); an interval that is not given reads "n/a" with its reason in
// ReasonRole and the tooltip. An interval column's header tooltip names the method.
class PerClassTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndexColumn = 0,
        ClassColumn,
        SupportColumn,
        PredictedColumn,
        IouColumn, // dense classification
        IouIntervalColumn,
        PrecisionColumn,
        PrecisionIntervalColumn,
        RecallColumn,
        RecallIntervalColumn,
        F1Column,
        F1IntervalColumn,
        AurocColumn,
        AurocIntervalColumn,
        AveragePrecisionColumn, // every task with classes (or labels)
        AveragePrecisionIntervalColumn,
        ColumnCount
    };

    explicit PerClassTableModel(QObject *parent = nullptr);

    // An invalid model index empties the table.
    void setModel(std::shared_ptr<const disteval::ResultFile> result, int modelIndex);
    // Decimals of values and intervals (4 on screen, 3 in print).
    void setDecimals(int decimals);
    // Whether `column` belongs to the table of a `task` result (IoU: dense classification;
    // average precision: multi-label; every other column: both and classification, except
    // the AUROC's interval for dense classification, which never has one).
    static bool applies(disteval::Task task, int column);
    // The task of the result shown (classification when none).
    disteval::Task task() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const disteval::ResultFile> m_result;
    const disteval::ModelResult *m_model = nullptr;
    int m_decimals = 4;
};
