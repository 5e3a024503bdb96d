#include "comparison/mcnemar.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace disteval {

namespace {
constexpr double kLn2Pi = 1.8378770664093454836; // log(2 pi)

// stirlerr(n) = log(n!) - log(sqrt(2 pi n) (n/e)^n), Loader (2000): exact values for
// small n, the Stirling series beyond (relative error below 1e-16 for n > 15).
double stirlingError(double n)
{
    static const double kSmall[16] = {0.0, // n = 0 is never used (handled by the callers)
                                      0.08106146679532726,
                                      0.04134069595540929,
                                      0.02767792568499834,
                                      0.02079067210376509,
                                      0.01664469118982119,
                                      0.01387612882307075,
                                      0.01189670994589177,
                                      0.01041126526197209,
                                      0.009255462182712733,
                                      0.008330563433362871,
                                      0.007573675487951841,
                                      0.006942840107209530,
                                      0.006408994188004207,
                                      0.005951370112758848,
                                      0.005554733551962801};
    constexpr double s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680,
                     s4 = 1.0 / 1188;
    if (n <= 15)
        return kSmall[static_cast<int>(n)];
    const double nn = n * n;
    if (n > 500)
        return (s0 - s1 / nn) / n;
    if (n > 80)
        return (s0 - (s1 - s2 / nn) / nn) / n;
    if (n > 35)
        return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
    return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
}

// bd0(x, m) = x log(x / m) + m - x, the deviance term, without cancellation near x = m.
double deviance(double x, double m)
{
    if (std::fabs(x - m) < 0.1 * (x + m)) {
        const double v = (x - m) / (x + m);
        double s = (x - m) * v;
        double ej = 2 * x * v;
        const double v2 = v * v;
        for (int j = 1; j < 1000; ++j) {
            ej *= v2;
            const double next = s + ej / (2 * j + 1);
            if (next == s)
                return next;
            s = next;
        }
        return s;
    }
    return x * std::log(x / m) + m - x;
}

// log P(X = k) for X ~ Binomial(n, 1/2), accurate to a few ulps for any n (Loader's
// saddle-point form; log-gamma differences lose digits as n grows).
double logBinomialHalf(double k, double n)
{
    if (k == 0 || k == n)
        return -n * std::log(2.0);
    const double lc = stirlingError(n) - stirlingError(k) - stirlingError(n - k)
                      - deviance(k, n / 2) - deviance(n - k, n / 2);
    const double lf = kLn2Pi + std::log(k) + std::log1p(-k / n);
    return lc - 0.5 * lf;
}
} // namespace

McNemarResult mcnemarTest(int64_t b01, int64_t b10)
{
    if (b01 < 0 || b10 < 0)
        throw std::invalid_argument("McNemar: negative counts");
    McNemarResult r;
    r.b01 = b01;
    r.b10 = b10;
    const int64_t n = b01 + b10;
    if (n == 0)
        return r;
    const int64_t k = std::min(b01, b10);
    if (2 * k == n)
        return r; // the two tails and the centre cover everything: p = 1 (mid-p too)
    // P(X <= k) = P(X = k) * sum_{i <= k} P(X = i) / P(X = k); the ratios come from the
    // recurrence P(X = i-1) / P(X = i) = i / (n - i + 1), summed until negligible.
    double sum = 0;
    double term = 1;
    for (int64_t i = k; i >= 0; --i) {
        sum += term;
        term *= static_cast<double>(i) / static_cast<double>(n - i + 1);
        if (term < 1e-17 * sum)
            break;
    }
    const double logPoint = logBinomialHalf(static_cast<double>(k), static_cast<double>(n));
    const double point = std::exp(logPoint);
    const double tail = std::exp(logPoint + std::log(sum)); // P(X <= k)
    r.pExact = std::min(1.0, 2 * tail);
    r.pMid = std::min(1.0, std::max(0.0, 2 * tail - point));
    return r;
}

} // namespace disteval
