// Paired comparison of two models: McNemar's exact test, the joint (true, A, B) counts
// and the paired bootstrap of metric differences.

#include "comparison/jointconfusion.h"
#include "comparison/mcnemar.h"
#include "comparison/pairedcomparison.h"
#include "result/predictionsfile.h"
#include "result/resultfile.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace disteval;

class tst_Comparison : public QObject
{
    Q_OBJECT

private slots:
    void mcnemarKnownValues_data();
    void mcnemarKnownValues();
    void mcnemarLargeCounts_data();
    void mcnemarLargeCounts();
    void mcnemarIsSymmetric();
    void mcnemarRejectsNegativeCounts();
    void jointConfusionPackRoundTrip();
    void jointConfusionRejectsBadCells();
    void selfComparisonIsZero();
    void deltasAreDifferencesOfMetrics();
    void pairedBootstrapIsDeterministicAndBrackets();
    void resultFileRoundTripsComparisons();
    void predictionsFileRoundTripAndRefusal();
};

void tst_Comparison::mcnemarKnownValues_data()
{
    QTest::addColumn<qint64>("b01");
    QTest::addColumn<qint64>("b10");
    QTest::addColumn<double>("exact");
    QTest::addColumn<double>("mid");
    // n = 12, k = 2: P(X <= 2) = (1 + 12 + 66) / 4096, P(X = 2) = 66 / 4096
    QTest::newRow("10-2") << qint64(10) << qint64(2) << 2 * 79.0 / 4096 << (2 * 79.0 - 66) / 4096;
    QTest::newRow("2-10") << qint64(2) << qint64(10) << 2 * 79.0 / 4096 << (2 * 79.0 - 66) / 4096;
    QTest::newRow("no discordant pairs") << qint64(0) << qint64(0) << 1.0 << 1.0;
    QTest::newRow("1-0") << qint64(1) << qint64(0) << 1.0 << 0.5;
    QTest::newRow("5-0") << qint64(5) << qint64(0) << 2.0 / 32 << 1.0 / 32;
    QTest::newRow("equal") << qint64(7) << qint64(7) << 1.0 << 1.0;
    // scipy.stats.binomtest(1269, 1731).pvalue (the demo checkpoints' counts)
    QTest::newRow("large") << qint64(1269) << qint64(462) << 7.672329594469867e-87 << -1.0;
}

void tst_Comparison::mcnemarKnownValues()
{
    QFETCH(qint64, b01);
    QFETCH(qint64, b10);
    QFETCH(double, exact);
    QFETCH(double, mid);
    const McNemarResult r = mcnemarTest(b01, b10);
    QCOMPARE(r.b01, b01);
    QCOMPARE(r.b10, b10);
    QVERIFY2(std::fabs(r.pExact - exact) <= 1e-9 * exact + 1e-15,
             qPrintable(QString("p_exact %1, expected %2")
                                .arg(r.pExact, 0, 'g', 17)
                                .arg(exact, 0, 'g', 17)));
    if (mid >= 0)
        QVERIFY2(std::fabs(r.pMid - mid) <= 1e-12, qPrintable(QString("p_mid %1, expected %2")
                                                                      .arg(r.pMid, 0, 'g', 17)
                                                                      .arg(mid, 0, 'g', 17)));
    QVERIFY(r.pMid <= r.pExact);
}

void tst_Comparison::mcnemarLargeCounts_data()
{
    // Billions of discordant samples, where log-gamma differences lost 1e-5 to 1e-2 of
    // the p-value. References from 30-digit mpmath: the exact sum of the binomial tail
    // up to 4e9; at 2e13 the continuity-corrected normal with its Edgeworth (kurtosis)
    // term, whose error there is far below 1e-12 (it is 1e-9 already at 4e9).
    // (scipy.stats.binom is off by 1e-7 at 4e9 and 7e-4 at 2e13, so it cannot serve.)
    QTest::addColumn<qint64>("b01");
    QTest::addColumn<qint64>("b10");
    QTest::addColumn<double>("exact");
    QTest::addColumn<double>("mid");
    QTest::newRow("2e6, z=3") << qint64(1002121) << qint64(997879) << 0.0027100882311296789
                              << 0.0027038121354039853;
    QTest::newRow("4e9, z=2") << qint64(2000063245) << qint64(1999936755) << 0.045503860364115154
                              << 0.045502152960105668;
    QTest::newRow("4e9, z=5") << qint64(2000158112) << qint64(1999841888) << 5.7352724900526705e-7
                              << 5.7348022080712415e-7;
    QTest::newRow("2e13, z=2") << qint64(10000004472135) << qint64(9999995527865)
                               << 0.045500334159771216 << 0.045500310014256333;
    QTest::newRow("2e13, z=5") << qint64(10000011180337) << qint64(9999988819663)
                               << 5.7330764834267945e-7 << 5.7330698345720685e-7;
}

