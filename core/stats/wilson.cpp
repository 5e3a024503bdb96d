#include "stats/wilson.h"

#include "stats/normal.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace disteval {

Interval wilsonInterval(int64_t successes, int64_t trials, double confidence)
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    const double z = twoSidedZ(confidence);
    if (trials <= 0 || successes < 0 || successes > trials || std::isnan(z))
        return {kNaN, kNaN};
    const double n = static_cast<double>(trials);
    const double k = static_cast<double>(successes);
    const double z2 = z * z;
    const double center = (k + z2 / 2) / (n + z2);
    const double half = z / (n + z2) * std::sqrt(k * (n - k) / n + z2 / 4);
    return {std::max(0.0, center - half), std::min(1.0, center + half)};
}

Interval normalInterval(double mean, double standardError, double confidence)
{
    const double z = twoSidedZ(confidence);
    return {mean - z * standardError, mean + z * standardError};
}

Interval f1WilsonInterval(int64_t truePositives, int64_t involved, double confidence)
{
    const Interval j = wilsonInterval(truePositives, involved, confidence);
    if (!j.defined())
        return j;
    return {2 * j.lower / (1 + j.lower), 2 * j.upper / (1 + j.upper)};
}

} // namespace disteval
