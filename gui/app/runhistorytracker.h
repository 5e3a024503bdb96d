#pragma once

#include <QObject>
#include <QString>

class RunController;
class RunHistory;

// Keeps the run history in step with the run controller: a run that starts running is
// recorded as pending (with where the engine writes and mpirun's process id), a run that
// succeeds is imported, one that fails or is cancelled is forgotten. A run detached when
// the app quits stays pending; the next start's history picks its result up.
class RunHistoryTracker : public QObject
{
    Q_OBJECT

public:
    RunHistoryTracker(RunController *controller, RunHistory *history, QObject *parent);

Q_SIGNALS:
    // A finished run joined the history (its entry id), or could not (error).
    void recorded(const QString &id);
    void recordFailed(const QString &error);

private:
    void onStateChanged();
    void onSucceeded(const QString &resultPath);
    void forget();

    RunController *m_controller;
    RunHistory *m_history;
    QString m_pendingId; // the history entry of the run in progress ("" when none)
};
