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

// Percentile intervals of the confusion-matrix metrics that are not simple proportions.
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
    std::vector<Interval> f1; // per class
};

// Resamples the N samples behind the confusion matrix with replacement (multinomially
// over its cells) B times and recomputes every metric; the result depends only on the
// matrix, the settings and `stream`, never on how the samples were spread over ranks
// or batches. Replicates where a metric is undefined (NaN) are left out of its interval.
ConfusionBootstrap bootstrapConfusionMatrix(const ConfusionMatrix &cm,
                                            const BootstrapSettings &settings, uint64_t stream);

// The same resampling over the (fine confidence bin, correct?) cells of a calibration
// histogram; an item resampled from a cell carries that cell's mean confidence.
Interval bootstrapExpectedCalibrationError(const CalibrationHistogram &h,
                                           const BootstrapSettings &settings, uint64_t stream);

} // namespace disteval
