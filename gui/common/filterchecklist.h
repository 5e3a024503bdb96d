#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

// A checkable list that stays usable at a thousand entries: a filter field above it (the
// entries whose filter role contains the typed text, in any case), the list, and buttons
// to check every entry shown or uncheck all. Works on any model whose items are
// checkable (Qt::CheckStateRole); checkedChanged() comes once per click or button, never
// once per row.
class FilterCheckList : public QWidget
{
    Q_OBJECT

public:
    explicit FilterCheckList(QWidget *parent);

    // The model is not owned; `filterRole` is what the filter matches.
    void setModel(QAbstractItemModel *model, int filterRole = Qt::DisplayRole);
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *listView() const { return m_list; }
    // The entries shown (after filtering).
    int shownCount() const;
    QString shownText(int row) const;

    void checkShown();
    void uncheckAll();

Q_SIGNALS:
    void checkedChanged();

private:
    void setAll(bool shownOnly, bool checked);
    void updateCount();

    QAbstractItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_count = nullptr;
    bool m_bulk = false;
};
