#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace disteval {

// The header of a NumPy .npy file (format versions 1 to 3), parsed without trusting
// it: every size derived from it is computed with overflow checks (core/io), and the
// data it announces must fit in the `length` bytes present.
struct NpyArray
{
    char kind = 0;         // 'f', 'u', 'i' (NumPy's dtype kind)
    int32_t itemBytes = 0; // 1, 2, 4 or 8
    std::vector<int64_t> shape;
    int64_t elements = 0; // product of the shape
    size_t dataOffset = 0;
};

// A dimension above this is refused as malformed (no real array has 2^40 rows).
constexpr int64_t kMaxNpyDimension = int64_t(1) << 40;

// Throws std::runtime_error naming `path`: not a .npy file, unsupported version or
// dtype, Fortran order, a malformed or too large shape, truncated data.
NpyArray parseNpyHeader(const std::string &path, const uint8_t *bytes, size_t length);

} // namespace disteval