void tst_Comparison::mcnemarLargeCounts()
{
    QFETCH(qint64, b01);
    QFETCH(qint64, b10);
    QFETCH(double, exact);
    QFETCH(double, mid);
    const McNemarResult r = mcnemarTest(b01, b10);
    QVERIFY2(std::fabs(r.pExact / exact - 1) < 1e-10, qPrintable(QString("p_exact %1, expected %2")
                                                                         .arg(r.pExact, 0, 'g', 17)
                                                                         .arg(exact, 0, 'g', 17)));
    QVERIFY2(
            std::fabs(r.pMid / mid - 1) < 1e-10,
            qPrintable(
                    QString("p_mid %1, expected %2").arg(r.pMid, 0, 'g', 17).arg(mid, 0, 'g', 17)));
}

void tst_Comparison::mcnemarIsSymmetric()
{
    for (int a = 0; a < 30; a += 3)
        for (int b = 0; b < 30; b += 4) {
            const McNemarResult x = mcnemarTest(a, b), y = mcnemarTest(b, a);
            QCOMPARE(x.pExact, y.pExact);
            QCOMPARE(x.pMid, y.pMid);
            QVERIFY(x.pExact > 0 && x.pExact <= 1);
        }
}

void tst_Comparison::mcnemarRejectsNegativeCounts()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mcnemarTest(-1, 3));
}

void tst_Comparison::jointConfusionPackRoundTrip()
{
    JointConfusion j(4);
    j.add(0, 0, 1, 5);
    j.add(3, 2, 3, 7);
    j.add(0, 0, 1, 1);
    JointConfusion k(4);
    const std::vector<int64_t> packed = j.pack();
    k.unpackAdd(packed.data(), packed.size());
    k.unpackAdd(packed.data(), packed.size()); // adding twice doubles every count
    const auto cells = k.cells();
    QCOMPARE(cells.size(), size_t(2));
    QCOMPARE(cells[0].y, 0);
    QCOMPARE(cells[0].a, 0);
    QCOMPARE(cells[0].b, 1);
    QCOMPARE(cells[0].count, int64_t(12));
    QCOMPARE(cells[1].y, 3);
    QCOMPARE(cells[1].count, int64_t(14));
    QCOMPARE(k.total(), int64_t(26));
}

void tst_Comparison::jointConfusionRejectsBadCells()
{
    JointConfusion j(3);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, j.addKey(27, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, j.add(0, 0, 0, -1));
    const int64_t odd[] = {1, 2, 3};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, j.unpackAdd(odd, 3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, JointConfusion(0));
}

namespace {
// A 3-class joint matrix where B fixes some of A's errors and breaks a few of its hits.
JointConfusion sampleJoint()
{
    JointConfusion j(3);
    j.add(0, 0, 0, 300);
    j.add(0, 1, 0, 40); // B right, A wrong
    j.add(0, 0, 2, 10); // A right, B wrong
    j.add(1, 1, 1, 250);
    j.add(1, 2, 1, 30);
    j.add(1, 2, 2, 20); // both wrong
    j.add(2, 2, 2, 280);
    j.add(2, 2, 0, 15);
    j.add(2, 0, 2, 25); // B right, A wrong
    return j;
}
} // namespace

void tst_Comparison::selfComparisonIsZero()
{
    JointConfusion j(3);
    for (const auto &c : sampleJoint().cells())
        j.add(c.y, c.a, c.a, c.count); // B predicts exactly what A predicts
    BootstrapSettings s;
    s.replicates = 200;
    const PairedComparison c = comparePaired(j, 0, 1, s, 7);
    QCOMPARE(c.mcnemar.b01, int64_t(0));
    QCOMPARE(c.mcnemar.b10, int64_t(0));
    QCOMPARE(c.mcnemar.pExact, 1.0);
    for (const auto &entry : c.delta) {
        QCOMPARE(entry.second.value, 0.0);
        if (entry.first == "accuracy") {
            // No discordant pair among N: Bonett and Price's interval is symmetric around
            // 0 and about z sqrt(2) / N wide on each side (a discordance rate of a few
            // per N is not ruled out), not the point 0.
            const double n = static_cast<double>(j.total());
            QCOMPARE(entry.second.ci.lower, -entry.second.ci.upper);
            QVERIFY(entry.second.ci.upper > 0 && entry.second.ci.upper < 4 / n);
            continue;
        }
        QCOMPARE(entry.second.ci.lower, 0.0);
        QCOMPARE(entry.second.ci.upper, 0.0);
    }
    for (const DeltaValue &d : c.perClassDeltaF1)
        QCOMPARE(d.value, 0.0);
}

