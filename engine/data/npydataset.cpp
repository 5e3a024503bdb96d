#include "data/npydataset.h"

#include "data/npyheader.h"

#include "evaluation/limits.h"
#include "io/regularfile.h"
#include "util/fileutil.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace disteval {

namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr size_t kMagicLength = 6;

std::string replaceLast(const std::string &s, const std::string &from, const std::string &to)
{
    const size_t pos = s.rfind(from);
    if (pos == std::string::npos)
        return {};
    return s.substr(0, pos) + to + s.substr(pos + from.size());
}

size_t pageSize()
{
    static const size_t page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
    return page;
}

} // namespace

bool NpyDataset::looksLikeNpy(const std::string &path)
{
    try {
        const std::vector<uint8_t> head = readPrefixMaybeGzip(path, kMagicLength);
        return head.size() == kMagicLength && std::memcmp(head.data(), kMagic, kMagicLength) == 0;
    } catch (const std::exception &) {
        return false;
    }
}

std::string NpyDataset::findLabelsFile(const std::string &inputsPath)
{
    const std::string folder = parentFolder(inputsPath);
    const std::string name = fileName(inputsPath);
    for (const auto &[from, to] : {std::pair<const char *, const char *>{"inputs", "labels"},
                                   {"images", "labels"},
                                   {"x", "y"},
                                   {"X", "y"}}) {
        const std::string candidate = replaceLast(name, from, to);
        if (!candidate.empty() && candidate != name && fileExists(joinPath(folder, candidate)))
            return joinPath(folder, candidate);
    }
    return {};
}

NpyDataset::Mapping NpyDataset::mapFile(const std::string &path)
{
    int64_t fileSize = 0;
    const int fd = openRegularFile(path, &fileSize); // never blocks on a FIFO
    struct stat st
    {
    };
    st.st_size = static_cast<off_t>(fileSize);
    if (st.st_size < 10) {
        ::close(fd);
        throw std::runtime_error(".npy file '" + path + "' is " + std::to_string(st.st_size)
                                 + " bytes, too short for a header");
    }
    Mapping m;
    m.length = static_cast<size_t>(st.st_size);
    m.address = ::mmap(nullptr, m.length, PROT_READ, MAP_SHARED, fd, 0);
    const int error = errno;
    ::close(fd);
    if (m.address == MAP_FAILED)
        throw std::runtime_error("cannot map '" + path + "': " + std::strerror(error));
    return m;
}

void NpyDataset::release(const Mapping &m, size_t offset, size_t length)
{
    if (length == 0)
        return;
    const size_t page = pageSize();
    const size_t start = offset / page * page;
    const size_t end = std::min((offset + length + page - 1) / page * page,
                                (m.length + page - 1) / page * page);
    ::madvise(static_cast<uint8_t *>(m.address) + start, end - start, MADV_DONTNEED);
}

int64_t NpyDataset::labelAt(const uint8_t *data, int64_t i) const
{
    const uint8_t *p = data + size_t(i) * size_t(m_labelArray.itemBytes);
    const bool sign = m_labelArray.kind == 'i';
    switch (m_labelArray.itemBytes) {
    case 1:
        return sign ? int64_t(*reinterpret_cast<const int8_t *>(p)) : int64_t(*p);
    case 2: {
        uint16_t v;
        std::memcpy(&v, p, 2);
        return sign ? int64_t(int16_t(v)) : int64_t(v);
    }
    case 4: {
        uint32_t v;
        std::memcpy(&v, p, 4);
        return sign ? int64_t(int32_t(v)) : int64_t(v);
    }
    default: {
        uint64_t v;
        std::memcpy(&v, p, 8);
        // An unsigned value above 2^63 reads as negative and is refused as such.
        return int64_t(v);
    }
    }
}

