#pragma once

#include <cstdint>
#include <vector>

namespace disteval {

// One-vs-rest ROC statistics in fixed bins, summable across ranks.
//
// For class c every sample contributes its score s_c = log(p_c / (1 - p_c)) (the
// log-odds of the softmax probability, a monotone map of p_c, so the AUROC is the
// same as on p_c) to bin k = clamp(floor((s_c - kLow) / (kHigh - kLow) * bins), 0,
// bins - 1) of the positive histogram when the true class is c, else of the negative
// one. The AUROC of the binned scores counts a positive/negative pair inside the same
// bin as one half; the exact AUROC differs from it by at most
// 0.5 * sum_k pos_k * neg_k / (P * N), which is reported as the error bound.
struct RocHistogram
{
    static constexpr double kLow = -20.0;
    static constexpr double kHigh = 20.0;

    int numClasses = 0;
    int numBins = 0;
    std::vector<int64_t> positive; // [class][bin]
    std::vector<int64_t> negative; // [class][bin]

    RocHistogram() = default;
    RocHistogram(int classes, int bins);
    int bin(double logOdds) const;
};

struct AurocEstimate
{
    double value = 0;      // NaN when the class has no positive or no negative sample
    double variance = 0;   // DeLong's variance estimate of the binned AUROC
    double errorBound = 0; // |binned - exact| <= errorBound
};

AurocEstimate classAuroc(const RocHistogram &h, int c);

struct MacroAuroc
{
    double value = 0; // NaN when no class has both positives and negatives
    double variance = 0;
    double errorBound = 0;
    int classesUsed = 0;
    std::vector<AurocEstimate> perClass;
};

// Mean over the classes with at least one positive and one negative sample.
// The variance treats the per-class estimates as independent (see docs/STATISTICS.md).
MacroAuroc macroAuroc(const RocHistogram &h);

} // namespace disteval
