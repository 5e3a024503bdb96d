#pragma once

#include "result/resultfile.h"

#include <string>

namespace disteval {

// A plain-text report of every model in `result`, laid out like scikit-learn's
// classification_report (per-class precision, recall, F1 and support) with each
// value's confidence interval, followed by the overall metrics.
std::string formatTextReport(const ResultFile &result);

} // namespace disteval
