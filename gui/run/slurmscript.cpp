#include "run/slurmscript.h"

#include "run/jobcommand.h"

#include <QRegularExpression>
#include <QSettings>

namespace {
// The width the srun step is wrapped at (continuation lines are indented by four).
constexpr int kLineWidth = 92;
// What the script passes for --threads: Slurm's CPUs per task, as the recipe does.
const char kThreadsExpression[] = "\"${SLURM_CPUS_PER_TASK:-1}\"";

int boundedInt(const QSettings &s, const char *key, int fallback, int min, int max)
{
    bool ok = false;
    const int v = s.value(QLatin1String(key)).toInt(&ok);
    return ok && v >= min && v <= max ? v : fallback;
}

// Joins shell words into lines of at most kLineWidth characters (a longer word stands on
// a line of its own), each option beside its value where it fits, with backslash
// continuations.
QString wrapWords(const QStringList &words)
{
    QStringList units; // an option and its value, or a word on its own
    for (const QString &word : words) {
        const bool option = word.startsWith(QLatin1String("--"));
        if (!option && !units.isEmpty() && units.constLast().startsWith(QLatin1String("--"))
            && !units.constLast().contains(QLatin1Char(' ')))
            units.last() += QLatin1Char(' ') + word;
        else
            units << word;
    }
    QStringList lines;
    QString line;
    for (const QString &unit : std::as_const(units)) {
        if (!line.isEmpty() && line.size() + 1 + unit.size() + 2 > kLineWidth) {
            lines << line;
            line = QStringLiteral("    ");
        }
        if (!line.trimmed().isEmpty())
            line += QLatin1Char(' ');
        line += unit;
    }
    lines << line;
    return lines.join(QStringLiteral(" \\\n"));
}
} // namespace

SlurmScript::Options SlurmScript::Options::load(QSettings &settings)
{
    Options o;
    settings.beginGroup(QStringLiteral("slurm"));
    o.nodes = boundedInt(settings, "nodes", o.nodes, 1, kMaxNodes);
    o.tasksPerNode = boundedInt(settings, "tasksPerNode", o.tasksPerNode, 1, kMaxTasksPerNode);
    o.gpusPerNode = boundedInt(settings, "gpusPerNode", o.gpusPerNode, 0, kMaxGpusPerNode);
    o.cpusPerTask = boundedInt(settings, "cpusPerTask", o.cpusPerTask, 1, kMaxCpusPerTask);
    const QString time = settings.value(QStringLiteral("time")).toString().trimmed();
    if (isValidTimeLimit(time))
        o.timeLimit = time;
    const QString partition = settings.value(QStringLiteral("partition")).toString().trimmed();
    if (partition.isEmpty() || isValidPartition(partition))
        o.partition = partition;
    settings.endGroup();
    return o;
}

void SlurmScript::Options::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("slurm"));
    settings.setValue(QStringLiteral("nodes"), nodes);
    settings.setValue(QStringLiteral("tasksPerNode"), tasksPerNode);
    settings.setValue(QStringLiteral("gpusPerNode"), gpusPerNode);
    settings.setValue(QStringLiteral("cpusPerTask"), cpusPerTask);
    settings.setValue(QStringLiteral("time"), timeLimit);
    settings.setValue(QStringLiteral("partition"), partition);
    settings.endGroup();
}

bool SlurmScript::isValidTimeLimit(const QString &text)
{
    static const QRegularExpression time(
            QStringLiteral("^(\\d+(:\\d{1,2}){0,2}|\\d+-\\d{1,2}(:\\d{1,2}){0,2})$"));
    return time.match(text).hasMatch();
}

bool SlurmScript::isValidPartition(const QString &text)
{
    static const QRegularExpression partition(
            QStringLiteral("^[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*$"));
    return partition.match(text).hasMatch();
}

QString SlurmScript::problem(const RunConfig &config, const Options &options)
{
    if (config.checkpoints.isEmpty())
        return tr("Choose at least one model checkpoint.");
    if (config.dataPath.isEmpty())
        return tr("Choose a dataset.");
    if (options.nodes < 1 || options.nodes > kMaxNodes || options.tasksPerNode < 1
        || options.tasksPerNode > kMaxTasksPerNode || options.gpusPerNode < 0
        || options.gpusPerNode > kMaxGpusPerNode || options.cpusPerTask < 1
        || options.cpusPerTask > kMaxCpusPerTask)
        return tr("The numbers of nodes, tasks, GPUs and CPUs are out of range.");
    if (!isValidTimeLimit(options.timeLimit.trimmed()))
        return tr("Slurm does not read \"%1\" as a time limit: write minutes, "
                  "hours:minutes:seconds or days-hours:minutes:seconds (e.g. 01:30:00).")
                .arg(options.timeLimit);
    const QString partition = options.partition.trimmed();
    if (!partition.isEmpty() && !isValidPartition(partition))
        return tr("\"%1\" is not a partition name: letters, digits, '_', '.', '-', several "
                  "separated by commas.")
                .arg(options.partition);
    return {};
}

