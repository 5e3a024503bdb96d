#include "comparison/mcnemar.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace disteval {

McNemarResult mcnemarTest(int64_t b01, int64_t b10)
{
    if (b01 < 0 || b10 < 0)
        throw std::invalid_argument("McNemar: negative counts");
    McNemarResult r;
    r.b01 = b01;
    r.b10 = b10;
    const int64_t n = b01 + b10;
    if (n == 0)
        return r;
    const int64_t k = std::min(b01, b10);
    // log P(X = i) = lgamma(n+1) - lgamma(i+1) - lgamma(n-i+1) - n log 2, summed stably
    // relative to the largest term (i = k, since k <= n/2).
    const double nd = static_cast<double>(n);
    auto logPmf = [&](int64_t i) {
        const double id = static_cast<double>(i);
        return std::lgamma(nd + 1) - std::lgamma(id + 1) - std::lgamma(nd - id + 1)
               - nd * std::log(2.0);
    };
    const double logTop = logPmf(k);
    double sum = 0; // sum_{i<=k} P(X = i) / P(X = k)
    double term = 1;
    for (int64_t i = k; i >= 0; --i) {
        sum += term;
        // P(X = i-1) / P(X = i) = i / (n - i + 1)
        term *= static_cast<double>(i) / static_cast<double>(n - i + 1);
        if (term < 1e-17 * sum)
            break;
    }
    const double tail = std::exp(logTop) * sum; // P(X <= k)
    const double point = std::exp(logTop);      // P(X = k)
    r.pExact = std::min(1.0, 2 * tail);
    r.pMid = std::min(1.0, std::max(0.0, 2 * tail - point));
    return r;
}

} // namespace disteval
