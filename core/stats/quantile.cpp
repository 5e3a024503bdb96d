#include "stats/quantile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace disteval {

double quantile(std::vector<double> &values, double q)
{
    auto end = std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); });
    values.erase(end, values.end());
    if (values.empty() || !(q >= 0 && q <= 1))
        return std::numeric_limits<double>::quiet_NaN();
    const double h = (static_cast<double>(values.size()) - 1) * q;
    const size_t lo = static_cast<size_t>(std::floor(h));
    const size_t hi = std::min(lo + 1, values.size() - 1);
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(lo),
                     values.end());
    const double vlo = values[lo];
    if (hi == lo)
        return vlo;
    // The next order statistic is the minimum of the upper part.
    const double vhi
            = *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(hi), values.end());
    return vlo + (h - static_cast<double>(lo)) * (vhi - vlo);
}

Interval percentileInterval(std::vector<double> &replicates, double confidence)
{
    const double alpha = 1 - confidence;
    const double lower = quantile(replicates, alpha / 2);
    const double upper = quantile(replicates, 1 - alpha / 2);
    return {lower, upper};
}

} // namespace disteval
