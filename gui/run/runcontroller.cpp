#include "run/runcontroller.h"

#include "common/errortext.h"
#include "common/toollocator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace {
constexpr int kStderrTailLines = 40;
constexpr int kDrainMs = 2000;
constexpr qsizetype kMaxOutputLineBytes = 64 * 1024;

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (int i = 0; i < bytes; ++i)
        raw[i] = static_cast<char>(generator->bounded(256));
    return raw.toHex();
}

// Compares in time independent of where the first difference is.
bool sameToken(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
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
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, &RunController::killJobGroup);
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, &RunController::finalize);
    m_cpuCores = qMax(1, QThread::idealThreadCount());
}

RunController::~RunController()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->terminate();
        if (!m_process->waitForFinished(m_killTimeoutMs)) {
            killJobGroup();
            m_process->waitForFinished(1000);
        } else if (m_jobGroup > 0) {
            ::kill(static_cast<pid_t>(-m_jobGroup), SIGKILL); // ranks that outlived mpirun
        }
    }
}

bool RunController::isActive() const
{
    return m_state == State::Starting || m_state == State::Running || m_state == State::Cancelling;
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
    m_authenticated = false;
    m_reader = ProtocolReader();
    m_stdoutPartial.clear();
    m_stderrPartial.clear();
    m_stderrLines.clear();
    m_jobGroup = 0;
    m_stopReason = StopReason::None;
    m_processFinished = false;
    m_exitCode = -1;
    m_exitStatus = QProcess::NormalExit;
    m_engineErrorSeen = false;
    m_engineErrorCode.clear();
    m_engineErrorMessage.clear();
    m_ranks.clear();
    m_numSamples = 0;
    m_numModels = 0;
    m_engineVersion.clear();
    m_phase.clear();
    m_finalElapsedMs = -1;
    m_clock.start();
    setState(State::Starting);

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

    const QString mpirun = ToolLocator::mpirun(config.mpirunPath);
    if (mpirun.isEmpty() || !QFileInfo(mpirun).isExecutable()) {
        failure.kind = Failure::Kind::MpirunMissing;
        failure.summary = mpirun.isEmpty()
                                  ? tr("mpirun was not found. Install Open MPI, or set the "
                                       "path of mpirun under Advanced.")
                                  : tr("mpirun was not found at %1. Install Open MPI, or "
                                       "correct the path of mpirun under Advanced.")
                                            .arg(QDir::toNativeSeparators(mpirun));
        fail(failure);
        return false;
    }
    const QString engine = ToolLocator::engine(config.enginePath);
    if (engine.isEmpty() || !QFileInfo(engine).isFile()) {
        failure.kind = Failure::Kind::EngineMissing;
        failure.summary = engine.isEmpty()
                                  ? tr("disteval-engine was not found next to the app or on "
                                       "the PATH. Set its path under Advanced.")
                                  : tr("disteval-engine was not found at %1. Correct its path "
                                       "under Advanced.")
                                            .arg(QDir::toNativeSeparators(engine));
        fail(failure);
        return false;
    }

    const QString outputDirectory
            = config.outputDirectory.isEmpty() ? QDir::currentPath() : config.outputDirectory;
    if (!QDir().mkpath(outputDirectory)) {
        failure.summary = tr("The output folder %1 cannot be created.")
                                  .arg(QDir::toNativeSeparators(outputDirectory));
        fail(failure);
        return false;
    }
    RunConfig effective = config;
    effective.outputDirectory = outputDirectory;
    m_resultPath = JobCommand::resultPathFor(effective, QDateTime::currentDateTime());

    // The progress server: owner-only, a name nobody can guess or reuse.
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(4);
    const QString name = QStringLiteral("disteval-%1-%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QString::fromLatin1(randomHex(8)));
    if (!m_server->listen(name)) {
        failure.summary
                = tr("The progress socket cannot be opened: %1").arg(m_server->errorString());
        fail(failure);
        return false;
    }
    m_serverName = m_server->fullServerName();
    connect(m_server, &QLocalServer::newConnection, this, &RunController::onNewConnection);
    m_token = randomHex(32);

    QString commandError;
    m_command = JobCommand::build(effective, {mpirun, engine, m_cpuCores}, m_resultPath,
                                  m_serverName, &commandError);
    if (m_command.isEmpty()) {
        failure.summary = commandError;
        fail(failure);
        return false;
    }

    m_process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(disteval::protocol::kTokenEnvironmentVariable),
                       QString::fromLatin1(m_token));
    m_process->setProcessEnvironment(environment);
    m_process->setProgram(m_command.program());
    m_process->setArguments(m_command.arguments());
    m_process->setStandardInputFile(QProcess::nullDevice());
    // mpirun and the ranks it starts locally get their own process group, so that a
    // forced stop reaches all of them and none is left behind.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::started, this, &RunController::onProcessStarted);
    connect(m_process, &QProcess::errorOccurred, this, &RunController::onProcessError);
    connect(m_process, &QProcess::finished, this, &RunController::onProcessFinished);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readProcessOutput(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { readProcessOutput(QProcess::StandardError); });
    Q_EMIT logLine(m_command.shellLine(), LogSource::App);
    m_process->start();
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
    if (m_process) {
        m_process->disconnect(this);
        // QProcess kills its child when destroyed: this one is handed over to a list that
        // is never freed, so the job outlives the controller and, in its own process
        // group, the app.
        static QList<QProcess *> *const s_detached = new QList<QProcess *>;
        m_process->setParent(nullptr);
        s_detached->append(m_process);
        m_process = nullptr;
    }
    m_jobGroup = 0;
    cleanup();
    setState(State::Idle);
}

