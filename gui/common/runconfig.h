#pragma once

#include <QString>
#include <QStringList>

class QSettings;

// Everything the user sets up for one evaluation run. Plain data: the setup widget
// edits it, QSettings persists it, JobCommand turns it into a command line.
struct RunConfig
{
    enum class Device { Auto = 1, Cpu, Cuda };
    // What `--task` asks for (docs/TASKS.md); classification becomes dense classification
    // when the labels have dimensions of their own (masks, token labels).
    enum class Task { Classification = 1, MultiLabel, Regression };
    // Where dense logits hold the classes (`--class-dim`): found from the label shape,
    // the PyTorch layout [B, C, …] or the Hugging Face layout [B, …, C].
    enum class ClassDim { Auto = 1, Second, Last };

    QStringList checkpoints; // TorchScript .pt files, compared in one run
    QStringList metricFiles; // --metric FILE each: the user's TorchScript metrics (METRICS.md)
    QString dataPath;        // file or folder, whatever the engine reads
    QString classNamesFile;  // optional
    QString outputDirectory; // where the result file is written; "": the default
    int ranks = 1;           // mpirun -np
    Device device = Device::Auto;
    int batchSize = 256;
    int bootstrapReplicates = 1000;
    double confidence = 0.95;
    // --save-predictions: every sample's record (the Samples tab) for every task, and for
    // classification with one class per sample the sidecar that pairs separate runs
    // (run history). The engine refuses it only with --skip-bad-images, which the app
    // never passes.
    bool savePredictions = true;

    // The task and the model's output (docs/TASKS.md).
    Task task = Task::Classification;
    bool hasIgnoreIndex = false; // --ignore-index (classification: dense labels only)
    qint64 ignoreIndex = 255;
    ClassDim classDim = ClassDim::Auto;
    double threshold = 0.5; // --threshold, multi-label only: sigmoid(logit) >= threshold
    QString masksFolder;    // --masks: segmentation masks beside an images folder ("": none)
    QString outputKey;      // --output-key of a dict output; "": the engine's default
    int outputIndex = 0;    // --output-index of a tuple output

    // Advanced.
    QString mpirunPath;           // empty: found on PATH
    QString enginePath;           // empty: next to the app, then on PATH
    QString extraMpirunArguments; // split like a shell would (quotes respected)

    // Where results go when no output folder is chosen: "disteval" in the user's
    // documents (QStandardPaths::DocumentsLocation, ~/Documents/disteval on Linux), since a
    // result is a document to find, share and cite, not app data; the app's data
    // folder (AppDataLocation/results) where there is no documents folder. Never the
    // working directory, which for a desktop launcher is $HOME or /.
    static QString defaultOutputDirectory();
    // outputDirectory, or defaultOutputDirectory() when it is empty.
    QString effectiveOutputDirectory() const;

    static QString deviceName(Device device); // "auto", "cpu", "cuda"
    static Device deviceFromName(const QString &name, Device fallback = Device::Auto);
    static QString taskName(Task task); // "classification", "multilabel", "regression"
    static Task taskFromName(const QString &name, Task fallback = Task::Classification);
    static QString classDimName(ClassDim dim); // "auto", "1", "last"
    static ClassDim classDimFromName(const QString &name, ClassDim fallback = ClassDim::Auto);
    // Reads the group "run"; missing or invalid values keep their defaults.
    static RunConfig load(QSettings &settings);
    void save(QSettings &settings) const;
};

// The default number of ranks: one per GPU when CUDA is usable, otherwise about half
// the CPU cores (each rank then runs a few intra-op threads), at least 1, at most 8.
int suggestedRanks(bool cudaAvailable, int cudaDevices, int cpuCores);
