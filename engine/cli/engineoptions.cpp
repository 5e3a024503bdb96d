#include "cli/engineoptions.h"

#include "evaluation/limits.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace disteval {

std::string toString(Device d)
{
    switch (d) {
    case Device::Auto:
        return "auto";
    case Device::Cpu:
        return "cpu";
    case Device::Cuda:
        return "cuda";
    }
    return "auto";
}

namespace {
int64_t parseInteger(const std::string &flag, const std::string &text, int64_t min, int64_t max)
{
    errno = 0;
    char *end = nullptr;
    const long long v = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno == ERANGE)
        throw UsageError(flag + " needs an integer, not '" + text + "'");
    if (v < min || v > max)
        throw UsageError(flag + " must be between " + std::to_string(min) + " and "
                         + std::to_string(max) + ", not " + text);
    return v;
}

double parseReal(const std::string &flag, const std::string &text)
{
    errno = 0;
    char *end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || errno == ERANGE || !std::isfinite(v))
        throw UsageError(flag + " needs a number, not '" + text + "'");
    return v;
}

// "A,B,C": one number per channel.
std::vector<double> parseRealList(const std::string &flag, const std::string &text)
{
    std::vector<double> values;
    size_t start = 0;
    for (;;) {
        const size_t comma = text.find(',', start);
        values.push_back(parseReal(flag, text.substr(start, comma - start)));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return values;
}
} // namespace

