#pragma once

#include "data/dataset.h"
#include "data/npyheader.h"

namespace disteval {

// Two NumPy .npy files, as written by
//     np.save("val-inputs.npy", x); np.save("val-labels.npy", y)
// x: [N, ...] of float32, float64, float16 (used as float32), uint8 (divided by 255) or
// another integer type (int64 as is: token ids), little-endian, C order; y: [N] of any
// integer type, values >= 0, or for the other tasks [N, ...] of integers, booleans or
// reals. Give the inputs file: its labels are the file of the same name with "inputs"
// (or "images", or "x") replaced by "labels" (or "y"); a folder holding inputs.npy and
// labels.npy works too.
//
// Several inputs: one file per input named PREFIXinputs.NAME.npy (e.g.
// val-inputs.input_ids.npy, val-inputs.attention_mask.npy) with labels
// PREFIXlabels.npy; give any of them or their folder. They are passed to the model by
// keyword (NAME), or positionally in numeric order when every NAME is a number.
//
// Both files are memory-mapped, never read whole: load() copies its slice and then
// releases those pages from the process (madvise MADV_DONTNEED; they stay in the page
// cache), so a rank touches only its own shard's input pages and its resident memory
// stays at the batches it holds, whatever N. The labels are scanned once (in chunks,
// released the same way) for their range.
class NpyDataset : public Dataset
{
public:
    // Throws std::runtime_error naming the file: no labels file beside it, not a .npy
    // file, an unsupported dtype, Fortran order, a big-endian dtype, a truncated file,
    // counts that differ, a negative label.
    explicit NpyDataset(const std::string &inputsPath);
    ~NpyDataset() override;
    NpyDataset(const NpyDataset &) = delete;
    NpyDataset &operator=(const NpyDataset &) = delete;

    // True when the file starts with the .npy magic.
    static bool looksLikeNpy(const std::string &path);
    // The labels file that belongs to `inputsPath`, or "" when none exists.
    static std::string findLabelsFile(const std::string &inputsPath);
    // The inputs file of a folder (inputs.npy, or the first inputs.NAME.npy) when it
    // also holds labels.npy, else "".
    static std::string inputsInFolder(const std::string &folder);

    std::string format() const override { return "npy"; }
    std::string path() const override { return m_path; }
    int64_t size() const override { return m_count; }
    std::vector<int64_t> sampleShape() const override { return m_sampleShape; }
    int numClasses() const override { return m_numClasses; }
    std::vector<std::string> inputNames() const override;
    bool inputsByKeyword() const override { return m_byKeyword; }
    std::vector<int64_t> labelShape() const override;
    bool realLabels() const override { return m_labelArray.kind == 'f'; }
    Batch load(int64_t first, int64_t count) const override;
    std::vector<std::string> files() const override;

private:
    struct Mapping
    {
        void *address = nullptr;
        size_t length = 0;
    };
    static Mapping mapFile(const std::string &path);
    // Drops the pages of [offset, offset + length) of `m` from this process.
    static void release(const Mapping &m, size_t offset, size_t length);
    int64_t labelAt(const uint8_t *data, int64_t i) const;

    struct Input
    {
        std::string name; // "" for a single input
        std::string path;
        Mapping map;
        NpyArray array;
        int64_t sampleElements = 0;
    };
    void openInput(Input &input, bool first);
    torch::Tensor loadInput(const Input &input, int64_t first, int64_t count) const;

    std::string m_path;
    std::string m_labelsPath;
    std::vector<Input> m_inputs;
    bool m_byKeyword = false;
    Mapping m_labelsMap;
    NpyArray m_labelArray;
    int64_t m_labelElements = 1; // per sample
    int64_t m_count = 0;
    int64_t m_sampleElements = 0;
    std::vector<int64_t> m_sampleShape;
    int m_numClasses = 0;
};

} // namespace disteval
