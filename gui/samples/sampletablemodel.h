#pragma once

#include "samples/sampleselection.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <memory>

// The samples of a selection, one row each: the global index, then the task's columns
// (classification: true class, predicted class, confidence, loss; dense: accuracy, mean
// IoU, evaluated elements; multi-label: true labels, predicted labels, wrong labels;
// regression: target, prediction, residual). ValueRole holds the number behind a cell
// (a class's index, a count), so SortProxyModel sorts by it. Multi-label sets are read
// from the records file for the rows on screen only.
class SampleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SampleTableModel(QObject *parent = nullptr);

    // `names`: the classes (labels) of the result, for the class columns.
    void setSelection(std::shared_ptr<const disteval::SamplesFile> file, int model,
                      SampleSelection selection, QStringList names);
    void clear();
    disteval::Task task() const { return m_task; }
    const SampleRow &row(int r) const { return m_rows[static_cast<size_t>(r)]; }
    const std::vector<SampleRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The selection as CSV (a header line, then one line per row in the given order of
    // rows; every row when `order` is empty), numbers in full precision.
    QString toCsv(const std::vector<int> &order = {}) const;

private:
    QString setText(int64_t index, bool predicted) const;
    QString cellText(int row, int column) const;

    std::shared_ptr<const disteval::SamplesFile> m_file;
    int m_model = 0;
    disteval::Task m_task = disteval::Task::Classification;
    std::vector<SampleRow> m_rows;
    QStringList m_names;
};
