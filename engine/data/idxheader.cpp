#include "data/idxheader.h"

#include "io/regularfile.h"

#include <cstdio>
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

void checkMagic(const std::string &path, const char *kind, uint32_t magic, uint32_t expected)
{
    if (magic != expected)
        throw std::runtime_error(std::string("IDX ") + kind + " file '" + path
                                 + "' has magic number " + hex(magic) + ", expected "
                                 + hex(expected)
                                 + (expected == kImagesMagic ? " (unsigned bytes, 3 dimensions)"
                                                             : " (unsigned bytes, 1 dimension)"));
}

int64_t bounded(const std::string &path, const char *kind, int64_t total, bool ok)
{
    if (!ok || total > kMaxIdxBytes)
        throw std::runtime_error(std::string("IDX ") + kind + " file '" + path
                                 + "': the header announces more than "
                                 + std::to_string(kMaxIdxBytes >> 30)
                                 + " GiB of data, more than disteval reads from one IDX file");
    return total;
}
} // namespace

IdxHeader parseIdxImagesHeader(const std::string &path, const uint8_t *bytes, size_t size)
{
    if (size < 16)
        throw std::runtime_error("IDX images file '" + path + "' is truncated: "
                                 + std::to_string(size) + " bytes, no complete header");
    checkMagic(path, "images", bigEndian32(bytes), kImagesMagic);
    IdxHeader h;
    h.count = bigEndian32(bytes + 4);
    h.rows = bigEndian32(bytes + 8);
    h.columns = bigEndian32(bytes + 12);
    if (h.rows == 0 || h.columns == 0)
        throw std::runtime_error("IDX images file '" + path + "' declares empty images");
    int64_t pixels = 0, data = 0, total = 0;
    const bool ok = checkedMultiply(h.rows, h.columns, &pixels)
                    && checkedMultiply(pixels, h.count, &data) && checkedAdd(data, 16, &total);
    h.totalBytes = bounded(path, "images", total, ok);
    return h;
}

IdxHeader parseIdxLabelsHeader(const std::string &path, const uint8_t *bytes, size_t size)
{
    if (size < 8)
        throw std::runtime_error("IDX labels file '" + path + "' is truncated: "
                                 + std::to_string(size) + " bytes, no complete header");
    checkMagic(path, "labels", bigEndian32(bytes), kLabelsMagic);
    IdxHeader h;
    h.count = bigEndian32(bytes + 4);
    int64_t total = 0;
    const bool ok = checkedAdd(h.count, 8, &total);
    h.totalBytes = bounded(path, "labels", total, ok);
    return h;
}

} // namespace disteval
