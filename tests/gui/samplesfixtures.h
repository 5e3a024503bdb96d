#pragma once

// Per-sample records (core/result/samplesfile.h) written here from known labels,
// predictions and confidences, with the result and the predictions sidecar that name
// them, for the tests of the Samples tab, its gallery, the discordant samples of two
// history runs and the report's most confident mistakes.

#include "result/predictionsfile.h"
#include "result/resultfile.h"
#include "result/samplesfile.h"
#include "syntheticresult.h"

#include <QDir>
#include <QString>

#include <cmath>
#include <fstream>
#include <string>
#include <vector>

struct SamplesTruth
{
    int classes = 0;
    std::vector<int> labels;
    std::vector<std::vector<int>> predicted;    // [model][sample]
    std::vector<std::vector<float>> confidence; // [model][sample]: the top probability
};

// A synthetic one-model result of four classes (cat, dog, bird, fish) on `samples`
// samples of the dataset `dataPath`, for records written with writeSamplesFile.
inline disteval::ResultFile fourClassResult(int64_t samples, const QString &dataPath)
{
    SyntheticResultSpec spec;
    spec.classes = 4;
    spec.samples = samples;
    disteval::ResultFile r = makeSyntheticResult(spec);
    r.dataset.path = dataPath.toStdString();
    r.dataset.classNames = {"cat", "dog", "bird", "fish"};
    for (disteval::ModelResult &m : r.models)
        for (disteval::PerClassResult &c : m.perClass)
            c.name = r.dataset.classNames[static_cast<size_t>(c.index)];
    return r;
}

// The records of `truth` (classification; the top-5 classes start at the predicted one)
// in `path`, under `runId`, for models whose SHA-256s are `hashes`.
inline void writeSamplesFile(const QString &path, const SamplesTruth &truth,
                             const std::string &runId, const std::vector<std::string> &hashes,
                             const std::string &fingerprint = "fixture")
{
    disteval::SamplesHeader h;
    const int models = static_cast<int>(truth.predicted.size());
    h.layout = disteval::SamplesLayout::forTask(disteval::Task::Classification, truth.classes,
                                                models);
    h.runId = runId;
    h.numSamples = static_cast<int64_t>(truth.labels.size());
    h.datasetPath = "/data/fixture";
    h.datasetFingerprint = fingerprint;
    for (int m = 0; m < models; ++m) {
        h.modelPaths.push_back("m" + std::to_string(m) + ".pt");
        h.modelHashes.push_back(hashes[static_cast<size_t>(m)]);
    }
    const disteval::SampleRecordCodec codec(h.layout);
    std::vector<uint8_t> bytes(static_cast<size_t>(h.numSamples * h.layout.recordBytes()), 0);
    for (size_t i = 0; i < truth.labels.size(); ++i) {
        uint8_t *r = bytes.data() + i * static_cast<size_t>(h.layout.recordBytes());
        disteval::storeInt32(r, 1);
        disteval::storeInt32(r + 4, truth.labels[i]);
        for (int m = 0; m < models; ++m) {
            const int predicted = truth.predicted[static_cast<size_t>(m)][i];
            const float confidence = truth.confidence[static_cast<size_t>(m)][i];
            uint8_t *p = codec.modelPart(r, m);
            disteval::storeInt32(p, predicted);
            disteval::storeFloat32(p + 4, -std::log(confidence));
            for (int k = 0; k < h.layout.topK; ++k) {
                disteval::storeInt32(p + 8 + 4 * k, (predicted + k) % truth.classes);
                disteval::storeFloat32(p + 8 + 4 * (h.layout.topK + k),
                                       k == 0 ? confidence : (1 - confidence) / h.layout.topK);
            }
        }
    }
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << disteval::encodeSamplesHeader(h);
    out.write(reinterpret_cast<const char *>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

// The predictions sidecar of `truth` (for history comparisons) in `path`.
inline void writeSidecar(const QString &path, const SamplesTruth &truth, const std::string &runId,
                         const std::vector<std::string> &hashes,
                         const std::string &fingerprint = "fixture")
{
    disteval::PredictionsFile p;
    p.runId = runId;
    p.numSamples = static_cast<int64_t>(truth.labels.size());
    p.numClasses = truth.classes;
    p.datasetPath = "/data/fixture";
    p.datasetFingerprint = fingerprint;
    for (size_t m = 0; m < truth.predicted.size(); ++m) {
        p.modelPaths.push_back("m" + std::to_string(m) + ".pt");
        p.modelHashes.push_back(hashes[m]);
        p.predictions.emplace_back(truth.predicted[m].begin(), truth.predicted[m].end());
    }
    p.labels.assign(truth.labels.begin(), truth.labels.end());
    disteval::writePredictionsFile(path.toStdString(), p);
}

// `result` with its records (and sidecar) written into `dir` under the stem `stem`:
// result `stem`.json naming `stem`.samples-RUNID.bin (and `stem`.predictions-RUNID.bin).
// The models' hashes are the result's. Returns the result file's path.
inline QString saveWithRecords(const QString &dir, const QString &stem, disteval::ResultFile result,
                               const SamplesTruth &truth, const std::string &runId,
                               bool sidecar = false)
{
    std::vector<std::string> hashes;
    for (const disteval::ModelResult &m : result.models)
        hashes.push_back(m.sha256);
    const std::string records = stem.toStdString() + ".samples-" + runId + ".bin";
    writeSamplesFile(QDir(dir).filePath(QString::fromStdString(records)), truth, runId, hashes);
    result.samplesFile = records;
    result.predictionsRunId = runId;
    if (sidecar) {
        const std::string predictions = stem.toStdString() + ".predictions-" + runId + ".bin";
        writeSidecar(QDir(dir).filePath(QString::fromStdString(predictions)), truth, runId, hashes);
        result.predictionsFile = predictions;
        result.datasetFingerprint = "fixture";
    }
    const QString path = QDir(dir).filePath(stem + QStringLiteral(".json"));
    std::ofstream(path.toStdString()) << disteval::serializeResult(result);
    return path;
}
