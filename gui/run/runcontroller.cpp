#include "run/runcontroller.h"

#include "common/checkpointcheck.h"
#include "common/errortext.h"
#include "common/toollocator.h"
#include "run/engineprocess.h"
#include "run/progressserver.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QThread>

namespace {
constexpr int kDrainMs = 2000;

// The engine's message about rank N, naming the rank once: it prefixes "rank N: " itself
// when several ranks run.
QString withRank(int rank, const QString &message)
{
    static const QRegularExpression named(QStringLiteral("^\\s*rank\\s+(\\d+)\\s*:\\s*"),
                                          QRegularExpression::CaseInsensitiveOption);
    QString text = message;
    const QRegularExpressionMatch match = named.match(text);
    if (match.hasMatch() && match.captured(1).toInt() == rank)
        text.remove(0, match.capturedLength());
    return RunController::tr("Rank %1: %2").arg(rank).arg(text);
}

bool isTerminal(RunController::State state)
{
    return state == RunController::State::Succeeded || state == RunController::State::Failed
           || state == RunController::State::Cancelled;
}

} // namespace

RunController::RunController(QObject *parent)
    : QObject(parent)
{
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, &RunController::finalize);
    m_cpuCores = qMax(1, QThread::idealThreadCount());
}

// The EngineProcess child stops a job still running when it is destroyed.
RunController::~RunController() = default;

bool RunController::isActive() const
{
    return m_state == State::Starting || m_state == State::Running || m_state == State::Cancelling;
}

qint64 RunController::jobProcessId() const
{
    return m_process ? m_process->processId() : 0;
}

bool RunController::start(const RunConfig &config)
{
    if (isActive())
        return false;

    // A fresh run.
    m_failure = Failure();
    m_fatal = Failure();
    m_command = JobCommand();
    m_resultPath.clear();
    m_reportedResult.clear();
    m_serverName.clear();
    m_stopReason = StopReason::None;
    m_processFinished = false;
    m_exitCode = -1;
    m_exitStatus = QProcess::NormalExit;
    m_stderrTail.clear();
    m_engineErrorSeen = false;
    m_engineErrorCode.clear();
    m_engineErrorMessage.clear();
    m_progress.clear();
    m_finalElapsedMs = -1;
    m_clock.start();
    setState(State::Starting);

    QString mpirun, engine, outputDirectory;
    if (!checkSetup(config, &mpirun, &engine, &outputDirectory))
        return false;
    RunConfig effective = config;
    effective.outputDirectory = outputDirectory;
    m_resultPath = JobCommand::resultPathFor(effective, QDateTime::currentDateTime());
    return openServerAndStart(effective, mpirun, engine);
}

