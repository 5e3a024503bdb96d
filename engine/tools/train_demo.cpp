// disteval-train-demo: makes the project's demo classifiers from Fashion-MNIST.
//
// A small CNN is built directly as a torch::jit::Module (parameters registered on the
// module, forward() written in TorchScript source), trained with seeded initialisation
// and a seeded data order, and saved twice as a TorchScript archive: once after a few
// hundred steps (a deliberately weak checkpoint) and once after one full epoch. No
// Python is involved; the archives load with torch::jit::load and torch.jit.load.
// See docs/DEMO.md.

#include "data/idxdataset.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr int64_t kBatchSize = 64;
constexpr int64_t kNumClasses = 10;
constexpr double kLearningRate = 0.015;
constexpr double kMomentum = 0.9;
constexpr int64_t kLogEvery = 100;
constexpr const char *kEarlyName = "fashion-cnn-early.pt";
constexpr const char *kFullName = "fashion-cnn-full.pt";

const char *const kUsage
        = R"(Usage: disteval-train-demo --data DIR_OR_TRAIN_IMAGES_FILE --out DIR [options]

Trains disteval's demo classifier, a small CNN, on Fashion-MNIST and writes two
TorchScript checkpoints of clearly different quality:
  DIR/fashion-cnn-early.pt   after --early-steps optimiser steps
  DIR/fashion-cnn-full.pt    after one full epoch (938 steps of 64 images)
Both take float input [N,1,28,28] in [0,1] and return raw logits [N,10].

Options:
  --data PATH         Directory holding train-images-idx3-ubyte[.gz], or that file
                      itself; its labels file and the t10k-* test files must lie
                      beside it (Debian: /usr/share/datasets/fashion-mnist)
  --out DIR           Output directory (created if missing)
  --early-steps N     Steps before the early checkpoint (default 150)
  --seed N            Seed for initialisation and data order (default 1)
  --threads N         Intra-op CPU threads (default: the number of cores)
  -h, --help          Show this help

Runs are reproducible: the same seed and thread count give the same checkpoints.
)";

struct Options
{
    std::string data;
    std::string out;
    int64_t earlySteps = 150;
    uint64_t seed = 1;
    int threads = 0; // 0: hardware_concurrency
};

class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

int64_t parseInteger(const std::string &option, const std::string &text, int64_t min, int64_t max)
{
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(text, &used);
    } catch (const std::exception &) {
        used = 0;
    }
    if (used == 0 || used != text.size() || value < min || value > max) {
        throw UsageError(option + " expects an integer from " + std::to_string(min) + " to "
                         + std::to_string(max) + ", got '" + text + "'");
    }
    return static_cast<int64_t>(value);
}

// Returns false when --help was asked for.
bool parseOptions(int argc, char **argv, Options &options)
{
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            return false;
        }
        std::string value;
        bool hasValue = false;
        const std::size_t eq = arg.find('=');
        if (arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
            hasValue = true;
        }
        auto next = [&]() -> std::string {
            if (hasValue) {
                return value;
            }
            if (i + 1 >= argc) {
                throw UsageError(arg + " needs a value");
            }
            return argv[++i];
        };
        if (arg == "--data") {
            options.data = next();
        } else if (arg == "--out") {
            options.out = next();
        } else if (arg == "--early-steps") {
            options.earlySteps = parseInteger(arg, next(), 1, 1000000);
        } else if (arg == "--seed") {
            options.seed = static_cast<uint64_t>(parseInteger(arg, next(), 0, INT64_MAX));
        } else if (arg == "--threads") {
            options.threads = static_cast<int>(parseInteger(arg, next(), 1, 1024));
        } else {
            throw UsageError("unknown argument '" + std::string(argv[i]) + "'");
        }
    }
    if (options.data.empty()) {
        throw UsageError("--data is required");
    }
    if (options.out.empty()) {
        throw UsageError("--out is required");
    }
    return true;
}

