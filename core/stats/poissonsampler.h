#pragma once

#include "stats/random.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace disteval {

// Draws from Poisson(lambda) for a fixed lambda, fast enough for millions of draws.
// lambda < kTableLimit: inversion of a precomputed CDF over lambda +- (12 sqrt(lambda)
// + 12), where the truncated tails weigh less than 1e-30 (far below the 2^-53
// resolution of the uniform), with a guide table for O(1) expected lookups.
// Larger lambda: Hoermann's transformed rejection (PTRS, 1993), which is exact.
class PoissonSampler
{
public:
    static constexpr double kTableLimit = 1000.0;

    explicit PoissonSampler(double lambda); // lambda >= 0
    int64_t operator()(Rng &rng) const
    {
        if (!m_cdf.empty()) {
            const double u = rng.uniform();
            size_t idx = m_guide[static_cast<size_t>(u * static_cast<double>(m_guide.size()))];
            while (m_cdf[idx] <= u)
                ++idx;
            return m_low + static_cast<int64_t>(idx);
        }
        return m_lambda == 0 ? 0 : drawPtrs(rng);
    }
    double lambda() const { return m_lambda; }

private:
    int64_t drawPtrs(Rng &rng) const;

    double m_lambda = 0;
    // table method
    int64_t m_low = 0;
    std::vector<double> m_cdf;
    std::vector<uint32_t> m_guide;
    // PTRS constants
    double m_logLambda = 0, m_b = 0, m_a = 0, m_invAlpha = 0, m_vr = 0;
};

} // namespace disteval
