#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace disteval {

// The 16-byte header of an IDX images file (magic 0x00000803: uint8, [N, H, W]) or the
// 8-byte header of a labels file (0x00000801: uint8, [N]), parsed without trusting it:
// the total size it announces is computed with overflow checks and bounded, so that the
// reader never needs more than what the header says (and never believes a header whose
// sizes wrap past 2^64).
struct IdxHeader
{
    int64_t count = 0;
    int64_t rows = 0;       // images only
    int64_t columns = 0;    // images only
    int64_t totalBytes = 0; // header + data, as announced
};

// The most an IDX file may announce (header included): 64 GiB.
constexpr int64_t kMaxIdxBytes = int64_t(64) << 30;

// `bytes` holds at least the header (16 or 8 bytes; fewer is "truncated"). Throws
// std::runtime_error naming `path` and the problem.
IdxHeader parseIdxImagesHeader(const std::string &path, const uint8_t *bytes, size_t size);
IdxHeader parseIdxLabelsHeader(const std::string &path, const uint8_t *bytes, size_t size);

} // namespace disteval
