#include "eval/evaluationjob.h"

#include "cli/engineoptions.h"
#include "comparison/pairedcomparison.h"
#include "data/batchprefetcher.h"
#include "data/classnames.h"
#include "data/datasetfactory.h"
#include "eval/engineerror.h"
#include "eval/modelrunner.h"
#include "eval/statsaccumulator.h"
#include "evaluation/modelsummary.h"
#include "evaluation/sharding.h"
#include "protocol/progressprotocol.h"
#include "report/terminalprogress.h"
#include "report/textreport.h"
#include "result/atomicfile.h"
#include "result/predictionsfile.h"
#include "result/resultfile.h"
#include "runtime/mpicontext.h"
#include "runtime/progressrelay.h"
#include "runtime/progresssocket.h"
#include "runtime/statsreduction.h"
#include "runtime/threading.h"
#include "stats/random.h"
#include "util/fileutil.h"
#include "util/sha256.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>
#include <optional>

#include <malloc.h>
#include <unistd.h>

namespace disteval {

namespace {

using Clock = std::chrono::steady_clock;

// The rank the launcher gave this process, readable before MPI_Init (so that only one
// process prints a usage error).
int launcherRank()
{
    for (const char *name : {"OMPI_COMM_WORLD_RANK", "PMIX_RANK", "PMI_RANK", "SLURM_PROCID"})
        if (const char *v = std::getenv(name))
            return std::atoi(v);
    return 0;
}

void printError(const std::string &message, int rank, int worldSize)
{
    if (worldSize > 1)
        std::fprintf(stderr, "disteval-engine: rank %d: error: %s\n", rank, message.c_str());
    else
        std::fprintf(stderr, "disteval-engine: error: %s\n", message.c_str());
    std::fflush(stderr);
}

std::string isoTimeUtc()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

nlohmann::ordered_json errorJson(const std::string &code, const std::string &message)
{
    nlohmann::ordered_json j;
    j["error"] = {{"code", code}, {"message", message}};
    return j;
}

// --- --inspect and --probe ---------------------------------------------------------

ImageFolderOptions imageFolderOptions(const EngineOptions &o)
{
    ImageFolderOptions images;
    images.resizeShorter = o.resizeShorter;
    images.cropHeight = o.cropHeight;
    images.cropWidth = o.cropWidth;
    images.channels = o.channels;
    images.skipBadImages = o.skipBadImages;
    return images;
}

int runInspect(const EngineOptions &o)
{
    try {
        std::unique_ptr<Dataset> ds;
        try {
            ds = openDataset(o.data, imageFolderOptions(o));
        } catch (const std::exception &e) {
            throw EngineError("data_invalid", kExitData, e.what());
        }
        std::vector<std::string> names = ds->classNames();
        int numClasses = ds->numClasses();
        if (!o.classNamesFile.empty()) {
            try {
                names = readClassNames(o.classNamesFile);
            } catch (const std::exception &e) {
                throw EngineError("data_invalid", kExitData, e.what());
            }
            if (static_cast<int>(names.size()) < numClasses)
                throw EngineError("class_mismatch", kExitData,
                                  "class-names file '" + o.classNamesFile + "' has "
                                          + std::to_string(names.size())
                                          + " names but the labels of '" + o.data + "' go up to "
                                          + std::to_string(numClasses - 1));
            numClasses = static_cast<int>(names.size());
        }
        nlohmann::ordered_json j;
        j["format"] = ds->format();
        j["path"] = absolutePath(ds->path());
        j["num_samples"] = ds->size();
        j["num_classes"] = numClasses;
        j["sample_shape"] = ds->sampleShape();
        j["class_names"] = names;
        std::cout << j.dump(2) << std::endl;
        return kExitOk;
    } catch (const EngineError &e) {
        std::cout << errorJson(e.code(), e.what()).dump(2) << std::endl;
        printError(e.what(), 0, 1);
        return e.exitStatus();
    } catch (const std::exception &e) {
        std::cout << errorJson("internal", e.what()).dump(2) << std::endl;
        printError(e.what(), 0, 1);
        return kExitInternal;
    }
}

int runProbe()
{
    nlohmann::ordered_json j;
    j["engine_version"] = DISTEVAL_VERSION;
    j["torch_version"] = TORCH_VERSION;
    const bool cuda = torch::cuda::is_available();
    j["cuda_available"] = cuda;
    j["cuda_devices"] = cuda ? static_cast<int64_t>(torch::cuda::device_count()) : 0;
    j["cpu_cores"] = static_cast<int64_t>(::sysconf(_SC_NPROCESSORS_ONLN));
    std::cout << j.dump(2) << std::endl;
    return kExitOk;
}

// --- --compare -----------------------------------------------------------------------

int runCompare(const EngineOptions &o)
{
    try {
        ResultFile runs[2];
        PredictionsFile predictions[2];
        for (int i = 0; i < 2; ++i) {
            const std::string &path = o.compareResults[static_cast<size_t>(i)];
            try {
                runs[i] = readResultFile(path);
            } catch (const std::exception &e) {
                throw EngineError("data_invalid", kExitData, e.what());
            }
            if (runs[i].predictionsFile.empty())
                throw EngineError("data_invalid", kExitData,
                                  "result file '" + path
                                          + "' has no per-sample predictions; run it with "
                                            "--save-predictions to compare it with another run");
            try {
                predictions[i] = readPredictionsFile(
                        joinPath(parentFolder(path), runs[i].predictionsFile));
            } catch (const std::exception &e) {
                throw EngineError("data_invalid", kExitData, e.what());
            }
        }
        BootstrapSettings bs;
        bs.replicates = o.bootstrap;
        bs.confidence = o.confidence;
        bs.seed = o.seed;
        bs.zeroDivision = o.zeroDivision;
        int64_t excluded = 0;
        PairedComparison c;
        try {
            c = compareRuns(predictions[0], o.compareModelA, predictions[1], o.compareModelB, bs,
                            &excluded);
        } catch (const ComparisonRefused &e) {
            throw EngineError("comparison_refused", kExitData,
                              "cannot compare '" + o.compareResults[0] + "' with '"
                                      + o.compareResults[1] + "': " + e.what());
        }
        // Reported like a run holding the two models, with the pair's comparison.
        ResultFile out;
        out.engineVersion = DISTEVAL_VERSION;
        out.created = isoTimeUtc();
        out.worldSize = 1;
        out.config = optionsToJson(o);
        out.config["compare"] = o.compareResults;
        out.dataset = runs[0].dataset;
        out.statistics = {o.bootstrap, o.confidence, o.seed, toString(o.zeroDivision)};
        out.models = {runs[0].models.at(static_cast<size_t>(o.compareModelA)),
                      runs[1].models.at(static_cast<size_t>(o.compareModelB))};
        c.a = 0;
        c.b = 1;
        out.comparisons = {c};
        out.datasetFingerprint = predictions[0].datasetFingerprint;
        if (excluded > 0)
            out.warnings.push_back(std::to_string(excluded)
                                   + " samples without a prediction in one run were left out");
        out.warnings.push_back("the two models were evaluated in separate runs; the models' own "
                               "metrics and intervals are those of their runs");
        if (!o.output.empty())
            writeFileAtomically(o.output, serializeResult(out));
        if (!o.quiet)
            std::cout << formatTextReport(out) << std::flush;
        return kExitOk;
    } catch (const EngineError &e) {
        printError(e.what(), 0, 1);
        return e.exitStatus();
    } catch (const FileWriteError &e) {
        printError(e.what(), 0, 1);
        return kExitOutput;
    } catch (const std::exception &e) {
        printError(e.what(), 0, 1);
        return kExitInternal;
    }
}

// --- evaluation ----------------------------------------------------------------------

struct Failure
{
    std::string code;
    int exitStatus = kExitInternal;
    std::string message;
};

// All ranks learn the failure of the lowest failing rank (if any), so that they all end
// with the same status and one message, instead of some waiting forever in a collective.
std::optional<Failure> agreeOnFailure(const MpiContext &mpi, const std::optional<Failure> &local)
{
    int mine = local ? mpi.rank() : mpi.worldSize();
    int first = mpi.worldSize();
    MPI_Allreduce(&mine, &first, 1, MPI_INT, MPI_MIN, mpi.world());
    if (first == mpi.worldSize())
        return std::nullopt;
    Failure f = local ? *local : Failure{};
    int header[3]
            = {f.exitStatus, static_cast<int>(f.code.size()), static_cast<int>(f.message.size())};
    MPI_Bcast(header, 3, MPI_INT, first, mpi.world());
    f.exitStatus = header[0];
    f.code.resize(static_cast<size_t>(header[1]));
    f.message.resize(static_cast<size_t>(header[2]));
    MPI_Bcast(f.code.data(), header[1], MPI_CHAR, first, mpi.world());
    MPI_Bcast(f.message.data(), header[2], MPI_CHAR, first, mpi.world());
    if (mpi.worldSize() > 1)
        f.message = "rank " + std::to_string(first) + ": " + f.message;
    return f;
}

std::vector<std::string> gatherStrings(const MpiContext &mpi, const std::string &mine)
{
    constexpr int kWidth = 128;
    char buffer[kWidth] = {};
    std::snprintf(buffer, sizeof buffer, "%s", mine.c_str());
    std::vector<char> all(mpi.rank() == 0 ? static_cast<size_t>(kWidth * mpi.worldSize()) : 0);
    MPI_Gather(buffer, kWidth, MPI_CHAR, all.data(), kWidth, MPI_CHAR, 0, mpi.world());
    std::vector<std::string> out;
    for (int r = 0; mpi.rank() == 0 && r < mpi.worldSize(); ++r)
        out.emplace_back(all.data() + r * kWidth, strnlen(all.data() + r * kWidth, kWidth));
    return out;
}

// Concatenates every rank's values on rank 0, in rank order (empty elsewhere).
std::vector<int64_t> gatherOnRoot(const MpiContext &mpi, const std::vector<int64_t> &mine)
{
    const int count = static_cast<int>(mine.size());
    std::vector<int> counts(mpi.rank() == 0 ? static_cast<size_t>(mpi.worldSize()) : 0);
    MPI_Gather(&count, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, mpi.world());
    std::vector<int> offsets(counts.size(), 0);
    size_t total = 0;
    for (size_t r = 0; r < counts.size(); ++r) {
        offsets[r] = static_cast<int>(total);
        total += static_cast<size_t>(counts[r]);
    }
    std::vector<int64_t> all(total);
    MPI_Gatherv(mine.data(), count, MPI_INT64_T, all.data(), counts.data(), offsets.data(),
                MPI_INT64_T, 0, mpi.world());
    return all;
}

std::string predictionsPathFor(const std::string &output)
{
    std::string stem = output;
    if (endsWith(stem, ".json"))
        stem.resize(stem.size() - 5);
    return stem + ".predictions.bin";
}

// What the per-sample ROC bins for the macro AUROC's variance may occupy, over all
// ranks (2 bytes per sample and class); above it a subsample is kept (aurocinfluence.h).
constexpr int64_t kAurocStoreBudgetBytes = int64_t(256) << 20;

struct Setup
{
    std::unique_ptr<Dataset> dataset;
    std::vector<std::unique_ptr<ModelRunner>> models;
    std::vector<std::string> modelHashes; // rank 0
    std::string fingerprint;              // rank 0, with --save-predictions
    std::vector<std::string> classNames;
    int numClasses = 0;
    torch::Device device = torch::kCPU;
    ThreadPlan threads;
    std::vector<std::string> warnings;
};

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

torch::Tensor prepareInputs(const EngineOptions &o, torch::Tensor inputs,
                            const torch::Device &device)
{
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
    return inputs.to(device);
}

void setUp(const EngineOptions &o, const MpiContext &mpi, Setup &s)
{
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

    // Load every model and learn its class count from one forward pass on sample 0.
    const Batch probe = s.dataset->load(0, 1);
    const torch::Tensor probeInputs = prepareInputs(o, probe.inputs, s.device);
    c10::InferenceMode inference;
    for (const std::string &path : o.models) {
        s.models.push_back(std::make_unique<ModelRunner>(path, s.device));
        const int64_t c = s.models.back()->forward(probeInputs).size(1);
        if (s.numClasses == 0) {
            s.numClasses = static_cast<int>(c);
        } else if (c != s.numClasses) {
            throw EngineError("class_mismatch", kExitModel,
                              "model '" + path + "' has " + std::to_string(c) + " outputs but '"
                                      + o.models.front() + "' has " + std::to_string(s.numClasses)
                                      + "; models compared in one run must share their classes");
        }
    }
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

    if (mpi.rank() == 0 && o.savePredictions) {
        try {
            s.fingerprint = datasetFingerprint(*s.dataset);
        } catch (const std::exception &e) {
            throw EngineError("data_invalid", kExitData, e.what());
        }
    }
    if (mpi.rank() == 0) {
        for (const std::string &path : o.models) {
            try {
                s.modelHashes.push_back(Sha256::ofFile(path));
            } catch (const std::exception &e) {
                throw EngineError("model_invalid", kExitModel, e.what());
            }
        }
    }
}

// Open MPI's default point-to-point layer probes UCX at start-up, which took 0.2 s of a
// 0.3 s MPI_Init here. The engine moves a few messages and one reduction, and when every
// rank is on one node (a workstation, or a singleton) the shared-memory path of the ob1
// layer is all it needs. Chosen only when the user has not chosen a layer (environment or
// mpirun --mca, which arrives as the same variable) and the launcher says all ranks are
// local, so every rank makes the same choice; multi-node jobs keep Open MPI's default.
void chooseSingleNodeTransport()
{
    if (std::getenv("OMPI_MCA_pml"))
        return;
    const char *world = std::getenv("OMPI_COMM_WORLD_SIZE");
    const char *local = std::getenv("OMPI_COMM_WORLD_LOCAL_SIZE");
    const bool singleton = !world && !local && !std::getenv("PMIX_RANK") && !std::getenv("PMI_RANK")
                           && !std::getenv("SLURM_PROCID");
    if (singleton || (world && local && std::strcmp(world, local) == 0))
        ::setenv("OMPI_MCA_pml", "ob1", 0);
}

int runEvaluation(const EngineOptions &o, int *argc, char ***argv)
{
    // LibTorch allocates and frees activations of several MiB on every forward pass.
    // glibc serves blocks above its (adaptive) mmap threshold with fresh mappings whose
    // page faults took a third of the run time of the demo model; keeping up to 256 MiB
    // of such blocks in the heap for reuse removes them (measured 1.70 s -> 1.33 s for
    // the demo evaluation). The image prefetcher lowers it again for decoded images (see
    // BatchPrefetcher). Memory stays bounded by the largest working set.
    ::mallopt(M_MMAP_THRESHOLD, 256 << 20);
    ::mallopt(M_TRIM_THRESHOLD, 256 << 20);
    chooseSingleNodeTransport();

    MpiContext mpi(argc, argv);
    const bool root = mpi.rank() == 0;
    const auto jobStart = Clock::now();

    ProgressSocket socket;
    if (root && !o.progressSocket.empty())
        socket.connect(o.progressSocket);
    protocol::Hello hello;
    hello.engineVersion = DISTEVAL_VERSION;
    hello.worldSize = mpi.worldSize();
    hello.numModels = static_cast<int>(o.models.size());
    if (const char *token = std::getenv(protocol::kTokenEnvironmentVariable))
        hello.token = token;

    Setup setup;
    std::optional<Failure> local;
    try {
        setUp(o, mpi, setup);
    } catch (const EngineError &e) {
        local = Failure{e.code(), e.exitStatus(), e.what()};
    } catch (const c10::Error &e) {
        local = Failure{"internal", kExitInternal, e.what_without_backtrace()};
    } catch (const std::exception &e) {
        local = Failure{"internal", kExitInternal, e.what()};
    }
    if (const std::optional<Failure> failure = agreeOnFailure(mpi, local)) {
        if (root) {
            for (int r = 0; r < mpi.worldSize(); ++r)
                hello.shards.push_back({r, 0, 0});
            socket.send(protocol::encode(hello));
            socket.send(protocol::encode(
                    protocol::Error{failure->code, failure->message, local ? 0 : -1}));
            std::fprintf(stderr, "disteval-engine: error: %s\n", failure->message.c_str());
        }
        return failure->exitStatus;
    }

    const int64_t numSamples = setup.dataset->size();
    const std::vector<Shard> shards = planShards(numSamples, mpi.worldSize(), o.batchSize);
    const Shard mine = shards[static_cast<size_t>(mpi.rank())];
    const std::vector<std::string> hosts = gatherStrings(mpi, mpi.host());
    const std::vector<std::string> devices = gatherStrings(mpi, setup.device.str());
    const std::vector<std::string> threadNotes = gatherStrings(mpi, setup.threads.note);
    const std::vector<std::string> threadCounts
            = gatherStrings(mpi, std::to_string(setup.threads.threads) + " "
                                         + std::to_string(setup.threads.boundCpus));

    hello.numSamples = numSamples;
    hello.shards = shards;
    std::vector<int64_t> totals;
    for (const Shard &s : shards)
        totals.push_back(s.count);
    TerminalProgress terminal(root && !o.noProgress, totals);
    if (root) {
        socket.send(protocol::encode(hello));
        for (size_t r = 0; r < threadNotes.size(); ++r)
            if (!threadNotes[r].empty())
                socket.send(protocol::encode(protocol::Log{
                        "info", "rank " + std::to_string(r) + ": " + threadNotes[r]}));
        for (const std::string &w : setup.warnings) {
            socket.send(protocol::encode(protocol::Log{"warning", w}));
            std::fprintf(stderr, "disteval-engine: warning: %s\n", w.c_str());
        }
        socket.send(protocol::encode(protocol::Phase{"evaluating"}));
    }

    // Each rank evaluates its shard batch by batch; batch boundaries are global
    // multiples of the batch size (see planShards).
    ProgressRelay relay(mpi, shards, root ? &terminal : nullptr, root ? &socket : nullptr);
    std::vector<SufficientStats> stats;
    const int aurocBins = o.aurocBins < 0 ? autoAurocBins(setup.numClasses) : o.aurocBins;
    for (size_t m = 0; m < setup.models.size(); ++m)
        stats.emplace_back(setup.numClasses, aurocBins);
    // The macro AUROC's variance needs a second pass over the samples' ROC bins once the
    // totals are known (core/metrics/aurocinfluence.h); two classes need none.
    const bool macroAurocPass = aurocBins > 0 && setup.numClasses > 2;
    std::vector<AurocSampleStore> rocStores;
    if (macroAurocPass) {
        const double fraction = AurocSampleStore::fractionFor(numSamples, setup.numClasses,
                                                              kAurocStoreBudgetBytes);
        rocStores.assign(setup.models.size(), AurocSampleStore(setup.numClasses, fraction));
    }
    // Every pair of models (a < b) gets the joint counts its paired statistics need.
    std::vector<std::pair<int, int>> pairs;
    std::vector<JointConfusion> joints;
    for (int a = 0; a < static_cast<int>(setup.models.size()); ++a)
        for (int b = a + 1; b < static_cast<int>(setup.models.size()); ++b) {
            pairs.emplace_back(a, b);
            joints.emplace_back(setup.numClasses);
        }
    // With --save-predictions: this rank's labels, then each model's predictions.
    std::vector<std::vector<int64_t>> sidecar(o.savePredictions ? setup.models.size() + 1 : 0);
    // Images left out with --skip-bad-images: how many, and the first one's reason.
    int64_t skippedImages = 0;
    std::string firstSkipped;
    const auto loopStart = Clock::now();
    try {
        c10::InferenceMode inference;
        // Reading and decoding run ahead of the model on a few threads (docs/ENGINE.md,
        // "Streaming"); the batches come out in order, identical to load()'s.
        int prefetchWorkers = o.prefetchWorkers;
        if (prefetchWorkers == 0)
            prefetchWorkers = setup.device.is_cuda() ? setup.threads.threads
                                                     : std::max(1, setup.threads.threads / 4);
        const int prefetchDepth
                = o.prefetchDepth == 0 ? 0 : std::max(o.prefetchDepth, prefetchWorkers);
        BatchPrefetcher prefetcher(*setup.dataset, mine.first, mine.count, o.batchSize,
                                   prefetchDepth, prefetchWorkers);
        int64_t done = 0;
        int64_t batchIndex = 0;
        while (done < mine.count) {
            if (mpi.rank() == o.failRank && batchIndex == o.failBatch)
                throw EngineError("internal", kExitInternal,
                                  "test failure injected at batch " + std::to_string(batchIndex)
                                          + " (--debug-fail-at)");
            if (mpi.rank() == o.crashRank && batchIndex == o.crashBatch) {
                // --debug-crash-at: die as a crashed or OOM-killed rank would (through
                // any handler installed for the signal, as a real fault goes).
                std::fflush(nullptr);
                ::raise(o.crashSignal);
            }
            const int64_t count = std::min(o.batchSize, mine.count - done);
            Batch batch;
            try {
                batch = prefetcher.next();
            } catch (const std::exception &e) {
                throw EngineError("data_invalid", kExitData, e.what());
            }
            if (!batch.skipped.empty() && firstSkipped.empty())
                firstSkipped = batch.skipped.front();
            skippedImages += static_cast<int64_t>(batch.skipped.size());
            if (batch.labels.size(0) == 0) { // every image of this batch was skipped
                done += count;
                ++batchIndex;
                relay.report(done);
                continue;
            }
            const torch::Tensor inputs = prepareInputs(o, batch.inputs, setup.device);
            const torch::Tensor labels = batch.labels;
            std::vector<int64_t> indices = batch.indices;
            if (indices.empty())
                for (int64_t i = 0; i < labels.size(0); ++i)
                    indices.push_back(mine.first + done + i);
            std::vector<torch::Tensor> predicted;
            for (size_t m = 0; m < setup.models.size(); ++m) {
                const torch::Tensor logits = setup.models[m]->forward(inputs, setup.numClasses);
                predicted.push_back(accumulateBatch(logits, labels, indices, stats[m],
                                                    rocStores.empty() ? nullptr : &rocStores[m]));
            }
            for (size_t p = 0; p < pairs.size(); ++p)
                accumulateJoint(labels, predicted[static_cast<size_t>(pairs[p].first)],
                                predicted[static_cast<size_t>(pairs[p].second)], joints[p]);
            if (o.savePredictions) {
                auto append = [](std::vector<int64_t> &dst, const torch::Tensor &t) {
                    const torch::Tensor cpu = t.to(torch::kCPU).to(torch::kInt64).contiguous();
                    dst.insert(dst.end(), cpu.data_ptr<int64_t>(),
                               cpu.data_ptr<int64_t>() + cpu.numel());
                };
                append(sidecar[0], batch.labels);
                for (size_t m = 0; m < predicted.size(); ++m)
                    append(sidecar[m + 1], predicted[m]);
            }
            done += count;
            ++batchIndex;
            relay.report(done);
        }
    } catch (const EngineError &e) {
        relay.fail(e.code(), e.what(), e.exitStatus());
    } catch (const c10::Error &e) {
        relay.fail("internal", e.what_without_backtrace(), kExitInternal);
    } catch (const std::exception &e) {
        relay.fail("internal", e.what(), kExitInternal);
    }
    const double ownSeconds = std::chrono::duration<double>(Clock::now() - loopStart).count();
    relay.finishLocal();
    relay.waitForAll();

    if (root)
        socket.send(protocol::encode(protocol::Phase{"reducing"}));
    std::vector<double> rankSeconds;
    std::vector<MacroAurocVariance> macroVariance(stats.size());
    bool reduced = reduceStatistics(mpi, stats, rankSeconds, ownSeconds, macroAurocPass);
    if (reduced && macroAurocPass) {
        // Second pass: every rank has the totals; the squared components of its stored
        // samples are summed exactly, then over the ranks.
        std::vector<ExactSum> squares(stats.size());
        for (size_t m = 0; m < stats.size(); ++m) {
            const AurocInfluence influence(stats[m].roc);
            squares[m] = influenceSquares({&rocStores[m]}, {&influence}, {1.0});
            macroVariance[m].fraction = rocStores[m].fraction();
        }
        reduced = reduceExactSums(mpi, squares);
        for (size_t m = 0; m < stats.size(); ++m)
            macroVariance[m].influenceSquares = squares[m].value();
    }
    if (!reduced) {
        if (root) {
            socket.send(protocol::encode(
                    protocol::Error{"rank_failed", "the reduction across ranks failed", -1}));
            std::fprintf(stderr, "disteval-engine: error: the reduction across ranks failed\n");
        }
        return kExitInternal;
    }
    // The joint counts of the model pairs (sparse, so gathered rather than reduced) and,
    // with --save-predictions, the per-sample predictions, both to rank 0.
    for (JointConfusion &joint : joints) {
        const std::vector<int64_t> all = gatherOnRoot(mpi, joint.pack());
        if (root) {
            JointConfusion merged(setup.numClasses);
            merged.unpackAdd(all.data(), all.size());
            joint = std::move(merged);
        }
    }
    std::vector<std::vector<int64_t>> gatheredSidecar;
    for (const std::vector<int64_t> &column : sidecar)
        gatheredSidecar.push_back(gatherOnRoot(mpi, column));
    int64_t skippedTotal = 0;
    MPI_Reduce(&skippedImages, &skippedTotal, 1, MPI_INT64_T, MPI_SUM, 0, mpi.world());
    const std::vector<std::string> skippedExamples = gatherStrings(mpi, firstSkipped);
    if (!root)
        return kExitOk;

    terminal.finish(std::chrono::duration<double>(Clock::now() - jobStart).count());
    int status = kExitOk;
    try {
        ResultFile result;
        result.engineVersion = DISTEVAL_VERSION;
        result.created = isoTimeUtc();
        result.worldSize = mpi.worldSize();
        result.config = optionsToJson(o);
        result.config["threads_used"] = setup.threads.threads;
        result.dataset.path = absolutePath(setup.dataset->path());
        result.dataset.format = setup.dataset->format();
        result.dataset.numSamples = numSamples;
        result.dataset.numClasses = setup.numClasses;
        result.dataset.classNames = setup.classNames;
        result.dataset.sampleShape = setup.dataset->sampleShape();
        result.statistics.bootstrapReplicates = o.bootstrap;
        result.statistics.confidence = o.confidence;
        result.statistics.seed = o.seed;
        result.statistics.zeroDivision = toString(o.zeroDivision);
        for (const Shard &s : shards) {
            const size_t r = static_cast<size_t>(s.rank);
            RankInfo info{s.rank, s.first, s.count, rankSeconds[r], hosts[r], devices[r], 0, 0};
            std::sscanf(threadCounts[r].c_str(), "%d %d", &info.threads, &info.cpus);
            result.ranks.push_back(info);
        }
        BootstrapSettings bs;
        bs.replicates = o.bootstrap;
        bs.confidence = o.confidence;
        bs.seed = o.seed;
        bs.zeroDivision = o.zeroDivision;
        result.warnings = setup.warnings;
        if (o.skipBadImages) {
            result.config["skipped_images"] = skippedTotal;
            if (skippedTotal > 0) {
                std::string example;
                for (const std::string &e : skippedExamples)
                    if (example.empty() && !e.empty())
                        example = e;
                const std::string w = std::to_string(skippedTotal) + " of "
                                      + std::to_string(numSamples)
                                      + " images could not be decoded and were skipped (left out "
                                        "of every metric), e.g. "
                                      + example;
                result.warnings.push_back(w);
                std::fprintf(stderr, "disteval-engine: warning: %s\n", w.c_str());
                socket.send(protocol::encode(protocol::Log{"warning", w}));
            }
        }
        for (size_t m = 0; m < stats.size(); ++m) {
            ModelResult mr = summarizeModel(stats[m], setup.classNames, bs, static_cast<int>(m),
                                            macroAurocPass ? &macroVariance[m] : nullptr);
            mr.path = absolutePath(o.models[m]);
            mr.sha256 = setup.modelHashes[m];
            if (mr.nonFiniteSamples > 0) {
                const std::string w
                        = "model '" + o.models[m] + "': " + std::to_string(mr.nonFiniteSamples)
                          + " samples had NaN or infinite logits and were left out of every metric";
                result.warnings.push_back(w);
                std::fprintf(stderr, "disteval-engine: warning: %s\n", w.c_str());
                socket.send(protocol::encode(protocol::Log{"warning", w}));
            }
            result.models.push_back(std::move(mr));
        }
        for (size_t p = 0; p < pairs.size(); ++p)
            result.comparisons.push_back(comparePaired(joints[p], pairs[p].first, pairs[p].second,
                                                       bs, streamId("paired", p)));
        if (!o.output.empty()) {
            socket.send(protocol::encode(protocol::Phase{"writing"}));
            if (o.savePredictions) {
                // Written first, so a result file never names a sidecar that is missing.
                PredictionsFile pf;
                pf.numSamples = numSamples;
                pf.numClasses = setup.numClasses;
                pf.datasetPath = result.dataset.path;
                pf.datasetFingerprint = setup.fingerprint;
                for (size_t m = 0; m < result.models.size(); ++m) {
                    pf.modelPaths.push_back(result.models[m].path);
                    pf.modelHashes.push_back(result.models[m].sha256);
                }
                pf.labels.assign(gatheredSidecar[0].begin(), gatheredSidecar[0].end());
                for (size_t m = 1; m < gatheredSidecar.size(); ++m)
                    pf.predictions.emplace_back(gatheredSidecar[m].begin(),
                                                gatheredSidecar[m].end());
                const std::string sidecarPath = predictionsPathFor(o.output);
                writePredictionsFile(sidecarPath, pf);
                result.predictionsFile = fileName(sidecarPath);
                result.datasetFingerprint = setup.fingerprint;
            }
            writeFileAtomically(o.output, serializeResult(result));
            socket.send(protocol::encode(protocol::Result{absolutePath(o.output)}));
        }
        if (!o.quiet)
            std::cout << formatTextReport(result) << std::flush;
    } catch (const std::exception &e) {
        const bool output = dynamic_cast<const FileWriteError *>(&e) != nullptr;
        const std::string code = output ? "output_not_writable" : "internal";
        socket.send(protocol::encode(protocol::Error{code, e.what(), 0}));
        std::fprintf(stderr, "disteval-engine: error: %s\n", e.what());
        status = output ? kExitOutput : kExitInternal;
    }
    return status;
}

} // namespace

int runEngine(int argc, char **argv)
{
    EngineOptions options;
    try {
        options = parseEngineOptions(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const UsageError &e) {
        if (launcherRank() == 0)
            std::fprintf(stderr, "disteval-engine: error: %s\nTry 'disteval-engine --help'.\n",
                         e.what());
        return kExitUsage;
    }
    switch (options.mode) {
    case EngineMode::Help:
        std::cout << engineHelpText();
        return kExitOk;
    case EngineMode::Version:
        std::cout << "disteval-engine " << DISTEVAL_VERSION << " (LibTorch " << TORCH_VERSION
                  << ")\n";
        return kExitOk;
    case EngineMode::Inspect:
        return runInspect(options);
    case EngineMode::Probe:
        return runProbe();
    case EngineMode::Compare:
        return runCompare(options);
    case EngineMode::Evaluate:
        break;
    }
    try {
        return runEvaluation(options, &argc, &argv);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "disteval-engine: error: %s\n", e.what());
        return kExitInternal;
    }
}

} // namespace disteval