// Everything that can be checked before mpirun starts: a failure here names the
// problem at once (and emits failed()).
bool RunController::checkSetup(const RunConfig &config, QString *mpirun, QString *engine,
                               QString *outputDirectory)
{
    Failure failure;
    failure.kind = Failure::Kind::Setup;
    if (config.checkpoints.isEmpty()) {
        failure.summary = tr("Choose at least one model checkpoint.");
        fail(failure);
        return false;
    }
    if (config.dataPath.isEmpty()) {
        failure.summary = tr("Choose a dataset.");
        fail(failure);
        return false;
    }
    // A missing or obviously wrong checkpoint or metric file is named now, not after mpirun
    // has started every rank.
    QStringList problems;
    for (const QString &checkpoint : config.checkpoints)
        problems << CheckpointCheck::problem(checkpoint);
    QStringList metricProblems;
    for (const QString &metric : config.metricFiles)
        metricProblems << CheckpointCheck::metricProblem(metric);
    problems.removeAll(QString());
    metricProblems.removeAll(QString());
    if (!problems.isEmpty() || !metricProblems.isEmpty()) {
        const bool checkpoints = !problems.isEmpty();
        failure.kind
                = checkpoints ? Failure::Kind::CheckpointInvalid : Failure::Kind::MetricInvalid;
        failure.code
                = checkpoints ? QStringLiteral("model_invalid") : QStringLiteral("metric_invalid");
        failure.summary = ErrorText::forCode(failure.code);
        failure.details = (checkpoints ? problems : metricProblems).join(QLatin1Char('\n'));
        fail(failure);
        return false;
    }

    *mpirun = ToolLocator::mpirun(config.mpirunPath);
    if (mpirun->isEmpty() || !QFileInfo(*mpirun).isExecutable()) {
        failure.kind = Failure::Kind::MpirunMissing;
        failure.summary = mpirun->isEmpty()
                                  ? tr("mpirun was not found. Install Open MPI, or set the "
                                       "path of mpirun under Advanced.")
                                  : tr("mpirun was not found at %1. Install Open MPI, or "
                                       "correct the path of mpirun under Advanced.")
                                            .arg(QDir::toNativeSeparators(*mpirun));
        fail(failure);
        return false;
    }
    *engine = ToolLocator::engine(config.enginePath);
    if (engine->isEmpty() || !QFileInfo(*engine).isFile()) {
        failure.kind = Failure::Kind::EngineMissing;
        failure.summary = engine->isEmpty()
                                  ? ToolLocator::engineNotFoundText()
                                  : tr("disteval-engine was not found at %1. Correct its path "
                                       "under Advanced.")
                                            .arg(QDir::toNativeSeparators(*engine));
        fail(failure);
        return false;
    }

    *outputDirectory = config.effectiveOutputDirectory();
    if (!QDir().mkpath(*outputDirectory)) {
        failure.summary = tr("The output folder %1 cannot be created.")
                                  .arg(QDir::toNativeSeparators(*outputDirectory));
        fail(failure);
        return false;
    }
    return true;
}

bool RunController::openServerAndStart(const RunConfig &config, const QString &mpirun,
                                       const QString &engine)
{
    Failure failure;
    failure.kind = Failure::Kind::Setup;
    m_server = new ProgressServer(this);
    if (!m_server->listen(&failure.summary)) {
        fail(failure);
        return false;
    }
    m_serverName = m_server->fullServerName();
    connect(m_server, &ProgressServer::message, this, &RunController::onMessage);
    connect(m_server, &ProgressServer::rejected, this, &RunController::onRejected);
    connect(m_server, &ProgressServer::fatal, this, &RunController::onFatal);
    connect(m_server, &ProgressServer::finished, this, [this] {
        if (m_processFinished)
            finalize();
    });

    m_command = JobCommand::build(config, {mpirun, engine, m_cpuCores}, m_resultPath, m_serverName,
                                  &failure.summary);
    if (m_command.isEmpty()) {
        fail(failure);
        return false;
    }

    m_process = new EngineProcess(this);
    m_process->setKillTimeoutMs(m_killTimeoutMs);
    connect(m_process, &EngineProcess::started, this, &RunController::onProcessStarted);
    connect(m_process, &EngineProcess::failedToStart, this, &RunController::onProcessFailedToStart);
    connect(m_process, &EngineProcess::finished, this, &RunController::onProcessFinished);
    connect(m_process, &EngineProcess::outputLine, this, [this](const QString &text, bool err) {
        Q_EMIT logLine(text, err ? LogSource::Stderr : LogSource::Stdout);
    });
    connect(m_process, &EngineProcess::killing, this, [this] {
        Q_EMIT logLine(tr("The job did not stop in time; stopping it forcibly."), LogSource::App);
    });
    QProcessEnvironment environment;
    environment.insert(QString::fromLatin1(disteval::protocol::kTokenEnvironmentVariable),
                       QString::fromLatin1(m_server->token()));
    Q_EMIT logLine(m_command.shellLine(), LogSource::App);
    m_process->start(m_command, environment);
    return true;
}

void RunController::cancel()
{
    if (!isActive() || m_state == State::Cancelling)
        return;
    Q_EMIT logLine(tr("Cancelling the run..."), LogSource::App);
    stopJob(StopReason::Cancel);
}

void RunController::detach()
{
    if (!isActive())
        return;
    Q_EMIT logLine(tr("The job goes on in the background; its result will be written to %1.")
                           .arg(QDir::toNativeSeparators(m_resultPath)),
                   LogSource::App);
    if (m_process)
        m_process->detach();
    cleanup();
    setState(State::Idle);
}

