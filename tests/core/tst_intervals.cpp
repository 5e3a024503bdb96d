// Normal quantiles, Wilson and normal intervals against values computed independently
// (mpmath at 60 digits for the quantiles; the Wilson formula worked by hand).

#include "stats/normal.h"
#include "stats/wilson.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace disteval;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kZ95 = 1.9599639845400538556; // mpmath: sqrt(2) * erfinv(0.95)

bool relativelyClose(double actual, double wanted, double tolerance)
{
    if (wanted == 0)
        return std::fabs(actual) <= tolerance;
    return std::fabs(actual - wanted) <= tolerance * std::fabs(wanted);
}
} // namespace

class tst_Intervals : public QObject
{
    Q_OBJECT

private slots:
    void normalQuantileKnownValues_data();
    void normalQuantileKnownValues();
    void normalQuantileOutsideDomain();
    void normalQuantileInvertsCdf();
    void normalCdfKnownValues();
    void twoSidedZ_data();
    void twoSidedZ();
    void wilson_data();
    void wilson();
    void wilsonUndefined_data();
    void wilsonUndefined();
    void wilsonCoverageShape();
    void normalInterval();
};

void tst_Intervals::normalQuantileKnownValues_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    // Reference: mpmath.sqrt(2) * erfinv(2p - 1), or a root of log(ncdf(x)) = log(p) in
    // the far tail, at 60 digits, for the double nearest p.
    QTest::newRow("0.975") << 0.975 << 1.9599639845400538556;
    QTest::newRow("0.5") << 0.5 << 0.0;
    QTest::newRow("0.9") << 0.9 << 1.2815515655446005935;
    QTest::newRow("0.995") << 0.995 << 2.5758293035489004539;
    QTest::newRow("0.999") << 0.999 << 3.0902323061678132778;
    QTest::newRow("0.3") << 0.3 << -0.52440051270804081597;
    QTest::newRow("0.02425 (region boundary)") << 0.02425 << -1.9729610513118848376;
    QTest::newRow("0.02") << 0.02 << -2.0537489106318230443;
    QTest::newRow("0.0005") << 0.0005 << -3.2905267314918947874;
    QTest::newRow("1e-10") << 1e-10 << -6.3613409024040561991;
    QTest::newRow("1e-20") << 1e-20 << -9.2623400897984075796;
    QTest::newRow("1e-100") << 1e-100 << -21.273453560965324294;
    QTest::newRow("1e-300") << 1e-300 << -37.047096299361199237;
    // 1 - 1e-10 as a double is 1 - 1.000000082740371e-10 exactly.
    QTest::newRow("1 - 1e-10") << 1 - 1e-10 << 6.3613408896974218642;
    QTest::newRow("1 - 1e-15") << 1 - 1e-15 << 7.9414444874159788106;
}

void tst_Intervals::normalQuantileKnownValues()
{
    QFETCH(double, p);
    QFETCH(double, expected);
    const double x = normalQuantile(p);
    QVERIFY2(relativelyClose(x, expected, 1e-14),
             QByteArray::number(x, 'g', 17) + " vs " + QByteArray::number(expected, 'g', 17));
}

void tst_Intervals::normalQuantileOutsideDomain()
{
    for (double p : {0.0, 1.0, -0.1, 1.5, kNaN, std::numeric_limits<double>::infinity()})
        QVERIFY2(std::isnan(normalQuantile(p)), QByteArray::number(p));
}

void tst_Intervals::normalQuantileInvertsCdf()
{
    // Symmetry and monotonicity over a grid, independent of any reference table.
    double previous = -std::numeric_limits<double>::infinity();
    for (int i = 1; i < 1000; ++i) {
        const double p = i / 1000.0;
        const double x = normalQuantile(p);
        QVERIFY(x > previous);
        previous = x;
        QVERIFY(std::fabs(normalCdf(x) - p) <= 4e-16);
        // Phi^-1(1 - p) = -Phi^-1(p); 1 - p is exact for these p only approximately, so
        // allow for the rounding of 1 - p (derivative 1/phi(x) <= 1/phi(3.1) ~ 300).
        QVERIFY(std::fabs(normalQuantile(1 - p) + x) <= 1e-13);
    }
}

