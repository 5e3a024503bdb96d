#pragma once

#include "common/runconfig.h"
#include "run/jobcommand.h"
#include "run/protocolreader.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

class QLocalServer;
class QLocalSocket;

// Runs one evaluation job at a time: starts `mpirun ... disteval-engine ...` with
// QProcess (an argument list, never a shell), owns the progress server (a QLocalServer
// that only this user can connect to, with a fresh name per run), authenticates the
// engine by a random per-run token passed in the environment, follows the protocol of
// docs/protocol.md and turns every way a run can end into one of the terminal states.
//
// Signals are emitted from the event loop; no slot lets an exception escape.
class RunController : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle = 1, Starting, Running, Cancelling, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    // Why a run failed, for the user (translated) and for tests (kind, code).
    struct Failure
    {
        enum class Kind {
            Setup = 1,          // the run could not be set up (missing input, socket)
            MpirunMissing,      // mpirun was not found or could not be started
            EngineMissing,      // disteval-engine was not found
            EngineError,        // the engine reported an error (code set) or exited non-zero
            Crashed,            // mpirun itself crashed (signal)
            NoResult,           // exit 0 without a result message
            WrongToken,         // the progress connection did not present this run's token
            UnsupportedVersion, // the engine speaks another protocol version
            ProtocolViolation,  // the conversation broke the protocol (e.g. no hello)
        };
        Kind kind = Kind::Setup;
        QString summary;   // one plain sentence
        QString details;   // the engine's message and the tail of its stderr
        QString code;      // protocol error code, if any
        int exitCode = -1; // the job's exit code, -1 when it did not exit normally
    };

    struct RankProgress
    {
        qint64 done = 0;
        qint64 total = 0;
        double samplesPerSecond = 0;
        bool reported = false; // a progress message arrived for this rank
    };

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
    qint64 jobProcessId() const { return m_jobGroup; }

    void setKillTimeoutMs(int ms) { m_killTimeoutMs = ms; }
    int killTimeoutMs() const { return m_killTimeoutMs; }
    // Cores of this machine; decides --threads and --oversubscribe.
    void setCpuCores(int cores) { m_cpuCores = qMax(1, cores); }

    State state() const { return m_state; }
    bool isActive() const;
    const Failure &failure() const { return m_failure; }
    QString resultPath() const { return m_resultPath; }
    QString serverName() const { return m_serverName; }
    JobCommand command() const { return m_command; }

    int worldSize() const { return m_ranks.size(); }
    qint64 numSamples() const { return m_numSamples; }
    QString engineVersion() const { return m_engineVersion; }
    QString phase() const { return m_phase; }
    RankProgress rankProgress(int rank) const;
    qint64 overallDone() const;
    qint64 overallTotal() const;
    double samplesPerSecond() const; // summed over the ranks still working
    qint64 elapsedMs() const;
    // Seconds left at the current throughput; negative when unknown.
    double etaSeconds() const;

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

    void setState(State state);
    void fail(const Failure &failure); // before the process started, or from finalize()
    void stopJob(StopReason reason);
    void killJobGroup();
    void cleanup();

    void onNewConnection();
    void onSocketReadyRead();
    void onSocketDisconnected();
    void handleItem(QLocalSocket *socket, const ProtocolReader::Item &item);
    void handleMessage(const disteval::protocol::Message &message);
    void fatalProtocolError(Failure::Kind kind, const QString &summary, const QString &details);

    void onProcessStarted();
    void onProcessError(QProcess::ProcessError error);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void readProcessOutput(QProcess::ProcessChannel channel);
    void maybeFinalize();
    void finalize();
    QString stderrTail() const;

    State m_state = State::Idle;
    Failure m_failure;
    JobCommand m_command;
    QString m_resultPath;     // where the engine was told to write
    QString m_reportedResult; // what its result message said
    QString m_serverName;
    QByteArray m_token;
    int m_killTimeoutMs = 5000;
    int m_cpuCores = 1;

    QProcess *m_process = nullptr;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_socket = nullptr; // the authenticated (or first, pending) connection
    bool m_authenticated = false;
    ProtocolReader m_reader;
    QByteArray m_stdoutPartial;
    QByteArray m_stderrPartial;
    QStringList m_stderrLines; // the last kStderrTailLines lines
    qint64 m_jobGroup = 0;     // process group id of mpirun and its local ranks

    StopReason m_stopReason = StopReason::None;
    Failure m_fatal; // why the job was stopped, for StopReason::Fatal
    bool m_processFinished = false;
    int m_exitCode = -1;
    QProcess::ExitStatus m_exitStatus = QProcess::NormalExit;
    bool m_engineErrorSeen = false;
    QString m_engineErrorCode;
    QString m_engineErrorMessage;

    QList<RankProgress> m_ranks;
    qint64 m_numSamples = 0;
    int m_numModels = 0;
    QString m_engineVersion;
    QString m_phase;
    QElapsedTimer m_clock;
    qint64 m_finalElapsedMs = -1;

    QTimer m_killTimer;
    QTimer m_drainTimer; // waits a moment for the socket's last bytes after the exit
};
