#pragma once

#include "result/resultfile.h"

namespace disteval {

// Checks that a parsed result holds values a run can produce, so that a damaged or
// forged file is refused rather than shown as if real: proportions (accuracy, F1, AUROC,
// ECE, ...) in [0, 1], MCC in [-1, 1], kappa at most 1, a loss of at least 0, intervals
// with lower <= upper inside those ranges, p-values in [0, 1], a world size of at most
// kMaxWorldSize that matches the per-rank table, ranks that cover the samples exactly
// once, counts that agree with each other (the confusion matrix's total with the
// evaluated samples, each class's support and predictions with its row and column).
// Metrics this program does not know are not checked. Throws ResultFileError naming
// the field and the value.
void validateResultValues(const ResultFile &result);

constexpr int kMaxWorldSize = 1 << 20;

} // namespace disteval
