#include "samples/sampletablemodel.h"

#include "common/resultformat.h"
#include "models/tableroles.h"

#include <QLocale>

#include <cmath>

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
    endResetModel();
}

void SampleTableModel::clear()
{
    beginResetModel();
    m_file.reset();
    m_rows.clear();
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
    const SampleRow &s = m_rows[static_cast<size_t>(row)];
    const QLocale locale;
    if (column == 0)
        return QString::number(s.index);
    const double v = s.key[column - 1];
    auto number = [&locale](double x, int decimals) {
        return std::isfinite(x) ? locale.toString(x, 'f', decimals) : ResultFormat::notAvailable();
    };
    switch (m_task) {
    case Task::Classification:
        if (column <= 2)
            return v < 0 ? tr("(not finite)")
                         : m_names.value(static_cast<int>(v), QString::number(v));
        return column == 3 ? number(v, 4) : number(v, 4);
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
    const SampleRow &s = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(index.row(), index.column());
    case ValueRole:
        return index.column() == 0 ? static_cast<double>(s.index) : s.key[index.column() - 1];
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
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
        const SampleRow &s = m_rows[static_cast<size_t>(r)];
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
