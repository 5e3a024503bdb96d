#include "common/runconfig.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QtGlobal>

QString RunConfig::defaultOutputDirectory()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty())
        return QDir(documents).filePath(QStringLiteral("disteval"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("results"));
}

QString RunConfig::effectiveOutputDirectory() const
{
    return outputDirectory.isEmpty() ? defaultOutputDirectory() : outputDirectory;
}

QString RunConfig::deviceName(Device device)
{
    switch (device) {
    case Device::Cpu:
        return QStringLiteral("cpu");
    case Device::Cuda:
        return QStringLiteral("cuda");
    case Device::Auto:
        break;
    }
    return QStringLiteral("auto");
}

RunConfig::Device RunConfig::deviceFromName(const QString &name, Device fallback)
{
    if (name == QLatin1String("auto"))
        return Device::Auto;
    if (name == QLatin1String("cpu"))
        return Device::Cpu;
    if (name == QLatin1String("cuda"))
        return Device::Cuda;
    return fallback;
}

QString RunConfig::taskName(Task task)
{
    switch (task) {
    case Task::MultiLabel:
        return QStringLiteral("multilabel");
    case Task::Regression:
        return QStringLiteral("regression");
    case Task::Classification:
        break;
    }
    return QStringLiteral("classification");
}

RunConfig::Task RunConfig::taskFromName(const QString &name, Task fallback)
{
    for (Task task : {Task::Classification, Task::MultiLabel, Task::Regression})
        if (name == taskName(task))
            return task;
    return fallback;
}

QString RunConfig::classDimName(ClassDim dim)
{
    switch (dim) {
    case ClassDim::Second:
        return QStringLiteral("1");
    case ClassDim::Last:
        return QStringLiteral("last");
    case ClassDim::Auto:
        break;
    }
    return QStringLiteral("auto");
}

RunConfig::ClassDim RunConfig::classDimFromName(const QString &name, ClassDim fallback)
{
    for (ClassDim dim : {ClassDim::Auto, ClassDim::Second, ClassDim::Last})
        if (name == classDimName(dim))
            return dim;
    return fallback;
}

namespace {
int boundedInt(const QSettings &s, const char *key, int fallback, int min, int max)
{
    bool ok = false;
    const int v = s.value(QLatin1String(key)).toInt(&ok);
    return ok && v >= min && v <= max ? v : fallback;
}

// The task's settings of the group "run"; invalid values keep their defaults.
void loadTask(const QSettings &s, RunConfig &c)
{
    c.task = RunConfig::taskFromName(s.value(QStringLiteral("task")).toString(), c.task);
    bool ok = false;
    const qint64 ignore = s.value(QStringLiteral("ignoreIndex")).toString().toLongLong(&ok);
    c.hasIgnoreIndex = ok;
    if (ok)
        c.ignoreIndex = ignore;
    c.classDim = RunConfig::classDimFromName(s.value(QStringLiteral("classDim")).toString(),
                                             c.classDim);
    const double threshold = s.value(QStringLiteral("threshold")).toDouble(&ok);
    if (ok && threshold > 0 && threshold < 1)
        c.threshold = threshold;
    c.outputKey = s.value(QStringLiteral("outputKey")).toString();
    c.masksFolder = s.value(QStringLiteral("masksFolder")).toString();
    c.outputIndex = boundedInt(s, "outputIndex", c.outputIndex, 0, 1 << 20);
}
} // namespace

RunConfig RunConfig::load(QSettings &settings)
{
    RunConfig c;
    settings.beginGroup(QStringLiteral("run"));
    c.checkpoints = settings.value(QStringLiteral("checkpoints")).toStringList();
    c.metricFiles = settings.value(QStringLiteral("metricFiles")).toStringList();
    c.dataPath = settings.value(QStringLiteral("dataPath")).toString();
    c.classNamesFile = settings.value(QStringLiteral("classNamesFile")).toString();
    c.outputDirectory = settings.value(QStringLiteral("outputDirectory")).toString();
    c.ranks = boundedInt(settings, "ranks", c.ranks, 1, 4096);
    c.device = deviceFromName(settings.value(QStringLiteral("device")).toString(), c.device);
    c.batchSize = boundedInt(settings, "batchSize", c.batchSize, 1, 1 << 20);
    c.bootstrapReplicates = boundedInt(settings, "bootstrap", c.bootstrapReplicates, 0, 1000000);
    bool ok = false;
    const double confidence = settings.value(QStringLiteral("confidence")).toDouble(&ok);
    if (ok && confidence > 0 && confidence < 1)
        c.confidence = confidence;
    c.savePredictions
            = settings.value(QStringLiteral("savePredictions"), c.savePredictions).toBool();
    loadTask(settings, c);
    c.mpirunPath = settings.value(QStringLiteral("mpirunPath")).toString();
    c.enginePath = settings.value(QStringLiteral("enginePath")).toString();
    c.extraMpirunArguments = settings.value(QStringLiteral("extraMpirunArguments")).toString();
    settings.endGroup();
    return c;
}

void RunConfig::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("run"));
    settings.setValue(QStringLiteral("checkpoints"), checkpoints);
    settings.setValue(QStringLiteral("metricFiles"), metricFiles);
    settings.setValue(QStringLiteral("dataPath"), dataPath);
    settings.setValue(QStringLiteral("classNamesFile"), classNamesFile);
    settings.setValue(QStringLiteral("outputDirectory"), outputDirectory);
    settings.setValue(QStringLiteral("ranks"), ranks);
    settings.setValue(QStringLiteral("device"), deviceName(device));
    settings.setValue(QStringLiteral("batchSize"), batchSize);
    settings.setValue(QStringLiteral("bootstrap"), bootstrapReplicates);
    settings.setValue(QStringLiteral("confidence"), confidence);
    settings.setValue(QStringLiteral("savePredictions"), savePredictions);
    settings.setValue(QStringLiteral("task"), taskName(task));
    // An empty value: no ignore index.
    settings.setValue(QStringLiteral("ignoreIndex"),
                      hasIgnoreIndex ? QString::number(ignoreIndex) : QString());
    settings.setValue(QStringLiteral("classDim"), classDimName(classDim));
    settings.setValue(QStringLiteral("threshold"), threshold);
    settings.setValue(QStringLiteral("outputKey"), outputKey);
    settings.setValue(QStringLiteral("masksFolder"), masksFolder);
    settings.setValue(QStringLiteral("outputIndex"), outputIndex);
    settings.setValue(QStringLiteral("mpirunPath"), mpirunPath);
    settings.setValue(QStringLiteral("enginePath"), enginePath);
    settings.setValue(QStringLiteral("extraMpirunArguments"), extraMpirunArguments);
    settings.endGroup();
}

int suggestedRanks(bool cudaAvailable, int cudaDevices, int cpuCores)
{
    if (cudaAvailable && cudaDevices > 0)
        return cudaDevices;
    return qBound(1, cpuCores / 2, 8);
}
