#pragma once

// Synthetic result files for the comparison and history tests, made with the core
// library exactly as the engine makes them (no engine needed): models whose predictions
// follow a fixed rule (with scores, confidences and ranks spread as syntheticscores.h
// draws them, so their curves look like curves), their comparisons (comparePaired) and, on request,
// the sidecar (writePredictionsFile).

#include "comparison/jointconfusion.h"
#include "comparison/pairedcomparison.h"
#include "evaluation/modelsummary.h"
#include "result/atomicfile.h"
#include "result/predictionsfile.h"
#include "result/resultfile.h"
#include "stats/random.h"
#include "syntheticscores.h"

#include <QDir>
#include <QString>

#include <algorithm>
#include <string>
#include <vector>

struct SyntheticModel
{
    SyntheticModel(std::string p, int every, int s, std::vector<int> byClass = {})
        : path(std::move(p))
        , wrongEvery(every)
        , shift(s)
        , wrongEveryByClass(std::move(byClass))
    {}

    std::string path;
    int wrongEvery = 5; // every wrongEvery-th sample (shifted by `shift`) is wrong
    int shift = 0;
    std::vector<int> wrongEveryByClass; // if set: per true class instead of wrongEvery
};

struct SyntheticRun
{
    std::vector<SyntheticModel> models;
    int classes = 4;
    int64_t samples = 800;
    bool sidecar = false;
    std::string fingerprint = "fingerprint-of-the-test-data";
    std::string dataPath = "/data/test-images.idx";
    std::vector<std::string> classNames; // default "class 0", "class 1", ...
    std::string created = "2025-06-01T12:00:00Z";
    int replicates = 300;
    double confidence = 0.95;
};

// Two models on 150 samples of 3 classes: too few for the paired bootstrap
// (kMinPairedBootstrapSamples), so every difference but the accuracy's has no interval.
inline SyntheticRun fewSamplesRun()
{
    SyntheticRun run;
    run.models = {{"/m/early.pt", 5, 0}, {"/m/full.pt", 9, 1}};
    run.classes = 3;
    run.samples = 150;
    return run;
}

inline int syntheticPrediction(const SyntheticModel &m, int64_t i, int classes)
{
    const int truth = static_cast<int>(i % classes);
    if (!m.wrongEveryByClass.empty()) {
        const int every = m.wrongEveryByClass[static_cast<size_t>(truth)];
        const bool wrong = (i / classes + m.shift) % every == 0;
        return wrong ? (truth + 1 + static_cast<int>(i / (classes * 3)) % (classes - 1)) % classes
                     : truth;
    }
    // Mistakes depend on the class too, so per-class F1 differs between models.
    const bool wrong = (i + m.shift) % m.wrongEvery == 0 || (truth == 1 && (i + m.shift) % 7 == 0);
    return wrong ? (truth + 1 + static_cast<int>(i / classes) % (classes - 1)) % classes : truth;
}

// Writes DIR/NAME.json (and DIR/NAME.predictions.bin) and returns the result's path.
inline QString writeSyntheticRun(const QString &dir, const QString &name, const SyntheticRun &run)
{
    disteval::ResultFile result;
    result.engineVersion = "test";
    result.created = run.created;
    result.worldSize = 1;
    result.dataset.path = run.dataPath;
    result.dataset.format = "idx";
    result.dataset.numSamples = run.samples;
    result.dataset.numClasses = run.classes;
    for (int c = 0; c < run.classes; ++c)
        result.dataset.classNames.push_back(c < static_cast<int>(run.classNames.size())
                                                    ? run.classNames[static_cast<size_t>(c)]
                                                    : "class " + std::to_string(c));
    result.dataset.sampleShape = {1, 2, 2};
    result.statistics.bootstrapReplicates = run.replicates;
    result.statistics.confidence = run.confidence;
    result.ranks.push_back({0, 0, run.samples, 1.0, "localhost", "cpu"});
    disteval::BootstrapSettings settings;
    settings.replicates = run.replicates;
    settings.confidence = run.confidence;

    std::vector<int32_t> labels(static_cast<size_t>(run.samples));
    std::vector<std::vector<int32_t>> predictions;
    for (size_t m = 0; m < run.models.size(); ++m) {
        disteval::SufficientStats stats(run.classes, 64);
        disteval::AurocSampleStore store(run.classes, 1.0);
        std::vector<uint16_t> bins(static_cast<size_t>(run.classes));
        // A model that is wrong more often separates the classes less well.
        const std::vector<double> hardness(static_cast<size_t>(run.classes),
                                           std::clamp(2.0 / run.models[m].wrongEvery, 0.0, 1.0));
        std::vector<int32_t> predicted(static_cast<size_t>(run.samples));
        for (int64_t i = 0; i < run.samples; ++i) {
            const int truth = static_cast<int>(i % run.classes);
            const int p = syntheticPrediction(run.models[m], i, run.classes);
            labels[static_cast<size_t>(i)] = truth;
            predicted[static_cast<size_t>(i)] = p;
            stats.confusion.add(truth, p);
            stats.calibration.add(synthetic::confidence(m, i, p == truth, run.classes), p == truth);
            synthetic::addScores(stats, m, i, truth, p, hardness, bins.data());
            store.add(truth, bins.data());
            stats.lossSum += p == truth ? 0.1 : 1.2;
            stats.lossSquareSum += p == truth ? 0.01 : 1.44;
            stats.lossCubeSum += p == truth ? 0.001 : 1.728;
        }
        predictions.push_back(predicted);
        std::vector<std::string> names = result.dataset.classNames;
        const disteval::MacroAurocVariance macro = disteval::macroAurocVariance(stats.roc, store);
        disteval::ModelResult model
                = disteval::summarizeModel(stats, names, settings, static_cast<int>(m), &macro);
        model.path = run.models[m].path;
        model.sha256 = std::string(64, 'a');
        result.models.push_back(model);
    }
    uint64_t pair = 0;
    for (int a = 0; a < static_cast<int>(run.models.size()); ++a) {
        for (int b = a + 1; b < static_cast<int>(run.models.size()); ++b) {
            disteval::JointConfusion joint(run.classes);
            for (size_t i = 0; i < labels.size(); ++i)
                joint.add(labels[i], predictions[static_cast<size_t>(a)][i],
                          predictions[static_cast<size_t>(b)][i]);
            result.comparisons.push_back(disteval::comparePaired(
                    joint, a, b, settings, disteval::streamId("paired", pair++)));
        }
    }
    const QString path = QDir(dir).filePath(name + QStringLiteral(".json"));
    if (run.sidecar) {
        disteval::PredictionsFile sidecar;
        sidecar.numSamples = run.samples;
        sidecar.numClasses = run.classes;
        sidecar.datasetPath = run.dataPath;
        sidecar.datasetFingerprint = run.fingerprint;
        for (const SyntheticModel &m : run.models) {
            sidecar.modelPaths.push_back(m.path);
            sidecar.modelHashes.push_back(std::string(64, 'a'));
        }
        sidecar.labels = labels;
        sidecar.predictions = predictions;
        const QString sidecarName = name + QStringLiteral(".predictions.bin");
        disteval::writePredictionsFile(QDir(dir).filePath(sidecarName).toStdString(), sidecar);
        result.predictionsFile = sidecarName.toStdString();
        result.datasetFingerprint = run.fingerprint;
    }
    disteval::writeFileAtomically(path.toStdString(), disteval::serializeResult(result));
    return path;
}
