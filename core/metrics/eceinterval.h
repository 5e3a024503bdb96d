#pragma once

#include "metrics/calibration.h"
#include "stats/wilson.h"

#include <cstdint>

namespace disteval {

// Inference for the population (binned) expected calibration error.
//
// The plug-in ECE sum_b (n_b / N) |g_b| (g_b the gap between bin b's accuracy and mean
// confidence) is biased upwards: |.| of a noisy gap exceeds the gap on average, by about
// sqrt(2/pi) times its standard error per bin (0.04 on 500 perfectly calibrated
// samples), and a bootstrap around the plug-in inherits the bias, so its percentile
// interval rarely covers the population ECE.
//
// Interval: each bin's observed gap differs from its population gap by an error that is
// approximately normal with standard error s_b = sqrt(v_b / n_b), v_b the Bernoulli
// variance of the bin's correctness (Laplace-smoothed, (k+1)(n-k+1)/(n+2)^2). By the
// triangle inequality |ECE_hat - ECE| <= sum_b (n_b / N) |error_b|, whose
// `confidence`-quantile c is computed from fixed normal draws; the interval
// [max(0, ECE_hat - c), min(1, ECE_hat + c)] therefore holds the population ECE with at
// least that probability, whatever the gaps are. It is conservative (coverage near
// 0.99, see docs/STATISTICS.md) rather than exact: no interval of an ECE can be exact
// near 0, where the plug-in's bias is as large as its spread.
//
// Estimate: the plug-in minus its estimated bias, E|g_b + s_b Z| - |g_b| summed over the
// bins with their weights (a parametric bootstrap of each bin, Kumar et al. 2019),
// clipped at 0.
//
// The draws come from (seed, stream), so the result depends only on the histogram.
struct EceInference
{
    double estimate = 0; // bias-corrected estimate of the population ECE (>= 0)
    Interval ci;         // NaN bounds when the histogram is empty
};

EceInference inferExpectedCalibrationError(const CalibrationHistogram &h, double confidence,
                                           uint64_t seed, uint64_t stream);

} // namespace disteval
