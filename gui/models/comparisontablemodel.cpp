#include "models/comparisontablemodel.h"

#include "common/metricnames.h"
#include "common/resultformat.h"
#include "models/intervalnotes.h"
#include "models/tableroles.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace {
const QString kDash = QStringLiteral("—");
} // namespace

ComparisonTableModel::ComparisonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ComparisonTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_paired = false;
    m_mcnemar = false;
    m_labelA.clear();
    m_labelB.clear();
    endResetModel();
}

void ComparisonTableModel::setCompact(bool compact)
{
    m_compact = compact;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, IntervalColumn), index(rowCount() - 1, SignificanceColumn));
}

void ComparisonTableModel::setComparison(const disteval::ResultFile *result, int a, int b,
                                         const disteval::PairedComparison *comparison,
                                         const QString &labelA, const QString &labelB)
{
    beginResetModel();
    m_rows.clear();
    m_classNames = result ? result->dataset.classNames : std::vector<std::string>{};
    m_labelA = labelA;
    m_labelB = labelB;
    m_paired = comparison != nullptr;
    m_mcnemar = comparison && comparison->hasMcnemar;
    const int models = result ? static_cast<int>(result->models.size()) : 0;
    if (result && a >= 0 && b >= 0 && a < models && b < models) {
        m_confidence = result->statistics.confidence;
        const disteval::ModelResult &ma = result->models[static_cast<size_t>(a)];
        const disteval::ModelResult &mb = result->models[static_cast<size_t>(b)];
        for (const std::string &name : disteval::taskComparedMetricNames(result->task)) {
            Row row;
            row.metric = name;
            row.direction = MetricNames::direction(name);
            row.a = ma.metric(name);
            row.b = mb.metric(name);
            row.delta = comparison ? comparison->deltaOf(name) : nullptr;
            if (row.delta) {
                if (name == "accuracy" && m_mcnemar)
                    row.mcnemar = &comparison->mcnemar;
                row.difference = row.delta->value;
                row.significance
                        = ComparisonText::significance(*row.delta, row.mcnemar, m_confidence);
            } else {
                row.difference = row.a && row.b ? row.b->value - row.a->value : std::nan("");
            }
            m_rows.push_back(row);
        }
        // The user's metrics (--metric): which direction is better is theirs to say, so
        // a difference reads "higher" or "lower".
        auto custom = [](const disteval::ModelResult &m, const std::string &name) {
            for (const auto &entry : m.customMetrics)
                if (entry.first == name)
                    return &entry.second;
            return static_cast<const disteval::MetricValue *>(nullptr);
        };
        for (const auto &entry : ma.customMetrics) {
            Row row;
            row.metric = entry.first;
            row.direction = MetricNames::Direction::Neither;
            row.a = &entry.second;
            row.b = custom(mb, entry.first);
            if (comparison)
                for (const auto &d : comparison->customDelta)
                    if (d.first == entry.first)
                        row.delta = &d.second;
            if (row.delta) {
                row.difference = row.delta->value;
                row.significance = ComparisonText::significance(*row.delta, nullptr, m_confidence);
            } else {
                row.difference = row.a && row.b ? row.b->value - row.a->value : std::nan("");
            }
            m_rows.push_back(row);
        }
    }
    endResetModel();
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComparisonTableModel::valueText(const disteval::MetricValue &value)
{
    if (!value.ci.defined())
        return ResultFormat::number(value.value);
    return ResultFormat::number(value.value) + QLatin1Char('\n') + ResultFormat::interval(value.ci);
}

QVariant ComparisonTableModel::display(const Row &row, int column) const
{
    switch (column) {
    case MetricColumn:
        return MetricNames::metric(QString::fromStdString(row.metric));
    case AColumn:
        return row.a ? valueText(*row.a) : ResultFormat::notAvailable();
    case BColumn:
        return row.b ? valueText(*row.b) : ResultFormat::notAvailable();
    case DeltaColumn:
        return ComparisonText::signedNumber(row.difference);
    case IntervalColumn:
        if (!row.delta)
            return kDash;
        // In print the method stands below the interval (the page has no room for its
        // own column).
        if (!m_compact && !row.delta->method.empty())
            return ResultFormat::interval(row.delta->ci) + QLatin1Char('\n')
                   + MetricNames::method(QString::fromStdString(row.delta->method));
        return ResultFormat::interval(row.delta->ci);
    case MethodColumn:
        return row.delta ? MetricNames::method(QString::fromStdString(row.delta->method)) : kDash;
    case PExactColumn:
        return !row.delta    ? kDash
               : row.mcnemar ? ComparisonText::pValue(row.mcnemar->pExact)
                             : QString();
    case PMidColumn:
        return !row.delta    ? kDash
               : row.mcnemar ? ComparisonText::pValue(row.mcnemar->pMid)
                             : QString();
    case SignificanceColumn:
        if (!row.delta)
            return tr("not tested (unpaired)");
        return ComparisonText::significanceText(*row.delta, row.mcnemar, m_confidence,
                                                m_compact ? ComparisonText::Style::Compact
                                                          : ComparisonText::Style::TwoLines,
                                                row.direction);
    default:
        return {};
    }
}

QVariant ComparisonTableModel::value(const Row &row, int column) const
{
    switch (column) {
    case MetricColumn:
        return QString::fromStdString(row.metric);
    case AColumn:
        return row.a ? QVariant(row.a->value) : QVariant();
    case BColumn:
        return row.b ? QVariant(row.b->value) : QVariant();
    case DeltaColumn:
        return row.difference;
    case IntervalColumn:
        return row.delta && row.delta->ci.defined() ? QVariant(row.delta->ci.lower) : QVariant();
    case MethodColumn:
        return row.delta ? QVariant(QString::fromStdString(row.delta->method)) : QVariant();
    case PExactColumn:
        return row.mcnemar ? QVariant(row.mcnemar->pExact) : QVariant();
    case PMidColumn:
        return row.mcnemar ? QVariant(row.mcnemar->pMid) : QVariant();
    case SignificanceColumn:
        return row.significance.significant();
    default:
        return {};
    }
}

QString ComparisonTableModel::reason(const Row &row, int column) const
{
    const std::string *why = nullptr;
    if (column == AColumn && row.a && !row.a->ci.defined())
        why = &row.a->ciReason;
    else if (column == BColumn && row.b && !row.b->ci.defined())
        why = &row.b->ciReason;
    else if (column == IntervalColumn && row.delta && !row.delta->ci.defined())
        why = &row.delta->ciReason;
    return why && !why->empty() ? MetricNames::intervalReason(*why, m_classNames) : QString();
}

QString ComparisonTableModel::noIntervalTip(const Row &row, int column) const
{
    if (column == AColumn && row.a)
        return ResultFormat::noInterval(row.a->ci, row.a->ciReason, m_classNames);
    if (column == BColumn && row.b)
        return ResultFormat::noInterval(row.b->ci, row.b->ciReason, m_classNames);
    if (column == IntervalColumn && row.delta)
        return ResultFormat::noInterval(row.delta->ci, row.delta->ciReason, m_classNames);
    return QString();
}

QStringList ComparisonTableModel::intervalNotes() const
{
    return IntervalNotes::of(*this, MetricColumn, [this](int column) {
        return column == IntervalColumn ? QStringLiteral("Δ")
                                        : headerData(column, Qt::Horizontal).toString();
    });
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    const int column = index.column();
    const bool tinted
            = row.delta && row.significance.significant() && std::isfinite(row.difference);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case ValueRole:
        return value(row, column);
    case UpperRole:
        return column == IntervalColumn && row.delta && row.delta->ci.defined()
                       ? QVariant(row.delta->ci.upper)
                       : QVariant();
    case ReasonRole: {
        const QString why = reason(row, column);
        return why.isEmpty() ? QVariant() : QVariant(why);
    }
    case Qt::TextAlignmentRole:
        if (column == MetricColumn || column == SignificanceColumn || column == MethodColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        if (column == IntervalColumn || (!row.delta && column > DeltaColumn))
            return int(Qt::AlignHCenter | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (!tinted)
            return {};
        if (row.direction == MetricNames::Direction::Neither)
            return QColor(0xde, 0xeb, 0xf7); // different, but neither is better
        return ComparisonText::favoursB(row.difference, row.direction) ? QColor(0xd9, 0xf0, 0xd3)
                                                                       : QColor(0xfd, 0xdb, 0xc7);
    case Qt::FontRole:
        if (tinted && column == SignificanceColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        const QString missing = noIntervalTip(row, column);
        if (!missing.isEmpty())
            return missing;
        if (column == SignificanceColumn && row.delta)
            return ComparisonText::significanceText(*row.delta, row.mcnemar, m_confidence,
                                                    ComparisonText::Style::Sentence, row.direction);
        if ((column == PExactColumn || column == PMidColumn) && row.mcnemar)
            return tr("McNemar's exact test compares the error rates, so it belongs to "
                      "accuracy.");
        if (column == DeltaColumn && !row.delta)
            return tr("Difference of the two runs' own values; without paired predictions it "
                      "has no interval and no test.");
        return {};
    }
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const int percent = static_cast<int>(std::lround(m_confidence * 100));
    if (role == Qt::ToolTipRole && (section == PExactColumn || section == PMidColumn))
        return tr("McNemar's test of the error rates (on the accuracy row)");
    if (role == Qt::ToolTipRole && (section == AColumn || section == BColumn))
        return section == AColumn ? m_labelA : m_labelB;
    if (role == Qt::ToolTipRole && section == SignificanceColumn)
        return tr("Significant at %1").arg(ComparisonText::alphaPercent(m_confidence));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MetricColumn:
        return tr("Metric");
    // On screen the names of A and B stand above the table; print names them here.
    case AColumn:
        return m_labelA.isEmpty() || m_compact ? tr("A") : tr("A: %1").arg(m_labelA);
    case BColumn:
        return m_labelB.isEmpty() || m_compact ? tr("B") : tr("B: %1").arg(m_labelB);
    case DeltaColumn:
        return tr("Δ (B − A)");
    case IntervalColumn:
        return tr("%1% interval of Δ").arg(percent);
    case MethodColumn:
        return tr("Interval method");
    case PExactColumn:
        return tr("p (exact)");
    case PMidColumn:
        return tr("p (mid-p)");
    case SignificanceColumn:
        return m_compact ? tr("Significant")
                         : tr("Significant at %1").arg(ComparisonText::alphaPercent(m_confidence));
    default:
        return {};
    }
}
