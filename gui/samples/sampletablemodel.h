#pragma once

#include "models/sampleselection.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <memory>

class SampleRenderer;

// The samples of a selection, one row each: the global index (with the sample's
// thumbnail as its decoration, when a renderer has it), then the task's columns
// (classification: true class, predicted class, confidence, loss; dense: accuracy, mean
// IoU, evaluated elements; multi-label: true labels, predicted labels, wrong labels;
// regression: target, prediction, residual). ValueRole holds the number behind a cell
// (a class's index, a count). The model sorts itself by those numbers (undefined ones
// last in either order; equal ones in the order of the records), a million rows in a
// fraction of a second, where a sorting proxy takes seconds: it sorts the rows' numbers
// in the shown order, not the rows. Multi-label sets are read from the records file for the rows
// on screen only.
class SampleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The lines a gallery tile shows under the thumbnail (QStringList): "#index", then
    // the task's columns in short.
    static constexpr int CaptionRole = Qt::UserRole + 16;

    explicit SampleTableModel(QObject *parent = nullptr);

    // `names`: the classes (labels) of the result, for the class columns.
    void setSelection(std::shared_ptr<const disteval::SamplesFile> file, int model,
                      SampleSelection selection, QStringList names);
    void clear();
    // Where the thumbnails come from (nullptr: none); thumbnailsChanged() after new ones.
    void setRenderer(const SampleRenderer *renderer) { m_renderer = renderer; }
    void thumbnailsChanged();
    disteval::Task task() const { return m_task; }
    // The sample shown in row `r` (in the table's order).
    const SampleRow &row(int r) const
    {
        return m_rows[static_cast<size_t>(m_order[static_cast<size_t>(r)])];
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The order the next selection is put in when it is set (a preset that is an order),
    // so that it is sorted once; the view's header is told separately.
    void setNextOrder(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The selection as CSV (a header line, then one line per row in the given order of
    // rows; every row when `order` is empty), numbers in full precision.
    QString toCsv(const std::vector<int> &order = {}) const;

private:
    QString setText(int64_t index, bool predicted) const;
    QString cellText(int row, int column) const;
    QStringList caption(int row) const;
    // The rows (indices into m_rows) in the order of `column`.
    std::vector<int> sortedOrder(int column, Qt::SortOrder order) const;

    std::shared_ptr<const disteval::SamplesFile> m_file;
    int m_model = 0;
    disteval::Task m_task = disteval::Task::Classification;
    std::vector<SampleRow> m_rows; // as selected, in the records' order
    std::vector<int> m_order;      // the rows shown, in the table's order
    QStringList m_names;
    const SampleRenderer *m_renderer = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
