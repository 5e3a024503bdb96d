#pragma once

#include "common/runconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// The command that runs one evaluation: `mpirun -np N [...] disteval-engine [...]`,
// as a program plus an argument list (QProcess never goes through a shell).
class JobCommand
{
    Q_DECLARE_TR_FUNCTIONS(JobCommand)

public:
    struct Tools
    {
        QString mpirun;
        QString engine;
        int cpuCores = 1;
    };

    // The tools of a command the user runs by hand ("Copy command", the Slurm script):
    // mpirun and the engine where ToolLocator finds them for `config`, their bare names
    // where it finds none, and this machine's cores.
    static Tools toolsFor(const RunConfig &config);

    // `progressSocket` empty: the command a user runs by hand (e.g. on a cluster),
    // without the progress socket and without exporting the token. Sets `error` and
    // returns an empty command when the extra mpirun arguments do not parse (an
    // unbalanced quote).
    static JobCommand build(const RunConfig &config, const Tools &tools, const QString &resultPath,
                            const QString &progressSocket, QString *error = nullptr);

    // The engine's own arguments of that command, in its order (the models, the data, the
    // class names, one `--metric FILE` per metric file, `--threads threads` (at least 1),
    // the device, the bootstrap, the output `resultPath`, the task's options and
    // `--save-predictions`), without the progress socket. SlurmScript runs the same.
    static QStringList engineArguments(const RunConfig &config, const QString &resultPath,
                                       int threads);

    // <output folder>/<first checkpoint's base name>-<yyyyMMdd-HHmmss>.json, in
    // RunConfig::defaultOutputDirectory() when no folder is chosen.
    static QString resultPathFor(const RunConfig &config, const QDateTime &when);

    // POSIX shell quoting: arguments made only of safe characters stay as they are,
    // everything else is single-quoted.
    static QString shellQuote(const QString &argument);

    QString program() const { return m_program; }
    QStringList arguments() const { return m_arguments; }
    bool isEmpty() const { return m_program.isEmpty(); }
    // The whole command as one line a POSIX shell runs unchanged.
    QString shellLine() const;

private:
    static void appendTaskOptions(const RunConfig &config, QStringList &arguments);

    QString m_program;
    QStringList m_arguments;
};
