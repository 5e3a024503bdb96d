#pragma once

#include "metrics/classificationmetrics.h"
#include "tasks/task.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace disteval {

enum class Device { Auto = 1, Cpu, Cuda };
// The models' floating-point precision on a GPU (fp32 everywhere by default).
enum class Precision { Fp32 = 1, Bf16, Fp16 };
enum class EngineMode { Evaluate = 1, Inspect, Probe, Compare, Render, Help, Version };

std::string toString(Device d);

struct EngineOptions
{
    EngineMode mode = EngineMode::Evaluate;
    std::vector<std::string> models;
    std::vector<std::string> metrics; // --metric FILE: the user's own metrics (docs/METRICS.md)
    std::string data;
    std::string classNamesFile;
    std::string output;
    bool normalize = false;
    double normalizeMean = 0;
    double normalizeStd = 1;
    // Per-channel normalization (--normalize imagenet, --channel-mean/--channel-std):
    // (x[:, c] - channelMean[c]) / channelStd[c]; empty when not asked for.
    std::vector<double> channelMean;
    std::vector<double> channelStd;
    // ImageFolder preprocessing (see ImageFolderOptions): 0 means "not given".
    int32_t resizeShorter = 0;
    int32_t cropHeight = 0;
    int32_t cropWidth = 0;
    int32_t channels = 0; // 0: auto (from sample 0)
    bool skipBadImages = false;
    // Streaming: batches loaded ahead of the model (0: none, load in the loop) and the
    // threads loading them (0: automatic, see docs/ENGINE.md).
    int prefetchDepth = 2;
    int prefetchWorkers = 0;
    int64_t batchSize = 256;
    int threads = 0; // 0: a fair share of the node's cores
    bool keepBinding = false;
    Device device = Device::Auto;
    int bootstrap = 1000;
    double confidence = 0.95;
    uint64_t seed = 0;
    ZeroDivision zeroDivision = ZeroDivision::Zero;
    Precision precision = Precision::Fp32;
    bool optimize = true; // freeze + optimize_for_inference, guarded (--no-optimize)
    int aurocBins = -1;   // -1: automatic (see autoAurocBins), 0: AUROC disabled
    // Tasks (docs/TASKS.md): classification (dense when the labels have dimensions),
    // multilabel or regression; what the model returns and which part is its output.
    Task task = Task::Classification;
    bool hasIgnoreIndex = false;
    int64_t ignoreIndex = 0;
    int classDim = 0; // 0: found from the label shape, 1 (PyTorch layout) or -1 (last)
    double threshold = 0.5;
    std::string masks;     // segmentation folders: --data images/ --masks masks/
    std::string outputKey; // "": "logits" when present, or the only tensor
    int outputIndex = 0;
    std::string progressSocket;
    bool savePredictions = false; // write the per-sample sidecar next to --output
    // --compare RESULT_A RESULT_B: pair model compareModelA of run A with compareModelB
    // of run B through their prediction sidecars.
    std::vector<std::string> compareResults;
    std::vector<int64_t> renderSamples; // --render-samples: global indices, in order
    std::string vocabFile;              // --vocab: token ids rendered as these tokens (render only)
    int compareModelA = 0;
    int compareModelB = 0;
    bool quiet = false;      // no report on stdout
    bool noProgress = false; // no progress bar or summary line on stderr
    // Test-only (not in --help): rank `failRank` throws before batch `failBatch`.
    int failRank = -1;
    int64_t failBatch = -1;
    // Test-only (not in --help): rank `crashRank` kills itself with `crashSignal`
    // (default SIGKILL) before batch `crashBatch`, as a crashed or OOM-killed rank would.
    int crashRank = -1;
    int64_t crashBatch = -1;
    int crashSignal = 9;
};

class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Parses argv[1..]; accepts "--flag value" and "--flag=value". Throws UsageError with
// a one-line message for an unknown flag, a missing or malformed value, a value out of
// range, or a missing required flag.
EngineOptions parseEngineOptions(const std::vector<std::string> &args);

std::string engineHelpText();

// Bins per class for the binned AUROC when --auroc-bins is automatic: as fine as
// possible while the two histograms stay near 2^21 counts (16 MiB) per model:
// clamp(2^20 / classes, 256, 8192).
int autoAurocBins(int numClasses);

// Every option's value, as recorded in the result file's "config".
nlohmann::ordered_json optionsToJson(const EngineOptions &options);

} // namespace disteval
