#pragma once

#include "stats/wilson.h"

#include <vector>

namespace disteval {

// Quantile with linear interpolation between order statistics (Hyndman and Fan type
// 7, NumPy's default). NaN entries are ignored; NaN when nothing remains. Reorders
// `values`.
double quantile(std::vector<double> &values, double q);

// Percentile bootstrap interval [q(alpha/2), q(1 - alpha/2)], alpha = 1 - confidence.
// Reorders `replicates`.
Interval percentileInterval(std::vector<double> &replicates, double confidence);

// The BCa interval (Efron 1987) of bootstrap replicates of an estimate: the quantiles at
// Phi(z0 + (z0 + z) / (1 - a (z0 + z))) for z = -+z_(1-alpha/2), where the bias
// correction z0 = Phi^-1(share of replicates below the estimate, ties counting one half)
// and `acceleration` a comes from the jackknife (jackknifeAcceleration). With z0 = a = 0
// it is the percentile interval. NaN replicates are ignored; NaN bounds when the
// estimate is NaN or no replicate remains. Reorders `replicates`.
Interval bcaInterval(std::vector<double> &replicates, double estimate, double acceleration,
                     double confidence);

// The jackknife acceleration sum w d^3 / (6 (sum w d^2)^1.5), d = mean - value, of
// leave-one-out values each standing for `weights` samples (a cell's samples share one
// value). 0 when undefined (no spread, or NaN values).
double jackknifeAcceleration(const std::vector<double> &values,
                             const std::vector<int64_t> &weights);

} // namespace disteval
