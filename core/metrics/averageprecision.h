#pragma once

#include "metrics/auroc.h"

namespace disteval {

// Average precision (scikit-learn's average_precision_score: sum over thresholds of
// (R_n - R_(n-1)) P_n) of class c's binned scores in `h` (positive and negative
// histograms, bins in increasing score). Inside a bin the order of the samples is
// unknown: `value` treats the bin as one threshold (tied scores, as scikit-learn treats
// ties), `lower` and `upper` are the AP with the bin's negatives all ranked before, or
// all after, its positives, so the AP of the unbinned scores lies in [lower, upper].
struct AveragePrecision
{
    double value = 0; // NaN without a positive sample
    double lower = 0;
    double upper = 0;
    int64_t positives = 0;
};

AveragePrecision binnedAveragePrecision(const RocHistogram &h, int c);

// The jackknife variance of class c's binned AP (`value` above) over the samples: every
// sample left out once, so that the class's prevalence varies as in a new test set (the
// AP, unlike the AUROC, depends on it); O(bins), since the samples of a bin share their
// leave-one-out value (docs/STATISTICS.md, "Average precision"). 0 when every positive
// ranks above every negative; NaN with fewer than 2 positives or no negative.
double averagePrecisionVariance(const RocHistogram &h, int c);

// The fewest positives an AP interval is reported for: below, the normal approximation on
// the logit scale under-covers (bench/interval_coverage.cpp).
constexpr int64_t kMinPositivesForApInterval = 50;

// A Wald interval for an AP on the logit scale (Boyd et al. 2013 use the logit scale for
// the area under the precision-recall curve): logit(ap) +- z * sd / (ap (1 - ap)), mapped
// back, so it stays inside (0, 1). NaN bounds where it is not defined: ap of 0 or 1, NaN
// or a variance that is not finite.
Interval averagePrecisionInterval(double ap, double variance, double confidence);

} // namespace disteval