RunController::RankProgress RunController::rankProgress(int rank) const
{
    return rank >= 0 && rank < m_ranks.size() ? m_ranks.at(rank) : RankProgress();
}

qint64 RunController::overallDone() const
{
    qint64 done = 0;
    for (const RankProgress &r : m_ranks)
        done += r.done;
    return done;
}

qint64 RunController::overallTotal() const
{
    qint64 total = 0;
    for (const RankProgress &r : m_ranks)
        total += r.total;
    return total;
}

double RunController::samplesPerSecond() const
{
    double sum = 0;
    for (const RankProgress &r : m_ranks)
        if (r.reported && r.done < r.total)
            sum += r.samplesPerSecond;
    return sum;
}

qint64 RunController::elapsedMs() const
{
    if (m_finalElapsedMs >= 0)
        return m_finalElapsedMs;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

double RunController::etaSeconds() const
{
    // The ranks work in parallel: the job is done when its slowest rank is.
    double eta = 0;
    bool any = false;
    for (const RankProgress &r : m_ranks) {
        if (r.done >= r.total)
            continue;
        if (!r.reported || r.samplesPerSecond <= 0)
            return -1;
        eta = qMax(eta, static_cast<double>(r.total - r.done) / r.samplesPerSecond);
        any = true;
    }
    return any || !m_ranks.isEmpty() ? eta : -1;
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
    if (reason == StopReason::Cancel)
        setState(State::Cancelling);
    if (m_process && m_process->state() == QProcess::Running) {
        m_process->terminate(); // SIGTERM; mpirun forwards it to every rank
        m_killTimer.start(m_killTimeoutMs);
    }
    // Still starting: onProcessStarted() stops it once it runs.
}

void RunController::killJobGroup()
{
    if (m_jobGroup > 0) {
        Q_EMIT logLine(tr("The job did not stop in time; stopping it forcibly."), LogSource::App);
        ::kill(static_cast<pid_t>(-m_jobGroup), SIGKILL);
    }
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->kill();
}

void RunController::cleanup()
{
    m_killTimer.stop();
    m_drainTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_server) {
        m_server->disconnect(this);
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    if (m_process && m_process->state() == QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
        m_jobGroup = 0;
    }
}

void RunController::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QLocalSocket *socket = m_server->nextPendingConnection();
        if (m_socket || m_stopReason != StopReason::None) {
            const QString message = tr("A second connection to the progress socket was refused.");
            Q_EMIT protocolError(message);
            Q_EMIT logLine(message, LogSource::App);
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_socket = socket;
        connect(socket, &QLocalSocket::readyRead, this, &RunController::onSocketReadyRead);
        connect(socket, &QLocalSocket::disconnected, this, &RunController::onSocketDisconnected);
        onSocketReadyRead();
    }
}

void RunController::onSocketReadyRead()
{
    if (!m_socket)
        return;
    QLocalSocket *socket = m_socket;
    const QList<ProtocolReader::Item> items = m_reader.feed(socket->readAll());
    for (const ProtocolReader::Item &item : items) {
        if (m_stopReason == StopReason::Fatal || m_socket != socket)
            break;
        handleItem(socket, item);
    }
}

void RunController::onSocketDisconnected()
{
    if (!m_socket)
        return;
    onSocketReadyRead();
    if (m_socket && m_stopReason != StopReason::Fatal) {
        for (const ProtocolReader::Item &item : m_reader.finish())
            handleItem(m_socket, item);
    }
    if (m_processFinished)
        finalize();
}

