#include "stats/meaninterval.h"

#include "stats/normal.h"

#include <cmath>
#include <limits>

namespace disteval {

Interval skewCorrectedMeanInterval(int64_t count, double sum, double sumSquares, double sumCubes,
                                   double confidence)
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    if (count < 2)
        return {kNaN, kNaN};
    const double n = static_cast<double>(count);
    const double mean = sum / n;
    // Central moments from the raw sums.
    const double m2 = std::max(0.0, sumSquares / n - mean * mean);
    const double m3 = sumCubes / n - 3 * mean * sumSquares / n + 2 * mean * mean * mean;
    const double s = std::sqrt(m2 * n / (n - 1));
    const double se = s / std::sqrt(n);
    const double z = twoSidedZ(confidence);
    if (!(m2 > 0))
        return {mean, mean};
    const double skewness = m3 / std::pow(m2, 1.5);
    const double a = skewness / (3 * std::sqrt(n));
    auto inverse = [a](double x) {
        if (std::fabs(a) < 1e-12)
            return x;
        return (std::cbrt(1 + 3 * a * (x - a / 2)) - 1) / a;
    };
    return {mean - se * inverse(z), mean - se * inverse(-z)};
}

} // namespace disteval
