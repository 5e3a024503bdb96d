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
// Method: every non-empty cell gets an independent Poisson(s * count) draw with
// s = max(0, 1 - 3 / sqrt(N)); conditional on their sum T these are Multinomial(T,
// counts / N) whatever s is. A draw with T > N (probability about 0.13%) is discarded
// and repeated, which conditions on T only and so keeps that property; then N - T items
// are added by independent categorical draws (Walker's alias method), which turns
// Multinomial(T, p) into Multinomial(N, p) exactly. A replicate costs O(cells +
// sqrt(N)) instead of O(N).
class MultinomialResampler
{
public:
    explicit MultinomialResampler(const std::vector<int64_t> &counts);
    // m_samplers points into m_samplerByCount: copying would leave dangling pointers,
    // moving keeps the map's nodes (and so the pointers) valid.
    MultinomialResampler(const MultinomialResampler &) = delete;
    MultinomialResampler &operator=(const MultinomialResampler &) = delete;
    MultinomialResampler(MultinomialResampler &&) = default;
    MultinomialResampler &operator=(MultinomialResampler &&) = default;

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
};

} // namespace disteval
