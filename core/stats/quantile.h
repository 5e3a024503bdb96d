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

} // namespace disteval
