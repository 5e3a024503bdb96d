#pragma once

#include "cli/engineoptions.h"
#include "data/dataset.h"
#include "evaluation/sufficientstats.h"
#include "metrics/auroc.h"
#include "result/resultfile.h"
#include "runtime/mpicontext.h"
#include "tasks/replicatetable.h"
#include "tasks/tasklayout.h"

#include <torch/script.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace disteval {

class SampleRecorder;

// The task a run evaluates, as found from the options, the dataset's labels and the
// first model's output on sample 0 (docs/TASKS.md).
struct TaskSettings
{
    Task task = Task::Classification;
    int units = 0;    // classes (dense), labels (multi-label) or targets (regression)
    int classDim = 1; // dense: 1 ([B, C, ...]) or -1 ([B, ..., C])
    bool hasIgnoreIndex = false;
    int64_t ignoreIndex = 0;
    double threshold = 0.5;
    int replicates = 1000;
    uint64_t seed = 0;
    int aurocBins = 0;
    ZeroDivision zeroDivision = ZeroDivision::Zero;
};

// Classification with one class index per sample is the engine's classic path (Task::
// Classification); everything else is planned here. Throws EngineError naming the model
// or the dataset when the output and the labels fit no task, or not the one asked for.
TaskSettings planTask(const EngineOptions &options, const Dataset &dataset,
                      const torch::Tensor &output, const std::string &modelPath);
// Checks a further model's output on the probe against the plan.
void checkTaskOutput(const TaskSettings &plan, const torch::Tensor &output,
                     const std::string &modelPath, const std::string &firstModel);

// A rank's statistics for the tasks other than classic classification: per model a
// ReplicateTable of per-sample statistics (the Poisson bootstrap), and for dense outputs
// the element-level SufficientStats, for multi-label the labels' ROC histograms, for
// regression each target's largest error. Every sum is exact, the weights depend on the
// sample alone: the totals are the same for every world size.
class TaskEvaluator
{
public:
    TaskEvaluator(const TaskSettings &settings, int models);

    const TaskSettings &settings() const { return m_settings; }
    // Draws the replicate weights of the batch's samples (global indices), shared by
    // every model of the run (that is what pairs them).
    void beginBatch(const std::vector<int64_t> &indices);
    // Those weights, [sample of the batch][replicate] (the custom metrics take them too).
    const std::vector<std::vector<int32_t>> &weights() const { return m_weights; }
    // Adds one model's output on the batch; `labels` as Batch::labels. Throws EngineError
    // (data_invalid) naming the dataset and the sample for a label the task cannot take.
    void add(int model, const torch::Tensor &output, const torch::Tensor &labels,
             const std::string &dataPath);

    // After every model's add() of a batch: multi-label pairs count their samples by
    // (A exact, B exact), for McNemar's test on exact matches.
    void endBatch();

    // Element statistics of dense outputs (reduced with the rank timings).
    std::vector<SufficientStats> &elementStats() { return m_elements; }
    // Sums everything else over the ranks to rank 0. False when MPI reports an error.
    bool reduce(const MpiContext &mpi);
    // Rank 0, after reduce(): every model's result and every pair's comparison.
    void summarise(ResultFile &result, const std::vector<std::string> &names, double confidence,
                   ZeroDivision zd) const;

    // With --save-predictions: every sample's record is filled in as it is added.
    void setRecorder(SampleRecorder *records) { m_records = records; }

    // Memory one rank needs for `models` models.
    static int64_t memoryBytes(const TaskSettings &settings, int models);

private:
    void addDense(int model, const torch::Tensor &output, const torch::Tensor &labels,
                  const std::string &dataPath);
    void addMultiLabel(int model, const torch::Tensor &output, const torch::Tensor &labels,
                       const std::string &dataPath);
    void addRegression(int model, const torch::Tensor &output, const torch::Tensor &labels);

    TaskSettings m_settings;
    TaskLayout m_layout;
    std::vector<ReplicateTable> m_tables;
    std::vector<SufficientStats> m_elements;      // dense
    std::vector<RocHistogram> m_roc;              // multi-label
    std::vector<std::vector<double>> m_maxErrors; // regression, [model][target]
    std::vector<int64_t> m_ignored;               // dense: elements with the ignore index
    std::vector<int64_t> m_nonFinite; // samples (dense: elements) with a NaN or Inf output
    std::vector<int64_t> m_samples;   // samples evaluated
    std::vector<int64_t> m_indices;   // the batch's global indices
    // Multi-label: each model's exact matches in the batch (-1: left out), and per pair
    // (a < b) the counts [both right, both wrong, only B right, only A right].
    std::vector<std::vector<int8_t>> m_exact;
    std::vector<std::array<int64_t, 4>> m_pairCounts;
    std::vector<std::vector<int32_t>> m_weights; // the batch's replicate weights
    SampleRecorder *m_records = nullptr;
};

} // namespace disteval
