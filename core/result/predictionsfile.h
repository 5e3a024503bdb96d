#pragma once

#include "comparison/pairedcomparison.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace disteval {

// The optional per-sample sidecar of a run (`--save-predictions`): every sample's label
// and each model's predicted class, in global sample order, with a fingerprint of the
// dataset, so that two separate runs can later be compared pairwise.
//
// File layout: one line of JSON (the header below, UTF-8, ending in '\n'), then raw
// little-endian int32 values: labels[N], then predictions[N] for each model in order
// (-1 for a sample whose logits were not finite).
//   {"format": "disteval-predictions", "version": 1, "num_samples": N,
//    "num_classes": C, "dataset": {"path": ..., "fingerprint": ...},
//    "models": [{"path": ..., "sha256": ...}, ...]}
struct PredictionsFile
{
    static constexpr int kVersion = 1;

    int64_t numSamples = 0;
    int numClasses = 0;
    std::string datasetPath;
    std::string datasetFingerprint;
    std::vector<std::string> modelPaths;
    std::vector<std::string> modelHashes;
    std::vector<int32_t> labels;
    std::vector<std::vector<int32_t>> predictions; // [model][sample]
};

class PredictionsFileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The largest sidecar readers accept (2 GiB: 250 million samples of two models).
constexpr int64_t kMaxPredictionsFileBytes = int64_t(2) << 30;

// Atomic (see writeFileAtomically); throws std::runtime_error naming the path.
void writePredictionsFile(const std::string &path, const PredictionsFile &file);
// Throws PredictionsFileError naming the path and the problem (not a regular file,
// larger than kMaxPredictionsFileBytes, not a predictions file, newer version,
// truncated, values out of range).
PredictionsFile readPredictionsFile(const std::string &path);
// As readPredictionsFile, from the file's bytes; `name` is the path the messages give.
// Checks the header's sizes against the bytes present before allocating anything
// from them, so a header claiming 2^40 samples costs nothing.
PredictionsFile parsePredictions(const std::string &bytes, const std::string &name);

class ComparisonRefused : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Paired comparison of model `modelA` of run A with model `modelB` of run B, from their
// sidecars. Refuses (ComparisonRefused, with the reason) runs on different data: other
// dataset fingerprint, sample count, class count or labels. Samples without a
// prediction in either run are left out (their number goes to `excluded`).
PairedComparison compareRuns(const PredictionsFile &runA, int modelA, const PredictionsFile &runB,
                             int modelB, const BootstrapSettings &settings, int64_t *excluded);

} // namespace disteval
