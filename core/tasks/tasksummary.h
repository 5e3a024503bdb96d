#pragma once

#include "comparison/pairedcomparison.h"
#include "metrics/auroc.h"
#include "result/resultfile.h"
#include "tasks/tasklayout.h"

#include <string>
#include <utility>
#include <vector>

namespace disteval {

// A metric's point value from the table's totals and its Poisson-bootstrap percentile
// interval over the B replicates (method "poisson-bootstrap"; docs/STATISTICS.md,
// "Tasks"). Withheld, with the reason, below kMinPoissonBootstrapSamples samples or
// when too few replicates define the metric.
struct TaskEstimates
{
    std::vector<MetricValue> scalars;            // layout.scalarNames() order
    std::vector<std::vector<MetricValue>> units; // [unit metric][unit]
    TaskLayout::Values point;
};

TaskEstimates estimateTask(const TaskLayout &layout, const ReplicateTable &table, int64_t samples,
                           double confidence, ZeroDivision zd, const LabelSet *labels = nullptr);

// B - A for every metric of taskComparedMetricNames(layout.task()) with the percentile
// interval of the replicate differences: both models are scored on the same replicates
// (the weights are the samples'), so this is the paired bootstrap. Withheld below
// kMinPairedBootstrapSamples samples.
std::vector<std::pair<std::string, DeltaValue>>
pairedTaskDeltas(const TaskLayout &layout, const ReplicateTable &a, const ReplicateTable &b,
                 int64_t samples, double confidence, ZeroDivision zd,
                 const LabelSet *labels = nullptr);

// Dense classification: `mr` holds the element-level summary (summarizeModel); its
// confusion-matrix metrics get the sample-level intervals of `estimates`, the IoU
// metrics are added, and the metrics no sample-level interval exists for lose theirs
// (with the reason).
void applyDenseEstimates(ModelResult &mr, const TaskLayout &layout, const TaskEstimates &estimates);

// Multi-label: the whole model result from the table and the labels' ROC histograms.
ModelResult summariseMultiLabel(const TaskLayout &layout, const ReplicateTable &table,
                                const RocHistogram &roc, const std::vector<std::string> &names,
                                double confidence, ZeroDivision zd);

// Regression: the whole model result from the table and each target's largest
// absolute error.
ModelResult summariseRegression(const TaskLayout &layout, const ReplicateTable &table,
                                const std::vector<double> &maxErrors,
                                const std::vector<std::string> &names, double confidence);

} // namespace disteval