// The training images file named by --data (a directory or the file itself).
fs::path resolveTrainImages(const std::string &data)
{
    const fs::path path(data);
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        for (const char *name : {"train-images-idx3-ubyte.gz", "train-images-idx3-ubyte"}) {
            if (fs::is_regular_file(path / name, ec)) {
                return path / name;
            }
        }
        throw std::runtime_error("no train-images-idx3-ubyte[.gz] in " + path.string());
    }
    if (!fs::exists(path, ec)) {
        throw std::runtime_error("training data not found: " + path.string());
    }
    if (!fs::is_regular_file(path, ec)) {
        throw std::runtime_error("not a regular file: " + path.string());
    }
    return path;
}

// The t10k images file beside the training images: "train" -> "t10k" in the file name,
// with or without ".gz".
fs::path findTestImages(const fs::path &trainImages)
{
    const std::string name = trainImages.filename().string();
    const std::size_t pos = name.find("train");
    if (pos != std::string::npos) {
        std::string testName = name;
        testName.replace(pos, 5, "t10k");
        std::vector<std::string> candidates{testName};
        const std::string gz = ".gz";
        if (testName.size() > gz.size()
            && testName.compare(testName.size() - gz.size(), gz.size(), gz) == 0) {
            candidates.push_back(testName.substr(0, testName.size() - gz.size()));
        } else {
            candidates.push_back(testName + gz);
        }
        std::error_code ec;
        for (const std::string &candidate : candidates) {
            const fs::path path = trainImages.parent_path() / candidate;
            if (fs::is_regular_file(path, ec)) {
                return path;
            }
        }
    }
    throw std::runtime_error("no test set (t10k-images-idx3-ubyte[.gz]) beside "
                             + trainImages.string());
}

std::string tempNameFor(const fs::path &target)
{
    return (target.parent_path()
            / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid())))
            .string();
}

// Creates the output directory and proves it writable before any training time is spent.
void prepareOutputDirectory(const fs::path &dir)
{
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        throw std::runtime_error("cannot create output directory " + dir.string() + ": "
                                 + ec.message());
    }
    if (!fs::is_directory(dir, ec)) {
        throw std::runtime_error("output path is not a directory: " + dir.string());
    }
    const std::string probe = tempNameFor(dir / ".write-test");
    bool writable = false;
    {
        std::ofstream file(probe, std::ios::binary);
        writable = file && (file << "x") && file.flush();
    }
    fs::remove(probe, ec);
    if (!writable) {
        throw std::runtime_error("output directory is not writable: " + dir.string());
    }
}

// Conv and linear weights as PyTorch's own layers initialise them: Kaiming-uniform with
// a = sqrt(5), i.e. U(-1/sqrt(fan_in), 1/sqrt(fan_in)), and the bias from the same range.
void registerLayer(torch::jit::Module &module, const std::string &name,
                   const std::vector<int64_t> &weightShape)
{
    torch::NoGradGuard noGrad;
    torch::Tensor weight = torch::empty(weightShape, torch::kFloat32);
    torch::nn::init::kaiming_uniform_(weight, std::sqrt(5.0));
    int64_t fanIn = 1;
    for (std::size_t i = 1; i < weightShape.size(); ++i) {
        fanIn *= weightShape[i];
    }
    const double bound = 1.0 / std::sqrt(static_cast<double>(fanIn));
    torch::Tensor bias = torch::empty({weightShape[0]}, torch::kFloat32).uniform_(-bound, bound);
    module.register_parameter(name + "_weight", weight, /*is_buffer=*/false);
    module.register_parameter(name + "_bias", bias, /*is_buffer=*/false);
}

torch::jit::Module buildModel()
{
    torch::jit::Module module("DistevalFashionCNN");
    if (!module.hasattr("training")) {
        module.register_attribute("training", c10::BoolType::get(), true);
    }
    registerLayer(module, "conv1", {16, 1, 3, 3});
    registerLayer(module, "conv2", {32, 16, 3, 3});
    registerLayer(module, "fc", {kNumClasses, 32 * 7 * 7});
    module.define(R"JIT(
def forward(self, x):
    # x: float [N, 1, 28, 28] in [0, 1]; returns raw logits [N, 10]
    x = torch.conv2d(x, self.conv1_weight, self.conv1_bias, [1, 1], [1, 1])
    x = torch.max_pool2d(torch.relu(x), [2, 2])
    x = torch.conv2d(x, self.conv2_weight, self.conv2_bias, [1, 1], [1, 1])
    x = torch.max_pool2d(torch.relu(x), [2, 2])
    x = torch.flatten(x, 1)
    return torch.linear(x, self.fc_weight, self.fc_bias)
)JIT");
    return module;
}

