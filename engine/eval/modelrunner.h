#pragma once

#include <torch/script.h>

#include <functional>
#include <string>
#include <vector>

namespace disteval {

// Copies of `inputs`, for a model that may change its inputs in place while the same
// inputs are run again (by another model, or the same one optimised).
std::vector<torch::Tensor> clonedInputs(const std::vector<torch::Tensor> &inputs);

// One TorchScript classifier on one device, in inference mode.
class ModelRunner
{
public:
    // Throws EngineError (model_invalid) naming the file when it is missing, unreadable
    // or not a TorchScript archive.
    ModelRunner(const std::string &path, const torch::Device &device);

    const std::string &path() const { return m_path; }
    // Converts the module's floating parameters and buffers (GPU half precision).
    void setPrecision(torch::ScalarType type) { m_module.to(type); }
    // Runs the model; returns its logits [B, C]. Throws EngineError (model_invalid)
    // naming the file when the model throws or its output is not a [B, C] floating
    // tensor, or C differs from `expectedClasses` (> 0).
    torch::Tensor forward(const torch::Tensor &inputs, int64_t expectedClasses = 0);
    // The same for several inputs and a structured output (see run()).
    torch::Tensor forward(const std::vector<torch::Tensor> &inputs,
                          const std::vector<std::string> &names, const std::string &key, int index,
                          int64_t expectedClasses = 0);

    // Runs the model on several inputs, by keyword when `names` are given (a dict of
    // inputs), else positionally, and returns the selected part of its output: a
    // tensor as is; from a dict the entry `key` (default "logits" when present, else the
    // only tensor); from a tuple or list element `index`. The result is a dense
    // floating-point tensor whose first dimension is the batch. Throws EngineError
    // (model_invalid) naming the file and what it returned otherwise.
    torch::Tensor run(const std::vector<torch::Tensor> &inputs,
                      const std::vector<std::string> &names, const std::string &key, int index);

    // Checks that `logits` (run()'s output for `batch` samples) are [batch, classes] with
    // 1..kMaxClasses classes, `expectedClasses` of them when that is > 0, and returns
    // them; throws EngineError naming the file otherwise.
    torch::Tensor checkLogits(const torch::Tensor &logits, int64_t batch,
                              int64_t expectedClasses = 0) const;

    // Inference optimisation (docs/ENGINE.md, "Inference optimisation") in two steps, so
    // that the ranks share the check and decide alike. probeOptimization() freezes the
    // module and runs torch.jit.optimize_for_inference's passes on a copy, then runs both
    // on each of `chunks` (this rank's part of the probe batch; may be none) and returns
    // what it found there: the largest difference and output, the predictions that
    // changed (`predictions` gives a prediction per element of an output, or an empty
    // tensor where there are none). settleOptimization() takes the ranks' findings
    // combined (largest difference and output, changes summed, any failure) and keeps the
    // optimised module only if its outputs stay within kOptimizeTolerance of the plain
    // module's and no prediction changes.
    struct Optimization
    {
        bool attempted = false;
        bool used = false;
        double maxAbsDifference = 0;
        double maxAbsOutput = 0;
        int64_t predictionsChanged = 0;
        bool failed = false; // could not be frozen, or returned another shape
        std::string note;    // why it was not used (empty when used)
    };
    static constexpr double kOptimizeTolerance = 1e-4; // relative to max(1, max |output|)
    // The probe batch: the dataset's first samples, at most this many (the batch size if
    // smaller), so that a heavy model's check stays short (ResNet-18 at 224x224 runs a
    // sample in tens of milliseconds on a CPU core). It is split into chunks of
    // kProbeChunk samples spread over the ranks: every chunk is the same batch at every
    // world size, so the findings do not depend on it.
    static constexpr int64_t kProbeSamples = 32;
    static constexpr int64_t kProbeChunk = 8;
    Optimization
    probeOptimization(const std::vector<std::vector<torch::Tensor>> &chunks,
                      const std::vector<std::string> &names, const std::string &key, int index,
                      const std::function<torch::Tensor(const torch::Tensor &)> &predictions);
    // Decides from the combined findings (`note` is this rank's own failure, if any);
    // returns the decision, also kept as optimization().
    const Optimization &settleOptimization(Optimization combined);
    const Optimization &optimization() const { return m_optimization; }

private:
    torch::Tensor select(const c10::IValue &output, const std::string &key, int index,
                         int64_t batch) const;
    c10::IValue call(torch::jit::Module &module, const std::vector<torch::Tensor> &inputs,
                     const std::vector<std::string> &names);

    std::string m_path;
    torch::jit::Module m_module;
    torch::jit::Module m_optimized;
    bool m_useOptimized = false;
    Optimization m_optimization;
};

} // namespace disteval
