#pragma once

#include "data/dataset.h"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace disteval {

// Streams one rank's shard: batches [first + k*B, first + (k+1)*B) (the last one short)
// loaded ahead of the consumer by a small pool of threads, so that reading and decoding
// the next batches overlaps the model running on the current one.
//
// At most `depth` batches are loaded or being loaded beyond the one the consumer holds,
// so the memory in batches is bounded by (depth + 1) x one batch, whatever the shard
// size. Batches come out in order, each exactly as dataset.load() gives it, so results do
// not depend on the depth or the number of workers. The dataset's load() must be safe to
// call from several threads at once (every Dataset of the engine is).
class BatchPrefetcher
{
public:
    // depth 0: no thread; next() loads on the caller's thread. Otherwise min(workers,
    // depth) threads (workers >= 1) start loading at once.
    BatchPrefetcher(const Dataset &dataset, int64_t first, int64_t count, int64_t batchSize,
                    int depth, int workers);
    // Stops the workers (a batch being loaded is finished first) and joins them.
    ~BatchPrefetcher();
    BatchPrefetcher(const BatchPrefetcher &) = delete;
    BatchPrefetcher &operator=(const BatchPrefetcher &) = delete;

    int64_t numBatches() const { return m_numBatches; }
    // The next batch in order. Rethrows what the dataset threw while loading it. Throws
    // std::out_of_range when every batch was taken.
    Batch next();

private:
    struct Slot
    {
        bool ready = false;
        Batch batch;
        std::exception_ptr error;
    };

    Batch loadBatch(int64_t index) const;
    void work();

    const Dataset &m_dataset;
    const int64_t m_first;
    const int64_t m_count;
    const int64_t m_batchSize;
    const int64_t m_numBatches;
    const int m_depth;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<Slot> m_slots; // batch k lives in slot k % depth
    int64_t m_nextToLoad = 0;
    int64_t m_nextToTake = 0;
    bool m_stop = false;
    std::vector<std::thread> m_workers;
};

} // namespace disteval