double accuracy(torch::jit::Module &module, const torch::Tensor &images,
                const torch::Tensor &labels)
{
    torch::NoGradGuard noGrad;
    int64_t correct = 0;
    const int64_t n = images.size(0);
    for (int64_t first = 0; first < n; first += 1000) {
        const int64_t count = std::min<int64_t>(1000, n - first);
        const torch::Tensor logits = module.forward({images.narrow(0, first, count)}).toTensor();
        correct += logits.argmax(1).eq(labels.narrow(0, first, count)).sum().item<int64_t>();
    }
    return n > 0 ? static_cast<double>(correct) / static_cast<double>(n) : 0.0;
}

std::string metadataJson(const std::string &name, int64_t steps, const Options &options,
                         int threads)
{
    char optimizer[96];
    std::snprintf(optimizer, sizeof optimizer, "SGD lr %g momentum %g", kLearningRate, kMomentum);
    return "{\"name\": \"" + name + "\", \"dataset\": \"Fashion-MNIST\", \"steps\": "
           + std::to_string(steps) + ", \"batch_size\": " + std::to_string(kBatchSize)
           + ", \"optimizer\": \"" + optimizer + "\", \"seed\": " + std::to_string(options.seed)
           + ", \"threads\": " + std::to_string(threads)
           + ", \"input\": [1, 28, 28], \"num_classes\": " + std::to_string(kNumClasses)
           + ", \"trainer\": \"disteval-train-demo\"}\n";
}

