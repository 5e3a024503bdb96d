// ExactSum: the exact, order-independent sum behind every floating-point statistic.
// Checked against IEEE addition (a + b is correctly rounded, so the exact sum of two
// doubles rounded once must equal it), against an independent exactly rounded sum
// (Shewchuk's partials, the algorithm of Python's math.fsum), and for independence of
// order, grouping, weights and packing.

#include "stats/exactsum.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

using namespace disteval;

namespace {
// Shewchuk (1997) / Python's msum: exact partials, then the correctly rounded total
// (the half-way correction as in CPython's math_fsum). Valid while no partial overflows.
double fsum(const std::vector<double> &values)
{
    std::vector<double> partials;
    for (double x : values) {
        size_t i = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y))
                std::swap(x, y);
            const double hi = x + y;
            const double lo = y - (hi - x);
            if (lo != 0)
                partials[i++] = lo;
            x = hi;
        }
        partials.resize(i);
        partials.push_back(x);
    }
    if (partials.empty())
        return 0.0;
    size_t n = partials.size();
    double hi = partials[--n];
    double lo = 0;
    while (n > 0) {
        const double x = hi;
        const double y = partials[--n];
        hi = x + y;
        const double yr = hi - x;
        lo = y - yr;
        if (lo != 0)
            break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
        const double y = lo * 2;
        const double x = hi + y;
        const double yr = x - hi;
        if (y == yr)
            hi = x;
    }
    return hi;
}

double exactOf(const std::vector<double> &values)
{
    ExactSum s;
    for (double v : values)
        s.add(v);
    return s.value();
}

uint64_t bitsOf(double x)
{
    uint64_t b;
    std::memcpy(&b, &x, sizeof b);
    return b;
}

// Doubles over a wide range of magnitudes and both signs, subnormals included.
std::vector<double> wildValues(std::mt19937_64 &rng, size_t n, int minExp, int maxExp)
{
    std::uniform_real_distribution<double> mantissa(1.0, 2.0);
    std::uniform_int_distribution<int> exponent(minExp, maxExp);
    std::bernoulli_distribution negative(0.5);
    std::vector<double> v(n);
    for (double &x : v) {
        x = std::ldexp(mantissa(rng), exponent(rng));
        if (negative(rng))
            x = -x;
    }
    return v;
}
} // namespace

class tst_ExactSum : public QObject
{
    Q_OBJECT

private slots:
    void twoTermsEqualIeeeAddition();
    void cancellation();
    void subnormalsAndExtremes();
    void matchesCorrectlyRoundedReference_data();
    void matchesCorrectlyRoundedReference();
    void orderAndGroupingDoNotMatter();
    void weightsAreExactMultiples();
    void packedLimbsAddAsIntegers();
    void manyTermsForceNormalisation();
    void refusesNonFiniteAndHugeWeights();
};

void tst_ExactSum::twoTermsEqualIeeeAddition()
{
    std::mt19937_64 rng(7);
    const std::vector<double> a = wildValues(rng, 20000, -1074, 1022);
    const std::vector<double> b = wildValues(rng, 20000, -1074, 1022);
    for (size_t i = 0; i < a.size(); ++i) {
        // Same binade neighbourhood too, where rounding and ties actually happen.
        const double near = b[i] * std::ldexp(1.0, std::ilogb(a[i]) - std::ilogb(b[i]));
        for (double y : {b[i], near}) {
            const double expected = a[i] + y;
            if (!std::isfinite(expected))
                continue;
            QCOMPARE(bitsOf(exactOf({a[i], y})), bitsOf(expected));
        }
    }
    QCOMPARE(exactOf({0.1, 0.2}), 0.1 + 0.2);
}

void tst_ExactSum::cancellation()
{
    QCOMPARE(exactOf({1e16, 1.0, -1e16}), 1.0);
    QCOMPARE(exactOf({1e300, 1e-300, -1e300}), 1e-300);
    QCOMPARE(exactOf({1.0, -1.0}), 0.0);
    QCOMPARE(exactOf({}), 0.0);
    QCOMPARE(exactOf({-2.5}), -2.5);
    // Naive summation loses the small terms entirely.
    std::vector<double> v{1.0};
    for (int i = 0; i < 1000; ++i)
        v.push_back(1e-17);
    v.push_back(-1.0);
    QCOMPARE(exactOf(v), fsum(v));
    QVERIFY(std::fabs(exactOf(v) - 1e-14) < 1e-28);
}

void tst_ExactSum::subnormalsAndExtremes()
{
    const double tiny = std::numeric_limits<double>::denorm_min();
    const double big = std::numeric_limits<double>::max();
    QCOMPARE(exactOf({tiny, tiny, tiny}), 3 * tiny);
    QCOMPARE(exactOf({big, -big, tiny}), tiny);
    // The total exceeds the double range: +Inf, but the accumulator stays exact.
    QCOMPARE(exactOf({big, big}), std::numeric_limits<double>::infinity());
    QCOMPARE(exactOf({big, big, -big}), big);
    QCOMPARE(exactOf({-big, -big}), -std::numeric_limits<double>::infinity());
    const double minNormal = std::numeric_limits<double>::min();
    QCOMPARE(exactOf({minNormal, -tiny}), minNormal - tiny);
}

