#pragma once

#include "comparison/jointconfusion.h"
#include "comparison/mcnemar.h"
#include "stats/bootstrap.h"
#include "stats/wilson.h"

#include <string>
#include <utility>
#include <vector>

namespace disteval {

struct DeltaValue
{
    double value = 0;     // metric of B minus metric of A; NaN when either is undefined
    Interval ci;          // NaN bounds when there is none
    std::string method;   // "bonett-price", "bca" or "bootstrap" (percentile); "" for none
    std::string ciReason; // why there is no interval ("" when there is one)
};

// Test sets smaller than this get no bootstrap interval of a difference: with fewer
// samples the paired bootstrap under-covers (0.92 at 150 samples; 0.94-0.95 from 300,
// docs/STATISTICS.md). The accuracy difference has an interval at any size.
constexpr int64_t kMinPairedBootstrapSamples = 300;

// A paired comparison of model B against model A on the same samples.
struct PairedComparison
{
    int a = 0; // model indices in the result file
    int b = 0;
    bool hasMcnemar = true; // false where a sample's correctness is not the unit (tasks)
    McNemarResult mcnemar;
    int64_t bothCorrect = 0;
    int64_t bothWrong = 0;
    // accuracy, balanced_accuracy, macro_f1, weighted_f1, macro_precision, macro_recall,
    // cohen_kappa, mcc: B - A with its interval
    std::vector<std::pair<std::string, DeltaValue>> delta;
    std::vector<DeltaValue> perClassDeltaF1;
    // --metric: B - A of every custom metric
    std::vector<std::pair<std::string, DeltaValue>> customDelta;

    const DeltaValue *deltaOf(const std::string &metric) const;
};

// The names of the metrics compared, in order.
const std::vector<std::string> &comparedMetricNames();

// McNemar's test from the discordant pairs and paired bootstrap intervals of the
// differences: each replicate resamples the N samples (multinomially over the joint
// (true, A, B) cells), so both models are scored on the SAME resample, and the interval
// is the percentile interval of the replicate differences. Depends only on the joint
// counts, the settings and `stream`, so it is the same for every world size.
PairedComparison comparePaired(const JointConfusion &joint, int a, int b,
                               const BootstrapSettings &settings, uint64_t stream);

} // namespace disteval