void RunController::handleItem(QLocalSocket *socket, const ProtocolReader::Item &item)
{
    Q_UNUSED(socket)
    using disteval::protocol::MessageType;
    if (!item.valid) {
        if (!m_authenticated) {
            fatalProtocolError(Failure::Kind::ProtocolViolation,
                               tr("The progress connection sent an invalid first message; the "
                                  "run was stopped."),
                               item.error);
            return;
        }
        const QString message = tr("Ignored a malformed progress message (%1): %2")
                                        .arg(item.error, QString::fromUtf8(item.line));
        Q_EMIT protocolError(message);
        Q_EMIT logLine(message, LogSource::App);
        return;
    }
    const disteval::protocol::Message &message = item.message;
    if (!m_authenticated) {
        if (message.type != MessageType::Hello) {
            fatalProtocolError(Failure::Kind::ProtocolViolation,
                               tr("The progress connection did not start with a hello "
                                  "message; the run was stopped."),
                               QString::fromUtf8(item.line));
            return;
        }
        if (!sameToken(QByteArray::fromStdString(message.hello.token), m_token)) {
            fatalProtocolError(Failure::Kind::WrongToken,
                               tr("The progress connection presented a wrong token, so it "
                                  "does not belong to this run; the run was stopped."),
                               {});
            return;
        }
        if (message.hello.protocolVersion != disteval::protocol::kVersion) {
            fatalProtocolError(
                    Failure::Kind::UnsupportedVersion,
                    tr("The engine speaks progress protocol version %1, this app version %2. "
                       "Install matching versions of disteval and disteval-engine.")
                            .arg(message.hello.protocolVersion)
                            .arg(disteval::protocol::kVersion),
                    {});
            return;
        }
        m_authenticated = true;
    } else if (message.type == MessageType::Hello) {
        const QString text = tr("Ignored a repeated hello message.");
        Q_EMIT protocolError(text);
        Q_EMIT logLine(text, LogSource::App);
        return;
    }
    handleMessage(message);
}

void RunController::handleMessage(const disteval::protocol::Message &message)
{
    using disteval::protocol::MessageType;
    switch (message.type) {
    case MessageType::Hello: {
        const disteval::protocol::Hello &hello = message.hello;
        m_numSamples = hello.numSamples;
        m_numModels = hello.numModels;
        m_engineVersion = QString::fromStdString(hello.engineVersion);
        m_ranks = QList<RankProgress>(hello.worldSize);
        for (const disteval::Shard &shard : hello.shards)
            m_ranks[shard.rank].total = shard.count;
        Q_EMIT logLine(tr("disteval-engine %1: %n rank(s), %2 samples, %3 model(s).", nullptr,
                          hello.worldSize)
                               .arg(m_engineVersion)
                               .arg(hello.numSamples)
                               .arg(hello.numModels),
                       LogSource::App);
        Q_EMIT helloReceived(hello.worldSize, hello.numSamples, hello.numModels);
        Q_EMIT progressChanged();
        break;
    }
    case MessageType::Phase:
        m_phase = QString::fromStdString(message.phase.phase);
        Q_EMIT logLine(ErrorText::forPhase(m_phase), LogSource::Engine);
        Q_EMIT phaseChanged(m_phase);
        break;
    case MessageType::Progress: {
        const disteval::protocol::Progress &p = message.progress;
        if (p.rank >= m_ranks.size()) {
            const QString text
                    = tr("Ignored progress for rank %1, which is not part of the run.").arg(p.rank);
            Q_EMIT protocolError(text);
            Q_EMIT logLine(text, LogSource::App);
            return;
        }
        RankProgress &r = m_ranks[p.rank];
        r.done = p.done;
        r.total = p.total;
        r.samplesPerSecond = p.samplesPerSecond;
        r.reported = true;
        Q_EMIT progressChanged();
        break;
    }
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
            m_engineErrorMessage
                    = tr("Rank %1: %2").arg(message.error.rank).arg(m_engineErrorMessage);
        Q_EMIT logLine(tr("Error: %1").arg(m_engineErrorMessage), LogSource::Engine);
        break;
    }
    }
}

void RunController::fatalProtocolError(Failure::Kind kind, const QString &summary,
                                       const QString &details)
{
    const QString text = details.isEmpty()
                                 ? summary
                                 : summary + QStringLiteral(" (") + details + QLatin1Char(')');
    Q_EMIT protocolError(text);
    Q_EMIT logLine(text, LogSource::App);
    m_fatal.kind = kind;
    m_fatal.summary = summary;
    m_fatal.details = details;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    stopJob(StopReason::Fatal);
}

void RunController::onProcessStarted()
{
    m_jobGroup = m_process->processId();
    if (m_stopReason != StopReason::None) {
        m_process->terminate();
        m_killTimer.start(m_killTimeoutMs);
        return;
    }
    if (m_state == State::Starting)
        setState(State::Running);
}

