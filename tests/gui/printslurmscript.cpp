// disteval_print_slurm_script: prints the Slurm batch script the app writes
// (gui/run/slurmscript.h) for a set-up given on the command line, so that the cluster test
// (tests/cluster/test_slurm.sh) submits the app's own recipe with sbatch. Not installed.
//
//   disteval_print_slurm_script --model FILE [--model FILE...] --data PATH --output RESULT
//       [--class-names FILE] [--metric FILE...] [--batch-size N] [--bootstrap N]
//       [--confidence C] [--save-predictions] [--task classification|multilabel|regression]
//       [--nodes N] [--tasks-per-node N] [--gpus-per-node N] [--cpus-per-task N]
//       [--time LIMIT] [--partition NAME] [--engine PATH]
//
// Exits 2 with the reason on stderr when the app would not write the script.
#include "run/slurmscript.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {
int intValue(const QCommandLineParser &parser, const QString &name, int fallback, bool *ok)
{
    if (!parser.isSet(name))
        return fallback;
    bool parsed = false;
    const int value = parser.value(name).toInt(&parsed);
    *ok = *ok && parsed;
    return value;
}

void addOptions(QCommandLineParser &parser)
{
    const char *const valued[] = {"model",         "data",       "output",         "class-names",
                                  "metric",        "batch-size", "bootstrap",      "confidence",
                                  "task",          "nodes",      "tasks-per-node", "gpus-per-node",
                                  "cpus-per-task", "time",       "partition",      "engine"};
    for (const char *name : valued)
        parser.addOption(
                QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    parser.addOption(QCommandLineOption(QStringLiteral("save-predictions"), QString()));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    RunConfig config;
    config.checkpoints = parser.values(QStringLiteral("model"));
    config.dataPath = parser.value(QStringLiteral("data"));
    config.classNamesFile = parser.value(QStringLiteral("class-names"));
    config.metricFiles = parser.values(QStringLiteral("metric"));
    config.savePredictions = parser.isSet(QStringLiteral("save-predictions"));
    config.task = RunConfig::taskFromName(parser.value(QStringLiteral("task")));
    bool ok = true;
    config.batchSize = intValue(parser, QStringLiteral("batch-size"), config.batchSize, &ok);
    config.bootstrapReplicates
            = intValue(parser, QStringLiteral("bootstrap"), config.bootstrapReplicates, &ok);
    if (parser.isSet(QStringLiteral("confidence")))
        config.confidence = parser.value(QStringLiteral("confidence")).toDouble(&ok);
    SlurmScript::Options o;
    o.nodes = intValue(parser, QStringLiteral("nodes"), o.nodes, &ok);
    o.tasksPerNode = intValue(parser, QStringLiteral("tasks-per-node"), o.tasksPerNode, &ok);
    o.gpusPerNode = intValue(parser, QStringLiteral("gpus-per-node"), o.gpusPerNode, &ok);
    o.cpusPerTask = intValue(parser, QStringLiteral("cpus-per-task"), o.cpusPerTask, &ok);
    if (parser.isSet(QStringLiteral("time")))
        o.timeLimit = parser.value(QStringLiteral("time"));
    o.partition = parser.value(QStringLiteral("partition"));
    const QString output = parser.value(QStringLiteral("output"));
    QString problem = SlurmScript::problem(config, o);
    if (!ok)
        problem = QStringLiteral("a number does not parse");
    else if (output.isEmpty())
        problem = QStringLiteral("--output RESULT is missing");
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "disteval_print_slurm_script: %s\n", qPrintable(problem));
        return 2;
    }
    const QString engine = parser.isSet(QStringLiteral("engine"))
                                   ? parser.value(QStringLiteral("engine"))
                                   : QStringLiteral("disteval-engine");
    std::fputs(SlurmScript::generate(config, o, engine, output).toUtf8().constData(), stdout);
    return 0;
}
