#pragma once

#include "stats/wilson.h"

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
    double errorBound = 0;
    int classesUsed = 0;
    std::vector<AurocEstimate> perClass;
};

// A score interval for an AUROC from `positives` and `negatives` samples, after
// Newcombe (2006): the values theta with (theta - auc)^2 <= z^2 V(theta), where
// V(theta) = theta (1 - theta) / (P N) * [1 + (N* - 1)(1 - theta) / (2 - theta)
// + (N* - 1) theta / (1 + theta)], N* = (P + N) / 2: Hanley and McNeil's (1982)
// variance with the pooled size N* in place of both sample sizes (for P = N it is
// theirs). Like Wilson's interval for a proportion it stays inside [0, 1], is defined at
// AUROC = 0 or 1 and keeps its coverage with few positives, where DeLong's interval is
// too short (docs/STATISTICS.md). NaN bounds without a positive or negative.
Interval newcombeAurocInterval(double auc, double positives, double negatives, double confidence);
// Newcombe's variance V(theta) above.
double newcombeAurocVariance(double theta, double positives, double negatives);

// Mean over the classes with at least one positive and one negative sample. Its
// variance needs the covariances between classes: see AurocInfluence.
MacroAuroc macroAuroc(const RocHistogram &h);

} // namespace disteval
