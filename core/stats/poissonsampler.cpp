#include "stats/poissonsampler.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace disteval {

PoissonSampler::PoissonSampler(double lambda)
    : m_lambda(lambda)
{
    if (!(lambda >= 0) || std::isinf(lambda))
        throw std::invalid_argument("Poisson mean must be finite and >= 0");
    if (lambda == 0)
        return;
    if (lambda < kTableLimit) {
        const double spread = 12.0 * std::sqrt(lambda) + 12.0;
        m_low = static_cast<int64_t>(std::max(0.0, std::floor(lambda - spread)));
        const int64_t high = static_cast<int64_t>(std::ceil(lambda + spread));
        const size_t width = static_cast<size_t>(high - m_low + 1);
        std::vector<double> pmf(width);
        double sum = 0;
        for (size_t i = 0; i < width; ++i) {
            const double k = static_cast<double>(m_low + static_cast<int64_t>(i));
            pmf[i] = std::exp(-lambda + k * std::log(lambda) - std::lgamma(k + 1.0));
            sum += pmf[i];
        }
        m_cdf.resize(width);
        double acc = 0;
        for (size_t i = 0; i < width; ++i) {
            acc += pmf[i] / sum;
            m_cdf[i] = acc;
        }
        m_cdf.back() = 1.0;
        // guide[j] = first index whose CDF exceeds j / width
        m_guide.resize(width);
        size_t idx = 0;
        for (size_t j = 0; j < width; ++j) {
            const double threshold = static_cast<double>(j) / static_cast<double>(width);
            while (m_cdf[idx] <= threshold)
                ++idx;
            m_guide[j] = static_cast<uint32_t>(idx);
        }
    } else {
        const double slam = std::sqrt(lambda);
        m_logLambda = std::log(lambda);
        m_b = 0.931 + 2.53 * slam;
        m_a = -0.059 + 0.02483 * m_b;
        m_invAlpha = 1.1239 + 1.1328 / (m_b - 3.4);
        m_vr = 0.9277 - 3.6224 / (m_b - 2);
    }
}

int64_t PoissonSampler::drawPtrs(Rng &rng) const
{
    for (;;) {
        const double u = rng.uniform() - 0.5;
        const double v = rng.uniform();
        const double us = 0.5 - std::fabs(u);
        const double k = std::floor((2 * m_a / us + m_b) * u + m_lambda + 0.43);
        if (us >= 0.07 && v <= m_vr)
            return static_cast<int64_t>(k);
        if (k < 0 || (us < 0.013 && v > us))
            continue;
        if (std::log(v) + std::log(m_invAlpha) - std::log(m_a / (us * us) + m_b)
            <= -m_lambda + k * m_logLambda - std::lgamma(k + 1))
            return static_cast<int64_t>(k);
    }
}

} // namespace disteval
