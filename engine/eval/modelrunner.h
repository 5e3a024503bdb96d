#pragma once

#include <torch/script.h>

#include <string>

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

private:
    std::string m_path;
    torch::jit::Module m_module;
};

} // namespace disteval
