#pragma once

#include "cli/engineoptions.h"
#include "data/dataset.h"
#include "eval/modelrunner.h"
#include "metrics/custommetrics.h"
#include "runtime/mpicontext.h"
#include "runtime/threading.h"
#include "tasks/taskevaluator.h"

#include <torch/script.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace disteval {

// What the per-sample ROC bins for the macro AUROC's variance may occupy, over all
// ranks (2 bytes per sample and class); above it a subsample is kept (aurocinfluence.h).
constexpr int64_t kAurocStoreBudgetBytes = int64_t(256) << 20;

// Everything an evaluation needs before its first batch.
struct Setup
{
    std::unique_ptr<Dataset> dataset;
    std::vector<std::unique_ptr<ModelRunner>> models;
    std::vector<std::string> modelHashes; // rank 0
    std::string fingerprint;              // rank 0, with --save-predictions
    std::vector<std::string> classNames;  // classes, labels or targets
    int numClasses = 0;
    TaskSettings task; // Task::Classification: the classic path (one class per sample)
    std::vector<std::string> inputNames;    // keyword names (empty: positional)
    std::unique_ptr<CustomMetrics> metrics; // --metric (null without)
    torch::Device device = torch::kCPU;
    ThreadPlan threads;
    std::vector<std::string> warnings;
    // This rank's findings of the optimisation check, one per model (empty with
    // --no-optimize), until agreeOnOptimization() decides.
    std::vector<ModelRunner::Optimization> optimizationFindings;
};

torch::Device chooseDevice(Device requested, int localRank);
// The batch's inputs, normalised (the first input, when floating) and on `device`.
std::vector<torch::Tensor> prepareInputs(const EngineOptions &o, const Batch &batch,
                                         const torch::Device &device);
// Opens the dataset, loads every model and checks them against each other and the data,
// plans the task, checks the output location and the memory. Throws EngineError.
void setUp(const EngineOptions &o, const MpiContext &mpi, Setup &s);
// Combines the ranks' findings of the optimisation check and decides for every model
// alike on every rank (a collective: call it on every rank once set-up succeeded
// everywhere); a model left unoptimised adds a warning.
void agreeOnOptimization(const EngineOptions &o, const MpiContext &mpi, Setup &s);

} // namespace disteval
