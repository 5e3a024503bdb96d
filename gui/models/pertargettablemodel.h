#pragma once

#include "result/resultfile.h"

#include <QAbstractTableModel>

#include <memory>
#include <string>

// Every target of one regression model (ModelResult::perTarget): index, name, then MAE,
// MSE, RMSE, R² and the mean bias, each as a value column and an interval column, and the
// max error (an extreme value, never with an interval). The Per Target tab shows it
// sorted through a SortProxyModel, the PDF report prints it. Roles as PerClassTableModel's:
// ValueRole the number (an interval column: its lower bound; UpperRole: its upper bound),
// ReasonRole and the tooltip why an interval is not given; an interval column's header
// tooltip names the method.
class PerTargetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndexColumn = 0,
        TargetColumn,
        MaeColumn,
        MaeIntervalColumn,
        MseColumn,
        MseIntervalColumn,
        RmseColumn,
        RmseIntervalColumn,
        R2Column,
        R2IntervalColumn,
        MaxErrorColumn,
        MeanBiasColumn,
        MeanBiasIntervalColumn,
        ColumnCount
    };

    explicit PerTargetTableModel(QObject *parent = nullptr);

    // An invalid model index (or a result without targets) empties the table.
    void setModel(std::shared_ptr<const disteval::ResultFile> result, int modelIndex);
    void setDecimals(int decimals);

    // The result file's name of the metric in `column` ("mae"), "" for the first two.
    static std::string metricOf(int column);
    static bool isInterval(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const disteval::MetricValue *valueAt(int row, int column) const;

    std::shared_ptr<const disteval::ResultFile> m_result;
    const disteval::ModelResult *m_model = nullptr;
    int m_decimals = 4;
};
