#include "models/sortproxymodel.h"

#include "models/tableroles.h"

#include <cmath>

namespace {
// The number of a cell, NaN for none.
double numberOf(const QVariant &value, bool *isText)
{
    *isText = value.typeId() == QMetaType::QString;
    if (*isText || !value.isValid())
        return std::nan("");
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok ? number : std::nan("");
}
} // namespace

SortProxyModel::SortProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ValueRole);
    setSortLocaleAware(true);
}

bool SortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    bool textA = false;
    bool textB = false;
    const double x = numberOf(a, &textA);
    const double y = numberOf(b, &textB);
    if (textA && textB)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    if (std::isnan(x) || std::isnan(y)) {
        // Undefined values last in either order (the proxy swaps the arguments when it
        // sorts in descending order).
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        return ascending ? !std::isnan(x) && std::isnan(y) : std::isnan(x) && !std::isnan(y);
    }
    return x < y;
}
