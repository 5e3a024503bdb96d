// The random building blocks of the bootstrap: the generator, the Poisson sampler, the
// exact multinomial resampler and the percentile function.
//
// The statistical checks use fixed seeds (so they are deterministic) and bounds of five
// standard errors of the estimate, so a correct sampler fails them with probability
// ~1e-6 per check for a fresh seed, while a biased one (a wrong table, a missing
// correction) is off by many standard errors.

#include "stats/multinomialresampler.h"
#include "stats/poissonsampler.h"
#include "stats/quantile.h"
#include "stats/random.h"

#include <QtTest>

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>
#include <vector>

using namespace disteval;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// log P(X = k) for X ~ Poisson(lambda), lambda > 0, computed here from scratch.
double poissonLogPmf(double lambda, int64_t k)
{
    return -lambda + static_cast<double>(k) * std::log(lambda)
           - std::lgamma(static_cast<double>(k) + 1.0);
}

double poissonCdf(double lambda, int64_t k)
{
    double sum = 0;
    for (int64_t i = 0; i <= k; ++i)
        sum += std::exp(poissonLogPmf(lambda, i));
    return std::min(1.0, sum);
}

// |observed frequency - p| within 5 binomial standard errors of `draws` trials.
bool frequencyMatches(int64_t hits, int64_t draws, double p)
{
    const double f = static_cast<double>(hits) / static_cast<double>(draws);
    const double se = std::sqrt(p * (1 - p) / static_cast<double>(draws));
    return std::fabs(f - p) <= 5 * se + 1e-12;
}

QByteArray num(double x)
{
    return QByteArray::number(x, 'g', 10);
}
} // namespace

class tst_Resampling : public QObject
{
    Q_OBJECT

private slots:
    void rngIsDeterministic();
    void rngStreamsAndSeedsDiffer();
    void rngUniformRange();
    void rngBelow_data();
    void rngBelow();
    void rngBelowIsUniform();
    void streamIdIsStable();

    void poisson_data();
    void poisson();
    void poissonRejectsBadLambda();

    void multinomialMoments_data();
    void multinomialMoments();
    void multinomialSmallNIsExact_data();
    void multinomialSmallNIsExact();
    void multinomialDegenerate();
    void multinomialRejectsNegativeCounts();

    void quantileMatchesNumpy_data();
    void quantileMatchesNumpy();
    void quantileEdgeCases();
    void percentileInterval();
};

void tst_Resampling::rngIsDeterministic()
{
    Rng a(12345, 7);
    Rng b(12345, 7);
    for (int i = 0; i < 10000; ++i)
        QCOMPARE(a.next(), b.next());
    Rng c(12345, 7);
    Rng d(12345, 7);
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(c.below(1000003), d.below(1000003));
        QCOMPARE(c.uniform(), d.uniform());
    }
}

void tst_Resampling::rngStreamsAndSeedsDiffer()
{
    auto firstValues = [](uint64_t seed, uint64_t stream) {
        Rng r(seed, stream);
        std::vector<uint64_t> v(64);
        for (uint64_t &x : v)
            x = r.next();
        return v;
    };
    const auto base = firstValues(1, 0);
    std::set<std::vector<uint64_t>> seen{base};
    for (uint64_t stream = 1; stream < 50; ++stream)
        QVERIFY(seen.insert(firstValues(1, stream)).second);
    for (uint64_t seed = 2; seed < 50; ++seed)
        QVERIFY(seen.insert(firstValues(seed, 0)).second);
    // Seed and stream are not interchangeable.
    QVERIFY(firstValues(3, 5) != firstValues(5, 3));
    // No shared values between two streams' prefixes (a shifted copy would show up here).
    const auto s1 = firstValues(9, 1);
    const auto s2 = firstValues(9, 2);
    const std::set<uint64_t> in1(s1.begin(), s1.end());
    for (uint64_t x : s2)
        QVERIFY(!in1.count(x));
}

void tst_Resampling::rngUniformRange()
{
    Rng r(42, 0);
    double sum = 0;
    const int n = 200000;
    for (int i = 0; i < n; ++i) {
        const double u = r.uniform();
        QVERIFY(u >= 0.0 && u < 1.0);
        sum += u;
    }
    // mean 1/2, sd of the mean sqrt(1/12 / n)
    QVERIFY(std::fabs(sum / n - 0.5) <= 5 * std::sqrt(1.0 / 12 / n));
}

