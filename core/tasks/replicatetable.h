#pragma once

#include "stats/exactsum.h"

#include <cstdint>
#include <vector>

namespace disteval {

// Below this many samples a Poisson-bootstrap interval is withheld: with fewer samples
// the bootstrap distribution is too coarse to cover (docs/STATISTICS.md, "Tasks").
constexpr int64_t kMinPoissonBootstrapSamples = 30;
// Regression: the means of |e| and e (mae, mean_bias), and the second moments (mse,
// rmse, r2), whose intervals need more samples under heavy-tailed errors.
constexpr int64_t kMinRegressionMeanSamples = 100;
constexpr int64_t kMinRegressionSpreadSamples = 300;

// The weights of one sample in replicates 1..B of the Poisson bootstrap (Chamandy et
// al. 2012): independent Poisson(1) draws from a generator keyed by (seed, the sample's
// global index), the b-th draw for replicate b. They depend on nothing else, so every
// world size, shard and batch gives each sample the same weights. `weights` gets B
// entries.
void poissonWeights(uint64_t seed, int64_t sampleIndex, int replicates,
                    std::vector<int32_t> &weights);

// Per-sample sufficient statistics summed with weight 1 (row 0: the totals) and with the
// sample's Poisson weight in each bootstrap replicate (rows 1..B): `counts` integer
// columns and `sums` floating-point columns summed exactly (ExactSum), so the table is
// the same whatever the order in which samples arrive. Tables of all ranks add column
// by column (pack / unpackAdd, plain int64 addition).
class ReplicateTable
{
public:
    ReplicateTable() = default;
    ReplicateTable(int replicates, int counts, int sums);

    int replicates() const { return m_replicates; }
    int countColumns() const { return m_counts; }
    int sumColumns() const { return m_sums; }

    // Adds one sample: `counts` and `sums` hold countColumns() and sumColumns() values,
    // `weights` its replicate weights (poissonWeights). Entries listed in `nonZero`
    // (column indices of counts) are the only non-zero counts when `nonZero` is not null,
    // which makes sparse statistics (a few classes per image) cheap.
    void add(const int64_t *counts, const double *sums, const std::vector<int32_t> &weights,
             const std::vector<int> *nonZero = nullptr);

    int64_t count(int row, int column) const
    {
        return m_countValues[static_cast<size_t>(row) * m_counts + column];
    }
    const int64_t *countRow(int row) const
    {
        return m_countValues.data() + static_cast<size_t>(row) * m_counts;
    }
    double sum(int row, int column) const
    {
        return m_sumValues[static_cast<size_t>(row) * m_sums + column].value();
    }

    // int64 words pack() writes: the counts, then kLimbs per exact sum.
    size_t packedWords() const;
    void pack(int64_t *words) const;
    void unpack(const int64_t *words);

    // Memory of one table (it is held twice during the reduction).
    static int64_t bytesFor(int replicates, int counts, int sums);

private:
    int m_replicates = 0;
    int m_counts = 0;
    int m_sums = 0;
    std::vector<int64_t> m_countValues; // [(B + 1) x counts]
    std::vector<ExactSum> m_sumValues;  // [(B + 1) x sums]
};

} // namespace disteval
