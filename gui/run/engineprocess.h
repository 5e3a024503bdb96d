#pragma once

#include "run/jobcommand.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

// The job's process: `mpirun ... disteval-engine ...` started with QProcess (an argument
// list, never a shell) in a process group of its own, so that a forced stop reaches
// mpirun and every rank it started locally. The progress token goes into its
// environment only. stdout and stderr come out line by line (a very long line in
// pieces), and the last lines of stderr are kept for the failure message.
//
// stop() sends SIGTERM (mpirun forwards it to the ranks), then SIGKILL to the whole
// group after killTimeoutMs(). Destroying a running EngineProcess stops the job the same
// way, waiting for it; detach() hands the job over so that it outlives the app.
class EngineProcess : public QObject
{
    Q_OBJECT

public:
    static constexpr int kStderrTailLines = 40;

    explicit EngineProcess(QObject *parent = nullptr);
    ~EngineProcess() override;

    // `environment` entries are added to the app's environment.
    void start(const JobCommand &command, const QProcessEnvironment &environment);
    void stop();
    // Lets the job run on without the app; no signal is emitted for it any more.
    void detach();

    bool isRunning() const;
    // mpirun's process id, which is also the job's process group (0 before start()).
    qint64 processId() const { return m_group; }
    QString errorString() const;
    QString stderrTail() const { return m_stderrLines.join(QLatin1Char('\n')).trimmed(); }

    void setKillTimeoutMs(int ms) { m_killTimeoutMs = ms; }
    int killTimeoutMs() const { return m_killTimeoutMs; }

Q_SIGNALS:
    void started();
    void failedToStart();
    void outputLine(const QString &text, bool fromStderr);
    // The job did not stop within the kill timeout and is being killed.
    void killing();
    // After the last outputLine(); a stopped job's group has been killed by then.
    void finished(int exitCode, QProcess::ExitStatus status);

private:
    void onStarted();
    void onError(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void readOutput(QProcess::ProcessChannel channel);
    void killGroup();

    QProcess *m_process = nullptr;
    qint64 m_group = 0;
    bool m_stopping = false;
    QByteArray m_stdoutPartial;
    QByteArray m_stderrPartial;
    QStringList m_stderrLines;
    int m_killTimeoutMs = 5000;
    QTimer m_killTimer;
};