// Saves an eval-mode, gradient-free copy of the model atomically, reloads the archive
// and returns the reloaded model (so the reported accuracy is that of the file). The
// archive is written under its final file name (TorchScript names the archive's root
// folder after it) inside a temporary folder beside the target, then renamed into place.
torch::jit::Module saveCheckpoint(const torch::jit::Module &model, const fs::path &target,
                                  const std::string &metadata)
{
    torch::NoGradGuard noGrad;
    torch::jit::Module copy = model.deepcopy(); // same class type, so the same code
    copy.eval();
    // Plain leaf tensors that do not require grad (a deep copy of a parameter keeps
    // requires_grad, and the archive records the flag).
    for (const auto &parameter : model.named_parameters(/*recurse=*/false)) {
        copy.setattr(parameter.name, parameter.value.detach().clone());
    }
    const fs::path tempDir = tempNameFor(target);
    const fs::path temp = tempDir / target.filename();
    std::error_code ec;
    fs::remove_all(tempDir, ec);
    try {
        fs::create_directory(tempDir);
        copy.save(temp.string(), {{"disteval_demo.json", metadata}});
        fs::rename(temp, target);
    } catch (const std::exception &e) {
        fs::remove_all(tempDir, ec);
        throw std::runtime_error("cannot write " + target.string() + ": " + e.what());
    }
    fs::remove_all(tempDir, ec);
    return torch::jit::load(target.string());
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int run(const Options &options)
{
    const auto start = std::chrono::steady_clock::now();
    int threads = options.threads;
    if (threads <= 0) {
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    }
    at::set_num_threads(threads);

    const fs::path trainPath = resolveTrainImages(options.data);
    const fs::path testPath = findTestImages(trainPath);
    const fs::path outDir(options.out);
    prepareOutputDirectory(outDir);

    const disteval::IdxDataset trainSet(trainPath.string());
    const disteval::IdxDataset testSet(testPath.string());
    if (trainSet.sampleShape() != std::vector<int64_t>{1, 28, 28}
        || testSet.sampleShape() != std::vector<int64_t>{1, 28, 28}) {
        throw std::runtime_error("expected 28x28 images in " + trainPath.string() + " and "
                                 + testPath.string());
    }
    const disteval::Batch train = trainSet.load(0, trainSet.size());
    const disteval::Batch test = testSet.load(0, testSet.size());
    if (train.labels.numel() > 0
        && (train.labels.min().item<int64_t>() < 0
            || train.labels.max().item<int64_t>() >= kNumClasses)) {
        throw std::runtime_error("labels outside 0..9 in " + trainSet.labelsPath());
    }
    const int64_t trainSize = train.inputs.size(0);
    const int64_t totalSteps = (trainSize + kBatchSize - 1) / kBatchSize;
    if (totalSteps < 2) {
        throw std::runtime_error("training set too small: " + std::to_string(trainSize)
                                 + " images in " + trainPath.string());
    }
    if (options.earlySteps >= totalSteps) {
        throw UsageError("--early-steps must be below the epoch length, "
                         + std::to_string(totalSteps) + " steps");
    }
    std::printf("train: %lld images from %s\ntest:  %lld images from %s\n",
                static_cast<long long>(trainSize), trainPath.c_str(),
                static_cast<long long>(test.inputs.size(0)), testPath.c_str());
    std::printf("seed %llu, %d thread(s), batch %lld, %lld steps (early checkpoint at %lld); "
                "data loaded in %.1f s\n",
                static_cast<unsigned long long>(options.seed), threads,
                static_cast<long long>(kBatchSize), static_cast<long long>(totalSteps),
                static_cast<long long>(options.earlySteps), secondsSince(start));
    std::fflush(stdout);

    // Everything random comes from this one seed, in a fixed order: the three layers'
    // initial values, then the permutation of the training set.
    torch::manual_seed(options.seed);
    torch::jit::Module model = buildModel();
    std::vector<torch::Tensor> parameters;
    for (const torch::Tensor &parameter : model.parameters()) {
        parameter.set_requires_grad(true);
        parameters.push_back(parameter);
    }
    const torch::Tensor order = torch::randperm(trainSize, torch::kInt64);
    torch::optim::SGD optimizer(parameters,
                                torch::optim::SGDOptions(kLearningRate).momentum(kMomentum));
    model.train();

    const auto trainStart = std::chrono::steady_clock::now();
    double lossSum = 0.0;
    int64_t lossCount = 0;
    for (int64_t step = 1; step <= totalSteps; ++step) {
        const int64_t first = (step - 1) * kBatchSize;
        const torch::Tensor index = order.narrow(0, first, std::min(kBatchSize, trainSize - first));
        const torch::Tensor inputs = train.inputs.index_select(0, index);
        const torch::Tensor labels = train.labels.index_select(0, index);

        optimizer.zero_grad();
        const torch::Tensor logits = model.forward({inputs}).toTensor();
        const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, labels);
        loss.backward();
        optimizer.step();

        lossSum += loss.item<double>();
        ++lossCount;
        if (step % kLogEvery == 0 || step == totalSteps) {
            std::printf("step %4lld/%lld  loss %.4f  (%.1f s)\n", static_cast<long long>(step),
                        static_cast<long long>(totalSteps), lossSum / lossCount,
                        secondsSince(trainStart));
            std::fflush(stdout);
            lossSum = 0.0;
            lossCount = 0;
        }
        if (step == options.earlySteps || step == totalSteps) {
            const bool early = step == options.earlySteps;
            const std::string name = early ? kEarlyName : kFullName;
            const fs::path target = outDir / name;
            torch::jit::Module saved = saveCheckpoint(
                    model, target,
                    metadataJson(name.substr(0, name.size() - 3), step, options, threads));
            const double acc = accuracy(saved, test.inputs, test.labels);
            std::printf("saved %s after %lld steps: test accuracy %.2f%% (%lld images)\n",
                        target.c_str(), static_cast<long long>(step), 100.0 * acc,
                        static_cast<long long>(test.inputs.size(0)));
            std::fflush(stdout);
        }
    }
    std::printf("done in %.1f s (training %.1f s)\n", secondsSince(start),
                secondsSince(trainStart));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    try {
        if (!parseOptions(argc, argv, options)) {
            std::fputs(kUsage, stdout);
            return 0;
        }
        return run(options);
    } catch (const UsageError &e) {
        std::fprintf(stderr, "disteval-train-demo: %s\n(see --help)\n", e.what());
        return 2;
    } catch (const c10::Error &e) {
        std::fprintf(stderr, "disteval-train-demo: %s\n", e.what_without_backtrace());
        return 1;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "disteval-train-demo: %s\n", e.what());
        return 1;
    }
}
