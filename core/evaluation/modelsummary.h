#pragma once

#include "evaluation/sufficientstats.h"
#include "result/resultfile.h"
#include "stats/bootstrap.h"

#include <string>
#include <vector>

namespace disteval {

// Turns one model's summed statistics into its metrics with intervals:
//  - Wilson score intervals for the proportions: accuracy, top-5 accuracy and each
//    class's precision and recall;
//  - multinomial bootstrap percentile intervals for the other confusion-matrix metrics
//    (balanced accuracy, macro/weighted F1, precision and recall, kappa, MCC, per-class
//    F1) and for ECE;
//  - a normal (CLT) interval for the mean loss, from the sum of squared losses;
//  - DeLong intervals for the binned one-vs-rest AUROC.
// `modelIndex` selects independent random streams so models do not share resamples.
ModelResult summarizeModel(const SufficientStats &stats, const std::vector<std::string> &classNames,
                           const BootstrapSettings &settings, int modelIndex);

} // namespace disteval