void tst_Intervals::normalCdfKnownValues()
{
    // mpmath.ncdf
    QVERIFY(relativelyClose(normalCdf(0), 0.5, 1e-15));
    QVERIFY(relativelyClose(normalCdf(1.96), 0.97500210485177956379, 1e-15));
    QVERIFY(relativelyClose(normalCdf(-3), 0.0013498980316300945267, 1e-14));
    QVERIFY(relativelyClose(normalCdf(-10), 7.6198530241604929e-24, 1e-13));
}

void tst_Intervals::twoSidedZ_data()
{
    QTest::addColumn<double>("confidence");
    QTest::addColumn<double>("expected");
    QTest::newRow("95%") << 0.95 << kZ95;
    QTest::newRow("90%") << 0.90 << 1.6448536269514722;    // mpmath, Phi^-1(0.95)
    QTest::newRow("99%") << 0.99 << 2.5758293035489004539; // Phi^-1(0.995)
    QTest::newRow("0") << 0.0 << kNaN;
    QTest::newRow("1") << 1.0 << kNaN;
    QTest::newRow("negative") << -0.5 << kNaN;
    QTest::newRow("NaN") << kNaN << kNaN;
}

void tst_Intervals::twoSidedZ()
{
    QFETCH(double, confidence);
    QFETCH(double, expected);
    const double z = disteval::twoSidedZ(confidence);
    if (std::isnan(expected))
        QVERIFY(std::isnan(z));
    else
        QVERIFY2(relativelyClose(z, expected, 1e-14), QByteArray::number(z, 'g', 17));
}

void tst_Intervals::wilson_data()
{
    QTest::addColumn<qint64>("k");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    // By hand: center = (k + z^2/2) / (n + z^2),
    //          half   = z / (n + z^2) * sqrt(k (n - k) / n + z^2 / 4).
    const double z = kZ95;
    const double z2 = z * z;
    auto row = [&](const char *name, qint64 k, qint64 n, double lo, double hi) {
        QTest::newRow(name) << k << n << 0.95 << lo << hi;
    };
    {
        // k = 0: lower = 0 exactly, upper = z^2 / (n + z^2).
        const double n = 10;
        row("0 of 10", 0, 10, 0.0, z2 / (n + z2));
    }
    {
        // k = n: upper = 1, lower = n / (n + z^2).
        const double n = 10;
        row("10 of 10", 10, 10, n / (n + z2), 1.0);
    }
    row("1 of 1", 1, 1, 1 / (1 + z2), 1.0);
    {
        // 5 of 10: symmetric around 0.5, half width z/(10+z2)*sqrt(2.5 + z2/4).
        const double half = z / (10 + z2) * std::sqrt(2.5 + z2 / 4);
        row("5 of 10", 5, 10, 0.5 - half, 0.5 + half);
    }
    // Published values (Newcombe 1998, table I, 95%): 81/263 -> 0.2553 to 0.3662 (to 4 dp,
    // checked below with a loose tolerance in wilson()).
    row("81 of 263", 81, 263, 0.2553, 0.3662);
    // 90% confidence, 3 of 7, by hand with z = 1.6448536269514722.
    {
        const double z90 = 1.6448536269514722;
        const double zz = z90 * z90;
        const double c = (3 + zz / 2) / (7 + zz);
        const double h = z90 / (7 + zz) * std::sqrt(3.0 * 4.0 / 7.0 + zz / 4);
        QTest::newRow("3 of 7 at 90%") << qint64(3) << qint64(7) << 0.90 << c - h << c + h;
    }
}

