#pragma once

#include "data/dataset.h"
#include "data/idxheader.h"

namespace disteval {

// The IDX format of the MNIST family (Fashion-MNIST, KMNIST, EMNIST ...), gzip-compressed
// or plain. `imagesPath` is the images file (magic 0x00000803, uint8, [N, H, W]); the
// labels file (magic 0x00000801, uint8, [N]) is found beside it by the usual naming:
// "images" -> "labels" and "idx3" -> "idx1" in the file name, with or without ".gz".
// Images become float32 in [0, 1] (value / 255) of shape [N, 1, H, W].
class IdxDataset : public Dataset
{
public:
    // Throws std::runtime_error naming the file for a missing labels file, a wrong
    // magic number, a truncated file, or image and label counts that differ.
    explicit IdxDataset(const std::string &imagesPath);

    // The labels file that belongs to `imagesPath`, or "" when none exists.
    static std::string findLabelsFile(const std::string &imagesPath);
    // True when the file starts with an IDX image magic (after gunzip if gzipped).
    static bool looksLikeIdxImages(const std::string &path);

    std::string format() const override { return "idx"; }
    std::string path() const override { return m_path; }
    int64_t size() const override { return m_count; }
    std::vector<int64_t> sampleShape() const override { return {1, m_rows, m_columns}; }
    int numClasses() const override { return m_numClasses; }
    Batch load(int64_t first, int64_t count) const override;
    std::vector<std::string> files() const override { return {m_path, m_labelsPath}; }

    std::string labelsPath() const { return m_labelsPath; }

private:
    // The data of a file whose header announced `header.totalBytes`, without its header;
    // throws when the file is shorter or longer than announced.
    static std::vector<uint8_t> readAnnounced(const std::string &path, const char *kind,
                                              const IdxHeader &header, const std::string &what);

    std::string m_path;
    std::string m_labelsPath;
    int64_t m_count = 0;
    int64_t m_rows = 0;
    int64_t m_columns = 0;
    int m_numClasses = 0;
    std::vector<uint8_t> m_pixels;
    std::vector<uint8_t> m_labels;
};

} // namespace disteval
