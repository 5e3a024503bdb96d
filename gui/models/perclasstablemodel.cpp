#include "models/perclasstablemodel.h"

#include "common/metricnames.h"
#include "common/resultformat.h"
#include "models/tableroles.h"

namespace {
const disteval::MetricValue &metricOf(const disteval::PerClassResult &c, int column)
{
    switch (column) {
    case PerClassTableModel::PrecisionColumn:
    case PerClassTableModel::PrecisionIntervalColumn:
        return c.precision;
    case PerClassTableModel::RecallColumn:
    case PerClassTableModel::RecallIntervalColumn:
        return c.recall;
    case PerClassTableModel::F1Column:
    case PerClassTableModel::F1IntervalColumn:
        return c.f1;
    case PerClassTableModel::IouColumn:
    case PerClassTableModel::IouIntervalColumn:
        return c.iou;
    case PerClassTableModel::AveragePrecisionColumn:
    case PerClassTableModel::AveragePrecisionIntervalColumn:
        return c.averagePrecision;
    default:
        return c.auroc;
    }
}

bool isInterval(int column)
{
    return column == PerClassTableModel::PrecisionIntervalColumn
           || column == PerClassTableModel::RecallIntervalColumn
           || column == PerClassTableModel::F1IntervalColumn
           || column == PerClassTableModel::AurocIntervalColumn
           || column == PerClassTableModel::IouIntervalColumn
           || column == PerClassTableModel::AveragePrecisionIntervalColumn;
}
} // namespace

PerClassTableModel::PerClassTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PerClassTableModel::setModel(std::shared_ptr<const disteval::ResultFile> result,
                                  int modelIndex)
{
    beginResetModel();
    m_result = std::move(result);
    m_model = m_result && modelIndex >= 0 && modelIndex < static_cast<int>(m_result->models.size())
                      ? &m_result->models[static_cast<size_t>(modelIndex)]
                      : nullptr;
    endResetModel();
}

bool PerClassTableModel::applies(disteval::Task task, int column)
{
    if (column == IouColumn || column == IouIntervalColumn)
        return task == disteval::Task::DenseClassification;
    // Elements of one sample are not independent: the engine gives no dense AUROC or AP
    // interval.
    if ((column == AurocIntervalColumn || column == AveragePrecisionIntervalColumn)
        && task == disteval::Task::DenseClassification)
        return false;
    return column >= 0 && column < ColumnCount && task != disteval::Task::Regression;
}

disteval::Task PerClassTableModel::task() const
{
    return m_result ? m_result->task : disteval::Task::Classification;
}

void PerClassTableModel::setDecimals(int decimals)
{
    beginResetModel();
    m_decimals = decimals;
    endResetModel();
}

int PerClassTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : static_cast<int>(m_model->perClass.size());
}

int PerClassTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PerClassTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const disteval::PerClassResult &c = m_model->perClass[static_cast<size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case IndexColumn:
            return QString::number(c.index);
        case ClassColumn:
            return QString::fromStdString(c.name);
        case SupportColumn:
            return ResultFormat::count(c.support);
        case PredictedColumn:
            return ResultFormat::count(c.predicted);
        default:
            return isInterval(column) ? ResultFormat::interval(metricOf(c, column).ci, m_decimals)
                                      : ResultFormat::number(metricOf(c, column).value, m_decimals);
        }
    case ValueRole:
        switch (column) {
        case IndexColumn:
            return c.index;
        case ClassColumn:
            return QString::fromStdString(c.name);
        case SupportColumn:
            return static_cast<double>(c.support);
        case PredictedColumn:
            return static_cast<double>(c.predicted);
        default:
            return isInterval(column) ? metricOf(c, column).ci.lower : metricOf(c, column).value;
        }
    case UpperRole:
        return isInterval(column) ? QVariant(metricOf(c, column).ci.upper) : QVariant();
    case ReasonRole:
        if (isInterval(column) && !metricOf(c, column).ci.defined()
            && !metricOf(c, column).ciReason.empty())
            return MetricNames::intervalReason(metricOf(c, column).ciReason);
        return {};
    case Qt::ToolTipRole:
        if (isInterval(column) && !metricOf(c, column).ci.defined())
            return ResultFormat::noInterval(metricOf(c, column).ci, metricOf(c, column).ciReason);
        return {};
    case Qt::TextAlignmentRole:
        if (column == ClassColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int((isInterval(column) ? Qt::AlignHCenter : Qt::AlignRight) | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant PerClassTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && isInterval(section)
        && m_model) {
        // The method of the first class that has an interval (one method per metric).
        for (const disteval::PerClassResult &c : m_model->perClass)
            if (!metricOf(c, section).method.empty())
                return tr("Interval method: %1")
                        .arg(MetricNames::method(
                                QString::fromStdString(metricOf(c, section).method)));
        return {};
    }
    const bool multiLabel = task() == disteval::Task::MultiLabel;
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == SupportColumn
        && multiLabel)
        return tr("Samples that carry the label");
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole
        && section == AveragePrecisionColumn)
        return tr("Average precision of the binned scores (one-vs-rest)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn:
        return tr("#");
    case ClassColumn:
        return multiLabel ? tr("Label") : tr("Class");
    case SupportColumn:
        return multiLabel ? tr("Positives") : tr("Support");
    case PredictedColumn:
        return tr("Predicted");
    case PrecisionColumn:
        return tr("Precision");
    case RecallColumn:
        return tr("Recall");
    case F1Column:
        return tr("F1");
    case AurocColumn:
        return tr("AUROC");
    case IouColumn:
        return tr("IoU");
    case AveragePrecisionColumn:
        return tr("AP");
    default:
        return isInterval(section) ? tr("Interval") : QVariant();
    }
}
