#include "run/jobcommand.h"

#include "common/toollocator.h"
#include "protocol/progressprotocol.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

JobCommand::Tools JobCommand::toolsFor(const RunConfig &config)
{
    Tools tools;
    tools.mpirun = ToolLocator::mpirun(config.mpirunPath);
    if (tools.mpirun.isEmpty())
        tools.mpirun = QStringLiteral("mpirun");
    tools.engine = ToolLocator::engine(config.enginePath);
    if (tools.engine.isEmpty())
        tools.engine = QString::fromLatin1(ToolLocator::kEngineName);
    tools.cpuCores = QThread::idealThreadCount();
    return tools;
}

JobCommand JobCommand::build(const RunConfig &config, const Tools &tools, const QString &resultPath,
                             const QString &progressSocket, QString *error)
{
    const QString extra = config.extraMpirunArguments.trimmed();
    const QStringList extraArguments = QProcess::splitCommand(extra);
    if (!extra.isEmpty() && extraArguments.isEmpty()) {
        if (error)
            *error = tr("The extra mpirun arguments cannot be parsed.");
        return {};
    }
    // splitCommand() accepts an unbalanced quote silently; count them ourselves.
    if (extra.count(QLatin1Char('"')) % 2 != 0) {
        if (error)
            *error = tr("The extra mpirun arguments contain an unbalanced quote.");
        return {};
    }

    JobCommand command;
    command.m_program = tools.mpirun;
    QStringList &a = command.m_arguments;
    const int ranks = qMax(1, config.ranks);
    a << QStringLiteral("-np") << QString::number(ranks);
    // Open MPI refuses more ranks than cores unless told; only then do we tell it.
    const bool oversubscribe = ranks > tools.cpuCores;
    if (oversubscribe && !extraArguments.contains(QStringLiteral("--oversubscribe"))
        && !extraArguments.contains(QStringLiteral("-oversubscribe")))
        a << QStringLiteral("--oversubscribe");
    if (!progressSocket.isEmpty()) {
        // Exports the token's *name*; its value stays out of every argv.
        a << QStringLiteral("-x")
          << QString::fromLatin1(disteval::protocol::kTokenEnvironmentVariable);
    }
    a << extraArguments;

    a << tools.engine;
    // Ranks on one machine share its cores; without this each would start one intra-op
    // thread per core and they would fight over them.
    a << engineArguments(config, resultPath, qMax(1, tools.cpuCores / ranks));
    if (!progressSocket.isEmpty())
        a << QStringLiteral("--progress-socket") << progressSocket;
    return command;
}

QStringList JobCommand::engineArguments(const RunConfig &config, const QString &resultPath,
                                        int threads)
{
    QStringList a;
    for (const QString &checkpoint : config.checkpoints)
        a << QStringLiteral("--model") << checkpoint;
    a << QStringLiteral("--data") << config.dataPath;
    if (!config.classNamesFile.isEmpty())
        a << QStringLiteral("--class-names") << config.classNamesFile;
    for (const QString &metric : config.metricFiles)
        a << QStringLiteral("--metric") << metric;
    a << QStringLiteral("--batch-size") << QString::number(config.batchSize);
    a << QStringLiteral("--threads") << QString::number(qMax(1, threads));
    a << QStringLiteral("--device") << RunConfig::deviceName(config.device);
    a << QStringLiteral("--bootstrap") << QString::number(config.bootstrapReplicates);
    a << QStringLiteral("--confidence") << QString::number(config.confidence, 'g', 6);
    a << QStringLiteral("--output") << resultPath;
    appendTaskOptions(config, a);
    // Every task has per-sample records (docs/RESULT_SCHEMA.md, "sample records").
    if (config.savePredictions)
        a << QStringLiteral("--save-predictions");
    return a;
}

// The task's options (docs/TASKS.md), each only where it applies and differs from the
// engine's default, so that a classification run's command stays as it was.
void JobCommand::appendTaskOptions(const RunConfig &config, QStringList &a)
{
    const bool classification = config.task == RunConfig::Task::Classification;
    if (!classification)
        a << QStringLiteral("--task") << RunConfig::taskName(config.task);
    if (classification && !config.masksFolder.trimmed().isEmpty())
        a << QStringLiteral("--masks") << config.masksFolder.trimmed();
    if (classification && config.hasIgnoreIndex)
        a << QStringLiteral("--ignore-index") << QString::number(config.ignoreIndex);
    if (classification && config.classDim != RunConfig::ClassDim::Auto)
        a << QStringLiteral("--class-dim") << RunConfig::classDimName(config.classDim);
    if (config.task == RunConfig::Task::MultiLabel)
        a << QStringLiteral("--threshold") << QString::number(config.threshold, 'g', 6);
    if (!config.outputKey.trimmed().isEmpty())
        a << QStringLiteral("--output-key") << config.outputKey.trimmed();
    if (config.outputIndex != 0)
        a << QStringLiteral("--output-index") << QString::number(config.outputIndex);
}

QString JobCommand::resultPathFor(const RunConfig &config, const QDateTime &when)
{
    QString base = config.checkpoints.isEmpty()
                           ? QStringLiteral("result")
                           : QFileInfo(config.checkpoints.constFirst()).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("result");
    const QString file = base + QLatin1Char('-') + when.toString(QStringLiteral("yyyyMMdd-HHmmss"))
                         + QStringLiteral(".json");
    return QDir(config.effectiveOutputDirectory()).filePath(file);
}

QString JobCommand::shellQuote(const QString &argument)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString JobCommand::shellLine() const
{
    QStringList parts;
    parts << shellQuote(m_program);
    for (const QString &argument : m_arguments)
        parts << shellQuote(argument);
    return parts.join(QLatin1Char(' '));
}
