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
    // TP_k, FP_k: positives and negatives at or above bin k.
    std::vector<double> tp(bins + 1, 0.0), fp(bins + 1, 0.0);
    for (size_t k = bins; k-- > 0;) {
        tp[k] = tp[k + 1] + static_cast<double>(pos[k]);
        fp[k] = fp[k + 1] + static_cast<double>(neg[k]);
    }
    const double P = tp[0], N = fp[0];
    if (P == 0 || N == 0)
        return std::numeric_limits<double>::quiet_NaN();
    // AP = sum_k f1_k g_k with f1_k = pos_k / P, g_k = TP_k / (TP_k + FP_k), TP_k = P S1_k,
    // FP_k = N S0_k (S the shares at or above bin k). The derivative in f1_j is
    // g_j + sum_{k <= j} f1_k dg_k/dS1_k, in f0_j it is sum_{k <= j} f1_k dg_k/dS0_k, with
    // f1_k dg_k/dS1_k = pos_k FP_k / D_k^2 and f1_k dg_k/dS0_k = -(N / P) pos_k TP_k / D_k^2
    // (D_k = TP_k + FP_k). The variance of a multinomial share vector's linear form
    // sum a_j f_j is (sum a_j^2 f_j - (sum a_j f_j)^2) / n.
    double a = 0, b = 0; // running sums over k <= j
    double sa = 0, saa = 0, sb = 0, sbb = 0;
    for (size_t j = 0; j < bins; ++j) {
        const double p = static_cast<double>(pos[j]);
        const double n = static_cast<double>(neg[j]);
        const double d = tp[j] + fp[j];
        if (p > 0) {
            a += p * fp[j] / (d * d);
            b -= (N / P) * p * tp[j] / (d * d);
        }
        if (p > 0) {
            const double g = tp[j] / d;
            const double aj = g + a;
            sa += p * aj;
            saa += p * aj * aj;
        }
        if (n > 0) {
            sb += n * b;
            sbb += n * b * b;
        }
    }
    const double varPos = std::max(0.0, saa / P - (sa / P) * (sa / P)) / P;
    const double varNeg = std::max(0.0, sbb / N - (sb / N) * (sb / N)) / N;
    return varPos + varNeg;
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
