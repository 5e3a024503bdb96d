#pragma once

#include "result/resultfile.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

#include <memory>

// The metrics of a result in the report's order (disteval::taskMetricNames of its task),
// one row per metric that any shown model has: its name, then per model the value and the interval
// at the run's confidence, and the interval method (each shown model's, once). The summary shows
// every model; the PDF report prints every model on its first page. ValueRole holds the
// value or the interval's lower bound (UpperRole: its upper bound); the name column's
// ValueRole is the metric's key ("accuracy"). An interval that is not given reads "n/a"
// with its reason in ReasonRole and the tooltip; the ECE's rows explain their interval
// in the tooltip.
class MetricsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit MetricsTableModel(QObject *parent = nullptr);

    // `models`: the model indices shown, in order (empty: all).
    void setResult(std::shared_ptr<const disteval::ResultFile> result,
                   const QVector<int> &models = {});

    // The intervals not given and why (IntervalNotes; the model named when several are
    // shown), for the notes under the table.
    QStringList intervalNotes() const;
    // "ECE: interval for the population ECE; …" when a shown model's ECE interval is the
    // conservative bound (version-2 files), else "".
    QString eceNote() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const disteval::MetricValue *valueAt(int row, int column) const;
    QString methodText(const std::string &metric) const;

    std::shared_ptr<const disteval::ResultFile> m_result;
    QVector<int> m_models;
    std::vector<std::string> m_metrics;
};
