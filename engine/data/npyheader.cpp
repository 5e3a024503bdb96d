#include "data/npyheader.h"

#include "io/regularfile.h"

#include <cstring>
#include <stdexcept>

namespace disteval {

namespace {
constexpr char kMagic[] = "\x93NUMPY";
constexpr size_t kMagicLength = 6;

// The text after `'key':` in a NumPy header dict, spaces skipped; npos when absent.
size_t valueOf(const std::string &header, const std::string &key)
{
    size_t pos = header.find("'" + key + "'");
    if (pos == std::string::npos)
        return std::string::npos;
    pos = header.find(':', pos);
    if (pos == std::string::npos)
        return std::string::npos;
    ++pos;
    while (pos < header.size() && header[pos] == ' ')
        ++pos;
    return pos;
}

} // namespace

NpyArray parseNpyHeader(const std::string &path, const uint8_t *bytes, size_t length)
{
    auto fail = [&](const std::string &why) {
        return std::runtime_error(".npy file '" + path + "': " + why);
    };
    if (length < 10 || std::memcmp(bytes, kMagic, kMagicLength) != 0)
        throw fail("not a NumPy .npy file (no \\x93NUMPY magic)");
    const int major = bytes[6];
    size_t headerLength = 0;
    size_t headerStart = 0;
    if (major == 1) {
        headerLength = size_t(bytes[8]) | (size_t(bytes[9]) << 8);
        headerStart = 10;
    } else if (major == 2 || major == 3) {
        if (length < 12)
            throw fail("truncated header");
        headerLength = size_t(bytes[8]) | (size_t(bytes[9]) << 8) | (size_t(bytes[10]) << 16)
                       | (size_t(bytes[11]) << 24);
        headerStart = 12;
    } else {
        throw fail("format version " + std::to_string(major) + " is not supported");
    }
    if (headerStart + headerLength > length)
        throw fail("truncated header");
    const std::string header(reinterpret_cast<const char *>(bytes) + headerStart, headerLength);
    NpyArray a;
    a.dataOffset = headerStart + headerLength;

    size_t pos = valueOf(header, "descr");
    if (pos == std::string::npos || pos >= header.size() || header[pos] != '\'')
        throw fail("header without a plain 'descr' (structured dtypes are not supported)");
    const size_t end = header.find('\'', pos + 1);
    if (end == std::string::npos)
        throw fail("malformed header");
    const std::string descr = header.substr(pos + 1, end - pos - 1);
    if (descr.size() < 3 || (descr[0] != '<' && descr[0] != '|' && descr[0] != '='))
        throw fail("dtype '" + descr + "' is not a little-endian number (write it with "
                   + "x.astype(x.dtype.newbyteorder('<')))");
    a.kind = descr[1];
    const std::string width = descr.substr(2);
    if (width != "1" && width != "2" && width != "4" && width != "8")
        throw fail("dtype '" + descr + "' is not supported");
    a.itemBytes = width[0] - '0';

    pos = valueOf(header, "fortran_order");
    if (pos == std::string::npos)
        throw fail("malformed header (no fortran_order)");
    if (header.compare(pos, 4, "True") == 0)
        throw fail("the array is in Fortran order; save np.ascontiguousarray(x)");

    pos = valueOf(header, "shape");
    if (pos == std::string::npos || header[pos] != '(')
        throw fail("malformed header (no shape)");
    const size_t close = header.find(')', pos);
    if (close == std::string::npos)
        throw fail("malformed header (shape)");
    std::string dims = header.substr(pos + 1, close - pos - 1);
    size_t p = 0;
    while (p < dims.size()) {
        while (p < dims.size() && (dims[p] == ' ' || dims[p] == ','))
            ++p;
        if (p >= dims.size())
            break;
        size_t used = 0;
        long long v = 0;
        try {
            v = std::stoll(dims.substr(p), &used);
        } catch (const std::exception &) {
            throw fail("malformed shape '(" + dims + ")'");
        }
        if (v < 0 || v > kMaxNpyDimension)
            throw fail("malformed shape '(" + dims + ")'");
        a.shape.push_back(v);
        p += used;
    }
    // Every size from the header is computed with overflow checks: a shape whose product
    // with the item size wraps past 2^64 must not pass the size check below.
    int64_t elements = 1;
    for (int64_t d : a.shape)
        if (!checkedMultiply(elements, d, &elements))
            throw fail("shape too large (its size does not fit in 63 bits)");
    int64_t dataBytes = 0;
    int64_t need = 0;
    if (!checkedMultiply(elements, a.itemBytes, &dataBytes)
        || !checkedAdd(static_cast<int64_t>(a.dataOffset), dataBytes, &need))
        throw fail("shape too large (its size does not fit in 63 bits)");
    a.elements = elements;
    if (static_cast<int64_t>(length) < need)
        throw fail("truncated: the header announces " + std::to_string(need) + " bytes but the "
                   + "file has " + std::to_string(length));
    return a;
}

} // namespace disteval
