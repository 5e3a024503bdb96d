#pragma once

#include "metrics/auroc.h"
#include "metrics/calibration.h"
#include "metrics/confusionmatrix.h"
#include "metrics/curves.h"
#include "stats/exactsum.h"

#include <cstdint>
#include <vector>

namespace disteval {

// Everything a rank accumulates for one model: sums over its samples that add up
// exactly across ranks, integers as integers and floating-point values in exact
// accumulators (ExactSum), so the totals do not depend on the world size, the thread
// count or the order of the samples. All metrics and intervals are computed from the
// summed statistics; per-sample outputs never leave a rank. Samples whose logits
// contain NaN or +-Inf are counted in nonFiniteSamples and kept out of every other
// statistic.
struct SufficientStats
{
    static constexpr int kTopK = 5;

    SufficientStats() = default;
    SufficientStats(int numClasses, int rocBins);

    int numClasses = 0;
    ConfusionMatrix confusion;
    int64_t topKHits = 0; // true class among the kTopK largest logits
    // [k - 1]: samples whose true class had the k-th largest logit, k <= min(C, kMaxRank)
    std::vector<int64_t> rankHits;
    int64_t nonFiniteSamples = 0; // excluded from everything else
    ExactSum lossSum;             // cross-entropy, natural log, summed over samples
    ExactSum lossSquareSum;
    ExactSum lossCubeSum; // for the skewness correction of the loss interval
    CalibrationHistogram calibration;
    RocHistogram roc;

    int64_t evaluatedSamples() const { return confusion.total(); }

    // Flat layout for the fused cross-rank sum: int64 words that add as integers
    // (counts, then the exact sums' limbs).
    size_t integerCount() const;
    void pack(int64_t *integers) const;
    void unpack(const int64_t *integers);
    // Adds another rank's statistics (same shape) to this one.
    void merge(const SufficientStats &other);
};

} // namespace disteval