NpyDataset::NpyDataset(const std::string &inputsPath)
    : m_path(inputsPath)
{
    m_labelsPath = findLabelsFile(inputsPath);
    if (m_labelsPath.empty())
        throw std::runtime_error(".npy inputs file '" + inputsPath
                                 + "': no labels file beside it (expected the same name with "
                                   "'inputs' -> 'labels', e.g. val-labels.npy)");
    try {
        m_inputs = mapFile(inputsPath);
        m_inputArray = parseNpyHeader(inputsPath, static_cast<const uint8_t *>(m_inputs.address),
                                      m_inputs.length);
        const NpyArray &in = m_inputArray;
        const bool inputOk
                = (in.kind == 'f' && (in.itemBytes == 2 || in.itemBytes == 4 || in.itemBytes == 8))
                  || (in.kind == 'u' && in.itemBytes == 1);
        if (!inputOk)
            throw std::runtime_error(".npy inputs file '" + inputsPath + "' holds dtype "
                                     + std::string(1, in.kind) + std::to_string(in.itemBytes)
                                     + "; use float32, float64, float16 or uint8");
        if (in.shape.size() < 2)
            throw std::runtime_error(".npy inputs file '" + inputsPath
                                     + "' must hold an array [N, ...] of at least 2 dimensions");
        m_count = in.shape[0];
        m_sampleShape.assign(in.shape.begin() + 1, in.shape.end());
        m_sampleElements = 1;
        for (int64_t d : m_sampleShape)
            m_sampleElements *= d;

        m_labelsMap = mapFile(m_labelsPath);
        m_labelArray
                = parseNpyHeader(m_labelsPath, static_cast<const uint8_t *>(m_labelsMap.address),
                                 m_labelsMap.length);
        const NpyArray &lab = m_labelArray;
        if ((lab.kind != 'i' && lab.kind != 'u')
            || (lab.itemBytes != 1 && lab.itemBytes != 2 && lab.itemBytes != 4
                && lab.itemBytes != 8))
            throw std::runtime_error(".npy labels file '" + m_labelsPath
                                     + "' must hold integers, not dtype " + std::string(1, lab.kind)
                                     + std::to_string(lab.itemBytes));
        if (lab.shape.size() != 1)
            throw std::runtime_error(".npy labels file '" + m_labelsPath
                                     + "' must hold a 1-dimensional array [N]");
        if (lab.shape[0] != m_count)
            throw std::runtime_error(".npy files disagree: '" + inputsPath + "' has "
                                     + std::to_string(m_count) + " samples but '" + m_labelsPath
                                     + "' has " + std::to_string(lab.shape[0]) + " labels");
        // The label range, scanned in chunks whose pages are released as it goes.
        const auto *labels = static_cast<const uint8_t *>(m_labelsMap.address) + lab.dataOffset;
        constexpr int64_t kChunk = int64_t(1) << 20;
        int64_t maxLabel = -1;
        for (int64_t start = 0; start < m_count; start += kChunk) {
            const int64_t stop = std::min(m_count, start + kChunk);
            for (int64_t i = start; i < stop; ++i) {
                const int64_t l = labelAt(labels, i);
                if (l < 0)
                    throw std::runtime_error(".npy labels file '" + m_labelsPath + "': label "
                                             + std::to_string(l) + " at index " + std::to_string(i)
                                             + " is negative");
                maxLabel = std::max(maxLabel, l);
            }
            release(m_labelsMap, lab.dataOffset + size_t(start) * size_t(lab.itemBytes),
                    size_t(stop - start) * size_t(lab.itemBytes));
        }
        if (maxLabel >= kMaxClasses)
            throw std::runtime_error(".npy labels file '" + m_labelsPath + "': a label is "
                                     + std::to_string(maxLabel) + "; disteval evaluates at most "
                                     + std::to_string(kMaxClasses) + " classes");
        m_numClasses = static_cast<int>(maxLabel + 1);
        release(m_inputs, 0, m_inputArray.dataOffset);
    } catch (...) {
        if (m_inputs.address)
            ::munmap(m_inputs.address, m_inputs.length);
        if (m_labelsMap.address)
            ::munmap(m_labelsMap.address, m_labelsMap.length);
        throw;
    }
}

NpyDataset::~NpyDataset()
{
    ::munmap(m_inputs.address, m_inputs.length);
    ::munmap(m_labelsMap.address, m_labelsMap.length);
}

Batch NpyDataset::load(int64_t first, int64_t count) const
{
    if (first < 0 || count < 0 || first + count > m_count)
        throw std::out_of_range("NpyDataset::load outside the dataset");
    const size_t sampleBytes = size_t(m_sampleElements) * size_t(m_inputArray.itemBytes);
    const size_t offset = m_inputArray.dataOffset + size_t(first) * sampleBytes;
    const size_t length = size_t(count) * sampleBytes;
    auto *base = static_cast<uint8_t *>(m_inputs.address);
    {
        const size_t page = pageSize();
        const size_t start = offset / page * page;
        ::madvise(base + start, offset + length - start, MADV_WILLNEED);
    }
    std::vector<int64_t> shape{count};
    shape.insert(shape.end(), m_sampleShape.begin(), m_sampleShape.end());
    torch::ScalarType type = torch::kFloat32;
    if (m_inputArray.kind == 'u')
        type = torch::kUInt8;
    else if (m_inputArray.itemBytes == 2)
        type = torch::kFloat16;
    else if (m_inputArray.itemBytes == 8)
        type = torch::kFloat64;
    const torch::Tensor raw = torch::from_blob(base + offset, shape, type);
    Batch b;
    // The same conversions as the tensor-file format, so both give the same floats.
    if (type == torch::kFloat32)
        b.inputs = raw.clone();
    else if (type == torch::kUInt8)
        b.inputs = raw.to(torch::kFloat32).div_(255.0f);
    else
        b.inputs = raw.to(torch::kFloat32);
    b.labels = torch::empty({count}, torch::kInt64);
    int64_t *out = b.labels.data_ptr<int64_t>();
    const auto *labels
            = static_cast<const uint8_t *>(m_labelsMap.address) + m_labelArray.dataOffset;
    for (int64_t i = 0; i < count; ++i)
        out[i] = labelAt(labels, first + i);
    release(m_inputs, offset, length);
    release(m_labelsMap, m_labelArray.dataOffset + size_t(first) * size_t(m_labelArray.itemBytes),
            size_t(count) * size_t(m_labelArray.itemBytes));
    return b;
}

} // namespace disteval
