#pragma once

#include "evaluation/classificationsample.h"
#include "result/samplesfile.h"
#include "runtime/collectives.h"

#include <torch/script.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace disteval {

class MpiContext;

// A rank's per-sample records (result/samplesfile.h) for the samples of its shard, filled
// while the shard is evaluated and written, at the end, by every rank into its own range
// of the one records file: nothing of the model outputs moves to rank 0.
class SampleRecorder
{
public:
    SampleRecorder(const SamplesLayout &layout, int64_t shardFirst, int64_t shardCount);

    const SampleRecordCodec &codec() const { return m_codec; }
    // The record of a sample of this shard (its global index), marked present. Records of
    // different samples may be filled from different threads at once.
    uint8_t *record(int64_t globalIndex);

    // Classification: the label, and one model's prediction, loss and top classes from
    // its logits (float64, the row's `classes` values) and the core's analysis of them.
    void recordClassification(int64_t globalIndex, int model, int64_t label, const double *logits,
                              const SampleOutcome &outcome);
    // Dense classification: a sample's per-class counts as TaskLayout lays them out
    // (TP[C], true[C], predicted[C]) and its evaluated elements.
    void recordDense(int64_t globalIndex, int model, const int64_t *counts, int64_t evaluated);
    // Multi-label: the sample's labels and one model's predicted set (0/1 each).
    void recordMultiLabel(int64_t globalIndex, int model, const double *labels,
                          const std::vector<uint8_t> &predicted);
    // Regression: the targets and one model's predictions (T values each).
    void recordRegression(int64_t globalIndex, int model, const double *targets,
                          const double *predictions);

    // Collective. Rank 0 creates `path` (it must not exist) with `header` and the size of
    // every record; each rank writes its shard's records at their offsets. Where a rank
    // cannot open the file (the output folder is not shared with rank 0's node), every
    // rank sends its records to rank 0 instead, which writes them. On any failure every
    // rank learns it, and rank 0 removes the file.
    std::optional<Failure> write(const MpiContext &mpi, const std::string &path,
                                 const std::string &header) const;

private:
    SampleRecordCodec m_codec;
    int64_t m_first = 0;
    int64_t m_count = 0;
    int64_t m_recordBytes = 0;
    std::vector<uint8_t> m_bytes;
};

} // namespace disteval
