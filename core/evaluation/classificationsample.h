#pragma once

#include "evaluation/sufficientstats.h"

#include <cstdint>
#include <vector>

namespace disteval {

// What one classification sample contributes, computed from its own logits alone (in
// float64, by plain sequential code), so that it is the same bit for bit whichever rank,
// thread or batch position the sample had.
struct SampleOutcome
{
    int32_t predicted = -1; // first index of the largest logit; -1: a logit is not finite
    double loss = 0;        // cross-entropy -log softmax(z)[y], nats
    double confidence = 0;  // largest softmax probability
    bool topKHit = false;   // y among the kTopK largest logits (ties as scikit-learn)
    int32_t rank = 0;       // classes ranked above y (ties as scikit-learn), at most kMaxRank
};

// Analyses one sample: `logits` holds numClasses values, `label` is in [0, numClasses).
// With `rocBins` (numClasses entries) non-null and `roc` having bins, rocBins[c]
// receives the ROC bin of class c's log-odds (see RocHistogram). When a logit is not
// finite only `predicted` (= -1) is set.
void analyzeSample(const double *logits, int numClasses, int64_t label, const RocHistogram &roc,
                   SampleOutcome &out, uint16_t *rocBins);

// Adds an analysed sample to the statistics (rocBins as filled by analyzeSample, or
// null when the statistics keep no ROC histograms).
void addSample(const SampleOutcome &outcome, int64_t label, const uint16_t *rocBins,
               SufficientStats &stats);

// The top-k rule of scikit-learn's top_k_accuracy_score: the classes are ordered by a
// stable descending sort, so among equal logits the higher class index comes first.
bool inTopK(const double *logits, int numClasses, int64_t label, int k);

} // namespace disteval