void tst_Comparison::deltasAreDifferencesOfMetrics()
{
    const JointConfusion j = sampleJoint();
    ConfusionMatrix ca(3), cb(3);
    for (const auto &c : j.cells()) {
        ca.add(c.y, c.a, c.count);
        cb.add(c.y, c.b, c.count);
    }
    const ClassificationMetrics ma = computeClassificationMetrics(ca, ZeroDivision::Zero);
    const ClassificationMetrics mb = computeClassificationMetrics(cb, ZeroDivision::Zero);
    BootstrapSettings s;
    s.replicates = 100;
    const PairedComparison c = comparePaired(j, 0, 1, s, 1);
    QCOMPARE(c.mcnemar.b01, int64_t(40 + 30 + 25)); // A wrong, B right
    QCOMPARE(c.mcnemar.b10, int64_t(10 + 15));      // A right, B wrong
    QCOMPARE(c.bothWrong, int64_t(20));
    QCOMPARE(c.bothCorrect, int64_t(300 + 250 + 280));
    QVERIFY(std::fabs(c.deltaOf("accuracy")->value - (mb.accuracy - ma.accuracy)) < 1e-15);
    QVERIFY(std::fabs(c.deltaOf("macro_f1")->value - (mb.macroF1 - ma.macroF1)) < 1e-15);
    QVERIFY(std::fabs(c.deltaOf("mcc")->value - (mb.mcc - ma.mcc)) < 1e-15);
    for (int k = 0; k < 3; ++k)
        QVERIFY(std::fabs(c.perClassDeltaF1[k].value - (mb.f1[k] - ma.f1[k])) < 1e-15);
    QCOMPARE(c.delta.size(), comparedMetricNames().size());
}

void tst_Comparison::pairedBootstrapIsDeterministicAndBrackets()
{
    const JointConfusion j = sampleJoint();
    BootstrapSettings s;
    s.replicates = 2000;
    s.seed = 11;
    const PairedComparison x = comparePaired(j, 0, 1, s, 3), y = comparePaired(j, 0, 1, s, 3);
    s.seed = 12;
    const PairedComparison z = comparePaired(j, 0, 1, s, 3);
    for (size_t i = 0; i < x.delta.size(); ++i) {
        QCOMPARE(x.delta[i].second.ci.lower, y.delta[i].second.ci.lower);
        QCOMPARE(x.delta[i].second.ci.upper, y.delta[i].second.ci.upper);
        QVERIFY(x.delta[i].second.ci.lower <= x.delta[i].second.value);
        QVERIFY(x.delta[i].second.ci.upper >= x.delta[i].second.value);
    }
    QVERIFY(x.deltaOf("macro_f1")->ci.lower != z.deltaOf("macro_f1")->ci.lower);
    QCOMPARE(x.deltaOf("macro_f1")->method, std::string("bca"));
    // The accuracy difference: Bonett and Price's interval, by hand from b01 and b10
    // (no randomness, so the seed does not matter).
    const DeltaValue &acc = *x.deltaOf("accuracy");
    QCOMPARE(acc.method, std::string("bonett-price"));
    QCOMPARE(acc.ci.lower, z.deltaOf("accuracy")->ci.lower);
    const double m = static_cast<double>(j.total()) + 2;
    const double p01 = (x.mcnemar.b01 + 1) / m, p10 = (x.mcnemar.b10 + 1) / m;
    const double se = std::sqrt((p01 + p10 - (p01 - p10) * (p01 - p10)) / m);
    QVERIFY(std::fabs(acc.ci.lower - (p01 - p10 - 1.959963984540054 * se)) < 1e-12);
    QVERIFY(std::fabs(acc.ci.upper - (p01 - p10 + 1.959963984540054 * se)) < 1e-12);
    // Driven by the discordant pairs only: about 2 * 1.96 * 0.0126 wide.
    const double width = acc.ci.upper - acc.ci.lower;
    QVERIFY2(width > 0.04 && width < 0.06, qPrintable(QString::number(width)));
}

