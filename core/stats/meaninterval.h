#pragma once

#include "stats/wilson.h"

#include <cstdint>

namespace disteval {

// An interval for a population mean from the sums of x, x^2 and x^3 over n samples,
// corrected for skewness: Hall's (1992) monotone transformation of the studentized
// mean, g(t) = t + a t^2 + a^2 t^3 / 3 + a / 2 with a = skewness / (3 sqrt(n)), which
// removes the O(n^-1/2) skewness term of its distribution; the interval is
// [mean - s/sqrt(n) g^-1(z_hi), mean - s/sqrt(n) g^-1(z_lo)]. For symmetric data it is
// the normal interval mean +- z s / sqrt(n). A right-skewed loss (most samples near 0,
// a few confident mistakes far out) makes the normal interval too short on the upper
// side; this one is not. NaN bounds when n < 2.
Interval skewCorrectedMeanInterval(int64_t n, double sum, double sumSquares, double sumCubes,
                                   double confidence);

} // namespace disteval
