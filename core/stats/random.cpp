#include "stats/random.h"

namespace disteval {

namespace {
uint64_t splitmix64(uint64_t &x)
{
    uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

inline uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

__extension__ typedef unsigned __int128 uint128;
} // namespace

Rng::Rng(uint64_t seed, uint64_t stream)
{
    uint64_t x = seed;
    const uint64_t mixedSeed = splitmix64(x);
    x = stream ^ 0x6a09e667f3bcc909ULL;
    uint64_t y = mixedSeed ^ splitmix64(x);
    for (uint64_t &s : m_state)
        s = splitmix64(y);
}

uint64_t Rng::next()
{
    const uint64_t result = rotl(m_state[0] + m_state[3], 23) + m_state[0];
    const uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

uint64_t Rng::below(uint64_t bound)
{
    uint128 m = static_cast<uint128>(next()) * bound;
    uint64_t low = static_cast<uint64_t>(m);
    if (low < bound) {
        const uint64_t threshold = (0 - bound) % bound;
        while (low < threshold) {
            m = static_cast<uint128>(next()) * bound;
            low = static_cast<uint64_t>(m);
        }
    }
    return static_cast<uint64_t>(m >> 64);
}

uint64_t streamId(const char *label, uint64_t index)
{
    uint64_t h = 0xcbf29ce484222325ULL; // FNV-1a of the label, then the index mixed in
    for (const char *p = label; *p; ++p) {
        h ^= static_cast<unsigned char>(*p);
        h *= 0x100000001b3ULL;
    }
    uint64_t x = h ^ index;
    return splitmix64(x);
}

} // namespace disteval
