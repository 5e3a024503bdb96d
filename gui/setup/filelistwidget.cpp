#include "setup/filelistwidget.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
const int kPathRole = Qt::UserRole;
const int kProblemRole = Qt::UserRole + 1;
} // namespace

FileListWidget::FileListWidget(QWidget *parent, const QString &listName, int minimumHeight,
                               int maximumHeight)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(listName);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumHeight(minimumHeight);
    m_list->setMaximumHeight(maximumHeight);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_addButton = new QPushButton(tr("Add..."), this);
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_addButton);
    m_buttons->addWidget(m_removeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(m_buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this] { browse(); });
    connect(m_removeButton, &QPushButton::clicked, this, &FileListWidget::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &FileListWidget::updateButtons);
    updateButtons();
}

QStringList FileListWidget::files() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i)
        paths << m_list->item(i)->data(kPathRole).toString();
    return paths;
}

void FileListWidget::setFiles(const QStringList &paths)
{
    m_list->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_list);
        item->setData(kPathRole, path);
        const QString why = problem(path);
        item->setData(kProblemRole, why);
        item->setToolTip(why.isEmpty() ? QDir::toNativeSeparators(path) : why);
        if (!why.isEmpty()) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        }
    }
    updateButtons();
    Q_EMIT changed();
}

void FileListWidget::addFiles(const QStringList &paths)
{
    QStringList all = files();
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!all.contains(absolute))
            all << absolute;
    }
    setFiles(all);
}

QString FileListWidget::problemOf(const QString &path) const
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kPathRole).toString() == path)
            return m_list->item(i)->data(kProblemRole).toString();
    return {};
}

void FileListWidget::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    for (QListWidgetItem *item : selected)
        delete item;
    updateButtons();
    Q_EMIT changed();
}

void FileListWidget::updateButtons()
{
    m_removeButton->setEnabled(!m_list->selectedItems().isEmpty());
}
