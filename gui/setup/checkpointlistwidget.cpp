#include "setup/checkpointlistwidget.h"

#include "common/checkpointcheck.h"
#include "common/recentfiles.h"

#include <QColor>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

CheckpointListWidget::CheckpointListWidget(QWidget *parent)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("checkpointList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setToolTip(tr("TorchScript checkpoints (.pt) to evaluate. Drop files onto the "
                          "window to add them."));
    m_list->setMinimumHeight(60);
    m_list->setMaximumHeight(120);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_addButton = new QPushButton(tr("Add..."), this);
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_recentButton = new QToolButton(this);
    m_recentButton->setText(tr("Recent"));
    m_recentButton->setPopupMode(QToolButton::InstantPopup);
    m_recentMenu = new QMenu(m_recentButton);
    m_recentButton->setMenu(m_recentMenu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &CheckpointListWidget::fillRecentMenu);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_recentButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &CheckpointListWidget::browse);
    connect(m_removeButton, &QPushButton::clicked, this, &CheckpointListWidget::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &CheckpointListWidget::updateButtons);
    updateButtons();
}

QStringList CheckpointListWidget::checkpoints() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i)
        paths << m_list->item(i)->data(Qt::UserRole).toString();
    return paths;
}

void CheckpointListWidget::setCheckpoints(const QStringList &paths)
{
    m_list->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_list);
        item->setData(Qt::UserRole, path);
        const QString problem = CheckpointCheck::problem(path);
        item->setData(Qt::UserRole + 1, problem);
        item->setToolTip(problem.isEmpty() ? QDir::toNativeSeparators(path) : problem);
        if (!problem.isEmpty()) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        }
    }
    updateButtons();
    Q_EMIT changed();
}

void CheckpointListWidget::addCheckpoints(const QStringList &paths)
{
    QStringList all = checkpoints();
    RecentFiles recent(recentKey());
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!all.contains(absolute))
            all << absolute;
        if (CheckpointCheck::problem(absolute).isEmpty())
            recent.add(absolute);
        else
            recent.remove(absolute);
    }
    setCheckpoints(all);
}

QString CheckpointListWidget::problemOf(const QString &path) const
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == path)
            return m_list->item(i)->data(Qt::UserRole + 1).toString();
    return {};
}

void CheckpointListWidget::browse()
{
    const QStringList recent = RecentFiles(recentKey()).paths();
    const QString start = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).path();
    const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Add model checkpoints"), start,
            tr("TorchScript checkpoints (*.pt *.pth *.ts);;All files (*)"));
    if (!paths.isEmpty())
        addCheckpoints(paths);
}

void CheckpointListWidget::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    for (QListWidgetItem *item : selected)
        delete item;
    updateButtons();
    Q_EMIT changed();
}

void CheckpointListWidget::fillRecentMenu()
{
    m_recentMenu->clear();
    // A checkpoint that was deleted or found broken since is not offered again.
    RecentFiles recent(recentKey());
    QStringList paths;
    for (const QString &path : recent.paths()) {
        if (CheckpointCheck::problem(path).isEmpty())
            paths << path;
        else
            recent.remove(path);
    }
    for (const QString &path : paths) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { addCheckpoints({path}); });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent checkpoints"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Clear list")), &QAction::triggered, this,
                [] { RecentFiles(recentKey()).clear(); });
    }
}

void CheckpointListWidget::updateButtons()
{
    m_removeButton->setEnabled(!m_list->selectedItems().isEmpty());
}
