#pragma once

#include <QSortFilterProxyModel>

// Sorts the app's table models by the number behind each cell (ValueRole) rather than
// by its text, with undefined values (NaN, or no number) after every defined one in
// either order; text values (class names) compare as the locale orders them.
class SortProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SortProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