EngineOptions parseEngineOptions(const std::vector<std::string> &args)
{
    EngineOptions o;
    bool modeSet = false;
    auto setMode = [&](EngineMode m) {
        if (modeSet && o.mode != m)
            throw UsageError(
                    "--inspect, --probe, --compare, --help and --version cannot be combined");
        o.mode = m;
        modeSet = true;
    };
    for (size_t i = 0; i < args.size(); ++i) {
        std::string flag = args[i];
        std::string value;
        bool hasInlineValue = false;
        if (flag.rfind("--", 0) == 0) {
            const auto eq = flag.find('=');
            if (eq != std::string::npos) {
                value = flag.substr(eq + 1);
                flag = flag.substr(0, eq);
                hasInlineValue = true;
            }
        } else if (flag != "-h") {
            throw UsageError("unexpected argument '" + flag
                             + "' (options start with --; see --help)");
        }
        auto next = [&]() -> std::string {
            if (hasInlineValue)
                return value;
            if (i + 1 >= args.size())
                throw UsageError(flag + " needs a value");
            // "--output --save-predictions" would otherwise create a file named after
            // the option; a value that really starts with "--" can be given as
            // --flag=--value or as ./--value.
            if (args[i + 1].rfind("--", 0) == 0)
                throw UsageError(flag + " needs a value, not the option '" + args[i + 1]
                                 + "' (write " + flag + "=" + args[i + 1]
                                 + " if that is really the value)");
            return args[++i];
        };
        auto noValue = [&]() {
            if (hasInlineValue)
                throw UsageError(flag + " takes no value");
        };

        if (flag == "--help" || flag == "-h") {
            noValue();
            setMode(EngineMode::Help);
        } else if (flag == "--version") {
            noValue();
            setMode(EngineMode::Version);
        } else if (flag == "--inspect") {
            noValue();
            setMode(EngineMode::Inspect);
        } else if (flag == "--probe") {
            noValue();
            setMode(EngineMode::Probe);
        } else if (flag == "--compare") {
            noValue();
            setMode(EngineMode::Compare);
            if (i + 2 >= args.size() || args[i + 1].rfind("--", 0) == 0
                || args[i + 2].rfind("--", 0) == 0)
                throw UsageError("--compare needs two result files: --compare A.json B.json");
            o.compareResults = {args[i + 1], args[i + 2]};
            i += 2;
        } else if (flag == "--render-samples") {
            setMode(EngineMode::Render);
            const std::string v = next();
            size_t start = 0;
            while (start <= v.size()) {
                const size_t comma = std::min(v.find(',', start), v.size());
                o.renderSamples.push_back(parseInteger(flag, v.substr(start, comma - start), 0,
                                                       std::numeric_limits<int64_t>::max()));
                if (o.renderSamples.size() > 10000)
                    throw UsageError("--render-samples takes at most 10000 indices at a time");
                start = comma + 1;
            }
        } else if (flag == "--vocab") {
            o.vocabFile = next();
            if (o.vocabFile.empty())
                throw UsageError("--vocab needs a file (one token per line)");
        } else if (flag == "--model-a") {
            o.compareModelA = static_cast<int>(parseInteger(flag, next(), 0, 1 << 20));
        } else if (flag == "--model-b") {
            o.compareModelB = static_cast<int>(parseInteger(flag, next(), 0, 1 << 20));
        } else if (flag == "--save-predictions") {
            noValue();
            o.savePredictions = true;
        } else if (flag == "--model") {
            o.models.push_back(next());
        } else if (flag == "--precision") {
            const std::string v = next();
            if (v == "fp32")
                o.precision = Precision::Fp32;
            else if (v == "bf16")
                o.precision = Precision::Bf16;
            else if (v == "fp16")
                o.precision = Precision::Fp16;
            else
                throw UsageError("--precision must be fp32, bf16 or fp16, not '" + v + "'");
        } else if (flag == "--no-optimize") {
            noValue();
            o.optimize = false;
        } else if (flag == "--metric") {
            o.metrics.push_back(next());
            if (o.metrics.size() > 64)
                throw UsageError("at most 64 --metric files in one run");
        } else if (flag == "--data") {
            o.data = next();
        } else if (flag == "--class-names") {
            o.classNamesFile = next();
        } else if (flag == "--output") {
            o.output = next();
        } else if (flag == "--channel-mean") {
            o.channelMean = parseRealList(flag, next());
        } else if (flag == "--channel-std") {
            o.channelStd = parseRealList(flag, next());
            for (double s : o.channelStd)
                if (!(s > 0))
                    throw UsageError("--channel-std: every STD must be positive");
        } else if (flag == "--resize") {
            o.resizeShorter = static_cast<int32_t>(parseInteger(flag, next(), 1, 1 << 16));
        } else if (flag == "--crop") {
            const std::string v = next();
            const auto x = v.find('x');
            o.cropHeight = static_cast<int32_t>(
                    parseInteger(flag, x == std::string::npos ? v : v.substr(0, x), 1, 1 << 16));
            o.cropWidth = o.cropHeight;
            if (x != std::string::npos)
                o.cropWidth = static_cast<int32_t>(parseInteger(flag, v.substr(x + 1), 1, 1 << 16));
        } else if (flag == "--channels") {
            const std::string v = next();
            if (v == "auto")
                o.channels = 0;
            else if (v == "1" || v == "gray")
                o.channels = 1;
            else if (v == "3" || v == "rgb")
                o.channels = 3;
            else
                throw UsageError("--channels must be auto, 1 (gray) or 3 (rgb), not '" + v + "'");
        } else if (flag == "--skip-bad-images") {
            noValue();
            o.skipBadImages = true;
        } else if (flag == "--prefetch") {
            o.prefetchDepth = static_cast<int>(parseInteger(flag, next(), 0, 64));
        } else if (flag == "--prefetch-workers") {
            o.prefetchWorkers = static_cast<int>(parseInteger(flag, next(), 1, 256));
        } else if (flag == "--normalize") {
            const std::string v = next();
            const auto comma = v.find(',');
            if (v == "imagenet") {
                // torchvision's ImageNet statistics, per RGB channel.
                o.channelMean = {0.485, 0.456, 0.406};
                o.channelStd = {0.229, 0.224, 0.225};
                continue;
            }
            if (comma == std::string::npos)
                throw UsageError("--normalize needs MEAN,STD, not '" + v + "'");
            o.normalize = true;
            o.normalizeMean = parseReal("--normalize", v.substr(0, comma));
            o.normalizeStd = parseReal("--normalize", v.substr(comma + 1));
            if (!(o.normalizeStd > 0))
                throw UsageError("--normalize: STD must be positive");
        } else if (flag == "--batch-size") {
            o.batchSize = parseInteger(flag, next(), 1, int64_t(1) << 24);
        } else if (flag == "--threads") {
            o.threads = static_cast<int>(parseInteger(flag, next(), 1, 4096));
        } else if (flag == "--keep-binding") {
            noValue();
            o.keepBinding = true;
        } else if (flag == "--device") {
            const std::string v = next();
            if (v == "auto")
                o.device = Device::Auto;
            else if (v == "cpu")
                o.device = Device::Cpu;
            else if (v == "cuda")
                o.device = Device::Cuda;
            else
                throw UsageError("--device must be auto, cpu or cuda, not '" + v + "'");
        } else if (flag == "--bootstrap") {
            o.bootstrap = static_cast<int>(parseInteger(flag, next(), 1, 1000000));
        } else if (flag == "--confidence") {
            const std::string v = next();
            o.confidence = parseReal(flag, v);
            if (!(o.confidence > 0 && o.confidence < 1))
                throw UsageError("--confidence must be strictly between 0 and 1, not " + v);
        } else if (flag == "--seed") {
            o.seed = static_cast<uint64_t>(
                    parseInteger(flag, next(), 0, std::numeric_limits<int64_t>::max()));
        } else if (flag == "--zero-division") {
            try {
                o.zeroDivision = parseZeroDivision(next());
            } catch (const std::invalid_argument &e) {
                throw UsageError(std::string("--zero-division: ") + e.what());
            }
        } else if (flag == "--auroc-bins") {
            const std::string v = next();
            if (v == "auto") {
                o.aurocBins = -1;
            } else {
                o.aurocBins = static_cast<int>(parseInteger(flag, v, 0, 1 << 16));
                if (o.aurocBins == 1)
                    throw UsageError("--auroc-bins must be 0 (off), auto or at least 2");
            }
        } else if (flag == "--task") {
            const std::string v = next();
            if (v == "classification")
                o.task = Task::Classification;
            else if (v == "multilabel" || v == "multi-label")
                o.task = Task::MultiLabel;
            else if (v == "regression")
                o.task = Task::Regression;
            else
                throw UsageError("--task must be classification, multilabel or regression, not '"
                                 + v + "'");
        } else if (flag == "--ignore-index") {
            o.hasIgnoreIndex = true;
            o.ignoreIndex = parseInteger(flag, next(), std::numeric_limits<int64_t>::min(),
                                         std::numeric_limits<int64_t>::max());
        } else if (flag == "--class-dim") {
            const std::string v = next();
            if (v == "auto")
                o.classDim = 0;
            else if (v == "1")
                o.classDim = 1;
            else if (v == "-1" || v == "last")
                o.classDim = -1;
            else
                throw UsageError("--class-dim must be auto, 1 (PyTorch layout [B, C, ...]) or "
                                 "-1 / last (Hugging Face layout [B, ..., C]), not '"
                                 + v + "'");
        } else if (flag == "--threshold") {
            const std::string v = next();
            o.threshold = parseReal(flag, v);
            if (!(o.threshold > 0 && o.threshold < 1))
                throw UsageError("--threshold must be strictly between 0 and 1, not " + v);
        } else if (flag == "--masks") {
            o.masks = next();
        } else if (flag == "--output-key") {
            o.outputKey = next();
            if (o.outputKey.empty())
                throw UsageError("--output-key needs a name");
        } else if (flag == "--output-index") {
            o.outputIndex = static_cast<int>(parseInteger(flag, next(), 0, 1 << 20));
        } else if (flag == "--progress-socket") {
            o.progressSocket = next();
        } else if (flag == "--quiet") {
            noValue();
            o.quiet = true;
        } else if (flag == "--no-progress") {
            noValue();
            o.noProgress = true;
        } else if (flag == "--debug-fail-at") {
            const std::string v = next();
            const auto colon = v.find(':');
            if (colon == std::string::npos)
                throw UsageError("--debug-fail-at needs RANK:BATCH");
            o.failRank = static_cast<int>(parseInteger(flag, v.substr(0, colon), 0, 1 << 20));
            o.failBatch = parseInteger(flag, v.substr(colon + 1), 0,
                                       std::numeric_limits<int64_t>::max());
        } else if (flag == "--debug-crash-at") {
            // RANK:BATCH[:SIGNAL]
            const std::string v = next();
            const auto colon = v.find(':');
            if (colon == std::string::npos)
                throw UsageError("--debug-crash-at needs RANK:BATCH[:SIGNAL]");
            const auto second = v.find(':', colon + 1);
            o.crashRank = static_cast<int>(parseInteger(flag, v.substr(0, colon), 0, 1 << 20));
            o.crashBatch = parseInteger(flag, v.substr(colon + 1, second - colon - 1), 0,
                                        std::numeric_limits<int64_t>::max());
            if (second != std::string::npos)
                o.crashSignal = static_cast<int>(parseInteger(flag, v.substr(second + 1), 1, 64));
        } else {
            throw UsageError("unknown option '" + flag + "' (see --help)");
        }
    }
    if (o.mode == EngineMode::Evaluate) {
        if (o.models.empty())
            throw UsageError("no model given (--model PATH, repeatable)");
        if (static_cast<int>(o.models.size()) > kMaxModels)
            throw UsageError("at most " + std::to_string(kMaxModels)
                             + " models in one run (every pair is compared); got "
                             + std::to_string(o.models.size()));
        if (o.data.empty())
            throw UsageError("no dataset given (--data PATH)");
        if (o.savePredictions && o.output.empty())
            throw UsageError("--save-predictions needs --output (the sidecar goes next to it)");
        if (o.savePredictions && o.skipBadImages)
            throw UsageError("--save-predictions and --skip-bad-images cannot be combined (a "
                             "skipped image has no prediction to save)");
    } else if (o.mode == EngineMode::Inspect && o.data.empty()) {
        throw UsageError("--inspect needs --data PATH");
    } else if (o.mode == EngineMode::Render && (o.data.empty() || o.output.empty())) {
        throw UsageError("--render-samples needs --data PATH and --output FOLDER");
    }
    if (!o.vocabFile.empty() && o.mode != EngineMode::Render)
        throw UsageError("--vocab is for --render-samples only (token ids shown as text)");
    if (!o.masks.empty() && o.task != Task::Classification)
        throw UsageError("--masks gives segmentation labels: it needs --task classification");
    if (o.hasIgnoreIndex && o.task != Task::Classification)
        throw UsageError("--ignore-index applies to (dense) classification only");
    if (o.channelMean.size() != o.channelStd.size())
        throw UsageError("--channel-mean and --channel-std need the same number of values (one "
                         "per channel)");
    if (!o.channelMean.empty() && o.normalize)
        throw UsageError("--normalize MEAN,STD cannot be combined with per-channel "
                         "normalization (--normalize imagenet, --channel-mean/--channel-std)");
    return o;
}

