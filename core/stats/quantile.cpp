#include "stats/quantile.h"

#include "stats/normal.h"

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

Interval bcaInterval(std::vector<double> &replicates, double estimate, double acceleration,
                     double confidence)
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    auto end = std::remove_if(replicates.begin(), replicates.end(),
                              [](double v) { return std::isnan(v); });
    replicates.erase(end, replicates.end());
    if (replicates.empty() || std::isnan(estimate))
        return {kNaN, kNaN};
    const double b = static_cast<double>(replicates.size());
    double below = 0;
    for (double v : replicates)
        below += v < estimate ? 1.0 : (v == estimate ? 0.5 : 0.0);
    // Keep z0 finite when every replicate lies on one side.
    const double share = std::min(std::max(below / b, 0.5 / b), 1 - 0.5 / b);
    const double z0 = normalQuantile(share);
    const double a = std::isfinite(acceleration) ? acceleration : 0.0;
    const double z = twoSidedZ(confidence);
    auto level = [&](double zAlpha) {
        const double shifted = z0 + zAlpha;
        const double denominator = 1 - a * shifted;
        if (!(denominator > 0)) // the correction breaks down: fall back to the extreme
            return zAlpha < 0 ? 0.0 : 1.0;
        return normalCdf(z0 + shifted / denominator);
    };
    const double lower = quantile(replicates, level(-z));
    const double upper = quantile(replicates, level(z));
    return {lower, upper};
}

double jackknifeAcceleration(const std::vector<double> &values, const std::vector<int64_t> &weights)
{
    double total = 0, sum = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            return 0;
        total += static_cast<double>(weights[i]);
        sum += static_cast<double>(weights[i]) * values[i];
    }
    if (total == 0)
        return 0;
    const double mean = sum / total;
    double s2 = 0, s3 = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        const double d = mean - values[i];
        const double w = static_cast<double>(weights[i]);
        s2 += w * d * d;
        s3 += w * d * d * d;
    }
    if (!(s2 > 0))
        return 0;
    return s3 / (6 * std::pow(s2, 1.5));
}

} // namespace disteval
