#include "data/idxdataset.h"

#include "util/memory.h"

#include "util/fileutil.h"

#include <algorithm>
#include <stdexcept>

namespace disteval {

namespace {
constexpr uint32_t kImagesMagic = 0x00000803; // uint8, 3 dimensions

uint32_t bigEndian32(const uint8_t *p)
{
    return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | uint32_t(p[3]);
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
    // The headers first: the files are read only up to the size they announce (a small
    // .gz that inflates to gigabytes stops there), after checking that it fits in memory.
    const std::vector<uint8_t> imagesHead = readPrefixMaybeGzip(imagesPath, 16);
    const IdxHeader images = parseIdxImagesHeader(imagesPath, imagesHead.data(), imagesHead.size());
    const std::vector<uint8_t> labelsHead = readPrefixMaybeGzip(m_labelsPath, 8);
    const IdxHeader labels
            = parseIdxLabelsHeader(m_labelsPath, labelsHead.data(), labelsHead.size());
    if (labels.count != images.count)
        throw std::runtime_error("IDX files disagree: '" + imagesPath + "' has "
                                 + std::to_string(images.count) + " images but '" + m_labelsPath
                                 + "' has " + std::to_string(labels.count) + " labels");
    checkFitsInMemory(images.totalBytes + labels.totalBytes,
                      "IDX images file '" + imagesPath + "'");
    m_count = images.count;
    m_rows = images.rows;
    m_columns = images.columns;
    m_pixels = readAnnounced(imagesPath, "images", images,
                             std::to_string(m_count) + " images of " + std::to_string(m_rows) + "x"
                                     + std::to_string(m_columns));
    m_labels = readAnnounced(m_labelsPath, "labels", labels, std::to_string(m_count) + " labels");
    int maxLabel = -1;
    for (uint8_t l : m_labels)
        maxLabel = std::max(maxLabel, int(l));
    m_numClasses = maxLabel + 1;
}

std::vector<uint8_t> IdxDataset::readAnnounced(const std::string &path, const char *kind,
                                               const IdxHeader &header, const std::string &what)
{
    // One byte more than announced, to tell a longer file from an exact one.
    std::vector<uint8_t> bytes
            = readPrefixMaybeGzip(path, static_cast<size_t>(header.totalBytes) + 1);
    const int64_t got = static_cast<int64_t>(bytes.size());
    if (got < header.totalBytes)
        throw std::runtime_error(std::string("IDX ") + kind + " file '" + path
                                 + "' is truncated: the header announces " + what + " ("
                                 + std::to_string(header.totalBytes) + " bytes) but the file has "
                                 + std::to_string(got) + " bytes");
    if (got > header.totalBytes)
        throw std::runtime_error(std::string("IDX ") + kind + " file '" + path
                                 + "' holds more data than its header announces (" + what + ", "
                                 + std::to_string(header.totalBytes)
                                 + " bytes): damaged, or not an IDX file");
    const size_t headerBytes = std::string(kind) == "images" ? 16 : 8;
    bytes.erase(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(headerBytes));
    return bytes;
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
