#pragma once

#include "setup/filelistwidget.h"

class QMenu;
class QToolButton;

// The list of model checkpoints of a run: Add... (file dialog), Remove, and a menu of
// recently used checkpoints (only those that still look like checkpoints). Several
// checkpoints are compared in one run.
class CheckpointListWidget : public FileListWidget
{
    Q_OBJECT

public:
    static QString recentKey() { return QStringLiteral("recent/checkpoints"); }

    explicit CheckpointListWidget(QWidget *parent);

    QStringList checkpoints() const { return files(); }
    void setCheckpoints(const QStringList &paths) { setFiles(paths); }
    // Appends those not yet listed and records them as recent, unless they cannot be
    // checkpoints (CheckpointCheck): those are listed with a warning and their reason, and
    // never become recent.
    void addCheckpoints(const QStringList &paths);

protected:
    QString problem(const QString &path) const override;
    void browse() override;

private:
    void fillRecentMenu();

    QToolButton *m_recentButton = nullptr;
    QMenu *m_recentMenu = nullptr;
};
