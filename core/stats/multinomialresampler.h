#pragma once

#include "stats/poissonsampler.h"
#include "stats/random.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

namespace disteval {

// Draws exact Multinomial(N, counts / N) resamples of a vector of cell counts, where
// N is the sum of the counts: the ordinary nonparametric bootstrap of any statistic
// that depends on the samples only through which cell each one falls in.
//
// Method: every non-empty cell gets an independent Poisson(count) draw; conditional on
// their sum T these are Multinomial(T, counts / N). If T > N, T - N of the drawn items
// are removed uniformly at random without replacement; if T < N, N - T items are added
// by independent categorical draws. Both corrections turn Multinomial(T, p) into
// Multinomial(N, p) exactly, and they touch only about sqrt(N) items, so a replicate
// costs O(cells + sqrt(N) log cells) instead of O(N).
class MultinomialResampler
{
public:
    explicit MultinomialResampler(const std::vector<int64_t> &counts);

    int64_t total() const { return m_total; }
    // Indices of the non-empty cells; only these can be non-zero in a resample.
    const std::vector<uint32_t> &cells() const { return m_cells; }
    // Writes the resampled count of cells()[i] to out[i] (out is resized).
    void draw(Rng &rng, std::vector<int64_t> &out) const;

private:
    size_t categorical(Rng &rng) const;

    int64_t m_total = 0;
    std::vector<uint32_t> m_cells;
    std::vector<int64_t> m_counts;                  // count of each non-empty cell
    std::vector<const PoissonSampler *> m_samplers; // per non-empty cell, shared per count
    std::map<int64_t, PoissonSampler> m_samplerByCount;
    // Walker/Vose alias table for the categorical draws
    std::vector<double> m_aliasProbability;
    std::vector<uint32_t> m_alias;
    mutable std::vector<int64_t> m_fenwick;
};

} // namespace disteval
