#pragma once

#include "evaluation/sharding.h"

#include <cstdint>
#include <vector>

namespace disteval {

// Whether the ranks' shards of a run held every sample of [0, numSamples) exactly once:
// the non-empty shards, ordered by their first sample, must follow each other from 0 to
// numSamples without a gap or an overlap. Idle ranks (count 0) are ignored wherever
// they claim to start. This is what the app checks on a result file's `ranks`, so that
// a run that skipped or repeated samples is shown as such.
struct ShardCoverage
{
    enum class Verdict {
        Exact = 1, // every index once
        Gap,       // indices [at, at + length) were not evaluated
        Overlap,   // indices [at, at + length) were evaluated more than once
        Beyond,    // shards reach past the dataset: [at, at + length) with at == numSamples
        Invalid,   // a shard with a negative first index or count
    };

    Verdict verdict = Verdict::Invalid;
    int64_t evaluated = 0; // the shards' counts added up (an overlap counts twice)
    int64_t at = 0;        // the first problem in index order (not for Exact, Invalid)
    int64_t length = 0;
    bool exact() const { return verdict == Verdict::Exact; }
};

// Never throws; reports the first problem in index order.
ShardCoverage checkCoverage(const std::vector<Shard> &shards, int64_t numSamples);

} // namespace disteval
