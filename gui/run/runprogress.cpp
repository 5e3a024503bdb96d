#include "run/runprogress.h"

#include <QtGlobal>

void RunProgress::clear()
{
    m_ranks.clear();
    m_numSamples = 0;
}

void RunProgress::start(const disteval::protocol::Hello &hello)
{
    m_ranks = QList<Rank>(hello.worldSize);
    m_numSamples = hello.numSamples;
    for (const disteval::Shard &shard : hello.shards)
        if (shard.rank >= 0 && shard.rank < m_ranks.size())
            m_ranks[shard.rank].total = shard.count;
}

bool RunProgress::update(const disteval::protocol::Progress &progress)
{
    if (progress.rank < 0 || progress.rank >= m_ranks.size())
        return false;
    Rank &r = m_ranks[progress.rank];
    r.done = progress.done;
    r.total = progress.total;
    r.samplesPerSecond = progress.samplesPerSecond;
    r.elapsedSeconds = progress.elapsedSeconds;
    r.reported = true;
    return true;
}

RunProgress::Rank RunProgress::rank(int rank) const
{
    return rank >= 0 && rank < m_ranks.size() ? m_ranks.at(rank) : Rank();
}

qint64 RunProgress::done() const
{
    qint64 done = 0;
    for (const Rank &r : m_ranks)
        done += r.done;
    return done;
}

qint64 RunProgress::total() const
{
    qint64 total = 0;
    for (const Rank &r : m_ranks)
        total += r.total;
    return total;
}

double RunProgress::samplesPerSecond() const
{
    double sum = 0;
    bool working = false;
    double slowest = 0;
    for (const Rank &r : m_ranks) {
        if (r.done < r.total) {
            working = true;
            if (r.reported)
                sum += r.samplesPerSecond;
        }
        slowest = qMax(slowest, r.elapsedSeconds);
    }
    if (working || slowest <= 0)
        return sum;
    return static_cast<double>(done()) / slowest;
}

double RunProgress::etaSeconds() const
{
    // The ranks work in parallel: the job is done when its slowest rank is.
    double eta = 0;
    for (const Rank &r : m_ranks) {
        if (r.done >= r.total)
            continue;
        if (!r.reported || r.samplesPerSecond <= 0)
            return -1;
        eta = qMax(eta, static_cast<double>(r.total - r.done) / r.samplesPerSecond);
    }
    return m_ranks.isEmpty() ? -1 : eta;
}
