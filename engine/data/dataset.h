#pragma once

#include <torch/script.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace disteval {

struct Batch
{
    torch::Tensor inputs; // float32 [count, ...sampleShape] (int64 for integer inputs), CPU
    // The further inputs of a model with several (Dataset::inputNames), in order.
    std::vector<torch::Tensor> moreInputs;
    // int64 [count] class indices; for other tasks [count, ...labelShape] int64 or
    // float64 (Dataset::realLabels)
    torch::Tensor labels;
    // Samples left out because their file could not be decoded ("file: reason"), only
    // when the dataset was opened to skip them; inputs and labels then hold fewer than
    // the requested count.
    std::vector<std::string> skipped;
    // With skipped samples: the global index of every row that was kept (empty when the
    // rows are the requested samples, in order).
    std::vector<int64_t> indices;
};

// A labelled dataset the engine can read in contiguous slices. Implementations read
// only what load() asks for where the format allows it.
class Dataset
{
public:
    virtual ~Dataset();

    virtual std::string format() const = 0; // "idx", "tensor-file", ...
    virtual std::string path() const = 0;
    virtual int64_t size() const = 0;
    virtual std::vector<int64_t> sampleShape() const = 0;
    // Number of classes the dataset declares, or max label + 1 when it declares none.
    virtual int numClasses() const = 0;
    // Class names the dataset itself carries (empty when none).
    virtual std::vector<std::string> classNames() const { return {}; }
    // Names of the model's inputs when there are several (the dict keys they are passed
    // by, or "0", "1", ... for positional ones); empty for one input.
    virtual std::vector<std::string> inputNames() const { return {}; }
    virtual bool inputsByKeyword() const { return false; }
    // Per-sample label shape ([] for one class index) and whether labels are real numbers.
    virtual std::vector<int64_t> labelShape() const { return {}; }
    virtual bool realLabels() const { return false; }
    // Samples [first, first + count); throws std::runtime_error naming the file when
    // the data cannot be read. Requires first + count <= size().
    virtual Batch load(int64_t first, int64_t count) const = 0;
    // The files the dataset was read from (for its fingerprint).
    virtual std::vector<std::string> files() const { return {path()}; }
};

// A content fingerprint of the dataset: SHA-256 over its sample count and the SHA-256 of
// each of its files. Reads every file once; throws std::runtime_error naming a file that
// cannot be read.
std::string datasetFingerprint(const Dataset &dataset);

} // namespace disteval
