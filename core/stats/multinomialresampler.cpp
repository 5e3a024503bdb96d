#include "stats/multinomialresampler.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace disteval {

MultinomialResampler::MultinomialResampler(const std::vector<int64_t> &counts)
{
    for (size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] < 0)
            throw std::invalid_argument("negative count in bootstrap cells");
        if (counts[i] == 0)
            continue;
        m_cells.push_back(static_cast<uint32_t>(i));
        m_counts.push_back(counts[i]);
        m_total += counts[i];
    }
    const double scale
            = m_total > 0 ? std::max(0.0, 1.0 - 3.0 / std::sqrt(static_cast<double>(m_total)))
                          : 0.0;
    for (int64_t c : m_counts)
        m_samplerByCount.try_emplace(c, scale * static_cast<double>(c));
    m_samplers.reserve(m_counts.size());
    for (int64_t c : m_counts)
        m_samplers.push_back(&m_samplerByCount.at(c));

    // Vose's alias method over the non-empty cells with probabilities count / total.
    const size_t m = m_counts.size();
    m_aliasProbability.assign(m, 1.0);
    m_alias.resize(m);
    std::vector<double> scaled(m);
    std::vector<uint32_t> small, large;
    for (size_t i = 0; i < m; ++i) {
        scaled[i] = static_cast<double>(m_counts[i]) * static_cast<double>(m)
                    / static_cast<double>(m_total);
        m_alias[i] = static_cast<uint32_t>(i);
        (scaled[i] < 1.0 ? small : large).push_back(static_cast<uint32_t>(i));
    }
    while (!small.empty() && !large.empty()) {
        const uint32_t s = small.back();
        small.pop_back();
        const uint32_t l = large.back();
        m_aliasProbability[s] = scaled[s];
        m_alias[s] = l;
        scaled[l] = (scaled[l] + scaled[s]) - 1.0;
        if (scaled[l] < 1.0) {
            large.pop_back();
            small.push_back(l);
        }
    }
    // Whatever is left has probability 1 up to rounding.
}

size_t MultinomialResampler::categorical(Rng &rng) const
{
    const size_t i = static_cast<size_t>(rng.below(m_counts.size()));
    return rng.uniform() < m_aliasProbability[i] ? i : m_alias[i];
}

void MultinomialResampler::draw(Rng &rng, std::vector<int64_t> &out) const
{
    const size_t m = m_counts.size();
    out.resize(m);
    if (m == 0)
        return;
    int64_t drawn;
    do {
        drawn = 0;
        for (size_t i = 0; i < m; ++i) {
            out[i] = (*m_samplers[i])(rng);
            drawn += out[i];
        }
    } while (drawn > m_total);
    for (int64_t r = drawn; r < m_total; ++r)
        ++out[categorical(rng)];
}

} // namespace disteval
