#include "app/runhistorytracker.h"

#include "history/runhistory.h"
#include "run/runcontroller.h"

RunHistoryTracker::RunHistoryTracker(RunController *controller, RunHistory *history,
                                     QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_history(history)
{
    connect(controller, &RunController::stateChanged, this, &RunHistoryTracker::onStateChanged);
    connect(controller, &RunController::succeeded, this, &RunHistoryTracker::onSucceeded);
    connect(controller, &RunController::failed, this, &RunHistoryTracker::forget);
    connect(controller, &RunController::cancelled, this, &RunHistoryTracker::forget);
}

void RunHistoryTracker::onStateChanged()
{
    switch (m_controller->state()) {
    case RunController::State::Running: {
        // The command names the checkpoints and the dataset as the engine sees them.
        QStringList models;
        QString data;
        const QStringList arguments = m_controller->command().arguments();
        for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
            if (arguments[i] == QLatin1String("--model"))
                models << arguments[i + 1];
            else if (arguments[i] == QLatin1String("--data"))
                data = arguments[i + 1];
        }
        m_pendingId = m_history->addPending(m_controller->resultPath(), models, data,
                                            m_controller->jobProcessId());
        break;
    }
    case RunController::State::Cancelling:
        forget();
        break;
    case RunController::State::Idle:
        // Detached: the entry stays pending for the next start.
        m_pendingId.clear();
        break;
    default:
        break;
    }
}

void RunHistoryTracker::onSucceeded(const QString &resultPath)
{
    QString error;
    const QString id = m_pendingId;
    m_pendingId.clear();
    if (!id.isEmpty() ? m_history->completePending(id, resultPath, &error)
                      : !m_history->addResult(resultPath, &error).isEmpty()) {
        const RunHistory::Entry *latest
                = m_history->entries().isEmpty() ? nullptr : &m_history->entries().constFirst();
        Q_EMIT recorded(id.isEmpty() && latest ? latest->id : id);
    } else {
        Q_EMIT recordFailed(error);
    }
}

void RunHistoryTracker::forget()
{
    if (!m_pendingId.isEmpty())
        m_history->discardPending(m_pendingId);
    m_pendingId.clear();
}
