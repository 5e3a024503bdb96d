#pragma once

#include "metrics/calibration.h"
#include "metrics/classificationmetrics.h"
#include "metrics/confusionmatrix.h"
#include "stats/wilson.h"

#include <cstdint>
#include <vector>

namespace disteval {

struct BootstrapSettings
{
    int replicates = 1000;
    double confidence = 0.95;
    uint64_t seed = 0;
    ZeroDivision zeroDivision = ZeroDivision::Zero;
};

// Bootstrap intervals of the confusion-matrix metrics that are not simple proportions.
struct ConfusionBootstrap
{
    Interval balancedAccuracy;
    Interval macroPrecision;
    Interval macroRecall;
    Interval macroF1;
    Interval weightedPrecision;
    Interval weightedRecall;
    Interval weightedF1;
    Interval cohenKappa;
    Interval mcc;
};

// Resamples the N samples behind the confusion matrix with replacement (multinomially
// over its cells) B times and recomputes every metric; the interval is the BCa
// (bias-corrected and accelerated, Efron 1987) interval of the replicates: the
// percentile interval with its levels moved by the replicates' median bias z0 and the
// acceleration a from the jackknife, which for cell data is exact and cheap (removing
// one sample of cell i gives the same value for all of its n_i samples). On small or
// nearly perfect test sets, where the metrics' sampling distributions are skewed and
// discrete, the plain percentile interval under-covers (docs/STATISTICS.md); BCa does
// not. The result depends only on the matrix, the settings and `stream`, never on how
// the samples were spread over ranks or batches. Every replicate averages over the
// label set of the matrix (LabelSet::of), so a rare class that drops out of a replicate
// still counts (with the zero_division value). Replicates where a metric is undefined
// (NaN) are left out of its interval.
ConfusionBootstrap bootstrapConfusionMatrix(const ConfusionMatrix &cm,
                                            const BootstrapSettings &settings, uint64_t stream);

} // namespace disteval
