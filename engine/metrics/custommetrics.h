#pragma once

#include "result/resultfile.h"
#include "runtime/mpicontext.h"
#include "tasks/replicatetable.h"

#include <torch/script.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace disteval {

// The user's own metrics (--metric FILE, docs/METRICS.md): TorchScript modules with
//     forward(outputs, targets) -> Tensor[B, K]   per-sample additive statistics
//     compute(totals: Tensor[K]) -> Dict[str, float]
// Each model's statistics are summed exactly (ExactSum) into a ReplicateTable with the
// samples' Poisson weights, so the totals and the B replicate totals are the same at
// every world size; rank 0 calls compute() on the totals for the values and on every
// replicate for the intervals, and takes the paired differences of every pair of models
// from the same replicates.
class CustomMetrics
{
public:
    // Loads every metric file on `device`. Throws EngineError (metric_invalid) naming the
    // file when it is missing, not TorchScript or has no compute() method.
    CustomMetrics(const std::vector<std::string> &paths, const torch::Device &device, int models,
                  int replicates, uint64_t seed);
    // Not copied: m_batch may point at this object's own weights.
    CustomMetrics(const CustomMetrics &) = delete;
    CustomMetrics &operator=(const CustomMetrics &) = delete;

    bool empty() const { return m_metrics.empty(); }
    // Runs every metric on the first model's output for sample 0 and compute() on its
    // statistics: fixes each metric's K and the names it returns. Throws EngineError
    // naming the file for a wrong shape or type, NaN statistics, a failing compute(), a
    // name given by two metrics.
    void probe(const torch::Tensor &outputs, const torch::Tensor &targets);

    using Weights = std::vector<std::vector<int32_t>>; // [sample of the batch][replicate]
    // The batch's replicate weights: `drawn` where the task's evaluator has drawn them for
    // the same samples, seed and replicates (TaskEvaluator::weights(); not copied, it must
    // outlive the batch), else drawn here.
    void beginBatch(const std::vector<int64_t> &indices, const Weights *drawn = nullptr);
    // Adds one model's outputs on the batch. Throws EngineError naming the metric file.
    void add(int model, const torch::Tensor &outputs, const torch::Tensor &targets);
    // Sums every table over the ranks to rank 0. False when MPI reports an error.
    bool reduce(const MpiContext &mpi);
    // Rank 0, after reduce(): models[i].customMetrics and comparisons[j].customDelta
    // (the comparisons must exist already). Throws EngineError naming the file when
    // compute() fails or changes its names.
    void summarise(ResultFile &result, double confidence);

    static int64_t memoryBytes(int replicates, int columns, int models, int metrics);

private:
    struct Metric
    {
        std::string path;
        torch::jit::Module module;
        int columns = -1;                   // K, fixed by probe()
        std::vector<std::string> names;     // compute()'s keys, sorted
        std::vector<ReplicateTable> tables; // per model: [samples | K sums]
    };
    torch::Tensor statistics(Metric &metric, const torch::Tensor &outputs,
                             const torch::Tensor &targets, int64_t batch) const;
    std::vector<std::pair<std::string, double>> compute(Metric &metric,
                                                        const std::vector<double> &totals) const;
    std::vector<double> values(Metric &metric, const ReplicateTable &table, int row) const;

    torch::Device m_device;
    int m_replicates;
    uint64_t m_seed;
    int m_models;
    std::vector<Metric> m_metrics;
    Weights m_weights;                   // drawn here
    const Weights *m_batch = &m_weights; // the batch's
};

} // namespace disteval
