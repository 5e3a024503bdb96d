#pragma once

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QToolBar;
class QTreeWidget;
class RunHistory;

// The History tab: the runs of RunHistory, newest first, with date, name, models,
// dataset, headline metrics (accuracy and macro F1 of every model), whether the
// per-sample predictions were saved, and the state of runs left running in the
// background. Open (double-click), Rename (F2), Delete (with Undo) and Compare (exactly
// two runs selected: the older is A).
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        NameColumn = 0,
        DateColumn,
        ModelsColumn,
        DatasetColumn,
        AccuracyColumn,
        MacroF1Column,
        PredictionsColumn,
        StatusColumn,
        ColumnCount
    };

    HistoryView(RunHistory *history, QWidget *parent);

    RunHistory *history() const { return m_history; }
    QTreeWidget *list() const { return m_list; }
    QAction *openAction() const { return m_open; }
    QAction *compareAction() const { return m_compare; }
    QAction *deleteAction() const { return m_delete; }
    QAction *undoAction() const { return m_undo; }
    QLabel *statusLabel() const { return m_status; }

    // Ids of the selected runs, in list order.
    QStringList selectedIds() const;
    void select(const QStringList &ids);
    // Deletes the selected runs (undoable; no question asked).
    void deleteSelected();
    void undoDelete();
    // Compares the two selected runs (emits compareRequested, older first).
    void compareSelected();

Q_SIGNALS:
    void openRequested(const QString &resultPath);
    void compareRequested(const QString &idA, const QString &idB);

private:
    void rebuild();
    void updateActions();
    void openSelected();
    void renameSelected();

    RunHistory *m_history;
    QToolBar *m_toolBar = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_open = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_refresh = nullptr;
    QTimer m_pendingPoll;
};