void tst_Comparison::resultFileRoundTripsComparisons()
{
    ResultFile r;
    r.engineVersion = "t";
    r.created = "now";
    r.dataset.numClasses = 3;
    r.dataset.classNames = {"a", "b", "c"};
    r.dataset.numSamples = sampleJoint().total(); // the reader checks the counts agree
    for (int m = 0; m < 2; ++m) {
        ModelResult mr;
        mr.path = "m";
        mr.sha256 = "x";
        mr.confusion = ConfusionMatrix(3);
        mr.metrics = {{"accuracy", {0.5, {0.4, 0.6}, "wilson"}},
                      {"macro_f1", {0.5, {0.4, 0.6}, "bootstrap"}}};
        for (int c = 0; c < 3; ++c) {
            PerClassResult pc;
            pc.index = c;
            pc.name = r.dataset.classNames[c];
            mr.perClass.push_back(pc);
        }
        r.models.push_back(mr);
    }
    BootstrapSettings s;
    s.replicates = 50;
    r.comparisons.push_back(comparePaired(sampleJoint(), 0, 1, s, 0));
    r.predictionsFile = "x.predictions.bin";
    r.datasetFingerprint = "f";
    const ResultFile back = parseResult(serializeResult(r));
    QCOMPARE(back.comparisons.size(), size_t(1));
    const PairedComparison &a = r.comparisons[0], &b = back.comparisons[0];
    QCOMPARE(b.mcnemar.b01, a.mcnemar.b01);
    QCOMPARE(b.mcnemar.pExact, a.mcnemar.pExact);
    QCOMPARE(b.delta.size(), a.delta.size());
    for (size_t i = 0; i < a.delta.size(); ++i) {
        QCOMPARE(b.delta[i].first, a.delta[i].first);
        QCOMPARE(b.delta[i].second.value, a.delta[i].second.value);
        QCOMPARE(b.delta[i].second.ci.upper, a.delta[i].second.ci.upper);
    }
    QCOMPARE(b.perClassDeltaF1.size(), size_t(3));
    QCOMPARE(back.predictionsFile, r.predictionsFile);
    QCOMPARE(back.datasetFingerprint, r.datasetFingerprint);
}

void tst_Comparison::predictionsFileRoundTripAndRefusal()
{
    QTemporaryDir dir;
    PredictionsFile f;
    f.numSamples = 5;
    f.numClasses = 3;
    f.datasetPath = "d";
    f.datasetFingerprint = "abc";
    f.modelPaths = {"m1", "m2"};
    f.modelHashes = {"h1", "h2"};
    f.labels = {0, 1, 2, 1, 0};
    f.predictions = {{0, 1, 1, -1, 0}, {0, 2, 2, 1, 0}};
    const std::string path = dir.filePath("p.bin").toStdString();
    writePredictionsFile(path, f);
    const PredictionsFile g = readPredictionsFile(path);
    QCOMPARE(g.labels, f.labels);
    QCOMPARE(g.predictions, f.predictions);
    QCOMPARE(g.datasetFingerprint, f.datasetFingerprint);

    BootstrapSettings s;
    s.replicates = 20;
    int64_t excluded = 0;
    const PairedComparison c = compareRuns(f, 0, g, 1, s, &excluded);
    QCOMPARE(excluded, int64_t(1));
    QCOMPARE(c.mcnemar.b10, int64_t(1)); // sample 1: A right, B wrong
    QCOMPARE(c.mcnemar.b01, int64_t(1)); // sample 2: A wrong, B right

    PredictionsFile other = f;
    other.datasetFingerprint = "zzz";
    QVERIFY_THROWS_EXCEPTION(ComparisonRefused, compareRuns(f, 0, other, 0, s, nullptr));
    other = f;
    other.labels[0] = 2;
    QVERIFY_THROWS_EXCEPTION(ComparisonRefused, compareRuns(f, 0, other, 0, s, nullptr));

    // A damaged file names itself and the problem.
    QFile file(QString::fromStdString(path));
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.resize(file.size() - 3);
    file.close();
    try {
        readPredictionsFile(path);
        QFAIL("a truncated file was accepted");
    } catch (const PredictionsFileError &e) {
        QVERIFY(QString(e.what()).contains("truncated"));
        QVERIFY(QString(e.what()).contains(QString::fromStdString(path)));
    }
}

QTEST_GUILESS_MAIN(tst_Comparison)
#include "tst_comparison.moc"
