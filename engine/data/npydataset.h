#pragma once

#include "data/dataset.h"
#include "data/npyheader.h"

namespace disteval {

// Two NumPy .npy files, as written by
//     np.save("val-inputs.npy", x); np.save("val-labels.npy", y)
// x: [N, ...] of float32, float64, float16 (used as float32) or uint8 (divided by 255),
// little-endian, C order; y: [N] of any integer type, values >= 0. Give the inputs file:
// its labels are the file of the same name with "inputs" (or "images", or "x") replaced
// by "labels" (or "y"); a folder holding inputs.npy and labels.npy works too.
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

    std::string format() const override { return "npy"; }
    std::string path() const override { return m_path; }
    int64_t size() const override { return m_count; }
    std::vector<int64_t> sampleShape() const override { return m_sampleShape; }
    int numClasses() const override { return m_numClasses; }
    Batch load(int64_t first, int64_t count) const override;
    std::vector<std::string> files() const override { return {m_path, m_labelsPath}; }

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

    std::string m_path;
    std::string m_labelsPath;
    Mapping m_inputs;
    Mapping m_labelsMap;
    NpyArray m_inputArray;
    NpyArray m_labelArray;
    int64_t m_count = 0;
    int64_t m_sampleElements = 0;
    std::vector<int64_t> m_sampleShape;
    int m_numClasses = 0;
};

} // namespace disteval