void tst_ExactSum::matchesCorrectlyRoundedReference_data()
{
    QTest::addColumn<int>("minExp");
    QTest::addColumn<int>("maxExp");
    QTest::addColumn<int>("count");
    QTest::newRow("unit range") << -3 << 3 << 5000;
    QTest::newRow("losses") << -40 << 10 << 20000;
    QTest::newRow("wide") << -1000 << 1000 << 3000;
    QTest::newRow("subnormal") << -1074 << -1000 << 3000;
}

void tst_ExactSum::matchesCorrectlyRoundedReference()
{
    QFETCH(int, minExp);
    QFETCH(int, maxExp);
    QFETCH(int, count);
    std::mt19937_64 rng(static_cast<uint64_t>(minExp * 31 + maxExp));
    for (int trial = 0; trial < 20; ++trial) {
        const std::vector<double> v = wildValues(rng, static_cast<size_t>(count), minExp, maxExp);
        QCOMPARE(bitsOf(exactOf(v)), bitsOf(fsum(v)));
    }
}

void tst_ExactSum::orderAndGroupingDoNotMatter()
{
    std::mt19937_64 rng(11);
    std::vector<double> v = wildValues(rng, 10000, -60, 60);
    ExactSum forward;
    for (double x : v)
        forward.add(x);
    std::shuffle(v.begin(), v.end(), rng);
    // Three "ranks" with uneven shares, merged in another order.
    ExactSum parts[3];
    for (size_t i = 0; i < v.size(); ++i)
        parts[i % 7 == 0 ? 0 : (i % 2 ? 1 : 2)].add(v[i]);
    ExactSum merged;
    merged.add(parts[2]);
    merged.add(parts[0]);
    merged.add(parts[1]);
    QVERIFY(merged == forward);
    QCOMPARE(bitsOf(merged.value()), bitsOf(forward.value()));
}

void tst_ExactSum::weightsAreExactMultiples()
{
    std::mt19937_64 rng(3);
    const std::vector<double> v = wildValues(rng, 2000, -30, 30);
    std::uniform_int_distribution<int> weight(-5, 9);
    ExactSum weighted;
    ExactSum repeated;
    for (double x : v) {
        const int w = weight(rng);
        weighted.add(x, w);
        for (int k = 0; k < std::abs(w); ++k)
            repeated.add(w < 0 ? -x : x);
    }
    QVERIFY(weighted == repeated);
    // 3 * x is rounded in floating point; the weighted add is not.
    ExactSum s;
    s.add(0.1, 3);
    s.add(-0.3);
    QCOMPARE(s.value(), fsum({0.1, 0.1, 0.1, -0.3}));
    QVERIFY(s.value() != 3 * 0.1 - 0.3 || 3 * 0.1 - 0.3 == fsum({0.1, 0.1, 0.1, -0.3}));
}

void tst_ExactSum::packedLimbsAddAsIntegers()
{
    std::mt19937_64 rng(5);
    const std::vector<double> v = wildValues(rng, 6000, -200, 200);
    ExactSum all;
    std::vector<int64_t> total(ExactSum::kLimbs, 0);
    for (int rank = 0; rank < 4; ++rank) {
        ExactSum mine;
        for (size_t i = static_cast<size_t>(rank); i < v.size(); i += 4)
            mine.add(v[i]);
        std::vector<int64_t> packed(ExactSum::kLimbs);
        mine.pack(packed.data());
        for (int k = 0; k < ExactSum::kLimbs; ++k) // what the MPI reduction does
            total[static_cast<size_t>(k)]
                    = static_cast<int64_t>(static_cast<uint64_t>(total[static_cast<size_t>(k)])
                                           + static_cast<uint64_t>(packed[static_cast<size_t>(k)]));
    }
    for (double x : v)
        all.add(x);
    ExactSum reduced;
    reduced.unpack(total.data());
    QVERIFY(reduced == all);
    QCOMPARE(bitsOf(reduced.value()), bitsOf(fsum(v)));
}

void tst_ExactSum::manyTermsForceNormalisation()
{
    // Heavy weights exhaust the normalisation budget every few terms; the running limbs
    // must never overflow, however many terms come.
    const int64_t w = (int64_t(1) << 23) - 1;
    const int n = 20000;
    ExactSum s;
    for (int i = 0; i < n; ++i)
        s.add(1.5, w);
    QCOMPARE(s.value(), 1.5 * static_cast<double>(w) * n); // exact: below 2^53
    // Far beyond the double range, and back to exactly zero.
    const double big = std::numeric_limits<double>::max();
    ExactSum huge;
    for (int i = 0; i < n; ++i)
        huge.add(big, w);
    QCOMPARE(huge.value(), std::numeric_limits<double>::infinity());
    for (int i = 0; i < n; ++i)
        huge.add(-big, w);
    QVERIFY(huge.isZero());
    huge.add(big, 3);
    huge.add(-big, 2);
    QCOMPARE(huge.value(), big);
}

void tst_ExactSum::refusesNonFiniteAndHugeWeights()
{
    ExactSum s;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             s.add(std::numeric_limits<double>::quiet_NaN()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, s.add(std::numeric_limits<double>::infinity()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, s.add(1.0, int64_t(1) << 24));
    QVERIFY(s.isZero());
}

QTEST_GUILESS_MAIN(tst_ExactSum)
#include "tst_exactsum.moc"