void tst_Resampling::rngBelow_data()
{
    QTest::addColumn<quint64>("bound");
    QTest::newRow("1") << quint64(1);
    QTest::newRow("2") << quint64(2);
    QTest::newRow("3") << quint64(3);
    QTest::newRow("7") << quint64(7);
    QTest::newRow("1000003") << quint64(1000003);
    QTest::newRow("2^32 + 1") << (quint64(1) << 32) + 1;
    QTest::newRow("2^63 + 1") << (quint64(1) << 63) + 1;
    QTest::newRow("2^64 - 1") << std::numeric_limits<quint64>::max();
}

void tst_Resampling::rngBelow()
{
    QFETCH(quint64, bound);
    Rng r(99, bound);
    uint64_t largest = 0;
    for (int i = 0; i < 20000; ++i) {
        const uint64_t x = r.below(bound);
        QVERIFY(x < bound);
        largest = std::max(largest, x);
    }
    if (bound == 1)
        QCOMPARE(largest, uint64_t(0));
    else if (bound <= 7)
        QCOMPARE(largest, uint64_t(bound - 1)); // every value shows up
    else
        QVERIFY(largest > bound / 2); // not stuck in the low half
}

void tst_Resampling::rngBelowIsUniform()
{
    // 3 does not divide 2^64, so a biased reduction (x % 3) would show here only at the
    // 1e-19 level; instead check for gross errors in every residue and for a bound whose
    // top half would be favoured by a plain multiply-shift without rejection.
    Rng r(5, 5);
    const int n = 300000;
    int64_t counts[3] = {0, 0, 0};
    for (int i = 0; i < n; ++i)
        ++counts[r.below(3)];
    for (int64_t c : counts)
        QVERIFY2(frequencyMatches(c, n, 1.0 / 3), num(c));

    // bound = 3 * 2^62: values below 2^63 have probability 2/3 exactly.
    const uint64_t bound = uint64_t(3) << 62;
    int64_t low = 0;
    for (int i = 0; i < n; ++i)
        low += r.below(bound) < (uint64_t(1) << 63);
    QVERIFY2(frequencyMatches(low, n, 2.0 / 3), num(low));
}

void tst_Resampling::streamIdIsStable()
{
    QCOMPARE(streamId("confusion", 0), streamId("confusion", 0));
    std::set<uint64_t> ids;
    for (const char *label : {"confusion", "calibration", "paired", ""})
        for (uint64_t i = 0; i < 100; ++i)
            ids.insert(streamId(label, i));
    QCOMPARE(ids.size(), size_t(400));
}

void tst_Resampling::poisson_data()
{
    QTest::addColumn<double>("lambda");
    QTest::addColumn<int>("draws");
    // Table method below 1000, transformed rejection (PTRS) from 1000 on.
    QTest::newRow("0") << 0.0 << 1000;
    QTest::newRow("0.3") << 0.3 << 400000;
    QTest::newRow("5") << 5.0 << 400000;
    QTest::newRow("57") << 57.0 << 400000;
    QTest::newRow("999") << 999.0 << 400000;
    QTest::newRow("1000.5") << 1000.5 << 400000;
    QTest::newRow("25000") << 25000.0 << 400000;
}

void tst_Resampling::poisson()
{
    QFETCH(double, lambda);
    QFETCH(int, draws);
    const PoissonSampler sampler(lambda);
    QCOMPARE(sampler.lambda(), lambda);
    Rng rng(2024, static_cast<uint64_t>(lambda * 10));
    std::map<int64_t, int64_t> histogram;
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < draws; ++i) {
        const int64_t k = sampler(rng);
        QVERIFY(k >= 0);
        ++histogram[k];
        sum += static_cast<double>(k);
        sumSq += static_cast<double>(k) * static_cast<double>(k);
    }
    if (lambda == 0) {
        QCOMPARE(histogram.size(), size_t(1));
        QCOMPARE(histogram.begin()->first, int64_t(0));
        return;
    }
    const double m = static_cast<double>(draws);
    const double mean = sum / m;
    const double variance = (sumSq - sum * mean) / (m - 1);
    // SE of the mean sqrt(lambda/M); of the sample variance sqrt((mu4 - sigma^4)/M) with
    // mu4 = lambda (1 + 3 lambda) for the Poisson distribution.
    const double meanSe = std::sqrt(lambda / m);
    const double varSe = std::sqrt((lambda + 2 * lambda * lambda) / m);
    QVERIFY2(std::fabs(mean - lambda) <= 5 * meanSe, "mean " + num(mean));
    QVERIFY2(std::fabs(variance - lambda) <= 5 * varSe, "variance " + num(variance));

    // The shape, not only two moments: the CDF at a few points around the mean, and the
    // probabilities of single values for small lambda.
    const double sd = std::sqrt(lambda);
    std::set<int64_t> points;
    for (double z : {-2.0, -1.0, 0.0, 1.0, 2.0}) {
        const double x = std::floor(lambda + z * sd);
        if (x >= 0)
            points.insert(static_cast<int64_t>(x));
    }
    for (int64_t k : points) {
        int64_t atMost = 0;
        for (const auto &[value, count] : histogram)
            if (value <= k)
                atMost += count;
        const double p = poissonCdf(lambda, k);
        QVERIFY2(frequencyMatches(atMost, draws, p), "P(X <= " + QByteArray::number(qint64(k))
                                                             + "): " + num(double(atMost) / m)
                                                             + " vs " + num(p));
    }
    if (lambda < 10) {
        for (int64_t k = 0; k <= 8; ++k) {
            const double p = std::exp(poissonLogPmf(lambda, k));
            const int64_t hits = histogram.count(k) ? histogram[k] : 0;
            QVERIFY2(frequencyMatches(hits, draws, p),
                     "P(X = " + QByteArray::number(qint64(k)) + ")");
        }
    }
}

