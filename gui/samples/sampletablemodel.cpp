#include "samples/sampletablemodel.h"

#include "common/resultformat.h"
#include "common/samplerenderer.h"
#include "models/tableroles.h"

#include <QIcon>

#include <algorithm>
#include <cmath>
#include <cstring>

using disteval::Task;

SampleTableModel::SampleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SampleTableModel::setSelection(std::shared_ptr<const disteval::SamplesFile> file, int model,
                                    SampleSelection selection, QStringList names)
{
    beginResetModel();
    m_file = std::move(file);
    m_model = model;
    m_task = m_file ? m_file->header().layout.task : Task::Classification;
    m_rows = std::move(selection.rows);
    m_names = std::move(names);
    // A new selection keeps the order the table shows (its header's sort indicator).
    if (m_sortColumn >= columnCount())
        m_sortColumn = -1;
    if (m_sortColumn >= 0) {
        m_order = sortedOrder(m_sortColumn, m_sortOrder);
    } else {
        m_order.resize(m_rows.size());
        for (size_t i = 0; i < m_order.size(); ++i)
            m_order[i] = static_cast<int>(i);
    }
    endResetModel();
}

void SampleTableModel::thumbnailsChanged()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole});
}

namespace {
// A double as an unsigned integer of the same order (negative numbers below positive
// ones), so that the sort compares integers.
uint64_t orderedBits(double value)
{
    uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    return bits & (uint64_t(1) << 63) ? ~bits : bits | (uint64_t(1) << 63);
}
} // namespace

std::vector<int> SampleTableModel::sortedOrder(int column, Qt::SortOrder order) const
{
    // The keys, copied beside their rows' numbers and sorted as integers: a million rows
    // in a tenth of a second. Undefined keys last in either order; equal keys in the
    // records' order (the row number breaks ties), as a stable sort would leave them.
    struct Keyed
    {
        uint64_t key;
        int row;
        bool operator<(const Keyed &other) const
        {
            return key != other.key ? key < other.key : row < other.row;
        }
    };
    const bool descending = order == Qt::DescendingOrder;
    std::vector<Keyed> keyed(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const double k
                = column == 0 ? static_cast<double>(m_rows[i].index) : m_rows[i].key[column - 1];
        const uint64_t bits = orderedBits(k);
        keyed[i] = {std::isnan(k) ? UINT64_MAX : descending ? ~bits : bits, static_cast<int>(i)};
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<int> rows(keyed.size());
    for (size_t i = 0; i < keyed.size(); ++i)
        rows[i] = keyed[i].row;
    return rows;
}

void SampleTableModel::setNextOrder(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

void SampleTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount() || (column == m_sortColumn && order == m_sortOrder))
        return; // already in that order (a new selection is sorted as it is set)
    std::vector<int> sorted = sortedOrder(column, order);
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Where each shown row goes: the selection and the current row follow their samples.
    std::vector<int> place(sorted.size());
    for (size_t i = 0; i < sorted.size(); ++i)
        place[static_cast<size_t>(sorted[i])] = static_cast<int>(i);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    for (const QModelIndex &i : before)
        after << index(place[static_cast<size_t>(m_order[static_cast<size_t>(i.row())])],
                       i.column());
    m_order = std::move(sorted);
    m_sortColumn = column;
    m_sortOrder = order;
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SampleTableModel::clear()
{
    beginResetModel();
    m_file.reset();
    m_rows.clear();
    m_order.clear();
    endResetModel();
}

int SampleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SampleTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_task == Task::Classification ? 5 : 4;
}

QVariant SampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Sample");
    switch (m_task) {
    case Task::Classification: {
        const QStringList h{tr("True class"), tr("Predicted class"), tr("Confidence"), tr("Loss")};
        return h.value(section - 1);
    }
    case Task::DenseClassification: {
        const QStringList h{tr("Accuracy"), tr("Mean IoU"), tr("Evaluated elements")};
        return h.value(section - 1);
    }
    case Task::MultiLabel: {
        const QStringList h{tr("True labels"), tr("Predicted labels"), tr("Wrong labels")};
        return h.value(section - 1);
    }
    case Task::Regression: {
        const QStringList h{tr("Target"), tr("Prediction"), tr("Residual")};
        return h.value(section - 1);
    }
    }
    return {};
}

