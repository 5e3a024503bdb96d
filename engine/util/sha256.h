#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace disteval {

// SHA-256 (FIPS 180-4), used to identify model checkpoints in result files.
class Sha256
{
public:
    Sha256();
    void update(const void *data, size_t size);
    std::string hexDigest(); // finishes the hash; call once

    // Hex digest of a whole file; throws std::runtime_error naming the file.
    static std::string ofFile(const std::string &path);

private:
    void block(const uint8_t *p);
    uint32_t m_h[8];
    uint8_t m_buffer[64];
    size_t m_buffered = 0;
    uint64_t m_bytes = 0;
};

} // namespace disteval