QStringList SlurmScript::engineArguments(const RunConfig &config, const Options &options,
                                         const QString &resultPath, int threads)
{
    RunConfig c = config;
    // One rank per GPU on CUDA, as the recipe says; no GPU is a CPU job.
    c.device = options.gpusPerNode > 0 ? RunConfig::Device::Cuda : RunConfig::Device::Cpu;
    return JobCommand::engineArguments(c, resultPath, threads);
}

// The recipe's #SBATCH lines (sbatch reads them itself, unquoted: problem() keeps the
// values plain). The job name is the recipe's.
QString SlurmScript::sbatchLines(const Options &o)
{
    QStringList lines{QStringLiteral("#SBATCH --job-name=disteval")};
    if (!o.partition.trimmed().isEmpty())
        lines << QStringLiteral("#SBATCH --partition=") + o.partition.trimmed();
    lines << QStringLiteral("#SBATCH --nodes=%1").arg(o.nodes)
          << QStringLiteral("#SBATCH --ntasks-per-node=%1").arg(o.tasksPerNode);
    if (o.gpusPerNode > 0)
        lines << QStringLiteral("#SBATCH --gres=gpu:%1").arg(o.gpusPerNode);
    lines << QStringLiteral("#SBATCH --cpus-per-task=%1").arg(o.cpusPerTask)
          << QStringLiteral("#SBATCH --time=") + o.timeLimit.trimmed();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString SlurmScript::srunLine(const RunConfig &config, const Options &options,
                              const QString &resultPath)
{
    const QStringList arguments = engineArguments(config, options, resultPath, 1);
    QStringList words{QStringLiteral("srun"), QStringLiteral("--mpi=pmix"),
                      QStringLiteral("--kill-on-bad-exit=1"), QStringLiteral("\"$engine\"")};
    // JobCommand's arguments in their order; only the threads' value is the shell's.
    const qsizetype threads = arguments.indexOf(QStringLiteral("--threads")) + 1;
    for (qsizetype i = 0; i < arguments.size(); ++i)
        words << (i == threads ? QString::fromLatin1(kThreadsExpression)
                               : JobCommand::shellQuote(arguments.at(i)));
    words << QStringLiteral("--no-progress");
    return wrapWords(words) + QLatin1Char('\n');
}

// The script's comments are the recipe's (docs/cluster/disteval.sbatch), in English like
// every shell script the docs show: they are read on the cluster, not in the app.
QString SlurmScript::generate(const RunConfig &config, const Options &options,
                              const QString &engine, const QString &resultPath)
{
    QString s = QStringLiteral(
                        "#!/bin/bash\n"
                        "# disteval on a Slurm cluster, written by the disteval app: sbatch "
                        "THIS-FILE\n"
                        "# %1 x %2 = %3 ranks (nodes x tasks per node). Paths are seen alike by "
                        "every node\n"
                        "# (a shared file system); the result is written by rank 0.\n")
                        .arg(options.nodes)
                        .arg(options.tasksPerNode)
                        .arg(options.ranks());
    s += sbatchLines(options);
    s += QStringLiteral("set -euo pipefail\n");
    s += QStringLiteral("default_engine=") + JobCommand::shellQuote(engine) + QLatin1Char('\n');
    s += QStringLiteral("engine=${DISTEVAL_ENGINE:-$default_engine}\n");
    if (options.gpusPerNode > 0)
        s += QStringLiteral("# One rank per GPU: the engine gives local rank r GPU r mod (GPUs it "
                            "sees), and runs\n"
                            "# --cpus-per-task threads per rank. --kill-on-bad-exit ends the "
                            "job when a rank dies.\n");
    else
        s += QStringLiteral("# CPU only (--device cpu): every rank runs --cpus-per-task "
                            "threads.\n"
                            "# --kill-on-bad-exit ends the job when a rank dies.\n");
    s += srunLine(config, options, resultPath);
    return s;
}
