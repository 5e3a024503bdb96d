#include "models/deltaf1tablemodel.h"

#include "common/comparisontext.h"
#include "common/metricnames.h"
#include "common/resultformat.h"
#include "models/tableroles.h"

#include <cmath>

DeltaF1TableModel::DeltaF1TableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeltaF1TableModel::setComparison(const disteval::ResultFile *result, int a, int b,
                                      const disteval::PairedComparison *comparison)
{
    beginResetModel();
    m_rows.clear();
    const int models = result ? static_cast<int>(result->models.size()) : 0;
    // A regression result has no classes (its dataset's "classes" are its targets).
    if (result && a >= 0 && b >= 0 && a < models && b < models
        && result->task != disteval::Task::Regression) {
        m_confidence = result->statistics.confidence;
        const disteval::ModelResult &ma = result->models[static_cast<size_t>(a)];
        const disteval::ModelResult &mb = result->models[static_cast<size_t>(b)];
        auto f1 = [](const disteval::ModelResult &m, int c) {
            return c < static_cast<int>(m.perClass.size()) ? &m.perClass[static_cast<size_t>(c)].f1
                                                           : nullptr;
        };
        for (int c = 0; c < result->dataset.numClasses; ++c) {
            Row row;
            row.index = c;
            row.name = ResultFormat::className(*result, c);
            row.f1A = f1(ma, c);
            row.f1B = f1(mb, c);
            if (comparison && c < static_cast<int>(comparison->perClassDeltaF1.size()))
                row.delta = &comparison->perClassDeltaF1[static_cast<size_t>(c)];
            if (row.delta) {
                row.difference = row.delta->value;
                row.excludesZero = ComparisonText::excludesZero(*row.delta);
            } else {
                row.difference
                        = row.f1A && row.f1B ? row.f1B->value - row.f1A->value : std::nan("");
            }
            m_rows.push_back(row);
        }
    }
    endResetModel();
}

int DeltaF1TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeltaF1TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeltaF1TableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    auto number = [](const disteval::MetricValue *v) {
        return v ? ResultFormat::number(v->value) : ResultFormat::notAvailable();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndexColumn:
            return QString::number(row.index);
        case ClassColumn:
            return row.name;
        case F1AColumn:
            return number(row.f1A);
        case F1BColumn:
            return number(row.f1B);
        case DeltaColumn:
            return ComparisonText::signedNumber(row.difference);
        case IntervalColumn:
            return row.delta ? ResultFormat::interval(row.delta->ci) : QStringLiteral("—");
        case ExcludesZeroColumn:
            if (!row.delta)
                return QStringLiteral("—");
            if (!row.delta->ci.defined())
                return ResultFormat::notAvailable();
            return row.excludesZero ? tr("yes") : tr("no");
        }
        return {};
    case ValueRole:
        switch (index.column()) {
        case IndexColumn:
            return row.index;
        case ClassColumn:
            return row.name;
        case F1AColumn:
            return row.f1A ? QVariant(row.f1A->value) : QVariant();
        case F1BColumn:
            return row.f1B ? QVariant(row.f1B->value) : QVariant();
        case DeltaColumn:
            return row.difference;
        case IntervalColumn:
            return row.delta ? QVariant(row.delta->ci.lower) : QVariant();
        case ExcludesZeroColumn:
            return row.excludesZero;
        }
        return {};
    case UpperRole:
        return index.column() == IntervalColumn && row.delta ? QVariant(row.delta->ci.upper)
                                                             : QVariant();
    case ReasonRole:
        if (index.column() == IntervalColumn && row.delta && !row.delta->ci.defined()
            && !row.delta->ciReason.empty())
            return MetricNames::intervalReason(row.delta->ciReason);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == IntervalColumn && row.delta && !row.delta->ci.defined())
            return ResultFormat::noInterval(row.delta->ci, row.delta->ciReason);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ClassColumn || index.column() == ExcludesZeroColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        if (index.column() == IntervalColumn)
            return int(Qt::AlignHCenter | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString DeltaF1TableModel::method() const
{
    for (const Row &row : m_rows)
        if (row.delta && !row.delta->method.empty())
            return MetricNames::method(QString::fromStdString(row.delta->method));
    return QString();
}

QVariant DeltaF1TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == IntervalColumn
        && !method().isEmpty())
        return tr("Interval method: %1").arg(method());
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn:
        return tr("#");
    case ClassColumn:
        return tr("Class");
    case F1AColumn:
        return tr("F1 of A");
    case F1BColumn:
        return tr("F1 of B");
    case DeltaColumn:
        return tr("ΔF1");
    case IntervalColumn:
        return tr("%1% interval").arg(std::lround(m_confidence * 100));
    case ExcludesZeroColumn:
        return tr("Excludes 0");
    default:
        return {};
    }
}
