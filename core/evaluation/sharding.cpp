#include "evaluation/sharding.h"

#include <algorithm>
#include <stdexcept>

namespace disteval {

std::vector<Shard> planShards(int64_t numSamples, int worldSize, int64_t batchSize)
{
    if (numSamples < 0 || worldSize < 1 || batchSize < 1)
        throw std::invalid_argument("planShards: invalid arguments");
    const int64_t batches = (numSamples + batchSize - 1) / batchSize;
    const int64_t base = batches / worldSize;
    const int64_t extra = batches % worldSize;
    std::vector<Shard> shards(static_cast<size_t>(worldSize));
    int64_t firstBatch = 0;
    for (int r = 0; r < worldSize; ++r) {
        const int64_t ownBatches = base + (r < extra ? 1 : 0);
        Shard &s = shards[static_cast<size_t>(r)];
        s.rank = r;
        s.first = std::min(firstBatch * batchSize, numSamples);
        s.count = std::min((firstBatch + ownBatches) * batchSize, numSamples) - s.first;
        firstBatch += ownBatches;
    }
    return shards;
}

} // namespace disteval
