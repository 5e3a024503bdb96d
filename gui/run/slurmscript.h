#pragma once

#include "common/runconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

// A Slurm batch script for a run set-up, following docs/CLUSTER.md ("Slurm") and
// docs/cluster/disteval.sbatch: #SBATCH lines for the nodes, tasks per node, GPUs per node
// (`--gres=gpu:N` only with GPUs), CPUs per task, time limit and partition the user chose,
// and one step `srun --mpi=pmix --kill-on-bad-exit=1 ENGINE ...` whose engine arguments are
// exactly JobCommand's for the same set-up, except that `--threads` comes from
// SLURM_CPUS_PER_TASK, the device is cuda with GPUs and cpu without, and `--no-progress`
// is added. No progress socket, no mpirun, nothing root-only. Plain logic, no widgets.
class SlurmScript
{
    Q_DECLARE_TR_FUNCTIONS(SlurmScript)

public:
    static constexpr int kMaxNodes = 100000;
    static constexpr int kMaxTasksPerNode = 4096;
    static constexpr int kMaxGpusPerNode = 64;
    static constexpr int kMaxCpusPerTask = 4096;

    struct Options
    {
        int nodes = 1;
        int tasksPerNode = 1;
        int gpusPerNode = 0; // 0: CPU only
        int cpusPerTask = 1;
        QString timeLimit = QStringLiteral("01:00:00"); // as sbatch --time reads it
        QString partition;                              // "": the cluster's default

        int ranks() const { return nodes * tasksPerNode; }
        // The group "slurm" of the settings; missing or invalid values keep the defaults.
        static Options load(QSettings &settings);
        void save(QSettings &settings) const;
    };

    // Whether sbatch reads `text` as a time limit: minutes, minutes:seconds,
    // hours:minutes:seconds, days-hours, days-hours:minutes or days-hours:minutes:seconds.
    static bool isValidTimeLimit(const QString &text);
    // Whether `text` can follow "#SBATCH --partition=": one or more partition names
    // separated by commas, without spaces or quotes (sbatch does not unquote them).
    static bool isValidPartition(const QString &text);

    // "" when a script can be written for this set-up; otherwise a translated sentence
    // saying why not (no checkpoint, no dataset, a count out of range, a time limit or
    // partition sbatch would not read).
    static QString problem(const RunConfig &config, const Options &options);

    // The script. `engine` is the engine on the cluster's nodes (the job's
    // $DISTEVAL_ENGINE overrides it), `resultPath` the result file rank 0 writes. Every
    // path is shell-quoted. Call problem() first: the script of a set-up with a problem is
    // not one sbatch runs.
    static QString generate(const RunConfig &config, const Options &options, const QString &engine,
                            const QString &resultPath);

    // The srun step's engine arguments as JobCommand builds them, for `threads` threads
    // per rank (the script passes SLURM_CPUS_PER_TASK instead) and the options' device.
    static QStringList engineArguments(const RunConfig &config, const Options &options,
                                       const QString &resultPath, int threads);

private:
    static QString sbatchLines(const Options &options);
    static QString srunLine(const RunConfig &config, const Options &options,
                            const QString &resultPath);
};