void tst_Resampling::poissonRejectsBadLambda()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PoissonSampler{-1.0});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PoissonSampler{kNaN});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             PoissonSampler(std::numeric_limits<double>::infinity()));
}

void tst_Resampling::multinomialMoments_data()
{
    QTest::addColumn<std::vector<int64_t>>("counts");
    QTest::addColumn<int>("draws");
    // Whatever the Poisson phase draws, the correction that brings the total to exactly
    // N must keep the result Multinomial(N, p): a bias in it shows in these moments.
    // Small N (the categorical draws dominate), large N (the Poisson draws dominate),
    // lopsided cells and many cells.
    QTest::newRow("N=200 with zero cells") << std::vector<int64_t>{5, 0, 20, 75, 0, 100} << 200000;
    QTest::newRow("N=10 three cells") << std::vector<int64_t>{1, 3, 6} << 200000;
    QTest::newRow("N=10000 even") << std::vector<int64_t>{5000, 5000} << 50000;
    QTest::newRow("N=1e6 lopsided") << std::vector<int64_t>{1, 999999} << 50000;
    QTest::newRow("N=30000 many cells")
            << std::vector<int64_t>{1, 2, 3, 10, 100, 1000, 2000, 26884} << 20000;
}

void tst_Resampling::multinomialMoments()
{
    QFETCH(std::vector<int64_t>, counts);
    QFETCH(int, draws);
    const MultinomialResampler resampler(counts);
    int64_t n = 0;
    std::vector<uint32_t> nonEmpty;
    for (size_t i = 0; i < counts.size(); ++i) {
        n += counts[i];
        if (counts[i] > 0)
            nonEmpty.push_back(static_cast<uint32_t>(i));
    }
    QCOMPARE(resampler.total(), n);
    QCOMPARE(resampler.cells(), nonEmpty); // zero cells can never be drawn
    const size_t m = nonEmpty.size();

    Rng rng(77, m);
    std::vector<int64_t> out;
    std::vector<double> sum(m, 0.0), sumSq(m, 0.0);
    double cross01 = 0; // for the covariance of the first two cells
    for (int r = 0; r < draws; ++r) {
        resampler.draw(rng, out);
        QCOMPARE(out.size(), m);
        int64_t total = 0;
        for (size_t i = 0; i < m; ++i) {
            QVERIFY(out[i] >= 0);
            total += out[i];
            // Accumulate deviations from the original count (the expected value), exact
            // in doubles, so that the sums of squares do not cancel for large counts.
            const double x = static_cast<double>(out[i] - counts[nonEmpty[i]]);
            sum[i] += x;
            sumSq[i] += x * x;
        }
        QCOMPARE(total, n); // every replicate has exactly N samples
        if (m >= 2)
            cross01 += static_cast<double>(out[0] - counts[nonEmpty[0]])
                       * static_cast<double>(out[1] - counts[nonEmpty[1]]);
    }
    const double b = draws;
    const double nd = static_cast<double>(n);
    for (size_t i = 0; i < m; ++i) {
        const double p = static_cast<double>(counts[nonEmpty[i]]) / nd;
        const double var = nd * p * (1 - p);
        const double meanDeviation = sum[i] / b;
        const double mean = static_cast<double>(counts[nonEmpty[i]]) + meanDeviation;
        const double sampleVar = (sumSq[i] - sum[i] * meanDeviation) / (b - 1);
        // Binomial(N, p): 4th central moment var (1 + 3 (N - 2) p (1 - p)), so
        // Var(sample variance) ~ (mu4 - var^2) / B.
        const double mu4 = var * (1 + 3 * (nd - 2) * p * (1 - p));
        const double varSe = std::sqrt(std::max(0.0, mu4 - var * var) / b);
        QVERIFY2(std::fabs(mean - nd * p) <= 5 * std::sqrt(var / b) + 1e-12,
                 "cell " + QByteArray::number(int(i)) + " mean " + num(mean));
        QVERIFY2(std::fabs(sampleVar - var) <= 5 * varSe + 1e-12,
                 "cell " + QByteArray::number(int(i)) + " variance " + num(sampleVar) + " vs "
                         + num(var));
    }
    if (m >= 2) {
        const double p0 = static_cast<double>(counts[nonEmpty[0]]) / nd;
        const double p1 = static_cast<double>(counts[nonEmpty[1]]) / nd;
        const double cov = -nd * p0 * p1;
        const double sampleCov = (cross01 - sum[0] * sum[1] / b) / (b - 1);
        const double v0 = nd * p0 * (1 - p0);
        const double v1 = nd * p1 * (1 - p1);
        const double covSe = std::sqrt((v0 * v1 + cov * cov) / b);
        QVERIFY2(std::fabs(sampleCov - cov) <= 5 * covSe,
                 "covariance " + num(sampleCov) + " vs " + num(cov));
    }
}

