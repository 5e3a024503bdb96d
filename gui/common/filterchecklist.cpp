#include "common/filterchecklist.h"

#include "common/resultformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

FilterCheckList::FilterCheckList(QWidget *parent)
    : QWidget(parent)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("checkListFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter by name or number"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("checkList"));
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true); // fast at thousands of rows
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("checkListCount"));
    auto *checkShown = new QPushButton(tr("Check Shown"), this);
    checkShown->setObjectName(QStringLiteral("checkShownButton"));
    checkShown->setToolTip(tr("Check every entry the filter shows"));
    auto *uncheckAll = new QPushButton(tr("Uncheck All"), this);
    uncheckAll->setObjectName(QStringLiteral("uncheckAllButton"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(checkShown);
    buttons->addWidget(uncheckAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addLayout(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(checkShown, &QPushButton::clicked, this, &FilterCheckList::checkShown);
    connect(uncheckAll, &QPushButton::clicked, this, &FilterCheckList::uncheckAll);
}

void FilterCheckList::setModel(QAbstractItemModel *model, int filterRole)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(filterRole);
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    if (!m_bulk && (roles.isEmpty() || roles.contains(Qt::CheckStateRole)))
                        Q_EMIT checkedChanged();
                });
        connect(model, &QAbstractItemModel::modelReset, this, &FilterCheckList::updateCount);
    }
    updateCount();
}

int FilterCheckList::shownCount() const
{
    return m_proxy->rowCount();
}

QString FilterCheckList::shownText(int row) const
{
    return m_proxy->index(row, 0).data().toString();
}

void FilterCheckList::checkShown()
{
    setAll(true, true);
}

void FilterCheckList::uncheckAll()
{
    setAll(false, false);
}

void FilterCheckList::setAll(bool shownOnly, bool checked)
{
    if (!m_model)
        return;
    m_bulk = true;
    const QAbstractItemModel *rows
            = shownOnly ? static_cast<QAbstractItemModel *>(m_proxy) : m_model;
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QModelIndex source
                = shownOnly ? m_proxy->mapToSource(m_proxy->index(row, 0)) : m_model->index(row, 0);
        if (m_model->flags(source) & Qt::ItemIsUserCheckable)
            m_model->setData(source, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
    m_bulk = false;
    Q_EMIT checkedChanged();
}

void FilterCheckList::updateCount()
{
    const int all = m_model ? m_model->rowCount() : 0;
    m_count->setText(shownCount() == all ? tr("%1 entries").arg(ResultFormat::count(all))
                                         : tr("%1 of %2 entries shown")
                                                   .arg(ResultFormat::count(shownCount()),
                                                        ResultFormat::count(all)));
}
