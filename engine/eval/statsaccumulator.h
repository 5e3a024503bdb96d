#pragma once

#include "comparison/jointconfusion.h"
#include "evaluation/sufficientstats.h"
#include "metrics/aurocinfluence.h"

#include <torch/script.h>

#include <cstdint>
#include <vector>

namespace disteval {

class SampleRecorder;

// Adds one batch of model outputs to a rank's statistics. `logits` is [B, C] (any
// device, any floating type), `labels` int64 [B] with values in [0, C). The logits are
// brought to the CPU in float64 and every sample is analysed on its own by the core's
// analyzeSample (prediction, cross-entropy, confidence, top-5, ROC bins), in parallel
// over samples; the results are added in order. Every per-sample value is thus the same
// whatever the rank, thread count or batch position, and the sums are exact, so the
// totals do not depend on how the samples were spread (docs/STATISTICS.md).
// `indices` are the samples' global indices (for the AUROC store's subsample); `store`
// may be null. Rows with a NaN or infinite logit only increase nonFiniteSamples.
// Returns the predicted class of every row (int64 [B], on the CPU), -1 for rows with a
// non-finite logit.
// With `records`, every row's record of model `model` is filled in as well.
torch::Tensor accumulateBatch(const torch::Tensor &logits, const torch::Tensor &labels,
                              const std::vector<int64_t> &indices, SufficientStats &stats,
                              AurocSampleStore *store, SampleRecorder *records = nullptr,
                              int model = 0);

// Adds the (true class, prediction of A, prediction of B) triples of one batch to
// `joint`; rows where either prediction is -1 are left out.
void accumulateJoint(const torch::Tensor &labels, const torch::Tensor &predictedA,
                     const torch::Tensor &predictedB, JointConfusion &joint);

} // namespace disteval
