#include "data/batchprefetcher.h"

#include <algorithm>
#include <mutex>
#include <stdexcept>

namespace disteval {

BatchPrefetcher::BatchPrefetcher(const Dataset &dataset, int64_t first, int64_t count,
                                 int64_t batchSize, int depth, int workers)
    : m_dataset(dataset)
    , m_first(first)
    , m_count(count)
    , m_batchSize(batchSize)
    , m_numBatches(count <= 0 ? 0 : (count + batchSize - 1) / batchSize)
    , m_depth(std::max(0, depth))
{
    if (m_depth == 0)
        return;
    m_slots.resize(static_cast<size_t>(m_depth));
    const int threads = static_cast<int>(
            std::min<int64_t>({int64_t(std::max(1, workers)), int64_t(m_depth), m_numBatches}));
    for (int t = 0; t < threads; ++t)
        m_workers.emplace_back([this] { work(); });
}

BatchPrefetcher::~BatchPrefetcher()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    for (std::thread &t : m_workers)
        t.join();
}

Batch BatchPrefetcher::loadBatch(int64_t index) const
{
    const int64_t offset = index * m_batchSize;
    return m_dataset.load(m_first + offset, std::min(m_batchSize, m_count - offset));
}

void BatchPrefetcher::work()
{
    c10::InferenceMode inference;
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] {
            return m_stop || m_nextToLoad >= m_numBatches || m_nextToLoad < m_nextToTake + m_depth;
        });
        if (m_stop || m_nextToLoad >= m_numBatches)
            return;
        const int64_t index = m_nextToLoad++;
        lock.unlock();
        Slot done;
        try {
            done.batch = loadBatch(index);
        } catch (...) {
            done.error = std::current_exception();
        }
        done.ready = true;
        lock.lock();
        m_slots[static_cast<size_t>(index % m_depth)] = std::move(done);
        m_changed.notify_all();
    }
}

Batch BatchPrefetcher::next()
{
    if (m_nextToTake >= m_numBatches)
        throw std::out_of_range("BatchPrefetcher::next after the last batch");
    if (m_depth == 0)
        return loadBatch(m_nextToTake++);
    std::unique_lock<std::mutex> lock(m_mutex);
    Slot &slot = m_slots[static_cast<size_t>(m_nextToTake % m_depth)];
    m_changed.wait(lock, [&slot] { return slot.ready; });
    Slot taken = std::move(slot);
    slot = Slot{};
    ++m_nextToTake;
    lock.unlock();
    m_changed.notify_all();
    if (taken.error)
        std::rethrow_exception(taken.error);
    return std::move(taken.batch);
}

} // namespace disteval
