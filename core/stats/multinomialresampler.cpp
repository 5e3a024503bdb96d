#include "stats/multinomialresampler.h"

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
    for (int64_t c : m_counts)
        m_samplerByCount.try_emplace(c, static_cast<double>(c));
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
    m_fenwick.resize(m + 1);
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
    int64_t drawn = 0;
    for (size_t i = 0; i < m; ++i) {
        out[i] = (*m_samplers[i])(rng);
        drawn += out[i];
    }
    if (drawn < m_total) {
        for (int64_t r = drawn; r < m_total; ++r)
            ++out[categorical(rng)];
    } else if (drawn > m_total) {
        // Fenwick tree over the drawn counts: remove uniformly chosen items one by one.
        std::vector<int64_t> &tree = m_fenwick;
        for (size_t i = 1; i <= m; ++i)
            tree[i] = out[i - 1];
        for (size_t i = 1; i <= m; ++i) {
            const size_t parent = i + (i & (~i + 1));
            if (parent <= m)
                tree[parent] += tree[i];
        }
        size_t topBit = 1;
        while (topBit * 2 <= m)
            topBit *= 2;
        for (int64_t remaining = drawn; remaining > m_total; --remaining) {
            // Find the cell holding item number `target` (0-based) in cumulative order.
            int64_t target = static_cast<int64_t>(rng.below(static_cast<uint64_t>(remaining)));
            size_t pos = 0;
            for (size_t step = topBit; step > 0; step >>= 1) {
                const size_t next = pos + step;
                if (next <= m && tree[next] <= target) {
                    pos = next;
                    target -= tree[next];
                }
            }
            // pos is the 0-based index of the chosen cell
            --out[pos];
            for (size_t i = pos + 1; i <= m; i += i & (~i + 1))
                --tree[i];
        }
    }
}

} // namespace disteval