void RunController::onProcessError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || isTerminal(m_state))
        return;
    Failure failure;
    failure.kind = Failure::Kind::MpirunMissing;
    failure.summary = tr("mpirun could not be started: %1").arg(m_process->errorString());
    if (m_stopReason == StopReason::Cancel) {
        setState(State::Cancelled);
        return;
    }
    fail(failure);
}

void RunController::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    m_processFinished = true;
    m_exitCode = exitCode;
    m_exitStatus = status;
    m_killTimer.stop();
    readProcessOutput(QProcess::StandardOutput);
    readProcessOutput(QProcess::StandardError);
    for (QByteArray *partial : {&m_stdoutPartial, &m_stderrPartial}) {
        if (!partial->isEmpty()) {
            const QString line = QString::fromLocal8Bit(*partial);
            const bool isStderr = partial == &m_stderrPartial;
            if (isStderr)
                m_stderrLines.append(line);
            Q_EMIT logLine(line, isStderr ? LogSource::Stderr : LogSource::Stdout);
            partial->clear();
        }
    }
    if (m_stopReason != StopReason::None && m_jobGroup > 0) {
        // mpirun is gone; take any rank that ignored the signal with it.
        ::kill(static_cast<pid_t>(-m_jobGroup), SIGKILL);
    }
    m_jobGroup = 0;
    maybeFinalize();
}

void RunController::readProcessOutput(QProcess::ProcessChannel channel)
{
    if (!m_process)
        return;
    const bool isStderr = channel == QProcess::StandardError;
    QByteArray &partial = isStderr ? m_stderrPartial : m_stdoutPartial;
    partial += isStderr ? m_process->readAllStandardError() : m_process->readAllStandardOutput();
    qsizetype start = 0;
    for (;;) {
        qsizetype newline = partial.indexOf('\n', start);
        if (newline < 0) {
            if (partial.size() - start <= kMaxOutputLineBytes)
                break;
            newline = start + kMaxOutputLineBytes; // a very long line is shown in pieces
        }
        QString line = QString::fromLocal8Bit(partial.constData() + start, newline - start);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (isStderr) {
            m_stderrLines.append(line);
            while (m_stderrLines.size() > kStderrTailLines)
                m_stderrLines.removeFirst();
        }
        Q_EMIT logLine(line, isStderr ? LogSource::Stderr : LogSource::Stdout);
        start = partial.at(newline) == '\n' ? newline + 1 : newline;
    }
    partial.remove(0, start);
}

void RunController::maybeFinalize()
{
    if (!m_processFinished || isTerminal(m_state))
        return;
    if (m_socket && m_socket->state() == QLocalSocket::ConnectedState
        && m_stopReason == StopReason::None) {
        // The engine's last lines may still be on their way: wait for the end of the
        // stream (or a moment) before deciding how the run ended.
        onSocketReadyRead();
        if (m_socket && m_socket->state() == QLocalSocket::ConnectedState) {
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

    Failure failure;
    failure.exitCode = m_exitStatus == QProcess::NormalExit ? m_exitCode : -1;
    const QString tail = stderrTail();
    const QString outputNote
            = tail.isEmpty() ? QString() : tr("Last output of the job:") + QLatin1Char('\n') + tail;
    if (m_stopReason == StopReason::Fatal) {
        failure.kind = m_fatal.kind;
        failure.summary = m_fatal.summary;
        failure.details = m_fatal.details;
        fail(failure);
        return;
    }
    if (m_exitStatus == QProcess::NormalExit && m_exitCode == 0) {
        if (!m_reportedResult.isEmpty()) {
            m_resultPath = m_reportedResult;
            Q_EMIT logLine(tr("The run finished."), LogSource::App);
            setState(State::Succeeded);
            return;
        }
        failure.kind = Failure::Kind::NoResult;
        failure.summary = tr("The engine finished without reporting a result.");
        failure.details = outputNote;
        fail(failure);
        return;
    }
    if (m_exitStatus == QProcess::CrashExit) {
        failure.kind = Failure::Kind::Crashed;
        failure.summary = tr("mpirun stopped unexpectedly (it crashed or was killed).");
        failure.details = outputNote;
        fail(failure);
        return;
    }

    failure.kind = Failure::Kind::EngineError;
    failure.code = m_engineErrorCode;
    QString engineMessage = m_engineErrorMessage;
    if (engineMessage.isEmpty())
        engineMessage = ErrorText::engineErrorLine(m_stderrLines.join(QLatin1Char('\n')));
    static const QRegularExpression rankSignal(
            QStringLiteral("process rank (\\d+) with PID \\d+ on node \\S+ exited on signal "
                           "(\\d+) \\(([^)]*)\\)"));
    const QRegularExpressionMatch crash = rankSignal.match(tail);
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
    fail(failure);
}

QString RunController::stderrTail() const
{
    return m_stderrLines.join(QLatin1Char('\n')).trimmed();
}
