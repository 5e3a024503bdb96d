// The interval for the population ECE (test inversion) and its median-unbiased estimate.
// Their coverage is measured by bench/interval_coverage (docs/STATISTICS.md); here the
// properties a single histogram must have.

#include "metrics/calibration.h"
#include "metrics/eceinterval.h"
#include "stats/random.h"

#include <QtTest>

#include <cmath>

using namespace disteval;

namespace {
// Confidence uniform on [0.5, 1], accuracy 0.15 below it: ECE about 0.15.
CalibrationHistogram histogram(int samples, double gap, uint64_t seed)
{
    CalibrationHistogram h;
    Rng rng(seed, 22);
    for (int i = 0; i < samples; ++i) {
        const double confidence = 0.5 + 0.5 * rng.uniform();
        h.add(confidence, rng.uniform() < confidence - gap);
    }
    return h;
}

QByteArray show(const EceInference &e)
{
    return "estimate " + QByteArray::number(e.estimate) + " [" + QByteArray::number(e.ci.lower)
           + ", " + QByteArray::number(e.ci.upper) + "]";
}
} // namespace

class tst_EceInterval : public QObject
{
    Q_OBJECT

private slots:
    void clearMiscalibration();
    void calibratedModelReachesZero();
    void deterministic();
    void emptyHistogram();
};

void tst_EceInterval::clearMiscalibration()
{
    const CalibrationHistogram h = histogram(20000, 0.15, 11);
    const double ece = expectedCalibrationError(h);
    QVERIFY2(ece > 0.13 && ece < 0.17, QByteArray::number(ece));
    const EceInference e = inferExpectedCalibrationError(h, 0.95, 8, 1);
    // Far from 0 the bias is negligible: the interval holds the plug-in value and the
    // estimate, and is about 4 standard errors (~0.0035 each) wide.
    QVERIFY2(e.ci.lower < ece && ece < e.ci.upper, show(e));
    QVERIFY2(e.ci.lower < e.estimate && e.estimate < e.ci.upper, show(e));
    QVERIFY2(std::fabs(e.estimate - ece) < 0.002, show(e));
    QVERIFY2(e.ci.upper - e.ci.lower > 0.008 && e.ci.upper - e.ci.lower < 0.025, show(e));
    // Four times the samples: about half as wide.
    CalibrationHistogram big;
    for (int k = 0; k < 4; ++k)
        for (int f = 0; f < CalibrationHistogram::kFineBins; ++f) {
            big.countCorrect[f] += h.countCorrect[f];
            big.countWrong[f] += h.countWrong[f];
            big.confidenceSumCorrect[f].add(h.confidenceSumCorrect[f]);
            big.confidenceSumWrong[f].add(h.confidenceSumWrong[f]);
        }
    QCOMPARE(expectedCalibrationError(big), ece);
    const EceInference b = inferExpectedCalibrationError(big, 0.95, 8, 1);
    const double ratio = (e.ci.upper - e.ci.lower) / (b.ci.upper - b.ci.lower);
    QVERIFY2(ratio > 1.6 && ratio < 2.4, QByteArray::number(ratio));
}

void tst_EceInterval::calibratedModelReachesZero()
{
    // A calibrated model on 500 samples: the plug-in ECE is mostly noise (~0.04); the
    // interval for the population ECE starts at 0 and the estimate is well below it.
    int lowerAtZero = 0;
    for (uint64_t seed = 1; seed <= 20; ++seed) {
        const CalibrationHistogram h = histogram(500, 0.0, seed);
        const double ece = expectedCalibrationError(h);
        const EceInference e = inferExpectedCalibrationError(h, 0.95, 8, 1);
        QVERIFY2(ece > 0.01, QByteArray::number(ece));
        QVERIFY2(e.estimate < ece, show(e));
        QVERIFY2(e.ci.lower <= e.estimate && e.estimate <= e.ci.upper, show(e));
        lowerAtZero += e.ci.lower == 0 ? 1 : 0;
    }
    QVERIFY2(lowerAtZero >= 17, QByteArray::number(lowerAtZero));
}

void tst_EceInterval::deterministic()
{
    const CalibrationHistogram h = histogram(3000, 0.05, 4);
    const EceInference a = inferExpectedCalibrationError(h, 0.95, 8, 1);
    const EceInference b = inferExpectedCalibrationError(h, 0.95, 8, 1);
    QCOMPARE(a.ci.lower, b.ci.lower);
    QCOMPARE(a.ci.upper, b.ci.upper);
    QCOMPARE(a.estimate, b.estimate);
    const EceInference c = inferExpectedCalibrationError(h, 0.9, 8, 1);
    QVERIFY(c.ci.upper - c.ci.lower < a.ci.upper - a.ci.lower);
}

void tst_EceInterval::emptyHistogram()
{
    const EceInference e = inferExpectedCalibrationError(CalibrationHistogram(), 0.95, 0, 0);
    QVERIFY(std::isnan(e.estimate));
    QVERIFY(!e.ci.defined());
}

QTEST_GUILESS_MAIN(tst_EceInterval)
#include "tst_eceinterval.moc"
