#pragma once

#include "common/runconfig.h"
#include "run/jobcommand.h"
#include "run/runfailure.h"
#include "run/runprogress.h"

#include "protocol/progressprotocol.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

class EngineProcess;
class ProgressServer;

// Runs one evaluation job at a time and turns every way it can end into one of the
// terminal states. It checks the set-up (checkpoints, dataset, mpirun, the engine, the
// output folder), opens the progress server (ProgressServer: socket, token, hello and
// version checks), starts the job (EngineProcess: QProcess in its own process group,
// signals, output lines) and follows the engine's messages (RunProgress) to the end:
// Succeeded, Failed (with a RunFailure) or Cancelled.
//
// Signals are emitted from the event loop; no slot lets an exception escape.
class RunController : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle = 1, Starting, Running, Cancelling, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    using Failure = RunFailure;
    using RankProgress = RunProgress::Rank;

    enum class LogSource { Stdout = 1, Stderr, Engine, App };
    Q_ENUM(LogSource)

    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    // Starts a run; returns false (and emits failed()) when it cannot start. Only one
    // run at a time: returns false while one is active.
    bool start(const RunConfig &config);
    // Graceful first (SIGTERM to mpirun, which forwards it to the ranks), then SIGKILL
    // to the job's whole process group after killTimeoutMs(). No-op when not active.
    void cancel();
    // Lets the job run on without the app (quitting during a run): stops following it,
    // closes the progress server (the engine carries on without it) and leaves the job,
    // which has its own process group, running after the controller and the app are
    // gone; it still writes its result to resultPath(). Returns to Idle without emitting
    // succeeded/failed/cancelled. No-op when not active.
    void detach();
    // mpirun's process id (the job's process group), 0 when no job runs.
    qint64 jobProcessId() const;

    void setKillTimeoutMs(int ms) { m_killTimeoutMs = ms; }

    State state() const { return m_state; }
    bool isActive() const;
    const Failure &failure() const { return m_failure; }
    QString resultPath() const { return m_resultPath; }
    QString serverName() const { return m_serverName; }
    JobCommand command() const { return m_command; }

    const RunProgress &progress() const { return m_progress; }
    RankProgress rankProgress(int rank) const { return m_progress.rank(rank); }
    qint64 elapsedMs() const;

Q_SIGNALS:
    void stateChanged(RunController::State state);
    void helloReceived(int worldSize, qint64 numSamples, int numModels);
    void phaseChanged(const QString &phase);
    void progressChanged();
    void logLine(const QString &text, RunController::LogSource source);
    // A message was rejected (wrong token, unknown version, malformed); also logged.
    void protocolError(const QString &message);
    void succeeded(const QString &resultPath);
    void failed(const RunController::Failure &failure);
    void cancelled();
    void finished(); // after any of succeeded, failed, cancelled

private:
    enum class StopReason { None = 1, Cancel, Fatal };

    bool checkSetup(const RunConfig &config, QString *mpirun, QString *engine,
                    QString *outputDirectory);
    bool openServerAndStart(const RunConfig &config, const QString &mpirun, const QString &engine);
    void setState(State state);
    void fail(const Failure &failure); // before the process started, or from finalize()
    void stopJob(StopReason reason);
    void cleanup();

    void onMessage(const disteval::protocol::Message &message);
    void onRejected(const QString &text);
    void onFatal(Failure::Kind kind, const QString &summary, const QString &details);
    void onProcessStarted();
    void onProcessFailedToStart();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void maybeFinalize();
    void finalize();
    Failure engineFailure() const;

    State m_state = State::Idle;
    Failure m_failure;
    JobCommand m_command;
    QString m_resultPath;     // where the engine was told to write
    QString m_reportedResult; // what its result message said
    QString m_serverName;
    int m_killTimeoutMs = 5000;
    int m_cpuCores = 1;

    ProgressServer *m_server = nullptr;
    EngineProcess *m_process = nullptr;

    StopReason m_stopReason = StopReason::None;
    Failure m_fatal; // why the job was stopped, for StopReason::Fatal
    bool m_processFinished = false;
    int m_exitCode = -1;
    QProcess::ExitStatus m_exitStatus = QProcess::NormalExit;
    QString m_stderrTail;
    bool m_engineErrorSeen = false;
    QString m_engineErrorCode;
    QString m_engineErrorMessage;

    RunProgress m_progress;
    QElapsedTimer m_clock;
    qint64 m_finalElapsedMs = -1;
    QTimer m_drainTimer; // waits a moment for the socket's last bytes after the exit
};
