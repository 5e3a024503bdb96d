#pragma once

#include <cstdint>
#include <vector>

namespace disteval {

struct Shard
{
    int rank = 0;
    int64_t first = 0; // global index of the rank's first sample
    int64_t count = 0; // number of samples; 0 for an idle rank (first is then N)
};

// Splits samples [0, N) into one contiguous shard per rank. Shards are made of whole
// global batches [k * batchSize, (k + 1) * batchSize) (the last one may be short), so
// every batch holds the same samples whatever the world size: the model sees identical
// inputs and its outputs are bitwise reproducible across world sizes. The batches are
// spread as evenly as possible: the first (batches % worldSize) ranks get one more.
// Ranks beyond the number of batches are idle. Every sample is in exactly one shard.
// Throws std::invalid_argument for N < 0, worldSize < 1 or batchSize < 1.
std::vector<Shard> planShards(int64_t numSamples, int worldSize, int64_t batchSize);

} // namespace disteval
