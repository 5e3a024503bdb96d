#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QMenu;
class QPushButton;
class QToolButton;

// The list of model checkpoints of a run: Add... (file dialog), Remove, and a menu of
// recently used checkpoints (only those that still look like checkpoints). Several
// checkpoints are compared in one run.
class CheckpointListWidget : public QWidget
{
    Q_OBJECT

public:
    static QString recentKey() { return QStringLiteral("recent/checkpoints"); }

    explicit CheckpointListWidget(QWidget *parent);

    QStringList checkpoints() const;
    void setCheckpoints(const QStringList &paths);
    // Appends those not yet listed and records them as recent, unless they cannot be
    // checkpoints (CheckpointCheck): those are listed with a warning and their reason, and
    // never become recent.
    void addCheckpoints(const QStringList &paths);
    // Why the listed `path` cannot be a checkpoint ("" when it can).
    QString problemOf(const QString &path) const;

Q_SIGNALS:
    void changed();

private:
    void browse();
    void removeSelected();
    void fillRecentMenu();
    void updateButtons();

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QToolButton *m_recentButton = nullptr;
    QMenu *m_recentMenu = nullptr;
};
