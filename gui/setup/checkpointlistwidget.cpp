#include "setup/checkpointlistwidget.h"

#include "common/checkpointcheck.h"
#include "common/recentfiles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>

CheckpointListWidget::CheckpointListWidget(QWidget *parent)
    : FileListWidget(parent, QStringLiteral("checkpointList"), 60, 120)
{
    list()->setToolTip(tr("TorchScript checkpoints (.pt) to evaluate. Drop files onto the "
                          "window to add them."));
    m_recentButton = new QToolButton(this);
    m_recentButton->setText(tr("Recent"));
    m_recentButton->setPopupMode(QToolButton::InstantPopup);
    m_recentMenu = new QMenu(m_recentButton);
    m_recentButton->setMenu(m_recentMenu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &CheckpointListWidget::fillRecentMenu);
    buttonRow()->addWidget(m_recentButton);
    buttonRow()->addStretch(1);
}

QString CheckpointListWidget::problem(const QString &path) const
{
    return CheckpointCheck::problem(path);
}

void CheckpointListWidget::addCheckpoints(const QStringList &paths)
{
    RecentFiles recent(recentKey());
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (CheckpointCheck::problem(absolute).isEmpty())
            recent.add(absolute);
        else
            recent.remove(absolute);
    }
    addFiles(paths);
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