qint64 RunController::elapsedMs() const
{
    if (m_finalElapsedMs >= 0)
        return m_finalElapsedMs;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

void RunController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (isTerminal(state)) {
        m_finalElapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
        cleanup();
    }
    Q_EMIT stateChanged(state);
    switch (state) {
    case State::Succeeded:
        Q_EMIT succeeded(m_resultPath);
        Q_EMIT finished();
        break;
    case State::Failed:
        Q_EMIT failed(m_failure);
        Q_EMIT finished();
        break;
    case State::Cancelled:
        Q_EMIT cancelled();
        Q_EMIT finished();
        break;
    default:
        break;
    }
}

void RunController::fail(const Failure &failure)
{
    m_failure = failure;
    Q_EMIT logLine(failure.details.isEmpty()
                           ? failure.summary
                           : failure.summary + QLatin1Char('\n') + failure.details,
                   LogSource::App);
    setState(State::Failed);
}

void RunController::stopJob(StopReason reason)
{
    if (m_stopReason != StopReason::None)
        return;
    m_stopReason = reason;
    if (m_server)
        m_server->refuseNewConnections();
    if (reason == StopReason::Cancel)
        setState(State::Cancelling);
    if (m_process)
        m_process->stop();
}

void RunController::cleanup()
{
    m_drainTimer.stop();
    if (m_server) {
        m_server->disconnect(this);
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    if (m_process && !m_process->isRunning()) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
}

void RunController::onRejected(const QString &text)
{
    Q_EMIT protocolError(text);
    Q_EMIT logLine(text, LogSource::App);
}

void RunController::onFatal(Failure::Kind kind, const QString &summary, const QString &details)
{
    const QString text = details.isEmpty()
                                 ? summary
                                 : summary + QStringLiteral(" (") + details + QLatin1Char(')');
    onRejected(text);
    m_fatal.kind = kind;
    m_fatal.summary = summary;
    m_fatal.details = details;
    stopJob(StopReason::Fatal);
}

void RunController::onMessage(const disteval::protocol::Message &message)
{
    using disteval::protocol::MessageType;
    switch (message.type) {
    case MessageType::Hello: {
        const disteval::protocol::Hello &hello = message.hello;
        m_progress.start(hello);
        Q_EMIT logLine(tr("disteval-engine %1: %n rank(s), %2 samples, %3 model(s).", nullptr,
                          hello.worldSize)
                               .arg(QString::fromStdString(hello.engineVersion))
                               .arg(hello.numSamples)
                               .arg(hello.numModels),
                       LogSource::App);
        Q_EMIT helloReceived(hello.worldSize, hello.numSamples, hello.numModels);
        Q_EMIT progressChanged();
        break;
    }
    case MessageType::Phase: {
        const QString phase = QString::fromStdString(message.phase.phase);
        Q_EMIT logLine(ErrorText::forPhase(phase), LogSource::Engine);
        Q_EMIT phaseChanged(phase);
        break;
    }
    case MessageType::Progress:
        if (!m_progress.update(message.progress)) {
            onRejected(tr("Ignored progress for rank %1, which is not part of the run.")
                               .arg(message.progress.rank));
            return;
        }
        Q_EMIT progressChanged();
        break;
    case MessageType::Log: {
        const QString text = QString::fromStdString(message.log.message);
        Q_EMIT logLine(message.log.level == "warning" ? tr("Warning: %1").arg(text) : text,
                       LogSource::Engine);
        break;
    }
    case MessageType::Result:
        m_reportedResult = QString::fromStdString(message.result.path);
        Q_EMIT logLine(tr("Result written to %1").arg(QDir::toNativeSeparators(m_reportedResult)),
                       LogSource::Engine);
        break;
    case MessageType::Error: {
        m_engineErrorSeen = true;
        m_engineErrorCode = QString::fromStdString(message.error.code);
        m_engineErrorMessage = QString::fromStdString(message.error.message);
        if (message.error.rank >= 0)
            m_engineErrorMessage = withRank(message.error.rank, m_engineErrorMessage);
        Q_EMIT logLine(tr("Error: %1").arg(m_engineErrorMessage), LogSource::Engine);
        break;
    }
    }
}

void RunController::onProcessStarted()
{
    if (m_state == State::Starting)
        setState(State::Running);
}

void RunController::onProcessFailedToStart()
{
    if (isTerminal(m_state))
        return;
    if (m_stopReason == StopReason::Cancel) {
        setState(State::Cancelled);
        return;
    }
    Failure failure;
    failure.kind = Failure::Kind::MpirunMissing;
    failure.summary = tr("mpirun could not be started: %1").arg(m_process->errorString());
    fail(failure);
}

void RunController::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    m_processFinished = true;
    m_exitCode = exitCode;
    m_exitStatus = status;
    m_stderrTail = m_process->stderrTail();
    maybeFinalize();
}

