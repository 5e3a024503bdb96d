#pragma once

#include <string>
#include <vector>

namespace disteval {

// What a run evaluates (docs/TASKS.md). Dense classification is classification whose
// labels have dimensions of their own (an image's pixels, a sequence's tokens).
enum class Task { Classification, DenseClassification, MultiLabel, Regression };

std::string taskName(Task task); // "classification", "dense_classification", ...
// False when `name` is none of taskName's values.
bool parseTask(const std::string &name, Task &task);

// Every metric a model of the task may carry, in report order.
const std::vector<std::string> &taskMetricNames(Task task);
// The metrics a paired comparison of two models reports a difference for.
const std::vector<std::string> &taskComparedMetricNames(Task task);

} // namespace disteval
