#pragma once

#include "result/resultfile.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

// How a run was made, as (setting, value) rows a reader of a paper's appendix
// understands: the result file, the engine, every model with its SHA-256, the dataset,
// the preprocessing, the statistics settings, the execution (ranks, devices, hosts,
// batch size, threads) and the output. The engine's options appear under readable names
// with readable values ("none" rather than null, lists joined); options this app does
// not know keep their key. Shown by the summary, printed at the end of the PDF report.
class ConfigurationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SettingColumn = 0, ValueColumn, ColumnCount };

    explicit ConfigurationModel(QObject *parent = nullptr);

    // `path`: where the result file was read from.
    void setResult(std::shared_ptr<const disteval::ResultFile> result, const QString &path);

    static QList<QPair<QString, QString>> rowsOf(const disteval::ResultFile &result,
                                                 const QString &path);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QPair<QString, QString>> m_rows;
};
