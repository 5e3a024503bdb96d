#include "models/curvechoicemodel.h"

#include "common/resultformat.h"

#include <QFont>

namespace {
constexpr int kAverageRows = 2; // micro, macro
} // namespace

CurveChoiceModel::CurveChoiceModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void CurveChoiceModel::setClasses(const disteval::ResultFile *result)
{
    beginResetModel();
    m_names.clear();
    if (result)
        for (int c = 0; c < result->dataset.numClasses; ++c)
            m_names << ResultFormat::className(*result, c);
    m_labels = result && result->task == disteval::Task::MultiLabel;
    m_checked = QVector<bool>(kAverageRows + m_names.size(), false);
    endResetModel();
}

int CurveChoiceModel::curveOf(int row) const
{
    if (row == 0)
        return kMicroCurve;
    if (row == 1)
        return kMacroCurve;
    return row - kAverageRows;
}

int CurveChoiceModel::rowOf(int curve) const
{
    if (m_checked.isEmpty())
        return -1;
    if (curve == kMicroCurve)
        return 0;
    if (curve == kMacroCurve)
        return 1;
    return curve >= 0 && curve < m_names.size() ? curve + kAverageRows : -1;
}

void CurveChoiceModel::setChecked(const QVector<int> &curves)
{
    m_checked.fill(false);
    for (int curve : curves) {
        const int row = rowOf(curve);
        if (row >= 0)
            m_checked[row] = true;
    }
    if (!m_checked.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_checked.size()) - 1),
                           {Qt::CheckStateRole});
}

QVector<int> CurveChoiceModel::checkedCurves() const
{
    QVector<int> curves;
    for (int row = 0; row < m_checked.size(); ++row)
        if (m_checked.at(row) && (row != 1 || m_macroEnabled))
            curves << curveOf(row);
    return curves;
}

void CurveChoiceModel::setKind(CurveKind kind)
{
    const bool enabled = kind != CurveKind::PrecisionRecall;
    if (enabled == m_macroEnabled)
        return;
    m_macroEnabled = enabled;
    if (!m_checked.isEmpty())
        Q_EMIT dataChanged(index(1), index(1));
}

int CurveChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_checked.size());
}

QVariant CurveChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_checked.size())
        return {};
    const int row = index.row();
    const int curve = curveOf(row);
    switch (role) {
    case Qt::DisplayRole:
        if (curve == kMicroCurve)
            return tr("Micro average");
        if (curve == kMacroCurve)
            return tr("Macro average");
        return m_names.at(curve);
    case FilterRole:
        return curve < 0 ? data(index, Qt::DisplayRole).toString()
                         : QStringLiteral("%1 %2").arg(curve).arg(m_names.at(curve));
    case Qt::CheckStateRole:
        return m_checked.at(row) && (curve != kMacroCurve || m_macroEnabled) ? Qt::Checked
                                                                             : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (curve == kMicroCurve)
            return tr("Every class's scores pooled into one curve (scikit-learn's micro "
                      "average)");
        if (curve == kMacroCurve)
            return m_macroEnabled
                           ? tr("The mean of the classes' ROC curves")
                           : tr("There is no macro-average precision–recall curve: precision "
                                "at a recall is not averaged over classes.");
        return m_labels ? tr("Label %1: %2").arg(curve).arg(m_names.at(curve))
                        : tr("Class %1: %2").arg(curve).arg(m_names.at(curve));
    case Qt::FontRole:
        if (curve < 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case CurveRole:
        return curve;
    default:
        return {};
    }
}

bool CurveChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsEnabled))
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (m_checked.at(index.row()) == checked)
        return true;
    m_checked[index.row()] = checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags CurveChoiceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.row() == 1 && !m_macroEnabled)
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
           | Qt::ItemNeverHasChildren;
}
