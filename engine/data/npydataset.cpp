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

namespace {
// "PREFIXinputs.NAME.npy" -> {"PREFIXinputs.", "NAME"}; {"", ""} for other names.
std::pair<std::string, std::string> splitInputName(const std::string &name)
{
    const size_t at = name.rfind("inputs.");
    if (at == std::string::npos || name.size() < 4 || name.compare(name.size() - 4, 4, ".npy") != 0)
        return {};
    const size_t start = at + 7;
    if (start >= name.size() - 4)
        return {};
    return {name.substr(0, start), name.substr(start, name.size() - 4 - start)};
}

bool allDigits(const std::string &s)
{
    return !s.empty()
           && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

std::string NpyDataset::inputsInFolder(const std::string &folder)
{
    if (!fileExists(joinPath(folder, "labels.npy")))
        return {};
    if (fileExists(joinPath(folder, "inputs.npy")))
        return joinPath(folder, "inputs.npy");
    for (const std::string &name : listFolder(folder))
        if (splitInputName(name).first == "inputs.")
            return joinPath(folder, name);
    return {};
}

std::string NpyDataset::findLabelsFile(const std::string &inputsPath)
{
    const std::string folder = parentFolder(inputsPath);
    const std::string name = fileName(inputsPath);
    const auto [prefix, input] = splitInputName(name);
    if (!prefix.empty()) {
        const std::string labels = prefix.substr(0, prefix.size() - 7) + "labels.npy";
        return fileExists(joinPath(folder, labels)) ? joinPath(folder, labels) : std::string();
    }
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
    // Every input file of the set (one, or PREFIXinputs.NAME.npy for several).
    const auto [prefix, firstName] = splitInputName(fileName(inputsPath));
    if (prefix.empty()) {
        m_inputs.push_back(Input{"", inputsPath, {}, {}, 0});
    } else {
        const std::string folder = parentFolder(inputsPath);
        for (const std::string &name : listFolder(folder)) {
            const auto [p, n] = splitInputName(name);
            if (p == prefix)
                m_inputs.push_back(Input{n, joinPath(folder, name), {}, {}, 0});
        }
        const bool positional = std::all_of(m_inputs.begin(), m_inputs.end(),
                                            [](const Input &i) { return allDigits(i.name); });
        if (positional)
            std::sort(m_inputs.begin(), m_inputs.end(), [](const Input &a, const Input &b) {
                return a.name.size() != b.name.size() ? a.name.size() < b.name.size()
                                                      : a.name < b.name;
            });
        m_byKeyword = !positional;
        if (m_inputs.size() == 1 && positional)
            m_inputs.front().name.clear();
    }
    (void)firstName;
    m_path = m_inputs.front().path;
    try {
        for (size_t i = 0; i < m_inputs.size(); ++i)
            openInput(m_inputs[i], i == 0);
        const NpyArray &in = m_inputs.front().array;
        m_count = in.shape[0];
        m_sampleShape.assign(in.shape.begin() + 1, in.shape.end());
        m_sampleElements = m_inputs.front().sampleElements;

        m_labelsMap = mapFile(m_labelsPath);
        m_labelArray
                = parseNpyHeader(m_labelsPath, static_cast<const uint8_t *>(m_labelsMap.address),
                                 m_labelsMap.length);
        const NpyArray &lab = m_labelArray;
        const bool integers = (lab.kind == 'i' || lab.kind == 'u')
                              && (lab.itemBytes == 1 || lab.itemBytes == 2 || lab.itemBytes == 4
                                  || lab.itemBytes == 8);
        const bool reals = lab.kind == 'f' && (lab.itemBytes == 4 || lab.itemBytes == 8);
        const bool booleans = lab.kind == 'b' && lab.itemBytes == 1;
        if (!integers && !reals && !booleans)
            throw std::runtime_error(
                    ".npy labels file '" + m_labelsPath
                    + "' must hold integers, booleans or float32/float64, not dtype "
                    + std::string(1, lab.kind) + std::to_string(lab.itemBytes));
        if (lab.shape.empty())
            throw std::runtime_error(".npy labels file '" + m_labelsPath
                                     + "' must hold an array [N, ...]");
        if (lab.shape[0] != m_count)
            throw std::runtime_error(".npy files disagree: '" + m_path + "' has "
                                     + std::to_string(m_count) + " samples but '" + m_labelsPath
                                     + "' has " + std::to_string(lab.shape[0]) + " labels");
        m_labelElements = m_count > 0 ? lab.elements / m_count : 1;
        for (size_t d = 1; m_count == 0 && d < lab.shape.size(); ++d)
            m_labelElements *= lab.shape[d];
        // Class indices (1-D integers): the range, scanned in chunks whose pages are
        // released as it goes. The other tasks' labels are checked against the model.
        const bool classIndices = integers && lab.shape.size() == 1;
        const auto *labels = static_cast<const uint8_t *>(m_labelsMap.address) + lab.dataOffset;
        constexpr int64_t kChunk = int64_t(1) << 20;
        int64_t maxLabel = -1;
        for (int64_t start = 0; classIndices && start < m_count; start += kChunk) {
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
    } catch (...) {
        for (const Input &i : m_inputs)
            if (i.map.address)
                ::munmap(i.map.address, i.map.length);
        if (m_labelsMap.address)
            ::munmap(m_labelsMap.address, m_labelsMap.length);
        throw;
    }
}

NpyDataset::~NpyDataset()
{
    for (const Input &i : m_inputs)
        ::munmap(i.map.address, i.map.length);
    ::munmap(m_labelsMap.address, m_labelsMap.length);
}

void NpyDataset::openInput(Input &input, bool first)
{
    const std::string &path = input.path;
    input.map = mapFile(path);
    input.array = parseNpyHeader(path, static_cast<const uint8_t *>(input.map.address),
                                 input.map.length);
    const NpyArray &in = input.array;
    // Unsigned integers wider than a byte have no LibTorch type of their own.
    const bool inputOk
            = (in.kind == 'f' && (in.itemBytes == 2 || in.itemBytes == 4 || in.itemBytes == 8))
              || (in.kind == 'u' && in.itemBytes == 1) || in.kind == 'i';
    if (!inputOk)
        throw std::runtime_error(".npy inputs file '" + path + "' holds dtype "
                                 + std::string(1, in.kind) + std::to_string(in.itemBytes)
                                 + "; use float32, float64, float16, uint8 or signed integers");
    if (in.shape.size() < (m_inputs.size() > 1 ? 1u : 2u))
        throw std::runtime_error(".npy inputs file '" + path
                                 + "' must hold an array [N, ...] of at least 2 dimensions");
    if (!first && in.shape[0] != m_inputs.front().array.shape[0])
        throw std::runtime_error(".npy files disagree: '" + m_inputs.front().path + "' has "
                                 + std::to_string(m_inputs.front().array.shape[0])
                                 + " samples but '" + path + "' has "
                                 + std::to_string(in.shape[0]));
    input.sampleElements = 1;
    for (size_t d = 1; d < in.shape.size(); ++d)
        input.sampleElements *= in.shape[d];
    release(input.map, 0, in.dataOffset);
}

std::vector<std::string> NpyDataset::inputNames() const
{
    std::vector<std::string> names;
    for (const Input &i : m_inputs)
        if (!i.name.empty())
            names.push_back(i.name);
    return names;
}

std::vector<int64_t> NpyDataset::labelShape() const
{
    return std::vector<int64_t>(m_labelArray.shape.begin() + 1, m_labelArray.shape.end());
}

std::vector<std::string> NpyDataset::files() const
{
    std::vector<std::string> out;
    for (const Input &i : m_inputs)
        out.push_back(i.path);
    out.push_back(m_labelsPath);
    return out;
}

Batch NpyDataset::load(int64_t first, int64_t count) const
{
    if (first < 0 || count < 0 || first + count > m_count)
        throw std::out_of_range("NpyDataset::load outside the dataset");
    Batch b;
    b.inputs = loadInput(m_inputs.front(), first, count);
    for (size_t i = 1; i < m_inputs.size(); ++i)
        b.moreInputs.push_back(loadInput(m_inputs[i], first, count));
    const auto *labels
            = static_cast<const uint8_t *>(m_labelsMap.address) + m_labelArray.dataOffset;
    const int64_t elements = count * m_labelElements;
    const int64_t start = first * m_labelElements;
    std::vector<int64_t> shape{count};
    const std::vector<int64_t> per = labelShape();
    shape.insert(shape.end(), per.begin(), per.end());
    if (m_labelArray.kind == 'f') {
        b.labels = torch::empty(shape, torch::kFloat64);
        double *out = b.labels.data_ptr<double>();
        for (int64_t i = 0; i < elements; ++i) {
            const uint8_t *p = labels + size_t(start + i) * size_t(m_labelArray.itemBytes);
            if (m_labelArray.itemBytes == 4) {
                float v;
                std::memcpy(&v, p, 4);
                out[i] = v;
            } else {
                std::memcpy(&out[i], p, 8);
            }
        }
    } else {
        b.labels = torch::empty(shape, torch::kInt64);
        int64_t *out = b.labels.data_ptr<int64_t>();
        for (int64_t i = 0; i < elements; ++i)
            out[i] = m_labelArray.kind == 'b' ? int64_t(labels[start + i] != 0)
                                              : labelAt(labels, start + i);
    }
    release(m_labelsMap, m_labelArray.dataOffset + size_t(start) * size_t(m_labelArray.itemBytes),
            size_t(elements) * size_t(m_labelArray.itemBytes));
    return b;
}

torch::Tensor NpyDataset::loadInput(const Input &input, int64_t first, int64_t count) const
{
    const size_t sampleBytes = size_t(input.sampleElements) * size_t(input.array.itemBytes);
    const size_t offset = input.array.dataOffset + size_t(first) * sampleBytes;
    const size_t length = size_t(count) * sampleBytes;
    auto *base = static_cast<uint8_t *>(input.map.address);
    {
        const size_t page = pageSize();
        const size_t start = offset / page * page;
        ::madvise(base + start, offset + length - start, MADV_WILLNEED);
    }
    std::vector<int64_t> shape{count};
    shape.insert(shape.end(), input.array.shape.begin() + 1, input.array.shape.end());
    const NpyArray &a = input.array;
    torch::ScalarType type = torch::kFloat32;
    if (a.kind == 'u' && a.itemBytes == 1)
        type = torch::kUInt8;
    else if (a.kind == 'i' || a.kind == 'u')
        type = a.itemBytes == 1   ? torch::kInt8
               : a.itemBytes == 2 ? torch::kInt16
               : a.itemBytes == 4 ? torch::kInt32
                                  : torch::kInt64;
    else if (a.itemBytes == 2)
        type = torch::kFloat16;
    else if (a.itemBytes == 8)
        type = torch::kFloat64;
    const torch::Tensor raw = torch::from_blob(base + offset, shape, type);
    torch::Tensor out;
    // The same conversions as the tensor-file format, so both give the same values.
    if (type == torch::kFloat32 || type == torch::kInt64)
        out = raw.clone();
    else if (type == torch::kUInt8)
        out = raw.to(torch::kFloat32).div_(255.0f);
    else if (c10::isIntegralType(type, false))
        out = raw.to(torch::kInt64);
    else
        out = raw.to(torch::kFloat32);
    release(input.map, offset, length);
    return out;
}

} // namespace disteval
