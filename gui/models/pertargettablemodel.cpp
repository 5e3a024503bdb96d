#include "models/pertargettablemodel.h"

#include "common/metricnames.h"
#include "common/resultformat.h"
#include "models/tableroles.h"

PerTargetTableModel::PerTargetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PerTargetTableModel::setModel(std::shared_ptr<const disteval::ResultFile> result,
                                   int modelIndex)
{
    beginResetModel();
    m_result = std::move(result);
    m_model = m_result && modelIndex >= 0 && modelIndex < static_cast<int>(m_result->models.size())
                      ? &m_result->models[static_cast<size_t>(modelIndex)]
                      : nullptr;
    endResetModel();
}

void PerTargetTableModel::setDecimals(int decimals)
{
    beginResetModel();
    m_decimals = decimals;
    endResetModel();
}

std::string PerTargetTableModel::metricOf(int column)
{
    switch (column) {
    case MaeColumn:
    case MaeIntervalColumn:
        return "mae";
    case MseColumn:
    case MseIntervalColumn:
        return "mse";
    case RmseColumn:
    case RmseIntervalColumn:
        return "rmse";
    case R2Column:
    case R2IntervalColumn:
        return "r2";
    case MaxErrorColumn:
        return "max_error";
    case MeanBiasColumn:
    case MeanBiasIntervalColumn:
        return "mean_bias";
    default:
        return {};
    }
}

bool PerTargetTableModel::isInterval(int column)
{
    return column == MaeIntervalColumn || column == MseIntervalColumn
           || column == RmseIntervalColumn || column == R2IntervalColumn
           || column == MeanBiasIntervalColumn;
}

int PerTargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : static_cast<int>(m_model->perTarget.size());
}

int PerTargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const disteval::MetricValue *PerTargetTableModel::valueAt(int row, int column) const
{
    const std::string metric = metricOf(column);
    return metric.empty() ? nullptr : m_model->perTarget[static_cast<size_t>(row)].metric(metric);
}

QVariant PerTargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const disteval::TargetResult &t = m_model->perTarget[static_cast<size_t>(index.row())];
    const int column = index.column();
    const bool interval = isInterval(column);
    const disteval::MetricValue *v = valueAt(index.row(), column);
    // The max error's value column carries why it has no interval (it has no interval
    // column of its own).
    const bool explains = interval || column == MaxErrorColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (column == IndexColumn)
            return QString::number(t.index);
        if (column == TargetColumn)
            return QString::fromStdString(t.name);
        if (!v)
            return interval ? QString() : ResultFormat::notAvailable();
        return interval ? ResultFormat::interval(v->ci, m_decimals)
                        : ResultFormat::number(v->value, m_decimals);
    case ValueRole:
        if (column == IndexColumn)
            return t.index;
        if (column == TargetColumn)
            return QString::fromStdString(t.name);
        if (!v)
            return {};
        return interval ? v->ci.lower : v->value;
    case UpperRole:
        return v && interval ? QVariant(v->ci.upper) : QVariant();
    case ReasonRole:
        if (v && interval && !v->ci.defined() && !v->ciReason.empty())
            return MetricNames::intervalReason(v->ciReason);
        return {};
    case Qt::ToolTipRole:
        if (v && explains && !v->ci.defined())
            return ResultFormat::noInterval(v->ci, v->ciReason);
        return {};
    case Qt::TextAlignmentRole:
        if (column == TargetColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int((interval ? Qt::AlignHCenter : Qt::AlignRight) | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant PerTargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && isInterval(section) && m_model) {
        for (const disteval::TargetResult &t : m_model->perTarget)
            if (const disteval::MetricValue *v = t.metric(metricOf(section)))
                if (!v->method.empty())
                    return tr("Interval method: %1")
                            .arg(MetricNames::method(QString::fromStdString(v->method)));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == IndexColumn)
        return tr("#");
    if (section == TargetColumn)
        return tr("Target");
    if (isInterval(section))
        return tr("Interval");
    const std::string metric = metricOf(section);
    return metric.empty() ? QVariant() : MetricNames::metric(QString::fromStdString(metric));
}
