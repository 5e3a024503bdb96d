#include "data/idxdataset.h"

#include "util/fileutil.h"

#include <algorithm>
#include <stdexcept>

namespace disteval {

namespace {
constexpr uint32_t kImagesMagic = 0x00000803; // uint8, 3 dimensions
constexpr uint32_t kLabelsMagic = 0x00000801; // uint8, 1 dimension

uint32_t bigEndian32(const uint8_t *p)
{
    return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | uint32_t(p[3]);
}

std::string hex(uint32_t v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08x", v);
    return buf;
}

std::string replaceAll(std::string s, const std::string &from, const std::string &to)
{
    size_t pos = 0;
    while ((pos = s.find(from, pos)) != std::string::npos) {
        s.replace(pos, from.size(), to);
        pos += to.size();
    }
    return s;
}
} // namespace

std::string IdxDataset::findLabelsFile(const std::string &imagesPath)
{
    const std::string folder = parentFolder(imagesPath);
    std::string name = fileName(imagesPath);
    std::string base = name;
    if (endsWith(base, ".gz"))
        base.resize(base.size() - 3);
    std::string labels = replaceAll(replaceAll(base, "images", "labels"), "idx3", "idx1");
    if (labels == base)
        return {};
    for (const std::string &candidate : {labels, labels + ".gz"}) {
        const std::string p = joinPath(folder, candidate);
        if (fileExists(p))
            return p;
    }
    return {};
}

bool IdxDataset::looksLikeIdxImages(const std::string &path)
{
    try {
        const std::vector<uint8_t> head = readPrefixMaybeGzip(path, 4);
        return head.size() == 4 && bigEndian32(head.data()) == kImagesMagic;
    } catch (const std::exception &) {
        return false;
    }
}

IdxDataset::IdxDataset(const std::string &imagesPath)
    : m_path(imagesPath)
{
    m_labelsPath = findLabelsFile(imagesPath);
    if (m_labelsPath.empty())
        throw std::runtime_error("IDX images file '" + imagesPath
                                 + "': no labels file beside it (expected the same name with "
                                   "'images' -> 'labels' and 'idx3' -> 'idx1')");
    std::vector<uint8_t> images = readFileMaybeGzip(imagesPath);
    if (images.size() < 16)
        throw std::runtime_error("IDX images file '" + imagesPath + "' is truncated: "
                                 + std::to_string(images.size()) + " bytes, no complete header");
    const uint32_t magic = bigEndian32(images.data());
    if (magic != kImagesMagic)
        throw std::runtime_error("IDX images file '" + imagesPath + "' has magic number "
                                 + hex(magic) + ", expected " + hex(kImagesMagic)
                                 + " (unsigned bytes, 3 dimensions)");
    m_count = bigEndian32(images.data() + 4);
    m_rows = bigEndian32(images.data() + 8);
    m_columns = bigEndian32(images.data() + 12);
    const uint64_t expected = 16 + uint64_t(m_count) * uint64_t(m_rows) * uint64_t(m_columns);
    if (images.size() < expected)
        throw std::runtime_error("IDX images file '" + imagesPath
                                 + "' is truncated: the header "
                                   "announces "
                                 + std::to_string(m_count) + " images of " + std::to_string(m_rows)
                                 + "x" + std::to_string(m_columns) + " (" + std::to_string(expected)
                                 + " bytes) but the file has " + std::to_string(images.size())
                                 + " bytes");
    if (m_rows == 0 || m_columns == 0)
        throw std::runtime_error("IDX images file '" + imagesPath + "' declares empty images");

    std::vector<uint8_t> labels = readFileMaybeGzip(m_labelsPath);
    if (labels.size() < 8)
        throw std::runtime_error("IDX labels file '" + m_labelsPath + "' is truncated: "
                                 + std::to_string(labels.size()) + " bytes, no complete header");
    const uint32_t labelsMagic = bigEndian32(labels.data());
    if (labelsMagic != kLabelsMagic)
        throw std::runtime_error("IDX labels file '" + m_labelsPath + "' has magic number "
                                 + hex(labelsMagic) + ", expected " + hex(kLabelsMagic)
                                 + " (unsigned bytes, 1 dimension)");
    const uint32_t labelCount = bigEndian32(labels.data() + 4);
    if (labelCount != m_count)
        throw std::runtime_error("IDX files disagree: '" + imagesPath + "' has "
                                 + std::to_string(m_count) + " images but '" + m_labelsPath
                                 + "' has " + std::to_string(labelCount) + " labels");
    if (labels.size() < 8 + uint64_t(labelCount))
        throw std::runtime_error("IDX labels file '" + m_labelsPath
                                 + "' is truncated: the header "
                                   "announces "
                                 + std::to_string(labelCount) + " labels but only "
                                 + std::to_string(labels.size() - 8) + " follow");

    m_pixels.assign(images.begin() + 16, images.begin() + static_cast<std::ptrdiff_t>(expected));
    m_labels.assign(labels.begin() + 8, labels.begin() + 8 + labelCount);
    int maxLabel = -1;
    for (uint8_t l : m_labels)
        maxLabel = std::max(maxLabel, int(l));
    m_numClasses = maxLabel + 1;
}

Batch IdxDataset::load(int64_t first, int64_t count) const
{
    if (first < 0 || count < 0 || first + count > m_count)
        throw std::out_of_range("IdxDataset::load outside the dataset");
    const int64_t pixels = m_rows * m_columns;
    Batch b;
    auto raw = torch::from_blob(const_cast<uint8_t *>(m_pixels.data() + first * pixels),
                                {count, 1, m_rows, m_columns}, torch::kUInt8);
    b.inputs = raw.to(torch::kFloat32).div_(255.0f);
    b.labels = torch::empty({count}, torch::kInt64);
    int64_t *out = b.labels.data_ptr<int64_t>();
    for (int64_t i = 0; i < count; ++i)
        out[i] = m_labels[static_cast<size_t>(first + i)];
    return b;
}

} // namespace disteval
