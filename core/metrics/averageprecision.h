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

} // namespace disteval
