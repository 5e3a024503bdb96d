#include "tasks/replicatetable.h"

#include "stats/poissonsampler.h"
#include "stats/random.h"

namespace disteval {

void poissonWeights(uint64_t seed, int64_t sampleIndex, int replicates,
                    std::vector<int32_t> &weights)
{
    static const PoissonSampler poisson(1.0);
    Rng rng(seed, streamId("poisson-bootstrap", static_cast<uint64_t>(sampleIndex)));
    weights.resize(static_cast<size_t>(replicates));
    for (int32_t &w : weights)
        w = static_cast<int32_t>(poisson(rng));
}

ReplicateTable::ReplicateTable(int replicates, int counts, int sums)
    : m_replicates(replicates)
    , m_counts(counts)
    , m_sums(sums)
    , m_countValues(static_cast<size_t>(replicates + 1) * counts, 0)
    , m_sumValues(static_cast<size_t>(replicates + 1) * sums)
{}

void ReplicateTable::add(const int64_t *counts, const double *sums,
                         const std::vector<int32_t> &weights, const std::vector<int> *nonZero)
{
    for (int row = 0; row <= m_replicates; ++row) {
        const int64_t w = row == 0 ? 1 : weights[static_cast<size_t>(row - 1)];
        if (w == 0)
            continue;
        int64_t *c = m_countValues.data() + static_cast<size_t>(row) * m_counts;
        if (nonZero) {
            for (int k : *nonZero)
                c[k] += w * counts[k];
        } else {
            for (int k = 0; k < m_counts; ++k)
                c[k] += w * counts[k];
        }
        ExactSum *s = m_sumValues.data() + static_cast<size_t>(row) * m_sums;
        for (int k = 0; k < m_sums; ++k)
            if (sums[k] != 0)
                s[k].add(sums[k], w);
    }
}

size_t ReplicateTable::packedWords() const
{
    return m_countValues.size() + m_sumValues.size() * ExactSum::kLimbs;
}

void ReplicateTable::pack(int64_t *words) const
{
    for (int64_t c : m_countValues)
        *words++ = c;
    for (const ExactSum &s : m_sumValues) {
        s.pack(words);
        words += ExactSum::kLimbs;
    }
}

void ReplicateTable::unpack(const int64_t *words)
{
    for (int64_t &c : m_countValues)
        c = *words++;
    for (ExactSum &s : m_sumValues) {
        s.unpack(words);
        words += ExactSum::kLimbs;
    }
}

int64_t ReplicateTable::bytesFor(int replicates, int counts, int sums)
{
    return int64_t(replicates + 1)
           * (int64_t(counts) * 8 + int64_t(sums) * (ExactSum::kLimbs * 8 + 16));
}

} // namespace disteval
