#pragma once

#include <cstdint>

namespace disteval {

// McNemar's test of two classifiers on the same samples from the discordant counts:
// b01 = samples model A gets wrong and model B right, b10 = A right and B wrong.
// Under the null hypothesis (equal error rates) b01 ~ Binomial(b01 + b10, 1/2).
//  - pExact: two-sided exact binomial p-value, min(1, 2 P(X <= min(b01, b10)));
//  - pMid:   the mid-p variant, pExact - P(X = min(b01, b10)) (less conservative).
// Both are 1 when b01 = b10 = 0 (no discordant sample: no evidence of a difference).
struct McNemarResult
{
    int64_t b01 = 0;
    int64_t b10 = 0;
    double pExact = 1;
    double pMid = 1;
};

// Throws std::invalid_argument for negative counts.
McNemarResult mcnemarTest(int64_t b01, int64_t b10);

} // namespace disteval
