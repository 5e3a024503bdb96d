#include "metrics/averageprecision.h"

#include "stats/normal.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace disteval {

AveragePrecision binnedAveragePrecision(const RocHistogram &h, int c)
{
    AveragePrecision ap;
    const size_t base = static_cast<size_t>(c) * static_cast<size_t>(h.numBins);
    int64_t positives = 0;
    for (int b = 0; b < h.numBins; ++b)
        positives += h.positive[base + static_cast<size_t>(b)];
    ap.positives = positives;
    if (positives == 0) {
        ap.value = ap.lower = ap.upper = std::numeric_limits<double>::quiet_NaN();
        return ap;
    }
    double tied = 0, best = 0, worst = 0;
    int64_t tp = 0, fp = 0;
    for (int b = h.numBins - 1; b >= 0; --b) {
        const int64_t p = h.positive[base + static_cast<size_t>(b)];
        const int64_t n = h.negative[base + static_cast<size_t>(b)];
        if (p > 0) {
            tied += static_cast<double>(p) * static_cast<double>(tp + p)
                    / static_cast<double>(tp + fp + p + n);
            for (int64_t j = 1; j <= p; ++j) {
                best += static_cast<double>(tp + j) / static_cast<double>(tp + fp + j);
                worst += static_cast<double>(tp + j) / static_cast<double>(tp + fp + n + j);
            }
        }
        tp += p;
        fp += n;
    }
    const double scale = 1.0 / static_cast<double>(positives);
    ap.value = tied * scale;
    ap.upper = best * scale;
    ap.lower = worst * scale;
    return ap;
}

double averagePrecisionVariance(const RocHistogram &h, int c)
{
    const size_t bins = static_cast<size_t>(h.numBins);
    const size_t base = static_cast<size_t>(c) * bins;
    const int64_t *pos = h.positive.data() + base;
    const int64_t *neg = h.negative.data() + base;
    // TP_k, FP_k: positives and negatives at or above bin k; D_k = TP_k + FP_k.
    std::vector<double> tp(bins + 1, 0.0), fp(bins + 1, 0.0);
    for (size_t k = bins; k-- > 0;) {
        tp[k] = tp[k + 1] + static_cast<double>(pos[k]);
        fp[k] = fp[k + 1] + static_cast<double>(neg[k]);
    }
    const double P = tp[0], N = fp[0], n = P + N;
    if (P < 2 || N == 0)
        return std::numeric_limits<double>::quiet_NaN();
    // AP = (1 / P) sum_k pos_k TP_k / D_k. Leaving out one sample of bin j lowers TP_k
    // (a positive) or FP_k (a negative), and D_k, for every k <= j: with the bins above
    // j summed from the top (`above`) and those below from the bottom, each bin's
    // leave-one-out AP takes O(1), all samples of a bin sharing it.
    std::vector<double> above(bins + 1, 0.0);
    for (size_t k = bins; k-- > 0;)
        above[k] = above[k + 1] + (pos[k] > 0 ? pos[k] * tp[k] / (tp[k] + fp[k]) : 0.0);
    double belowWithoutPositive = 0; // sum_{k<j} pos_k (TP_k - 1) / (D_k - 1)
    double belowWithoutNegative = 0; // sum_{k<j} pos_k TP_k / (D_k - 1)
    double sum = 0, squares = 0;
    for (size_t j = 0; j < bins; ++j) {
        const double p = static_cast<double>(pos[j]);
        const double q = static_cast<double>(neg[j]);
        const double d = tp[j] + fp[j];
        if (p > 0) {
            const double own = d > 1 ? (p - 1) * (tp[j] - 1) / (d - 1) : 0.0;
            const double without = (above[j + 1] + own + belowWithoutPositive) / (P - 1);
            sum += p * without;
            squares += p * without * without;
        }
        const double ownWithoutNegative = p > 0 && d > 1 ? p * tp[j] / (d - 1) : 0.0;
        if (q > 0) {
            const double without = (above[j + 1] + belowWithoutNegative + ownWithoutNegative) / P;
            sum += q * without;
            squares += q * without * without;
        }
        if (p > 0 && d > 1) {
            belowWithoutPositive += p * (tp[j] - 1) / (d - 1);
            belowWithoutNegative += ownWithoutNegative;
        }
    }
    // The jackknife variance (n - 1) / n * sum_i (AP_(-i) - mean)^2.
    const double mean = sum / n;
    return std::max(0.0, (n - 1) / n * (squares - n * mean * mean));
}

Interval averagePrecisionInterval(double ap, double variance, double confidence)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (!(ap > 0 && ap < 1) || !std::isfinite(variance) || variance < 0)
        return {nan, nan};
    const double z = normalQuantile(0.5 + confidence / 2);
    const double centre = std::log(ap / (1 - ap));
    const double half = z * std::sqrt(variance) / (ap * (1 - ap));
    return {1 / (1 + std::exp(-(centre - half))), 1 / (1 + std::exp(-(centre + half)))};
}

} // namespace disteval
