#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace disteval {

// The exact sum of finite doubles (a "superaccumulator"): a signed fixed-point integer
// wide enough for every finite double and 2^63 of them, so no addition is ever rounded
// and the total does not depend on the order, the grouping or the number of ranks that
// added its terms. value() rounds the exact total once, to the nearest double.
//
// Representation: kLimbs 32-bit digits held in int64 limbs, limb i weighing
// 2^(32 i - 1074) (2^-1074 is the smallest subnormal double). A term touches at most
// three limbs; limbs may run outside [0, 2^32) between normalisations, which carry the
// excess upwards. The value is linear in the limbs, so two accumulators add limb by limb
// (plain int64 addition, also inside an MPI reduction) when both are normalised.
class ExactSum
{
public:
    static constexpr int kLimbs = 68; // 2176 bits: 2^-1074 ... 2^1102
    static constexpr int64_t kMinExponent = -1074;

    ExactSum() { m_limbs.fill(0); }

    // Adds x (weight times, exactly: weight * x is never rounded). x must be finite and
    // |weight| < 2^24; throws std::invalid_argument otherwise.
    void add(double x, int64_t weight = 1);
    // Adds another accumulator.
    void add(const ExactSum &other);
    ExactSum &operator+=(double x)
    {
        add(x);
        return *this;
    }
    // The exact total rounded to the nearest double (ties to even); +-Inf when it
    // exceeds the double range.
    double value() const;
    bool isZero() const;

    // Limbs in normalised form (limb 0 .. kLimbs-2 in [0, 2^32), the last one signed):
    // the packed form for a cross-rank sum. Unnormalised limbs add just as well as long
    // as nothing overflows; normalise() before packing keeps every sum of up to 2^30
    // packed accumulators safe.
    void normalize();
    void pack(int64_t *limbs) const;      // writes kLimbs values (normalises a copy)
    void unpack(const int64_t *limbs);    // reads kLimbs values
    void unpackAdd(const int64_t *limbs); // adds kLimbs packed values

    bool operator==(const ExactSum &other) const;
    bool operator!=(const ExactSum &other) const { return !(*this == other); }

private:
    void spend(int64_t units);

    std::array<int64_t, kLimbs> m_limbs;
    // Upper bound on |limb| growth since the last normalisation, in units of 2^32.
    int64_t m_budget = 0;
};

} // namespace disteval
