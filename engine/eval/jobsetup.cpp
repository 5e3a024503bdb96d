#include "eval/jobsetup.h"

#include "data/classnames.h"
#include "data/datasetfactory.h"
#include "eval/engineerror.h"
#include "eval/modecommon.h"
#include "eval/outputfiles.h"
#include "evaluation/sharding.h"
#include "metrics/calibration.h"
#include "result/atomicfile.h"
#include "util/fileutil.h"
#include "util/memory.h"
#include "util/phasetimer.h"
#include "util/sha256.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>

#include <algorithm>
#include <cmath>
#include <future>

namespace disteval {

torch::Device chooseDevice(Device requested, int localRank)
{
    const bool available = torch::cuda::is_available();
    if (requested == Device::Cuda && !available)
        throw EngineError("device_unavailable", kExitDevice,
                          "--device cuda was requested but CUDA is not available (this LibTorch "
                          "is built without CUDA, or no GPU is visible); use --device cpu");
    if (requested == Device::Cpu || !available)
        return torch::kCPU;
    const int count = static_cast<int>(torch::cuda::device_count());
    return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(localRank % count));
}

std::vector<torch::Tensor> prepareInputs(const EngineOptions &o, const Batch &batch,
                                         const torch::Device &device)
{
    std::vector<torch::Tensor> out;
    torch::Tensor inputs = batch.inputs;
    // To a GPU from pinned host memory, without waiting for the copy (the model's first
    // kernel waits on the same stream); floating inputs in the run's precision.
    auto move = [&](torch::Tensor t) {
        if (!device.is_cuda())
            return t;
        if (t.is_floating_point() && o.precision != Precision::Fp32)
            t = t.to(o.precision == Precision::Bf16 ? torch::kBFloat16 : torch::kFloat16);
        return t.pin_memory().to(device, /*non_blocking=*/true);
    };
    for (const torch::Tensor &t : batch.moreInputs)
        out.push_back(move(t));
    if (!inputs.is_floating_point()) {
        out.insert(out.begin(), move(inputs));
        return out;
    }
    if (o.normalize)
        inputs = inputs.sub(o.normalizeMean).div_(o.normalizeStd);
    if (!o.channelMean.empty()) {
        // As torchvision's Normalize: float32 mean and std, subtract, then divide.
        std::vector<int64_t> shape(static_cast<size_t>(inputs.dim()), 1);
        shape[1] = static_cast<int64_t>(o.channelMean.size());
        const std::vector<float> mean(o.channelMean.begin(), o.channelMean.end());
        const std::vector<float> stdDev(o.channelStd.begin(), o.channelStd.end());
        inputs = inputs.sub(torch::tensor(mean).view(shape))
                         .div_(torch::tensor(stdDev).view(shape));
    }
    out.insert(out.begin(), move(inputs));
    return out;
}

