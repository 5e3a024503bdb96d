#pragma once

#include <torch/script.h>

#include <string>
#include <vector>

namespace disteval {

// One TorchScript classifier on one device, in inference mode.
class ModelRunner
{
public:
    // Throws EngineError (model_invalid) naming the file when it is missing, unreadable
    // or not a TorchScript archive.
    ModelRunner(const std::string &path, const torch::Device &device);

    const std::string &path() const { return m_path; }
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

private:
    torch::Tensor select(const c10::IValue &output, const std::string &key, int index,
                         int64_t batch) const;

    std::string m_path;
    torch::jit::Module m_module;
};

} // namespace disteval
