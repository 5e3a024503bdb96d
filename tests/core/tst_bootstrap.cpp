// The multinomial bootstrap of the confusion-matrix metrics and of the ECE.
//
// The reference intervals in tests/reference/stats_reference.json come from
// tests/reference/make_stats_reference.py, a slow textbook percentile bootstrap that
// resamples the 10,000 samples themselves (B = 20,000); disteval's resampler must agree
// with it up to Monte Carlo error.

#include "metrics/calibration.h"
#include "metrics/classificationmetrics.h"
#include "stats/bootstrap.h"
#include "stats/random.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <stdexcept>

using namespace disteval;

namespace {
QJsonObject loadBootstrapReference()
{
    QFile file(QStringLiteral(DISTEVAL_SOURCE_DIR "/tests/reference/stats_reference.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value("bootstrap").toObject();
}

ConfusionMatrix matrixFrom(const QJsonArray &rows)
{
    std::vector<int64_t> counts;
    for (const QJsonValue &row : rows)
        for (const QJsonValue &v : row.toArray())
            counts.push_back(static_cast<int64_t>(v.toDouble()));
    return ConfusionMatrix(static_cast<int>(rows.size()), std::move(counts));
}

// A well-populated 5-class matrix: 5,000 samples, accuracy ~0.8.
ConfusionMatrix populatedMatrix(int64_t scale = 1)
{
    std::vector<int64_t> counts = {
            820, 60,  40,  50,  30,  //
            70,  750, 80,  40,  60,  //
            30,  90,  800, 50,  30,  //
            60,  20,  70,  810, 40,  //
            40,  50,  30,  60,  820, //
    };
    for (int64_t &c : counts)
        c *= scale;
    return ConfusionMatrix(5, std::move(counts));
}

std::vector<std::pair<const char *, Interval>> scalarIntervals(const ConfusionBootstrap &b)
{
    return {{"balanced_accuracy", b.balancedAccuracy},
            {"macro_precision", b.macroPrecision},
            {"macro_recall", b.macroRecall},
            {"macro_f1", b.macroF1},
            {"weighted_precision", b.weightedPrecision},
            {"weighted_recall", b.weightedRecall},
            {"weighted_f1", b.weightedF1},
            {"cohen_kappa", b.cohenKappa},
            {"mcc", b.mcc}};
}

std::vector<std::pair<const char *, double>> scalarValues(const ClassificationMetrics &m)
{
    return {{"balanced_accuracy", m.balancedAccuracy},
            {"macro_precision", m.macroPrecision},
            {"macro_recall", m.macroRecall},
            {"macro_f1", m.macroF1},
            {"weighted_precision", m.weightedPrecision},
            {"weighted_recall", m.weightedRecall},
            {"weighted_f1", m.weightedF1},
            {"cohen_kappa", m.cohenKappa},
            {"mcc", m.mcc}};
}

bool same(const Interval &a, const Interval &b)
{
    return a.lower == b.lower && a.upper == b.upper;
}

QByteArray show(const Interval &i)
{
    return "[" + QByteArray::number(i.lower, 'g', 8) + ", " + QByteArray::number(i.upper, 'g', 8)
           + "]";
}

// A miscalibrated classifier: 20,000 predictions with confidence spread over (0.5, 1)
// but correct only with probability confidence - 0.15, so the ECE is ~0.15, far from 0
// (where the bootstrap distribution of |.| would be skewed against the point value).
CalibrationHistogram overconfidentHistogram()
{
    CalibrationHistogram h;
    Rng rng(11, 22);
    for (int i = 0; i < 20000; ++i) {
        const double confidence = 0.5 + 0.5 * rng.uniform();
        h.add(confidence, rng.uniform() < confidence - 0.15);
    }
    return h;
}
} // namespace

class tst_Bootstrap : public QObject
{
    Q_OBJECT

private slots:
    void deterministic();
    void seedAndStreamChangeTheResample();
    void intervalsContainPointEstimate();
    void widthShrinksLikeInverseSqrtN();
    void matchesSlowReferenceBootstrap();
    void undefinedReplicatesAreLeftOut();
    void rejectsZeroReplicates();
    void eceIntervalContainsEce();
    void eceBootstrapIsDeterministic();
};

void tst_Bootstrap::deterministic()
{
    BootstrapSettings s;
    s.replicates = 300;
    s.seed = 1234;
    const ConfusionMatrix cm = populatedMatrix();
    const ConfusionBootstrap a = bootstrapConfusionMatrix(cm, s, 7);
    const ConfusionBootstrap b = bootstrapConfusionMatrix(cm, s, 7);
    const auto ia = scalarIntervals(a);
    const auto ib = scalarIntervals(b);
    for (size_t i = 0; i < ia.size(); ++i)
        QVERIFY2(same(ia[i].second, ib[i].second), ia[i].first);
    QCOMPARE(a.f1.size(), size_t(5));
    for (size_t c = 0; c < a.f1.size(); ++c)
        QVERIFY(same(a.f1[c], b.f1[c]));
}

void tst_Bootstrap::seedAndStreamChangeTheResample()
{
    BootstrapSettings s;
    s.replicates = 300;
    s.seed = 1234;
    const ConfusionMatrix cm = populatedMatrix();
    const ConfusionBootstrap base = bootstrapConfusionMatrix(cm, s, 7);
    const ConfusionBootstrap otherStream = bootstrapConfusionMatrix(cm, s, 8);
    s.seed = 1235;
    const ConfusionBootstrap otherSeed = bootstrapConfusionMatrix(cm, s, 7);
    QVERIFY(!same(base.macroF1, otherSeed.macroF1));
    QVERIFY(!same(base.macroF1, otherStream.macroF1));
    QVERIFY(!same(base.cohenKappa, otherSeed.cohenKappa));
    QVERIFY(!same(base.f1[2], otherSeed.f1[2]));
    // ... but only by Monte Carlo noise.
    QVERIFY(std::fabs(base.macroF1.lower - otherSeed.macroF1.lower) < 0.01);
}

void tst_Bootstrap::intervalsContainPointEstimate()
{
    const ConfusionMatrix cm = populatedMatrix();
    for (ZeroDivision zd : {ZeroDivision::Zero, ZeroDivision::One, ZeroDivision::NaN}) {
        BootstrapSettings s;
        s.replicates = 1000;
        s.seed = 99;
        s.zeroDivision = zd;
        const ConfusionBootstrap b = bootstrapConfusionMatrix(cm, s, 0);
        const ClassificationMetrics m = computeClassificationMetrics(cm, zd);
        const auto intervals = scalarIntervals(b);
        const auto values = scalarValues(m);
        for (size_t i = 0; i < intervals.size(); ++i) {
            const Interval &ci = intervals[i].second;
            const double v = values[i].second;
            QVERIFY2(ci.defined() && ci.lower < v && v < ci.upper,
                     QByteArray(intervals[i].first) + " " + QByteArray::number(v) + " " + show(ci));
            // N = 5,000: a 95% interval of a rate is about +-0.012 wide; nothing here
            // should be wider than 0.1 or collapse to a point.
            QVERIFY2(ci.upper - ci.lower < 0.1 && ci.upper - ci.lower > 0.005, intervals[i].first);
        }
        for (int c = 0; c < 5; ++c)
            QVERIFY(b.f1[c].lower < m.f1[c] && m.f1[c] < b.f1[c].upper);
    }
}

void tst_Bootstrap::widthShrinksLikeInverseSqrtN()
{
    BootstrapSettings s;
    s.replicates = 4000;
    s.seed = 5;
    const ConfusionBootstrap small = bootstrapConfusionMatrix(populatedMatrix(1), s, 0);
    const ConfusionBootstrap large = bootstrapConfusionMatrix(populatedMatrix(4), s, 0);
    const auto a = scalarIntervals(small);
    const auto b = scalarIntervals(large);
    for (size_t i = 0; i < a.size(); ++i) {
        const double ratio
                = (a[i].second.upper - a[i].second.lower) / (b[i].second.upper - b[i].second.lower);
        QVERIFY2(ratio >= 1.7 && ratio <= 2.3,
                 QByteArray(a[i].first) + " width ratio " + QByteArray::number(ratio));
    }
}

void tst_Bootstrap::matchesSlowReferenceBootstrap()
{
    const QJsonObject ref = loadBootstrapReference();
    QVERIFY2(!ref.isEmpty(), "tests/reference/stats_reference.json missing or not JSON");
    const ConfusionMatrix cm = matrixFrom(ref.value("confusion_matrix").toArray());
    QCOMPARE(cm.numClasses(), 10);
    QCOMPARE(cm.total(), int64_t(10000));

    BootstrapSettings s;
    s.replicates = 20000;
    s.confidence = ref.value("confidence").toDouble();
    s.seed = 2024;
    const ConfusionBootstrap b = bootstrapConfusionMatrix(cm, s, streamId("confusion", 0));
    const ClassificationMetrics m = computeClassificationMetrics(cm, ZeroDivision::Zero);

    // Each endpoint's Monte Carlo standard error is ~1e-4 for both implementations
    // (sd of the metric ~0.0035, B = 20,000); 0.0015 is over ten of them, and well under
    // the 0.0035 that a systematic error of one standard deviation would produce.
    const QJsonObject metrics = ref.value("metrics").toObject();
    const auto intervals = scalarIntervals(b);
    const auto values = scalarValues(m);
    QCOMPARE(intervals.size(), size_t(9));
    for (size_t i = 0; i < intervals.size(); ++i) {
        const QJsonObject r = metrics.value(intervals[i].first).toObject();
        QVERIFY2(!r.isEmpty(), intervals[i].first);
        // The point estimates agree to rounding (same formulas, checked with sklearn).
        QVERIFY(std::fabs(values[i].second - r.value("point").toDouble()) < 1e-12);
        const Interval &ci = intervals[i].second;
        const double lo = r.value("lower").toDouble();
        const double hi = r.value("upper").toDouble();
        const QByteArray what = QByteArray(intervals[i].first) + " " + show(ci) + " vs ["
                                + QByteArray::number(lo, 'g', 8) + ", "
                                + QByteArray::number(hi, 'g', 8) + "]";
        QVERIFY2(std::fabs(ci.lower - lo) < 0.0015, what.constData());
        QVERIFY2(std::fabs(ci.upper - hi) < 0.0015, what.constData());
    }
    // Per-class F1: classes of ~500-1,500 samples, sd ~0.01-0.02, so twice the
    // tolerance scaled accordingly.
    const QJsonObject perClass = ref.value("per_class_f1").toObject();
    const QJsonArray lower = perClass.value("lower").toArray();
    const QJsonArray upper = perClass.value("upper").toArray();
    QCOMPARE(lower.size(), 10);
    for (int c = 0; c < 10; ++c) {
        const QByteArray what = "f1[" + QByteArray::number(c) + "] " + show(b.f1[c]) + " vs ["
                                + QByteArray::number(lower.at(c).toDouble()) + ", "
                                + QByteArray::number(upper.at(c).toDouble()) + "]";
        QVERIFY2(std::fabs(b.f1[c].lower - lower.at(c).toDouble()) < 0.004, what.constData());
        QVERIFY2(std::fabs(b.f1[c].upper - upper.at(c).toDouble()) < 0.004, what.constData());
    }
}

void tst_Bootstrap::undefinedReplicatesAreLeftOut()
{
    // One class with 2 samples out of 1,000: in ~13% of replicates it has no samples at
    // all (0.998^1000), so its F1 is 0/0 = NaN there under zero_division=nan. Those
    // replicates must be left out, not turn the whole interval into NaN.
    const ConfusionMatrix cm(2, {998, 0, 0, 2});
    BootstrapSettings s;
    s.replicates = 2000;
    s.seed = 3;
    s.zeroDivision = ZeroDivision::NaN;
    const ConfusionBootstrap b = bootstrapConfusionMatrix(cm, s, 0);
    QVERIFY(b.f1[1].defined());
    QCOMPARE(b.f1[1].lower, 1.0);
    QCOMPARE(b.f1[1].upper, 1.0);
    QVERIFY(b.macroF1.defined());

    // An empty matrix: every replicate is undefined.
    const ConfusionBootstrap e = bootstrapConfusionMatrix(ConfusionMatrix(3), s, 0);
    QVERIFY(!e.macroF1.defined());
    QVERIFY(!e.cohenKappa.defined());
    QCOMPARE(e.f1.size(), size_t(3));
}

void tst_Bootstrap::rejectsZeroReplicates()
{
    BootstrapSettings s;
    s.replicates = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             bootstrapConfusionMatrix(populatedMatrix(), s, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             bootstrapExpectedCalibrationError(overconfidentHistogram(), s, 0));
}

void tst_Bootstrap::eceIntervalContainsEce()
{
    const CalibrationHistogram h = overconfidentHistogram();
    const double ece = expectedCalibrationError(h);
    QVERIFY2(ece > 0.12 && ece < 0.18, QByteArray::number(ece));
    BootstrapSettings s;
    s.replicates = 2000;
    s.seed = 8;
    const Interval ci = bootstrapExpectedCalibrationError(h, s, streamId("calibration", 0));
    QVERIFY2(ci.lower < ece && ece < ci.upper, show(ci) + " " + QByteArray::number(ece));
    // sd of a mean of 20,000 Bernoulli outcomes is ~0.0035: the interval is ~0.014 wide.
    QVERIFY2(ci.upper - ci.lower > 0.005 && ci.upper - ci.lower < 0.03, show(ci));

    // A scaled-up histogram (4x the samples) gives an interval about half as wide.
    CalibrationHistogram big = h;
    for (int f = 0; f < CalibrationHistogram::kFineBins; ++f) {
        big.countCorrect[f] *= 4;
        big.countWrong[f] *= 4;
        big.confidenceSumCorrect[f] *= 4;
        big.confidenceSumWrong[f] *= 4;
    }
    QVERIFY(std::fabs(expectedCalibrationError(big) - ece) < 1e-12);
    const Interval bigCi = bootstrapExpectedCalibrationError(big, s, streamId("calibration", 0));
    const double ratio = (ci.upper - ci.lower) / (bigCi.upper - bigCi.lower);
    QVERIFY2(ratio >= 1.7 && ratio <= 2.3, QByteArray::number(ratio));
}

void tst_Bootstrap::eceBootstrapIsDeterministic()
{
    const CalibrationHistogram h = overconfidentHistogram();
    BootstrapSettings s;
    s.replicates = 200;
    s.seed = 8;
    QVERIFY(same(bootstrapExpectedCalibrationError(h, s, 1),
                 bootstrapExpectedCalibrationError(h, s, 1)));
    QVERIFY(!same(bootstrapExpectedCalibrationError(h, s, 1),
                  bootstrapExpectedCalibrationError(h, s, 2)));
    // An empty histogram has no ECE and no interval.
    QVERIFY(!bootstrapExpectedCalibrationError(CalibrationHistogram(), s, 1).defined());
}

QTEST_GUILESS_MAIN(tst_Bootstrap)
#include "tst_bootstrap.moc"