namespace {
// Refuses, before any sample is evaluated, a run that would not fit in memory: every
// rank holds each model's statistics twice (accumulating, and packed for the reduction),
// its share of the AUROC store and the pairs' joint counts; rank 0 also builds the
// result document (its dense confusion matrices dominate). The ranks of a node share
// its memory.
void checkMemoryPlan(const EngineOptions &o, const MpiContext &mpi, const Setup &s)
{
    const int64_t c = s.numClasses;
    const int aurocBins = o.aurocBins < 0 ? autoAurocBins(s.numClasses) : o.aurocBins;
    const int64_t models = static_cast<int64_t>(o.models.size());
    const int64_t pairs = models * (models - 1) / 2;
    const int64_t samples = s.dataset->size();
    const int64_t perRankSamples = (samples + mpi.worldSize() - 1) / mpi.worldSize();
    const int64_t statsBytes
            = 8 * c * c + 16 * c * aurocBins + (3 + 2 * CalibrationHistogram::kFineBins) * 544;
    const bool classic = s.task.task == Task::Classification;
    int64_t bytes = classic ? models * 2 * statsBytes
                            : TaskEvaluator::memoryBytes(s.task, static_cast<int>(models));
    if (classic)
        bytes += pairs * std::min(perRankSamples, c * c * c) * 48; // joint counts (hash map)
    if (classic && aurocBins > 0 && c > 2)
        bytes += models * std::min(kAurocStoreBudgetBytes, perRankSamples * c * 2);
    if (mpi.rank() == 0)
        bytes += models * c * c * 64; // the result document
    const int64_t available = availableMemoryBytes();
    if (available < 0)
        return;
    const int64_t share = available / std::max(1, mpi.localSize());
    if (bytes > share)
        throw EngineError("out_of_memory", kExitInternal,
                          "this run needs about " + humanBytes(bytes) + " of memory per rank ("
                                  + std::to_string(models) + " models of " + std::to_string(c)
                                  + " classes) but only " + humanBytes(share)
                                  + " are available to each of the "
                                  + std::to_string(mpi.localSize())
                                  + " ranks on this node; use fewer ranks per node or fewer "
                                    "models");
}

// Freezes and optimises every model and runs this rank's chunks of the probe batch (the
// dataset's first samples, in chunks that are the same batches at every world size) with
// both modules: predictions are the class of each sample or element (the argmax over the
// class dimension), a multi-label's thresholded labels; a regression has none (only the
// tolerance applies). The ranks' findings are combined by agreeOnOptimization().
void probeOptimization(const EngineOptions &o, const MpiContext &mpi, Setup &s)
{
    const int64_t count = std::min({o.batchSize, ModelRunner::kProbeSamples, s.dataset->size()});
    const Shard mine = planShards(count, mpi.worldSize(),
                                  ModelRunner::kProbeChunk)[static_cast<size_t>(mpi.rank())];
    std::vector<std::vector<torch::Tensor>> chunks;
    for (int64_t first = mine.first; first < mine.first + mine.count;
         first += ModelRunner::kProbeChunk) {
        const int64_t n = std::min(ModelRunner::kProbeChunk, mine.first + mine.count - first);
        Batch batch;
        try {
            batch = s.dataset->load(first, n);
        } catch (const std::exception &e) {
            throw EngineError("data_invalid", kExitData, e.what());
        }
        chunks.push_back(prepareInputs(o, batch, s.device));
    }
    const Task task = s.task.task;
    const int classDim = task == Task::DenseClassification && s.task.classDim == -1 ? -1 : 1;
    const double threshold = std::log(o.threshold / (1 - o.threshold));
    auto predictions = [&](const torch::Tensor &out) {
        if (task == Task::Regression || out.dim() < 2)
            return torch::Tensor();
        if (task == Task::MultiLabel)
            return out >= threshold;
        return out.argmax(classDim);
    };
    for (const std::unique_ptr<ModelRunner> &model : s.models)
        s.optimizationFindings.push_back(model->probeOptimization(chunks, s.inputNames, o.outputKey,
                                                                  o.outputIndex, predictions));
}

// Opens the dataset and checks it against the normalisation; returns the class names
// the dataset or --class-names give (may be empty).
std::vector<std::string> openData(const EngineOptions &o, Setup &s)
{
    try {
        s.dataset = openDataset(o.data, imageFolderOptions(o));
    } catch (const std::exception &e) {
        throw EngineError("data_invalid", kExitData, e.what());
    }
    if (s.dataset->size() == 0)
        throw EngineError("data_invalid", kExitData, "dataset '" + o.data + "' has no samples");
    const std::vector<int64_t> shape = s.dataset->sampleShape();
    if (!o.channelMean.empty()
        && (shape.empty() || shape[0] != static_cast<int64_t>(o.channelMean.size())))
        throw EngineError("data_invalid", kExitData,
                          "per-channel normalization has " + std::to_string(o.channelMean.size())
                                  + " values but the samples of '" + o.data + "' have "
                                  + (shape.empty() ? std::string("no") : std::to_string(shape[0]))
                                  + " channels (first dimension of each sample)");
    std::vector<std::string> names = s.dataset->classNames();
    if (!o.classNamesFile.empty()) {
        try {
            names = readClassNames(o.classNamesFile);
        } catch (const std::exception &e) {
            throw EngineError("data_invalid", kExitData, e.what());
        }
    }
    return names;
}

// Loads every model and learns its class count (or the task's shape) from one forward
// pass on sample 0 (`probe`); returns the first model's output there.
torch::Tensor loadModels(const EngineOptions &o, const Batch &probe, Setup &s)
{
    const std::vector<torch::Tensor> probeInputs = prepareInputs(o, probe, s.device);
    if (s.dataset->inputsByKeyword())
        s.inputNames = s.dataset->inputNames();
    torch::Tensor firstOutput;
    for (const std::string &path : o.models) {
        s.models.push_back(std::make_unique<ModelRunner>(path, s.device));
        if (o.precision != Precision::Fp32)
            s.models.back()->setPrecision(o.precision == Precision::Bf16 ? torch::kBFloat16
                                                                         : torch::kFloat16);
        const torch::Tensor out = s.models.back()->run(clonedInputs(probeInputs), s.inputNames,
                                                       o.outputKey, o.outputIndex);
        if (s.models.size() == 1) {
            s.task = planTask(o, *s.dataset, out, path);
            firstOutput = out;
        }
        if (s.task.task != Task::Classification) {
            if (s.models.size() > 1)
                checkTaskOutput(s.task, out, path, o.models.front());
            s.numClasses = s.task.units;
            continue;
        }
        const int64_t c = s.models.back()->checkLogits(out, probeInputs.front().size(0)).size(1);
        if (s.numClasses == 0) {
            s.numClasses = static_cast<int>(c);
        } else if (c != s.numClasses) {
            throw EngineError("class_mismatch", kExitModel,
                              "model '" + path + "' has " + std::to_string(c) + " outputs but '"
                                      + o.models.front() + "' has " + std::to_string(s.numClasses)
                                      + "; models compared in one run must share their classes");
        }
    }
    return firstOutput;
}

// The class (label, target) names of a task with dimensions: from the dataset or
// --class-names when they fit, else the numbers.
void nameTaskUnits(const EngineOptions &o, std::vector<std::string> names, Setup &s)
{
    if (!o.classNamesFile.empty() && !names.empty()
        && static_cast<int>(names.size()) != s.numClasses)
        throw EngineError("class_mismatch", kExitData,
                          "class-names file '" + o.classNamesFile + "' has "
                                  + std::to_string(names.size()) + " names but model '"
                                  + o.models.front() + "' has " + std::to_string(s.numClasses)
                                  + (s.task.task == Task::Regression ? " targets" : " classes"));
    if (static_cast<int>(names.size()) != s.numClasses)
        names.clear();
    if (names.empty())
        for (int c = 0; c < s.numClasses; ++c)
            names.push_back(std::to_string(c));
    s.classNames = names;
}

// The classic task: the labels, the dataset's classes and the class names must fit the
// models' outputs; the names default to the numbers.
void nameClasses(const EngineOptions &o, std::vector<std::string> names, Setup &s)
{
    const int labelClasses = s.dataset->numClasses();
    if (labelClasses > s.numClasses)
        throw EngineError("class_mismatch", kExitData,
                          "dataset '" + o.data + "' has labels up to "
                                  + std::to_string(labelClasses - 1) + " but model '"
                                  + o.models.front() + "' has only " + std::to_string(s.numClasses)
                                  + " outputs");
    if (!s.dataset->classNames().empty() && labelClasses != s.numClasses)
        throw EngineError("class_mismatch", kExitData,
                          "dataset '" + o.data + "' declares " + std::to_string(labelClasses)
                                  + " classes but model '" + o.models.front() + "' has "
                                  + std::to_string(s.numClasses) + " outputs");
    if (!names.empty() && static_cast<int>(names.size()) != s.numClasses) {
        const std::string source = o.classNamesFile.empty()
                                           ? "dataset '" + o.data + "'"
                                           : "class-names file '" + o.classNamesFile + "'";
        throw EngineError("class_mismatch", kExitData,
                          source + " has " + std::to_string(names.size())
                                  + " class names but model '" + o.models.front() + "' has "
                                  + std::to_string(s.numClasses) + " outputs");
    }
    if (labelClasses < s.numClasses)
        s.warnings.push_back("the labels of '" + o.data + "' use classes 0.."
                             + std::to_string(labelClasses - 1) + " only; the models have "
                             + std::to_string(s.numClasses) + " outputs");
    if (names.empty())
        for (int c = 0; c < s.numClasses; ++c)
            names.push_back(std::to_string(c));
    s.classNames = names;
}

// Rank 0: the output is never written over an input, whatever the spelling of the
// path, nor over anything that is not a regular file; then what interrupted runs left
// behind goes.
void checkOutputIsNoInput(const EngineOptions &o, const Setup &s)
{
    std::vector<NamedPath> inputs;
    for (const std::string &m : o.models)
        inputs.emplace_back("model", m);
    for (const std::string &f : s.dataset->files())
        inputs.emplace_back("dataset file", f);
    if (!o.classNamesFile.empty())
        inputs.emplace_back("class-names file", o.classNamesFile);
    for (const std::string &m : o.metrics)
        inputs.emplace_back("metric", m);
    try {
        checkOutputIsSafe(o.output, inputs);
        removeStaleOutputs(o.output);
    } catch (const std::exception &e) {
        throw EngineError("output_not_writable", kExitOutput, e.what());
    }
}

} // namespace