void RunController::maybeFinalize()
{
    if (!m_processFinished || isTerminal(m_state))
        return;
    if (m_server && m_server->isConnected() && m_stopReason == StopReason::None) {
        // The engine's last lines may still be on their way: wait for the end of the
        // stream (or a moment) before deciding how the run ended.
        m_server->readPending();
        if (m_server && m_server->isConnected()) {
            if (!m_drainTimer.isActive())
                m_drainTimer.start(kDrainMs);
            return;
        }
    }
    finalize();
}

void RunController::finalize()
{
    if (isTerminal(m_state) || !m_processFinished)
        return;
    m_drainTimer.stop();

    if (m_stopReason == StopReason::Cancel) {
        Q_EMIT logLine(tr("The run was cancelled."), LogSource::App);
        setState(State::Cancelled);
        return;
    }
    if (m_stopReason == StopReason::Fatal) {
        Failure failure = m_fatal;
        failure.exitCode = m_exitStatus == QProcess::NormalExit ? m_exitCode : -1;
        fail(failure);
        return;
    }
    if (m_exitStatus == QProcess::NormalExit && m_exitCode == 0 && !m_reportedResult.isEmpty()) {
        m_resultPath = m_reportedResult;
        Q_EMIT logLine(tr("The run finished."), LogSource::App);
        setState(State::Succeeded);
        return;
    }
    fail(engineFailure());
}

// How a job that ended without a result failed, in the order of preference of
// docs/protocol.md: the engine's error, a crashed rank, the exit code; with the last
// lines of its stderr.
RunController::Failure RunController::engineFailure() const
{
    Failure failure;
    failure.exitCode = m_exitStatus == QProcess::NormalExit ? m_exitCode : -1;
    const QString outputNote = m_stderrTail.isEmpty() ? QString()
                                                      : tr("Last output of the job:")
                                                                + QLatin1Char('\n') + m_stderrTail;
    if (m_exitStatus == QProcess::NormalExit && m_exitCode == 0) {
        failure.kind = Failure::Kind::NoResult;
        failure.summary = tr("The engine finished without reporting a result.");
        failure.details = outputNote;
        return failure;
    }
    if (m_exitStatus == QProcess::CrashExit) {
        failure.kind = Failure::Kind::Crashed;
        failure.summary = tr("mpirun stopped unexpectedly (it crashed or was killed).");
        failure.details = outputNote;
        return failure;
    }
    failure.kind = Failure::Kind::EngineError;
    failure.code = m_engineErrorCode;
    QString engineMessage = m_engineErrorMessage;
    if (engineMessage.isEmpty())
        engineMessage = ErrorText::engineErrorLine(m_stderrTail);
    static const QRegularExpression rankSignal(
            QStringLiteral("process rank (\\d+) with PID \\d+ on node \\S+ exited on signal "
                           "(\\d+) \\(([^)]*)\\)"));
    const QRegularExpressionMatch crash = rankSignal.match(m_stderrTail);
    if (m_engineErrorSeen)
        failure.summary = ErrorText::forCode(m_engineErrorCode);
    else if (crash.hasMatch())
        failure.summary = tr("Rank %1 crashed (%2).").arg(crash.captured(1), crash.captured(3));
    else
        failure.summary = ErrorText::forExitCode(m_exitCode);
    QStringList details;
    if (!engineMessage.isEmpty())
        details << engineMessage;
    if (!outputNote.isEmpty())
        details << outputNote;
    failure.details = details.join(QStringLiteral("\n\n"));
    return failure;
}
