#pragma once

#include "comparison/jointconfusion.h"
#include "evaluation/sufficientstats.h"

#include <torch/script.h>

namespace disteval {

// Adds one batch of model outputs to a rank's statistics. `logits` is [B, C] (any
// device, any floating type; evaluated in float64), `labels` is int64 [B] on the same
// device with values in [0, C). Rows with a NaN or infinite logit only increase
// nonFiniteSamples. The prediction is the first index of the largest logit (as
// torch.argmax and numpy.argmax); the loss is the cross-entropy -log softmax(logits)[y]
// in nats; the confidence is the largest softmax probability.
// Returns the predicted class of every row (int64 [B], same device), -1 for rows with a
// non-finite logit.
torch::Tensor accumulateBatch(const torch::Tensor &logits, const torch::Tensor &labels,
                              SufficientStats &stats);

// Adds the (true class, prediction of A, prediction of B) triples of one batch to
// `joint`; rows where either prediction is -1 are left out.
void accumulateJoint(const torch::Tensor &labels, const torch::Tensor &predictedA,
                     const torch::Tensor &predictedB, JointConfusion &joint);

} // namespace disteval
