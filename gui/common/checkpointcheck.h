#pragma once

#include <QCoreApplication>
#include <QString>

// A quick look at a checkpoint before a run, so that a missing or obviously wrong file is
// named at once instead of after mpirun has started every rank: TorchScript archives
// (torch.jit.save) are zip files. Whether the archive holds a model the engine can run is
// still the engine's to say. A custom metric (`--metric`, docs/METRICS.md) is saved as such
// an archive too.
class CheckpointCheck
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointCheck)

public:
    // "" when `path` is a readable zip file; otherwise a translated sentence saying why
    // it cannot be a checkpoint (missing, a folder, unreadable, empty, not an archive).
    static QString problem(const QString &path);
    // The same for a metric file: "" when `path` can be a scripted metric, otherwise why not.
    static QString metricProblem(const QString &path);

private:
    enum class Problem { None = 1, Missing, Folder, Unreadable, Empty, NotArchive };
    static Problem check(const QString &path, QString *readError);
    // The sentence for what check() finds, worded for a metric file or a checkpoint.
    static QString describe(const QString &path, bool metric);
};
