#include "stats/exactsum.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace disteval {

namespace {
__extension__ typedef unsigned __int128 uint128;

constexpr int64_t kDigit = int64_t(1) << 32;
constexpr uint64_t kDigitMask = 0xffffffffULL;
// Normalise before any limb could pass 2^62 (each unit of budget is < 2^32 per limb).
constexpr int64_t kBudgetLimit = int64_t(1) << 30;

// Carries every limb's excess into the next one; afterwards limbs 0..n-2 are in
// [0, 2^32) and the last one holds the (signed) rest.
void carry(int64_t *limbs, int n)
{
    for (int i = 0; i < n - 1; ++i) {
        const int64_t c = limbs[i] >> 32; // arithmetic shift: floor(limb / 2^32)
        limbs[i] -= c * kDigit;
        limbs[i + 1] += c;
    }
}
} // namespace

void ExactSum::spend(int64_t units)
{
    m_budget += units;
    if (m_budget > kBudgetLimit)
        normalize();
}

void ExactSum::add(double x, int64_t weight)
{
    if (!std::isfinite(x))
        throw std::invalid_argument("ExactSum: a non-finite term");
    if (weight <= -(int64_t(1) << 24) || weight >= (int64_t(1) << 24))
        throw std::invalid_argument("ExactSum: weight out of range");
    if (x == 0 || weight == 0)
        return;
    uint64_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    const bool negative = bits >> 63;
    const int biased = static_cast<int>((bits >> 52) & 0x7ff);
    uint64_t mantissa = bits & ((uint64_t(1) << 52) - 1);
    if (biased != 0)
        mantissa |= uint64_t(1) << 52;
    // x = mantissa * 2^(max(biased, 1) - 1075); bit position above 2^-1074:
    const int position = (biased == 0 ? 1 : biased) - 1;
    const int limb = position >> 5;
    const uint128 shifted = static_cast<uint128>(mantissa) << (position & 31); // < 2^85
    const int64_t sign = negative ? -weight : weight;
    m_limbs[static_cast<size_t>(limb)] += sign * static_cast<int64_t>(shifted & kDigitMask);
    m_limbs[static_cast<size_t>(limb + 1)]
            += sign * static_cast<int64_t>((shifted >> 32) & kDigitMask);
    m_limbs[static_cast<size_t>(limb + 2)] += sign * static_cast<int64_t>(shifted >> 64);
    spend(weight < 0 ? -weight : weight);
}

void ExactSum::add(const ExactSum &other)
{
    ExactSum o = other;
    o.normalize();
    normalize();
    for (int i = 0; i < kLimbs; ++i)
        m_limbs[static_cast<size_t>(i)] += o.m_limbs[static_cast<size_t>(i)];
    normalize();
}

void ExactSum::normalize()
{
    carry(m_limbs.data(), kLimbs);
    m_budget = 0;
}

bool ExactSum::isZero() const
{
    ExactSum c = *this;
    c.normalize();
    for (int64_t l : c.m_limbs)
        if (l != 0)
            return false;
    return true;
}

void ExactSum::pack(int64_t *limbs) const
{
    ExactSum c = *this;
    c.normalize();
    std::memcpy(limbs, c.m_limbs.data(), sizeof(int64_t) * kLimbs);
}

void ExactSum::unpack(const int64_t *limbs)
{
    std::memcpy(m_limbs.data(), limbs, sizeof(int64_t) * kLimbs);
    normalize();
}

void ExactSum::unpackAdd(const int64_t *limbs)
{
    ExactSum o;
    o.unpack(limbs);
    add(o);
}

bool ExactSum::operator==(const ExactSum &other) const
{
    ExactSum a = *this;
    ExactSum b = other;
    a.normalize();
    b.normalize();
    return a.m_limbs == b.m_limbs;
}

double ExactSum::value() const
{
    std::array<int64_t, kLimbs> l = m_limbs;
    carry(l.data(), kLimbs);
    const bool negative = l[kLimbs - 1] < 0;
    if (negative) {
        for (int64_t &v : l)
            v = -v;
        carry(l.data(), kLimbs);
    }
    int top = kLimbs - 1;
    while (top >= 0 && l[static_cast<size_t>(top)] == 0)
        --top;
    if (top < 0)
        return 0.0;
    // The magnitude is sum_i l[i] 2^(32 i) quanta of 2^-1074, every l[i] in [0, 2^32)
    // (the top limb is far below 2^32 for any reachable total).
    const uint64_t topLimb = static_cast<uint64_t>(l[static_cast<size_t>(top)]);
    const int topBits = 64 - __builtin_clzll(topLimb);
    const int totalBits = 32 * top + topBits;
    auto bitsFrom = [&](int limb) -> uint128 { // limbs limb .. limb+2 as one number
        uint128 v = 0;
        for (int k = 2; k >= 0; --k) {
            v <<= 32;
            const int idx = limb + k;
            if (idx >= 0 && idx < kLimbs)
                v |= static_cast<uint64_t>(l[static_cast<size_t>(idx)]);
        }
        return v;
    };
    double result;
    if (totalBits <= 64) {
        const uint64_t magnitude = static_cast<uint64_t>(bitsFrom(0));
        // One correct rounding to 53 bits; scaling by 2^-1074 is then exact (a value
        // below 2^53 quanta is a representable subnormal or normal number).
        result = std::ldexp(static_cast<double>(magnitude), static_cast<int>(kMinExponent));
    } else {
        // The top 64 bits, with every lower bit folded into a sticky bit 0: converting
        // that to double rounds exactly as the full magnitude would round.
        const int shift = totalBits - 64;
        const int limb = shift >> 5;
        const int offset = shift & 31;
        uint64_t top64 = static_cast<uint64_t>(bitsFrom(limb) >> offset);
        bool sticky = (static_cast<uint64_t>(l[static_cast<size_t>(limb)])
                       & ((uint64_t(1) << offset) - 1))
                      != 0;
        for (int i = 0; i < limb && !sticky; ++i)
            sticky = l[static_cast<size_t>(i)] != 0;
        if (sticky)
            top64 |= 1;
        result = std::ldexp(static_cast<double>(top64), shift + static_cast<int>(kMinExponent));
    }
    return negative ? -result : result;
}

} // namespace disteval
