#pragma once

#include <cstdint>

namespace disteval {

// xoshiro256++ (Blackman and Vigna), seeded through splitmix64. Deterministic across
// platforms, so a seed reproduces the same bootstrap everywhere.
class Rng
{
public:
    // `stream` separates independent sequences drawn from the same user seed.
    Rng(uint64_t seed, uint64_t stream);

    uint64_t next();
    // Uniform on [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [0, bound); bound must be > 0. Unbiased (Lemire's method).
    uint64_t below(uint64_t bound);

private:
    uint64_t m_state[4];
};

// A stream id from a label and an index, for Rng's second argument.
uint64_t streamId(const char *label, uint64_t index);

} // namespace disteval
