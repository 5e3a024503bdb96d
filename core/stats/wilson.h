#pragma once

#include <cstdint>

namespace disteval {

struct Interval
{
    double lower = 0;
    double upper = 0;
    bool defined() const { return lower == lower && upper == upper; } // neither is NaN
};

// Wilson score interval for k successes out of n at the given two-sided confidence.
// Both bounds are NaN when n == 0 (no information) or the inputs are invalid.
Interval wilsonInterval(int64_t successes, int64_t trials, double confidence);
// F1 = 2J / (1 + J) with J = tp / involved, involved = tp + fp + fn, the share of correct
// ones among the samples that are of the class or predicted as it; given their number,
// tp is binomial, so a Wilson interval for J maps onto one for F1 (monotone), valid for
// few samples too.
Interval f1WilsonInterval(int64_t truePositives, int64_t involved, double confidence);

// Normal-approximation interval mean +- z * standardError.
Interval normalInterval(double mean, double standardError, double confidence);

} // namespace disteval
