#pragma once

#include "evaluation/sufficientstats.h"
#include "metrics/aurocinfluence.h"
#include "result/resultfile.h"
#include "stats/bootstrap.h"

#include <string>
#include <vector>

namespace disteval {

// The second-pass term of the macro AUROC's variance (see AurocInfluence): the exact
// sum of the squared per-sample components, over the stored fraction of the samples.
struct MacroAurocVariance
{
    double influenceSquares = 0; // sum over the stored samples
    double fraction = 1;         // share of the samples stored (1: all)
};

// The variance term from one process's own store (tests, benchmarks, single runs).
MacroAurocVariance macroAurocVariance(const RocHistogram &totals, const AurocSampleStore &store);

// Turns one model's summed statistics into its metrics with intervals:
//  - Wilson score intervals for the proportions: accuracy, top-5 accuracy and each
//    class's precision and recall;
//  - multinomial bootstrap percentile intervals for the other confusion-matrix metrics
//    (balanced accuracy, macro/weighted F1, precision and recall, kappa, MCC, per-class
//    F1), every replicate over the sample's own label set;
//  - a normal (CLT) interval for the mean loss, from the sum of squared losses;
//  - DeLong intervals on the logit scale for the binned one-vs-rest AUROCs (the macro
//    average's variance with the covariance between classes, from `macro`; with two
//    classes macro_auroc is the AUROC of class 1, as scikit-learn's binary case);
//  - for ECE the plug-in value, an interval for the population ECE by test inversion
//    and a median-unbiased estimate (ece_debiased) (see eceinterval.h).
// An interval that is not defined is null with its reason in MetricValue::ciReason.
// `modelIndex` selects independent random streams so models do not share resamples.
ModelResult summarizeModel(const SufficientStats &stats, const std::vector<std::string> &classNames,
                           const BootstrapSettings &settings, int modelIndex,
                           const MacroAurocVariance *macro = nullptr);

// Class (or label) c's binned average precision with its interval on the logit scale
// (averagePrecisionInterval), withheld with the reason below kMinPositivesForApInterval
// positives, without a negative, or where every positive ranks above every negative.
// `unit` names what c is in the reasons ("class", "label").
MetricValue averagePrecisionValue(const RocHistogram &h, int c, double confidence,
                                  const std::string &unit);

} // namespace disteval
