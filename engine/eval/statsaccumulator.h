#pragma once

#include "evaluation/sufficientstats.h"

#include <torch/script.h>

namespace disteval {

// Adds one batch of model outputs to a rank's statistics. `logits` is [B, C] (any
// device, any floating type; evaluated in float64), `labels` is int64 [B] on the same
// device with values in [0, C). Rows with a NaN or infinite logit only increase
// nonFiniteSamples. The prediction is the first index of the largest logit (as
// torch.argmax and numpy.argmax); the loss is the cross-entropy -log softmax(logits)[y]
// in nats; the confidence is the largest softmax probability.
void accumulateBatch(const torch::Tensor &logits, const torch::Tensor &labels,
                     SufficientStats &stats);

} // namespace disteval