QString SampleTableModel::setText(int64_t index, bool predicted) const
{
    if (!m_file)
        return {};
    try {
        const disteval::SampleRecord r = m_file->record(index);
        const std::vector<uint8_t> &set
                = predicted ? r.models[static_cast<size_t>(m_model)].predictedSet : r.labelSet;
        QStringList names;
        for (size_t k = 0; k < set.size(); ++k)
            if (set[k])
                names << m_names.value(static_cast<int>(k), QString::number(k));
        return names.isEmpty() ? tr("(none)") : names.join(QStringLiteral(", "));
    } catch (const disteval::SamplesFileError &) {
        return tr("(unreadable)");
    }
}

QString SampleTableModel::cellText(int row, int column) const
{
    const SampleRow &s = this->row(row);
    if (column == 0)
        return QString::number(s.index);
    const double v = s.key[column - 1];
    const auto number = &ResultFormat::number;
    switch (m_task) {
    case Task::Classification:
        if (column <= 2)
            return v < 0 ? tr("(not finite)")
                         : m_names.value(static_cast<int>(v), QString::number(v));
        return number(v, 4);
    case Task::DenseClassification:
        return column == 3 ? QString::number(static_cast<qint64>(v)) : number(v, 4);
    case Task::MultiLabel:
        return column == 3 ? QString::number(static_cast<int>(v)) : setText(s.index, column == 2);
    case Task::Regression:
        return number(v, 6);
    }
    return {};
}

QVariant SampleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SampleRow &s = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(index.row(), index.column());
    case ValueRole:
        return index.column() == 0 ? static_cast<double>(s.index) : s.key[index.column() - 1];
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (index.column() == 0 && m_renderer) {
            // An icon, which the views scale to their icon size (a pixmap they would not).
            const QPixmap thumbnail = m_renderer->thumbnail(s.index);
            if (!thumbnail.isNull())
                return QIcon(thumbnail);
        }
        return {};
    case CaptionRole:
        return caption(index.row());
    case Qt::ToolTipRole:
        return caption(index.row()).join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QStringList SampleTableModel::caption(int row) const
{
    const SampleRow &s = this->row(row);
    QStringList lines{tr("#%1").arg(s.index)};
    switch (m_task) {
    case Task::Classification:
    case Task::Regression:
        lines << tr("%1 → %2").arg(cellText(row, 1), cellText(row, 2));
        if (m_task == Task::Classification) {
            // Fewer digits than the table, so that a tile's line fits in every language;
            // the table and the detail pane keep four.
            lines << tr("%1 · loss %2")
                             .arg(ResultFormat::number(s.key[2], 3),
                                  ResultFormat::number(s.key[3], 2));
        } else {
            lines << tr("residual %1").arg(cellText(row, 3));
        }
        break;
    case Task::DenseClassification:
        lines << tr("accuracy %1").arg(cellText(row, 1)) << tr("mean IoU %1").arg(cellText(row, 2));
        break;
    case Task::MultiLabel:
        lines << tr("%n wrong label(s)", nullptr, static_cast<int>(s.key[2]));
        break;
    }
    return lines;
}

QString SampleTableModel::toCsv(const std::vector<int> &order) const
{
    QString out;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << headerData(c, Qt::Horizontal).toString();
    out += header.join(QLatin1Char(',')) + QLatin1Char('\n');
    auto quoted = [](QString s) {
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')))
            s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\""))
                + QLatin1Char('"');
        return s;
    };
    const int n = order.empty() ? rowCount() : static_cast<int>(order.size());
    for (int i = 0; i < n; ++i) {
        const int r = order.empty() ? i : order[static_cast<size_t>(i)];
        const SampleRow &s = row(r);
        QStringList cells{QString::number(s.index)};
        for (int c = 1; c < columnCount(); ++c) {
            const bool text = (m_task == Task::Classification && c <= 2)
                              || (m_task == Task::MultiLabel && c <= 2);
            cells << (text ? quoted(cellText(r, c)) : QString::number(s.key[c - 1], 'g', 17));
        }
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}