void setUp(const EngineOptions &o, const MpiContext &mpi, Setup &s)
{
    // Rank 0 hashes the checkpoints (for the result and the records) on a thread of its
    // own while the models load and are optimised; joined at the end, so a failure is
    // agreed on like any other of the set-up.
    std::future<std::vector<std::string>> hashes;
    if (mpi.rank() == 0)
        hashes = std::async(std::launch::async, [models = o.models] {
            std::vector<std::string> out;
            for (const std::string &path : models)
                out.push_back(Sha256::ofFile(path));
            return out;
        });
    if (mpi.rank() == 0 && !o.output.empty()) {
        try {
            checkWritableLocation(o.output);
        } catch (const std::exception &e) {
            throw EngineError("output_not_writable", kExitOutput, e.what());
        }
    }
    s.threads = planThreads(o.threads, mpi.localRank(), mpi.localSize(), o.keepBinding);
    at::set_num_threads(s.threads.threads);
    s.device = chooseDevice(o.device, mpi.localRank());
    if (o.precision != Precision::Fp32 && !s.device.is_cuda())
        throw EngineError("device_unavailable", kExitDevice,
                          std::string("--precision ")
                                  + (o.precision == Precision::Bf16 ? "bf16" : "fp16")
                                  + " needs a CUDA device (on the CPU half-precision kernels are "
                                    "slow or missing); this run uses the CPU, so use fp32");
    const std::vector<std::string> names = openData(o, s);

    Batch probe;
    try {
        probe = s.dataset->load(0, 1);
    } catch (const std::exception &e) {
        throw EngineError("data_invalid", kExitData, e.what());
    }
    c10::InferenceMode inference;
    const torch::Tensor firstOutput = loadModels(o, probe, s);
    if (mpi.rank() == 0)
        PhaseTimer::mark("models_loaded");
    if (o.optimize)
        probeOptimization(o, mpi, s);
    if (!o.metrics.empty()) {
        // The user's metrics, tried on the first model's output for sample 0 (what the
        // metric sees: the output as --output-key/--output-index choose it, the labels
        // as the dataset gives them).
        s.metrics = std::make_unique<CustomMetrics>(
                o.metrics, s.device, static_cast<int>(o.models.size()), o.bootstrap, o.seed);
        s.metrics->probe(firstOutput, probe.labels);
    }
    if (s.task.task == Task::Classification)
        nameClasses(o, names, s);
    else
        nameTaskUnits(o, names, s);
    checkMemoryPlan(o, mpi, s);

    if (mpi.rank() == 0 && !o.output.empty())
        checkOutputIsNoInput(o, s);
    if (mpi.rank() == 0 && o.savePredictions) {
        try {
            s.fingerprint = datasetFingerprint(*s.dataset);
        } catch (const std::exception &e) {
            throw EngineError("data_invalid", kExitData, e.what());
        }
    }
    if (mpi.rank() == 0) {
        try {
            s.modelHashes = hashes.get();
        } catch (const std::exception &e) {
            throw EngineError("model_invalid", kExitModel, e.what());
        }
        PhaseTimer::mark("hashed");
    }
}

