#include "models/metricstablemodel.h"

#include "common/metricnames.h"
#include "common/resultformat.h"
#include "models/intervalnotes.h"
#include "models/tableroles.h"

#include <algorithm>
#include <cmath>

MetricsTableModel::MetricsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

namespace {
// A built-in metric, or else one of the user's (--metric, docs/METRICS.md) by its name.
const disteval::MetricValue *lookup(const disteval::ModelResult &m, const std::string &name)
{
    if (const disteval::MetricValue *v = m.metric(name))
        return v;
    for (const auto &entry : m.customMetrics)
        if (entry.first == name)
            return &entry.second;
    return nullptr;
}
} // namespace

void MetricsTableModel::setResult(std::shared_ptr<const disteval::ResultFile> result,
                                  const QVector<int> &models)
{
    beginResetModel();
    m_result = std::move(result);
    m_models.clear();
    m_metrics.clear();
    if (m_result) {
        const int count = static_cast<int>(m_result->models.size());
        for (int m : models)
            if (m >= 0 && m < count)
                m_models << m;
        if (models.isEmpty())
            for (int m = 0; m < count; ++m)
                m_models << m;
        for (const std::string &name : disteval::taskMetricNames(m_result->task))
            if (std::any_of(m_models.cbegin(), m_models.cend(), [&](int m) {
                    return m_result->models[static_cast<size_t>(m)].metric(name) != nullptr;
                }))
                m_metrics.push_back(name);
        // The user's metrics follow the built-in ones, by their names.
        for (int m : m_models)
            for (const auto &entry : m_result->models[static_cast<size_t>(m)].customMetrics)
                if (std::find(m_metrics.begin(), m_metrics.end(), entry.first) == m_metrics.end())
                    m_metrics.push_back(entry.first);
    }
    endResetModel();
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_metrics.size());
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : 2 + 2 * static_cast<int>(m_models.size());
}

// The metric of the value or interval column `column` in `row`, nullptr elsewhere.
const disteval::MetricValue *MetricsTableModel::valueAt(int row, int column) const
{
    const int model = (column - 1) / 2;
    if (column < 1 || model >= m_models.size())
        return nullptr;
    return lookup(m_result->models[static_cast<size_t>(m_models[model])],
                  m_metrics[static_cast<size_t>(row)]);
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int column = index.column();
    const bool nameColumn = column == 0;
    const bool methodColumn = column == columnCount() - 1;
    const bool intervalColumn = !nameColumn && !methodColumn && column % 2 == 0;
    const std::string &name = m_metrics[static_cast<size_t>(index.row())];
    const disteval::MetricValue *value = valueAt(index.row(), column);
    switch (role) {
    case Qt::DisplayRole:
        if (nameColumn)
            return MetricNames::metric(QString::fromStdString(name));
        if (methodColumn)
            return methodText(name);
        if (!value)
            return intervalColumn ? QString() : ResultFormat::notAvailable();
        return intervalColumn ? ResultFormat::interval(value->ci)
                              : ResultFormat::number(value->value);
    case ValueRole:
        if (nameColumn)
            return QString::fromStdString(name);
        if (!value || methodColumn)
            return {};
        return intervalColumn ? value->ci.lower : value->value;
    case UpperRole:
        return value && intervalColumn ? QVariant(value->ci.upper) : QVariant();
    case ReasonRole:
        if (value && intervalColumn && !value->ci.defined() && !value->ciReason.empty())
            return MetricNames::intervalReason(value->ciReason, m_result->dataset.classNames);
        return {};
    case Qt::ToolTipRole:
        if (value && intervalColumn && !value->ci.defined())
            return ResultFormat::noInterval(value->ci, value->ciReason,
                                            m_result->dataset.classNames);
        if (MetricNames::isEce(name) && (nameColumn || intervalColumn))
            return MetricNames::eceIntervalNote();
        return {};
    case Qt::TextAlignmentRole:
        if (nameColumn || methodColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int((intervalColumn ? Qt::AlignHCenter : Qt::AlignRight) | Qt::AlignVCenter);
    default:
        return {};
    }
}

// The methods of the shown models' intervals of `metric`, each once ("none" when no model
// has an interval).
QString MetricsTableModel::methodText(const std::string &metric) const
{
    QStringList methods;
    for (int m : m_models)
        if (const disteval::MetricValue *v
            = lookup(m_result->models[static_cast<size_t>(m)], metric))
            if (!v->method.empty()) {
                const QString method = MetricNames::method(QString::fromStdString(v->method));
                if (!methods.contains(method))
                    methods << method;
            }
    return methods.isEmpty() ? MetricNames::method(QString()) : methods.join(QStringLiteral(", "));
}

QStringList MetricsTableModel::intervalNotes() const
{
    const bool several = m_models.size() > 1;
    return IntervalNotes::of(*this, 0, [this, several](int column) {
        return several && column > 0 ? headerData(column - 1, Qt::Horizontal).toString()
                                     : QString();
    });
}

QString MetricsTableModel::eceNote() const
{
    if (!m_result)
        return QString();
    for (int m : m_models)
        if (const disteval::MetricValue *ece
            = m_result->models[static_cast<size_t>(m)].metric("ece"))
            if (ece->method == "bound")
                return tr("ECE: %1").arg(MetricNames::eceIntervalNote());
    return QString();
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || !m_result)
        return {};
    if (section == 0)
        return tr("Metric");
    if (section == columnCount() - 1)
        return tr("Interval method");
    const int model = m_models.value((section - 1) / 2, -1);
    if (model < 0)
        return {};
    if (section % 2 == 0)
        return tr("%1% interval").arg(std::lround(m_result->statistics.confidence * 100));
    return ResultFormat::modelName(m_result->models[static_cast<size_t>(model)]);
}
