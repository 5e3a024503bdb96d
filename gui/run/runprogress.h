#pragma once

#include "protocol/progressprotocol.h"

#include <QList>

// What the ranks of a run have reported: one entry per rank of the hello's world size,
// with its shard's size as the total, updated by each progress message. The job is as
// far as all ranks together; it ends when its slowest rank does.
class RunProgress
{
public:
    struct Rank
    {
        qint64 done = 0;
        qint64 total = 0;
        double samplesPerSecond = 0;
        double elapsedSeconds = 0; // the rank's time in its shard so far
        bool reported = false;     // a progress message arrived for this rank
    };

    void clear();
    void start(const disteval::protocol::Hello &hello);
    // False (nothing changes) for a rank outside the world size.
    bool update(const disteval::protocol::Progress &progress);

    int worldSize() const { return m_ranks.size(); }
    qint64 numSamples() const { return m_numSamples; } // the hello's dataset size
    Rank rank(int rank) const;                         // an empty Rank outside the world size
    qint64 done() const;
    qint64 total() const;
    // Summed over the ranks still working; once every rank is done, all the samples over
    // the slowest rank's time (the run's throughput, not 0 while the result is written).
    double samplesPerSecond() const;
    // Seconds left at the current rates; negative when unknown.
    double etaSeconds() const;

private:
    QList<Rank> m_ranks;
    qint64 m_numSamples = 0;
};
