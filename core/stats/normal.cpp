#include "stats/normal.h"

#include <cmath>
#include <limits>

namespace disteval {

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double normalQuantile(double p)
{
    if (!(p > 0.0 && p < 1.0))
        return std::numeric_limits<double>::quiet_NaN();
    // The upper half by symmetry: 1 - p is exact there (Sterbenz), whereas the Halley
    // step below would evaluate normalCdf(x) - p with cancellation near 1 and lose all
    // but the first ~8 digits in the upper tail.
    if (p > 0.5)
        return -normalQuantile(1 - p);
    // Acklam's rational approximation (relative error < 1.2e-9) ...
    static const double a[]
            = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
               1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[]
            = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
               6.680131188771972e+01, -1.328068155288572e+01};
    static const double c[]
            = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    constexpr double kLow = 0.02425;
    double x;
    if (p < kLow) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    // ... refined by one Halley step on the exact CDF, which brings it to full precision.
    constexpr double kSqrtTwoPi = 2.50662827463100050242;
    const double e = normalCdf(x) - p;
    const double u = e * kSqrtTwoPi * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

double twoSidedZ(double confidence)
{
    if (!(confidence > 0.0 && confidence < 1.0))
        return std::numeric_limits<double>::quiet_NaN();
    return normalQuantile(0.5 + confidence / 2);
}

} // namespace disteval