void tst_Resampling::multinomialSmallNIsExact_data()
{
    QTest::addColumn<std::vector<int64_t>>("counts");
    // outcome (the drawn vector) -> probability, worked out by hand
    QTest::addColumn<std::vector<std::pair<std::vector<int64_t>, double>>>("outcomes");
    using O = std::vector<std::pair<std::vector<int64_t>, double>>;
    QTest::newRow("N=1") << std::vector<int64_t>{1} << O{{{1}, 1.0}};
    QTest::newRow("N=1 among zeros") << std::vector<int64_t>{0, 1, 0} << O{{{1}, 1.0}};
    QTest::newRow("Multinomial(2, 1/2, 1/2)")
            << std::vector<int64_t>{1, 1} << O{{{2, 0}, 0.25}, {{1, 1}, 0.5}, {{0, 2}, 0.25}};
    QTest::newRow("Multinomial(3, 1/3, 2/3)")
            << std::vector<int64_t>{1, 2}
            << O{{{3, 0}, 1.0 / 27}, {{2, 1}, 6.0 / 27}, {{1, 2}, 12.0 / 27}, {{0, 3}, 8.0 / 27}};
    QTest::newRow("Multinomial(3, 1/3, 1/3, 1/3)")
            << std::vector<int64_t>{1, 1, 1}
            << O{{{3, 0, 0}, 1.0 / 27}, {{0, 3, 0}, 1.0 / 27}, {{0, 0, 3}, 1.0 / 27},
                 {{2, 1, 0}, 3.0 / 27}, {{2, 0, 1}, 3.0 / 27}, {{1, 2, 0}, 3.0 / 27},
                 {{0, 2, 1}, 3.0 / 27}, {{1, 0, 2}, 3.0 / 27}, {{0, 1, 2}, 3.0 / 27},
                 {{1, 1, 1}, 6.0 / 27}};
}

void tst_Resampling::multinomialSmallNIsExact()
{
    using O = std::vector<std::pair<std::vector<int64_t>, double>>;
    QFETCH(std::vector<int64_t>, counts);
    QFETCH(O, outcomes);
    const MultinomialResampler resampler(counts);
    Rng rng(31337, counts.size());
    const int draws = 300000;
    std::map<std::vector<int64_t>, int64_t> seen;
    std::vector<int64_t> out;
    for (int r = 0; r < draws; ++r) {
        resampler.draw(rng, out);
        ++seen[out];
    }
    double total = 0;
    for (const auto &[outcome, p] : outcomes) {
        total += p;
        const int64_t hits = seen.count(outcome) ? seen[outcome] : 0;
        QVERIFY2(frequencyMatches(hits, draws, p),
                 "frequency " + num(double(hits) / draws) + " vs " + num(p));
        seen.erase(outcome);
    }
    QVERIFY(std::fabs(total - 1) < 1e-12);
    QVERIFY2(seen.empty(), "an impossible outcome was drawn");
}

