#pragma once

#include "result/resultfile.h"

#include <QAbstractTableModel>

#include <memory>

// The ranks of a run as the result file records them: host, device, the first index
// and the number of samples of the rank's shard, seconds spent and samples per second.
// Shown by the summary and printed by the PDF report. ValueRole holds the numbers.
class RanksTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn = 0,
        HostColumn,
        DeviceColumn,
        FirstColumn,
        CountColumn,
        SecondsColumn,
        RateColumn,
        ColumnCount
    };

    explicit RanksTableModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const disteval::ResultFile> result);

    // The coverage line under the table: whether the ranks' shards held every sample
    // exactly once (disteval::checkCoverage), or where they did not.
    static QString coverageText(const disteval::ResultFile &result, bool *exact = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const disteval::ResultFile> m_result;
};