std::string engineHelpText()
{
    return R"(disteval-engine: exact distributed evaluation of TorchScript classifiers

Usage:
  mpirun -np N disteval-engine --model MODEL.pt [--model B.pt ...] --data PATH [options]
  disteval-engine --model MODEL.pt --data PATH [options]        (one rank, no mpirun)
  disteval-engine --inspect --data PATH [--class-names FILE]    (describe a dataset as JSON)
  disteval-engine --probe                                       (devices and cores as JSON)
  disteval-engine --compare A.json B.json [--model-a I] [--model-b J] [--output C.json]
                        pair two separate runs on the same data through the
                        prediction files they saved with --save-predictions
  disteval-engine --render-samples I,J,... --data PATH [--masks DIR] [--vocab FILE]
                  --output FOLDER
                        the inputs of those samples (global indices) as PNG
                        thumbnails FOLDER/sample-I.png, as the model sees them after
                        the image options (masks blended over in their classes'
                        colours); inputs that are no image as FOLDER/sample-I.txt:
                        integer inputs (token ids) as the ids, or with --vocab FILE
                        (one token per line, line i = id i) as the tokens joined by
                        spaces (an id outside it as [id]); other inputs as numbers

Every sample is evaluated exactly once whatever the number of ranks; each rank sums
integer confusion matrices and histograms, combined in one MPI reduction, so the numbers
equal those of a single process.

Input:
  --model PATH          TorchScript checkpoint (torch.jit.save); repeat to evaluate several
                        models on the same samples and compare every pair (McNemar's
                        test, paired bootstrap of the differences). Output must be
                        logits [batch, C].
  --data PATH           IDX images file (MNIST family, .gz or plain; labels found beside
                        it), a folder of IDX files, a torch.save'd dict
                        {"inputs": tensor [N, ...], "labels": int tensor [N]}, a .npy
                        inputs file (labels .npy beside it; memory-mapped), or an
                        ImageFolder (root/<class>/<image>.jpg|.png, classes sorted)
  --class-names FILE    one class name per line (default: the dataset's, else 0..C-1)
  --normalize MEAN,STD  feed (x - MEAN) / STD to the model
  --normalize imagenet  per-channel ImageNet mean (0.485,0.456,0.406) and std
                        (0.229,0.224,0.225)
  --channel-mean M1,M2,...  --channel-std S1,S2,...
                        feed (x[:, c] - Mc) / Sc to the model (one value per channel)

Images (ImageFolder; as torchvision's Resize(S), CenterCrop((H, W)), ToTensor()):
  --resize S            resize the shorter side to S pixels (Pillow's antialiased
                        bilinear filter, pixel for pixel)
  --crop H[xW]          center crop to H x W (H x H with one number); zero-padded when
                        the image is smaller
  --channels C          auto (default: 1 when the first image is grayscale, else 3),
                        1 or gray, 3 or rgb
  --skip-bad-images     leave out images that cannot be decoded, count them in the result
                        (default: such an image is an error naming the file)

Streaming:
  --prefetch N          batches loaded ahead of the model by background threads
                        (default 2; 0: load each batch when it is needed)
  --prefetch-workers N  threads loading them (default: the rank's thread share with
                        CUDA, a quarter of it, at least 1, on the CPU)

Execution:
  --batch-size N        samples per forward pass (default 256); batches are aligned to
                        global sample indices, so results do not depend on the world size
  --threads N           intra-op threads per rank (default: the node's cores divided by
                        the ranks on the node, at least 1)
  --keep-binding        keep the CPU binding mpirun gave each rank (by default a rank
                        bound to fewer cores than its thread count is widened to its
                        share of the node)
  --device D            auto (default: CUDA when available), cpu or cuda; with cuda, local
                        rank r uses GPU r % device_count

Statistics:
  --bootstrap B         bootstrap replicates (default 1000)
  --confidence C        two-sided confidence level of every interval (default 0.95)
  --seed S              bootstrap seed (default 0); same seed, same intervals
  --zero-division Z     value of a ratio with a zero denominator: 0 (default), 1 or nan,
                        as scikit-learn's zero_division
  --auroc-bins K        bins per class for the binned one-vs-rest AUROC: auto (default:
                        clamp(2^20 / classes, 256, 8192)), a number >= 2, or 0 (off)

Inference:
  --precision P         fp32 (default), or on a GPU bf16 or fp16: the models and their
                        floating inputs in that type (the statistics stay float64;
                        results differ from fp32's, docs/ENGINE.md); refused on the CPU
  --no-optimize         run the models as saved; by default each is frozen and optimised
                        for inference (torch.jit.optimize_for_inference), kept only where its
                        outputs on a probe batch match the plain module's (docs/ENGINE.md)

Custom metrics (docs/METRICS.md):
  --metric FILE         a TorchScript metric (forward(outputs, targets) -> [B, K] per-sample
                        statistics, compute(totals) -> Dict[str, float]); repeatable.
                        Summed exactly, with Poisson-bootstrap intervals and paired deltas

Tasks (docs/TASKS.md):
  --task T              classification (default; dense when the labels have dimensions,
                        e.g. segmentation masks [N, H, W] or token labels [N, L]),
                        multilabel (logits [B, C], labels [N, C] in {0, 1}) or
                        regression (outputs [B], [B, 1] or [B, T], float labels)
  --masks DIR           segmentation folders: --data images/ --masks masks/, each image's
                        mask a PNG of class indices with the same relative stem
  --ignore-index V      dense classification: label value left out of every metric
                        (e.g. 255 or -100)
  --class-dim D         where dense logits hold the classes: auto (default, from the
                        label shape), 1 ([B, C, d1, ...]) or last ([B, d1, ..., C])
  --threshold P         multilabel: a label is predicted when sigmoid(logit) >= P
                        (default 0.5)
  --output-key NAME     a model returning a dict: the entry to evaluate (default
                        "logits" when present, else the only tensor)
  --output-index I      a model returning a tuple or list: the element (default 0)

Output:
  --output FILE         write the result JSON there (atomically: complete or absent;
                        never over an input, nor over anything but a regular file)
  --save-predictions    also write every sample's record (label, prediction, top-5
                        classes and loss; per task, docs/RESULT_SCHEMA.md) to FILE's
                        stem + ".samples-<run id>.bin", each rank its own shard; and
                        for classification the labels and predicted classes with a
                        dataset fingerprint to ".predictions-<run id>.bin", for
                        --compare with another run
  --quiet               no report on standard output
  --no-progress         no progress bar or summary line on standard error
  --progress-socket P   send progress as NDJSON to the local socket P (used by the app;
                        token from the DISTEVAL_PROGRESS_TOKEN environment variable)
  --help, --version

Exit status: 0 success, 2 usage error, 3 data error, 4 model error, 5 output error,
6 device error, 7 a rank failed or internal error.
)";
}

int autoAurocBins(int numClasses)
{
    const int bins = (1 << 20) / std::max(1, numClasses);
    return std::min(8192, std::max(256, bins));
}

nlohmann::ordered_json optionsToJson(const EngineOptions &o)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    j["models"] = o.models;
    j["data"] = o.data;
    j["class_names"] = o.classNamesFile;
    j["output"] = o.output;
    if (o.normalize)
        j["normalize"] = {o.normalizeMean, o.normalizeStd};
    else
        j["normalize"] = nullptr;
    if (!o.channelMean.empty()) {
        j["channel_mean"] = o.channelMean;
        j["channel_std"] = o.channelStd;
    }
    if (o.resizeShorter)
        j["resize"] = o.resizeShorter;
    if (o.cropHeight)
        j["crop"] = {o.cropHeight, o.cropWidth};
    if (o.channels)
        j["channels"] = o.channels;
    if (o.skipBadImages)
        j["skip_bad_images"] = true;
    j["batch_size"] = o.batchSize;
    j["threads"] = o.threads;
    j["keep_binding"] = o.keepBinding;
    j["device"] = toString(o.device);
    j["bootstrap"] = o.bootstrap;
    j["confidence"] = o.confidence;
    j["seed"] = o.seed;
    j["zero_division"] = toString(o.zeroDivision);
    if (o.aurocBins < 0)
        j["auroc_bins"] = "auto";
    else
        j["auroc_bins"] = o.aurocBins;
    j["save_predictions"] = o.savePredictions;
    j["metrics"] = o.metrics;
    j["optimize"] = o.optimize;
    j["precision"] = o.precision == Precision::Fp32   ? "fp32"
                     : o.precision == Precision::Bf16 ? "bf16"
                                                      : "fp16";
    j["task"] = taskName(o.task);
    if (!o.masks.empty())
        j["masks"] = o.masks;
    if (o.hasIgnoreIndex)
        j["ignore_index"] = o.ignoreIndex;
    j["class_dim"]
            = o.classDim == 0 ? nlohmann::ordered_json("auto") : nlohmann::ordered_json(o.classDim);
    if (o.task == Task::MultiLabel)
        j["threshold"] = o.threshold;
    if (!o.outputKey.empty())
        j["output_key"] = o.outputKey;
    j["output_index"] = o.outputIndex;
    return j;
}

} // namespace disteval