void tst_Resampling::multinomialDegenerate()
{
    std::vector<int64_t> out{1, 2, 3};
    Rng rng(1, 1);
    const MultinomialResampler empty(std::vector<int64_t>{});
    empty.draw(rng, out);
    QVERIFY(out.empty());
    QCOMPARE(empty.total(), int64_t(0));

    const MultinomialResampler zeros(std::vector<int64_t>{0, 0, 0});
    zeros.draw(rng, out);
    QVERIFY(out.empty());
    QVERIFY(zeros.cells().empty());

    const MultinomialResampler single(std::vector<int64_t>{0, 0, 123456});
    for (int i = 0; i < 100; ++i) {
        single.draw(rng, out);
        QCOMPARE(out, std::vector<int64_t>{123456});
    }
}

void tst_Resampling::multinomialRejectsNegativeCounts()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             MultinomialResampler(std::vector<int64_t>{3, -1, 2}));
}

void tst_Resampling::quantileMatchesNumpy_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected");
    // numpy 1.24.2, np.percentile(values, 100 * q) (np.nanpercentile with NaNs), the
    // default 'linear' method; computed once with /usr/bin/python3.
    const std::vector<double> a{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
    const std::vector<double> b{0.5, -2.25, 1e-3, 7.75, 3.5, 3.5};
    const std::vector<double> c{1.0, kNaN, 2.0, kNaN, 10.0};
    const double qs[] = {0, 0.025, 0.1, 0.25, 0.5, 0.9, 0.975, 1};
    const double ea[] = {1.0, 1.0, 1.0, 2.5, 4.0, 6.0, 8.25, 9.0};
    const double eb[] = {-2.25, -1.968625, -1.1245, 0.12575, 2.0, 5.625, 7.21875, 7.75};
    const double ec[] = {1.0, 1.05, 1.2, 1.5, 2.0, 8.4, 9.6, 10.0};
    for (int i = 0; i < 8; ++i) {
        const QByteArray q = QByteArray::number(qs[i]);
        QTest::newRow(("pi digits q=" + q).constData()) << a << qs[i] << ea[i];
        QTest::newRow(("reals q=" + q).constData()) << b << qs[i] << eb[i];
        QTest::newRow(("with NaNs q=" + q).constData()) << c << qs[i] << ec[i];
    }
    QTest::newRow("single value") << std::vector<double>{42.0} << 0.37 << 42.0;
}

void tst_Resampling::quantileMatchesNumpy()
{
    QFETCH(std::vector<double>, values);
    QFETCH(double, q);
    QFETCH(double, expected);
    const double got = quantile(values, q);
    QVERIFY2(std::fabs(got - expected) <= 1e-12 * std::max(1.0, std::fabs(expected)), num(got));
}

void tst_Resampling::quantileEdgeCases()
{
    std::vector<double> empty;
    QVERIFY(std::isnan(quantile(empty, 0.5)));
    std::vector<double> allNaN{kNaN, kNaN};
    QVERIFY(std::isnan(quantile(allNaN, 0.5)));
    std::vector<double> v{1, 2, 3};
    QVERIFY(std::isnan(quantile(v, -0.1)));
    std::vector<double> w{1, 2, 3};
    QVERIFY(std::isnan(quantile(w, 1.5)));
    std::vector<double> x{1, 2, 3};
    QVERIFY(std::isnan(quantile(x, kNaN)));
    // Order of the input does not matter.
    std::vector<double> up{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    std::vector<double> down(up.rbegin(), up.rend());
    QCOMPARE(quantile(up, 0.33), quantile(down, 0.33));
}

void tst_Resampling::percentileInterval()
{
    // numpy: np.percentile(range(1, 101), [2.5, 97.5]) = [3.475, 97.525]
    std::vector<double> r;
    for (int i = 1; i <= 100; ++i)
        r.push_back(i);
    r.push_back(kNaN); // undefined replicates are left out
    const Interval i = disteval::percentileInterval(r, 0.95);
    QVERIFY(std::fabs(i.lower - 3.475) < 1e-12);
    QVERIFY(std::fabs(i.upper - 97.525) < 1e-12);
    std::vector<double> nothing{kNaN};
    QVERIFY(!disteval::percentileInterval(nothing, 0.95).defined());
}

QTEST_GUILESS_MAIN(tst_Resampling)
#include "tst_resampling.moc"
