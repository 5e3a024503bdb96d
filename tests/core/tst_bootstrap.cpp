// The multinomial bootstrap of the confusion-matrix metrics.
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
    void labelSetIsFixedForReplicates();
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
    QVERIFY(!same(base.mcc, otherSeed.mcc));
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
        // The reference's textbook BCa (sample-level jackknife for the acceleration).
        const double lo = r.value("bca_lower").toDouble();
        const double hi = r.value("bca_upper").toDouble();
        const QByteArray what = QByteArray(intervals[i].first) + " " + show(ci) + " vs ["
                                + QByteArray::number(lo, 'g', 8) + ", "
                                + QByteArray::number(hi, 'g', 8) + "]";
        QVERIFY2(std::fabs(ci.lower - lo) < 0.0015, what.constData());
        QVERIFY2(std::fabs(ci.upper - hi) < 0.0015, what.constData());
    }
}

void tst_Bootstrap::undefinedReplicatesAreLeftOut()
{
    // One class with 2 samples out of 1,000: in ~13% of replicates it has no samples at
    // all (0.998^1000), so its recall is 0/0 = NaN there under zero_division=nan and the
    // class drops out of balanced accuracy. Such replicates must not turn the whole
    // interval into NaN.
    const ConfusionMatrix cm(2, {998, 0, 0, 2});
    BootstrapSettings s;
    s.replicates = 2000;
    s.seed = 3;
    s.zeroDivision = ZeroDivision::NaN;
    const ConfusionBootstrap b = bootstrapConfusionMatrix(cm, s, 0);
    QVERIFY(b.balancedAccuracy.defined());
    QCOMPARE(b.balancedAccuracy.lower, 1.0);
    QCOMPARE(b.balancedAccuracy.upper, 1.0);
    QVERIFY(b.macroF1.defined());

    // An empty matrix: every replicate is undefined.
    const ConfusionBootstrap e = bootstrapConfusionMatrix(ConfusionMatrix(3), s, 0);
    QVERIFY(!e.macroF1.defined());
    QVERIFY(!e.cohenKappa.defined());
}

void tst_Bootstrap::rejectsZeroReplicates()
{
    BootstrapSettings s;
    s.replicates = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             bootstrapConfusionMatrix(populatedMatrix(), s, 0));
}

void tst_Bootstrap::labelSetIsFixedForReplicates()
{
    // Classes 0-2: 300 samples each, 240 right and 60 to the next class; class 3: one
    // sample, predicted as class 0. A replicate that leaves the single class-3 sample
    // out must still average over four classes (its recall and F1 count as 0, the
    // zero_division value), or the interval jumps towards the three-class value 0.8.
    ConfusionMatrix cm(4);
    for (int c = 0; c < 3; ++c) {
        cm.add(c, c, 240);
        cm.add(c, (c + 1) % 3, 60);
    }
    cm.add(3, 0, 1);
    const ClassificationMetrics m = computeClassificationMetrics(cm, ZeroDivision::Zero);
    QVERIFY(std::fabs(m.balancedAccuracy - 0.6) < 1e-12);
    QVERIFY(std::fabs(m.macroF1 - 0.5997) < 1e-4);
    BootstrapSettings s;
    s.replicates = 2000;
    s.seed = 5;
    const ConfusionBootstrap b = bootstrapConfusionMatrix(cm, s, 0);
    for (const Interval &ci : {b.balancedAccuracy, b.macroF1}) {
        QVERIFY2(ci.lower > 0.56 && ci.lower < 0.6, show(ci));
        QVERIFY2(ci.upper > 0.6 && ci.upper < 0.64, show(ci));
    }
    // The macro average over the fixed set equals scikit-learn's labels=[0, 1, 2, 3].
    ClassTotals dropped = ClassTotals::fromConfusionMatrix(cm);
    dropped.support[3] = 0;
    dropped.predicted[0] -= 1;
    dropped.total -= 1;
    const LabelSet fixed = LabelSet::of(ClassTotals::fromConfusionMatrix(cm));
    ClassificationMetrics withFixed, withOwn;
    computeClassificationMetrics(dropped, ZeroDivision::Zero, withFixed, &fixed);
    computeClassificationMetrics(dropped, ZeroDivision::Zero, withOwn);
    QVERIFY(std::fabs(withFixed.balancedAccuracy - 0.6) < 1e-12);
    QVERIFY(std::fabs(withOwn.balancedAccuracy - 0.8) < 1e-12);
    QVERIFY(withFixed.macroF1 < withOwn.macroF1);
}

QTEST_GUILESS_MAIN(tst_Bootstrap)
#include "tst_bootstrap.moc"
