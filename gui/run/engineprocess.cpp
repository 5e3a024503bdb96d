#include "run/engineprocess.h"

#include <QList>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace {
constexpr qsizetype kMaxOutputLineBytes = 64 * 1024;
} // namespace

EngineProcess::EngineProcess(QObject *parent)
    : QObject(parent)
{
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        Q_EMIT killing();
        killGroup();
    });
}

EngineProcess::~EngineProcess()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->disconnect(this);
    m_process->terminate();
    if (!m_process->waitForFinished(m_killTimeoutMs)) {
        killGroup();
        m_process->waitForFinished(1000);
    } else if (m_group > 0) {
        ::kill(static_cast<pid_t>(-m_group), SIGKILL); // ranks that outlived mpirun
    }
}

void EngineProcess::start(const JobCommand &command, const QProcessEnvironment &environment)
{
    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(environment);
    m_process->setProcessEnvironment(env);
    m_process->setProgram(command.program());
    m_process->setArguments(command.arguments());
    m_process->setStandardInputFile(QProcess::nullDevice());
    // mpirun and the ranks it starts locally get their own process group, so that a
    // forced stop reaches all of them and none is left behind.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::started, this, &EngineProcess::onStarted);
    connect(m_process, &QProcess::errorOccurred, this, &EngineProcess::onError);
    connect(m_process, &QProcess::finished, this, &EngineProcess::onFinished);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readOutput(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { readOutput(QProcess::StandardError); });
    m_process->start();
}

bool EngineProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString EngineProcess::errorString() const
{
    return m_process ? m_process->errorString() : QString();
}

void EngineProcess::stop()
{
    m_stopping = true;
    if (m_process && m_process->state() == QProcess::Running) {
        m_process->terminate(); // SIGTERM; mpirun forwards it to every rank
        m_killTimer.start(m_killTimeoutMs);
    }
    // Still starting: onStarted() stops it once it runs.
}

void EngineProcess::detach()
{
    m_killTimer.stop();
    if (!m_process)
        return;
    m_process->disconnect(this);
    // QProcess kills its child when destroyed: this one is handed over to a list that is
    // never freed, so the job outlives the app and, in its own process group, the app.
    static QList<QProcess *> *const s_detached = new QList<QProcess *>;
    m_process->setParent(nullptr);
    s_detached->append(m_process);
    m_process = nullptr;
    m_group = 0;
}

void EngineProcess::killGroup()
{
    if (m_group > 0)
        ::kill(static_cast<pid_t>(-m_group), SIGKILL);
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->kill();
}

void EngineProcess::onStarted()
{
    m_group = m_process->processId();
    if (m_stopping) {
        m_process->terminate();
        m_killTimer.start(m_killTimeoutMs);
        return;
    }
    Q_EMIT started();
}

void EngineProcess::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart)
        Q_EMIT failedToStart();
}

void EngineProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer.stop();
    readOutput(QProcess::StandardOutput);
    readOutput(QProcess::StandardError);
    for (QByteArray *partial : {&m_stdoutPartial, &m_stderrPartial}) {
        if (partial->isEmpty())
            continue;
        const QString line = QString::fromLocal8Bit(*partial);
        const bool isStderr = partial == &m_stderrPartial;
        if (isStderr)
            m_stderrLines.append(line);
        partial->clear();
        Q_EMIT outputLine(line, isStderr);
    }
    if (m_stopping && m_group > 0) {
        // mpirun is gone; take any rank that ignored the signal with it.
        ::kill(static_cast<pid_t>(-m_group), SIGKILL);
    }
    m_group = 0;
    Q_EMIT finished(exitCode, status);
}

void EngineProcess::readOutput(QProcess::ProcessChannel channel)
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
        start = partial.at(newline) == '\n' ? newline + 1 : newline;
        Q_EMIT outputLine(line, isStderr);
    }
    partial.remove(0, start);
}