void agreeOnOptimization(const EngineOptions &o, const MpiContext &mpi, Setup &s)
{
    if (s.optimizationFindings.empty())
        return;
    // Per model: the largest difference and output, and whether any rank failed (MAX);
    // the changed predictions (SUM).
    const size_t m = s.optimizationFindings.size();
    std::vector<double> largest;
    std::vector<int64_t> changed;
    for (const ModelRunner::Optimization &f : s.optimizationFindings) {
        largest.insert(largest.end(), {f.maxAbsDifference, f.maxAbsOutput, f.failed ? 1.0 : 0.0});
        changed.push_back(f.predictionsChanged);
    }
    MPI_Allreduce(MPI_IN_PLACE, largest.data(), static_cast<int>(largest.size()), MPI_DOUBLE,
                  MPI_MAX, mpi.world());
    MPI_Allreduce(MPI_IN_PLACE, changed.data(), static_cast<int>(changed.size()), MPI_INT64_T,
                  MPI_SUM, mpi.world());
    for (size_t i = 0; i < m; ++i) {
        ModelRunner::Optimization combined = s.optimizationFindings[i];
        combined.maxAbsDifference = largest[3 * i];
        combined.maxAbsOutput = largest[3 * i + 1];
        combined.failed = largest[3 * i + 2] > 0;
        combined.predictionsChanged = changed[i];
        const ModelRunner::Optimization &r = s.models[i]->settleOptimization(combined);
        if (!r.used)
            s.warnings.push_back("model '" + o.models[i] + "' runs unoptimised: " + r.note);
    }
    if (mpi.rank() == 0)
        PhaseTimer::mark("optimised");
}

} // namespace disteval
