#pragma once

#include "data/dataset.h"

namespace disteval {

// A file written from Python with
//     torch.save({"inputs": x, "labels": y}, "val.pt")
// x: a tensor [N, ...] of float32/float64/float16/bfloat16 (used as is), uint8
// (divided by 255) or another integer type (token ids: int64, as is); or a dict
// {name: tensor [N, ...]} passed to forward by keyword, or a list of tensors passed
// positionally. y: an integer tensor [N] of class indices >= 0, or for the other tasks
// a tensor [N, ...] of integers, booleans or reals (docs/TASKS.md). Optional keys:
// "class_names" (a list of N_classes strings) and "num_classes" (an int), which
// declare the class count when the labels do not use every class.
class TensorFileDataset : public Dataset
{
public:
    // Throws std::runtime_error naming the file and the problem.
    explicit TensorFileDataset(const std::string &path);

    // True when the file is a zip archive as torch.save writes it.
    static bool looksLikeTensorFile(const std::string &path);

    std::string format() const override { return "tensor-file"; }
    std::string path() const override { return m_path; }
    int64_t size() const override { return m_labels.size(0); }
    std::vector<int64_t> sampleShape() const override;
    int numClasses() const override { return m_numClasses; }
    std::vector<std::string> classNames() const override { return m_classNames; }
    std::vector<std::string> inputNames() const override { return m_inputNames; }
    bool inputsByKeyword() const override { return m_byKeyword; }
    std::vector<int64_t> labelShape() const override;
    bool realLabels() const override { return m_labels.is_floating_point(); }
    Batch load(int64_t first, int64_t count) const override;

private:
    std::string m_path;
    torch::Tensor m_inputs;
    std::vector<torch::Tensor> m_moreInputs;
    std::vector<std::string> m_inputNames;
    bool m_byKeyword = false;
    torch::Tensor m_labels;
    int m_numClasses = 0;
    std::vector<std::string> m_classNames;
};

} // namespace disteval
