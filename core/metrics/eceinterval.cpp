#include "metrics/eceinterval.h"

#include "stats/normal.h"
#include "stats/quantile.h"
#include "stats/random.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace disteval {

namespace {
constexpr int kDraws = 20000;
} // namespace

EceInference inferExpectedCalibrationError(const CalibrationHistogram &h, double confidence,
                                           uint64_t seed, uint64_t stream)
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    EceInference out;
    const std::vector<EceBinTotals> bins = eceBinTotals(h);
    double total = 0;
    for (const EceBinTotals &b : bins)
        total += static_cast<double>(b.count);
    if (total == 0) {
        out.estimate = kNaN;
        out.ci = {kNaN, kNaN};
        return out;
    }
    // Per bin: its weighted observed gap (n_b / N) g_b and the weighted standard error
    // (n_b / N) s_b of the gap's estimate.
    std::vector<double> weightedGap, scale;
    for (const EceBinTotals &b : bins) {
        if (b.count == 0)
            continue;
        const double n = static_cast<double>(b.count);
        const double k = static_cast<double>(b.correct);
        const double variance = (k + 1) * (n - k + 1) / ((n + 2) * (n + 2));
        weightedGap.push_back((k - b.confidenceSum) / total);
        scale.push_back(n / total * std::sqrt(variance / n));
    }
    const double observed = expectedCalibrationError(h);
    Rng rng(seed, stream);
    std::vector<double> deviation(kDraws);
    double perturbedSum = 0;
    for (int d = 0; d < kDraws; ++d) {
        double sumAbsError = 0; // sum_b (n_b / N) |error_b|
        double perturbed = 0;   // the plug-in ECE of a histogram with those errors added
        for (size_t b = 0; b < weightedGap.size(); ++b) {
            double u = rng.uniform();
            while (u == 0)
                u = rng.uniform();
            const double e = scale[b] * normalQuantile(u);
            sumAbsError += std::fabs(e);
            perturbed += std::fabs(weightedGap[b] + e);
        }
        deviation[static_cast<size_t>(d)] = sumAbsError;
        perturbedSum += perturbed;
    }
    const double c = quantile(deviation, confidence);
    out.ci = {std::max(0.0, observed - c), std::min(1.0, observed + c)};
    const double bias = perturbedSum / kDraws - observed;
    out.estimate = std::max(0.0, observed - bias);
    return out;
}

} // namespace disteval