void tst_Intervals::wilson()
{
    QFETCH(qint64, k);
    QFETCH(qint64, n);
    QFETCH(double, confidence);
    QFETCH(double, lower);
    QFETCH(double, upper);
    const Interval i = wilsonInterval(k, n, confidence);
    QVERIFY(i.defined());
    const double tolerance = QByteArray(QTest::currentDataTag()) == "81 of 263" ? 5e-5 : 1e-14;
    QVERIFY2(std::fabs(i.lower - lower) <= tolerance, QByteArray::number(i.lower, 'g', 17));
    QVERIFY2(std::fabs(i.upper - upper) <= tolerance, QByteArray::number(i.upper, 'g', 17));
    QVERIFY(i.lower >= 0 && i.upper <= 1 && i.lower <= i.upper);
    const double p = static_cast<double>(k) / static_cast<double>(n);
    QVERIFY(i.lower <= p && p <= i.upper);
    if (k == 0)
        QCOMPARE(i.lower, 0.0);
    if (k == n)
        QCOMPARE(i.upper, 1.0);
}

void tst_Intervals::wilsonUndefined_data()
{
    QTest::addColumn<qint64>("k");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("confidence");
    QTest::newRow("n = 0") << qint64(0) << qint64(0) << 0.95;
    QTest::newRow("negative n") << qint64(0) << qint64(-3) << 0.95;
    QTest::newRow("k > n") << qint64(4) << qint64(3) << 0.95;
    QTest::newRow("negative k") << qint64(-1) << qint64(3) << 0.95;
    QTest::newRow("confidence 1") << qint64(1) << qint64(3) << 1.0;
    QTest::newRow("confidence 0") << qint64(1) << qint64(3) << 0.0;
}

void tst_Intervals::wilsonUndefined()
{
    QFETCH(qint64, k);
    QFETCH(qint64, n);
    QFETCH(double, confidence);
    const Interval i = wilsonInterval(k, n, confidence);
    QVERIFY(std::isnan(i.lower));
    QVERIFY(std::isnan(i.upper));
    QVERIFY(!i.defined());
}

void tst_Intervals::wilsonCoverageShape()
{
    // Wider at higher confidence, narrower with more trials at the same proportion.
    const Interval a = wilsonInterval(30, 100, 0.95);
    const Interval b = wilsonInterval(30, 100, 0.99);
    const Interval c = wilsonInterval(300, 1000, 0.95);
    QVERIFY(b.lower < a.lower && b.upper > a.upper);
    QVERIFY(c.upper - c.lower < a.upper - a.lower);
    // Width scales ~ 1/sqrt(n) for large n: ratio sqrt(10) within 2%.
    const double ratio = (a.upper - a.lower) / (c.upper - c.lower);
    QVERIFY2(std::fabs(ratio - std::sqrt(10.0)) < 0.02 * std::sqrt(10.0),
             QByteArray::number(ratio));
}

void tst_Intervals::normalInterval()
{
    const Interval i = disteval::normalInterval(2.5, 0.1, 0.95);
    QVERIFY(std::fabs(i.lower - (2.5 - kZ95 * 0.1)) <= 1e-14);
    QVERIFY(std::fabs(i.upper - (2.5 + kZ95 * 0.1)) <= 1e-14);
    const Interval zero = disteval::normalInterval(-1.0, 0.0, 0.95);
    QCOMPARE(zero.lower, -1.0);
    QCOMPARE(zero.upper, -1.0);
    const Interval bad = disteval::normalInterval(1.0, 0.1, 1.0);
    QVERIFY(!bad.defined());
    const Interval i90 = disteval::normalInterval(0.0, 2.0, 0.90);
    QVERIFY(std::fabs(i90.upper - 2 * 1.6448536269514722) <= 1e-13);
    QVERIFY(std::fabs(i90.lower + 2 * 1.6448536269514722) <= 1e-13);
}

QTEST_GUILESS_MAIN(tst_Intervals)
#include "tst_intervals.moc"
