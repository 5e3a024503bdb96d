// Calibration histogram / ECE / reliability diagram, and the binned one-vs-rest AUROC
// against scikit-learn's exact roc_auc_score (reference values in
// tests/reference/stats_reference.json, from tests/reference/make_stats_reference.py).

#include "metrics/auroc.h"
#include "metrics/calibration.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace disteval;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr int kBins = 640; // the engine's default: 1/16 of a unit of log-odds per bin

QJsonArray loadAurocCases()
{
    QFile file(QStringLiteral(DISTEVAL_SOURCE_DIR "/tests/reference/stats_reference.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value("auroc").toArray();
}

int eceBinOf(double confidence)
{
    return CalibrationHistogram::fineBin(confidence) / CalibrationHistogram::kFinePerEceBin;
}
} // namespace

class tst_CalibrationAuroc : public QObject
{
    Q_OBJECT

private slots:
    void fineBinEdges_data();
    void fineBinEdges();
    void eceBoundariesAreUpperInclusive();
    void eceByHand();
    void eceEmptyIsNaN();
    void eceOfPerfectCalibration();
    void reliabilityDiagram();

    void rocBinEdges_data();
    void rocBinEdges();
    void aurocByHand();
    void aurocDegenerate();
    void aurocMatchesScikitLearn_data();
    void aurocMatchesScikitLearn();
    void macroSkipsClassesWithoutPositives();
};

void tst_CalibrationAuroc::fineBinEdges_data()
{
    QTest::addColumn<double>("confidence");
    QTest::addColumn<int>("fine");
    // fine bin f holds (f/300, (f+1)/300]; below 0 and NaN clamp to 0, above 1 to 299.
    QTest::newRow("0") << 0.0 << 0;
    QTest::newRow("negative") << -0.5 << 0;
    QTest::newRow("NaN") << kNaN << 0;
    QTest::newRow("1/300") << 1.0 / 300 << 0;
    QTest::newRow("just above 1/300") << 1.0 / 300 + 1e-12 << 1;
    QTest::newRow("1/15") << 1.0 / 15 << 19;
    QTest::newRow("just above 1/15") << 1.0 / 15 + 1e-12 << 20;
    QTest::newRow("0.5") << 0.5 << 149;
    QTest::newRow("just below 1") << 1.0 - 1e-12 << 299;
    QTest::newRow("1") << 1.0 << 299;
    QTest::newRow("above 1") << 1.5 << 299;
    QTest::newRow("+inf") << kInf << 299;
}

void tst_CalibrationAuroc::fineBinEdges()
{
    QFETCH(double, confidence);
    QFETCH(int, fine);
    QCOMPARE(CalibrationHistogram::fineBin(confidence), fine);
}

void tst_CalibrationAuroc::eceBoundariesAreUpperInclusive()
{
    // ECE bin b holds (b/15, (b+1)/15]: the double nearest k/15 goes to bin k - 1 (for
    // every k these doubles are within an ulp of k/15 and count as the boundary), anything
    // clearly above it to bin k.
    for (int k = 1; k <= 14; ++k) {
        const double edge = static_cast<double>(k) / 15;
        QCOMPARE(eceBinOf(edge), k - 1);
        QCOMPARE(eceBinOf(edge + 1e-12), k);
        QCOMPARE(eceBinOf(edge - 1e-12), k - 1);
    }
    QCOMPARE(eceBinOf(0.0), 0);
    QCOMPARE(eceBinOf(1.0), 14);
}

void tst_CalibrationAuroc::eceByHand()
{
    CalibrationHistogram h;
    // Bin 14 (14/15, 1]: 4 predictions at 0.95, 3 correct -> |0.75 - 0.95| = 0.2, weight 4.
    for (int i = 0; i < 3; ++i)
        h.add(0.95, true);
    h.add(0.95, false);
    // Bin 7 (7/15, 8/15]: 2 predictions at 0.5, both wrong -> |0 - 0.5| = 0.5, weight 2.
    h.add(0.5, false);
    h.add(0.5, false);
    // Bin 0 [0, 1/15]: one correct prediction at confidence exactly 0 -> gap 1.
    h.add(0.0, true);
    // Bin 14 again, confidence exactly 1, correct: now 5 items, accuracy 0.8, mean
    // confidence (4 * 0.95 + 1) / 5 = 0.96 -> gap 0.16, weight 5.
    h.add(1.0, true);
    QCOMPARE(h.total(), int64_t(8));
    // ECE = (5 * 0.16 + 2 * 0.5 + 1 * 1) / 8 = 2.8 / 8 = 0.35
    QVERIFY2(std::fabs(expectedCalibrationError(h) - 0.35) < 1e-12,
             QByteArray::number(expectedCalibrationError(h), 'g', 17));

    // Gaps of opposite sign in different fine bins of the same ECE bin cancel (the ECE
    // bins, not the fine bins, are what is compared): bin 1 (1/15, 2/15], one correct at
    // 0.07 and one wrong at 0.13 -> accuracy 0.5, confidence 0.1, gap 0.4, weight 2.
    CalibrationHistogram g;
    g.add(0.07, true);
    g.add(0.13, false);
    QVERIFY(std::fabs(expectedCalibrationError(g) - 0.4) < 1e-12);
}

void tst_CalibrationAuroc::eceEmptyIsNaN()
{
    QVERIFY(std::isnan(expectedCalibrationError(CalibrationHistogram())));
    QCOMPARE(CalibrationHistogram().total(), int64_t(0));
}

void tst_CalibrationAuroc::eceOfPerfectCalibration()
{
    // In every bin, accuracy equals the mean confidence: ECE 0.
    CalibrationHistogram h;
    for (int i = 0; i < 4; ++i)
        h.add(0.75, i < 3); // 3 of 4 correct at 0.75
    for (int i = 0; i < 5; ++i)
        h.add(0.2, i < 1); // 1 of 5 at 0.2
    QVERIFY(std::fabs(expectedCalibrationError(h)) < 1e-12);
}

void tst_CalibrationAuroc::reliabilityDiagram()
{
    CalibrationHistogram h;
    h.add(0.95, true);
    h.add(0.93, false); // bin 13: (13/15, 14/15] = (0.8667, 0.9333]
    h.add(0.5, true);
    h.add(0.52, true);
    h.add(0.48, false);
    const std::vector<ReliabilityBin> bins = disteval::reliabilityDiagram(h);
    QCOMPARE(bins.size(), size_t(CalibrationHistogram::kEceBins));
    for (int b = 0; b < 15; ++b) {
        QVERIFY(std::fabs(bins[b].lower - b / 15.0) < 1e-15);
        QVERIFY(std::fabs(bins[b].upper - (b + 1) / 15.0) < 1e-15);
    }
    QCOMPARE(bins[14].count, int64_t(1));
    QCOMPARE(bins[14].accuracy, 1.0);
    QVERIFY(std::fabs(bins[14].meanConfidence - 0.95) < 1e-15);
    QCOMPARE(bins[13].count, int64_t(1));
    QCOMPARE(bins[13].accuracy, 0.0);
    QVERIFY(std::fabs(bins[13].meanConfidence - 0.93) < 1e-15);
    // 0.48, 0.5 and 0.52 are all in (7/15, 8/15] = (0.4667, 0.5333]
    QCOMPARE(bins[7].count, int64_t(3));
    QVERIFY(std::fabs(bins[7].accuracy - 2.0 / 3) < 1e-15);
    QVERIFY(std::fabs(bins[7].meanConfidence - 0.5) < 1e-15);
    int64_t total = 0;
    for (int b = 0; b < 15; ++b) {
        total += bins[b].count;
        if (bins[b].count == 0) {
            QVERIFY(std::isnan(bins[b].accuracy));
            QVERIFY(std::isnan(bins[b].meanConfidence));
        }
    }
    QCOMPARE(total, int64_t(5));
}

void tst_CalibrationAuroc::rocBinEdges_data()
{
    QTest::addColumn<double>("logOdds");
    QTest::addColumn<int>("bin");
    // bin k = clamp(floor((s + 20) / 40 * 640), 0, 639): 16 bins per unit of log-odds.
    QTest::newRow("-20") << -20.0 << 0;
    QTest::newRow("below range") << -1e300 << 0;
    QTest::newRow("-inf (p = 0)") << -kInf << 0;
    QTest::newRow("NaN") << kNaN << 0;
    QTest::newRow("0 (p = 1/2)") << 0.0 << 320;
    QTest::newRow("just below 0") << -1e-9 << 319;
    QTest::newRow("1/16") << 0.0625 << 321;
    QTest::newRow("-19.9375") << -19.9375 << 1;
    QTest::newRow("19.9375") << 19.9375 << 639;
    QTest::newRow("19.9") << 19.9 << 638;
    QTest::newRow("20") << 20.0 << 639;
    QTest::newRow("above range") << 1e300 << 639;
    QTest::newRow("+inf (p = 1)") << kInf << 639;
}

void tst_CalibrationAuroc::rocBinEdges()
{
    QFETCH(double, logOdds);
    QFETCH(int, bin);
    const RocHistogram h(1, kBins);
    QCOMPARE(h.bin(logOdds), bin);
}

void tst_CalibrationAuroc::aurocByHand()
{
    // positives per bin [0, 1, 1, 0], negatives [1, 1, 0, 0]:
    //   wins: the positive in bin 1 beats 1 negative, the one in bin 2 beats 2 -> 3;
    //   ties: 1 pair in bin 1 -> AUROC (3 + 0.5) / (2 * 2) = 0.875, bound 0.5 * 1/4.
    //   DeLong: positive components 0.75, 1; negative components 1, 0.75;
    //   var10 = var01 = ((0.125)^2 + (0.125)^2) / 1 = 0.03125;
    //   variance = 0.03125 / 2 + 0.03125 / 2 = 0.03125.
    RocHistogram h(1, 4);
    h.positive = {0, 1, 1, 0};
    h.negative = {1, 1, 0, 0};
    const AurocEstimate e = classAuroc(h, 0);
    QCOMPARE(e.value, 0.875);
    QCOMPARE(e.errorBound, 0.125);
    QVERIFY(std::fabs(e.variance - 0.03125) < 1e-15);

    // Perfect separation: AUROC 1, no ties, no error, variance 0.
    RocHistogram p(1, 4);
    p.positive = {0, 0, 2, 3};
    p.negative = {4, 1, 0, 0};
    const AurocEstimate q = classAuroc(p, 0);
    QCOMPARE(q.value, 1.0);
    QCOMPARE(q.errorBound, 0.0);
    QCOMPARE(q.variance, 0.0);

    // Everything in one bin: 0.5 +- 0.5.
    RocHistogram t(1, 4);
    t.positive = {0, 3, 0, 0};
    t.negative = {0, 2, 0, 0};
    const AurocEstimate u = classAuroc(t, 0);
    QCOMPARE(u.value, 0.5);
    QCOMPARE(u.errorBound, 0.5);
}

void tst_CalibrationAuroc::aurocDegenerate()
{
    RocHistogram h(2, 4);
    h.positive = {0, 1, 0, 0, /* class 1 */ 0, 0, 0, 0};
    h.negative = {0, 0, 0, 0, /* class 1 */ 0, 1, 0, 0};
    // class 0 has no negatives, class 1 no positives: both undefined.
    QVERIFY(std::isnan(classAuroc(h, 0).value));
    QVERIFY(std::isnan(classAuroc(h, 1).value));
    const MacroAuroc m = macroAuroc(h);
    QCOMPARE(m.classesUsed, 0);
    QVERIFY(std::isnan(m.value));
    QVERIFY(std::isnan(m.errorBound));
    QCOMPARE(m.perClass.size(), size_t(2));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RocHistogram(-1, 4));
}

void tst_CalibrationAuroc::aurocMatchesScikitLearn_data()
{
    QTest::addColumn<QJsonObject>("reference");
    const QJsonArray cases = loadAurocCases();
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        QTest::newRow(c.value("name").toString().toUtf8().constData()) << c;
    }
}

void tst_CalibrationAuroc::aurocMatchesScikitLearn()
{
    QFETCH(QJsonObject, reference);
    const QJsonArray labels = reference.value("labels").toArray();
    const QJsonArray probabilities = reference.value("probabilities").toArray();
    const QJsonArray exact = reference.value("sklearn_auroc").toArray();
    const int numClasses = static_cast<int>(exact.size());
    QVERIFY(labels.size() >= 1000);
    QCOMPARE(labels.size(), probabilities.size());

    RocHistogram h(numClasses, kBins);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const int y = labels.at(i).toInt();
        const QJsonArray p = probabilities.at(i).toArray();
        QCOMPARE(static_cast<int>(p.size()), numClasses);
        for (int c = 0; c < numClasses; ++c) {
            const double pc = p.at(c).toDouble();
            const int k = h.bin(std::log(pc / (1 - pc)));
            auto &cells = (y == c) ? h.positive : h.negative;
            ++cells[static_cast<size_t>(c) * kBins + k];
        }
    }

    const MacroAuroc m = macroAuroc(h);
    int used = 0;
    for (int c = 0; c < numClasses; ++c) {
        const AurocEstimate &e = m.perClass[c];
        if (exact.at(c).isNull()) {
            QVERIFY(std::isnan(e.value));
            continue;
        }
        ++used;
        const double x = exact.at(c).toDouble();
        const QByteArray what = "class " + QByteArray::number(c) + ": binned "
                                + QByteArray::number(e.value, 'g', 10) + ", exact "
                                + QByteArray::number(x, 'g', 10) + ", bound "
                                + QByteArray::number(e.errorBound, 'g', 4);
        QVERIFY2(std::fabs(e.value - x) <= e.errorBound + 1e-12, what.constData());
        QVERIFY2(e.errorBound < 0.01, what.constData()); // 1/16 log-odds bins are fine
        // DeLong's standard error: positive, and of the order sqrt(AUC(1-AUC)/min(P,N)).
        QVERIFY(e.variance > 0 && std::sqrt(e.variance) < 0.05);
    }
    QCOMPARE(m.classesUsed, used);
    const double macroExact = reference.value("sklearn_macro_auroc").toDouble();
    QVERIFY2(std::fabs(m.value - macroExact) <= m.errorBound + 1e-12,
             QByteArray::number(m.value, 'g', 10) + " vs "
                     + QByteArray::number(macroExact, 'g', 10));
    QVERIFY(m.errorBound < 0.01);
}

void tst_CalibrationAuroc::macroSkipsClassesWithoutPositives()
{
    // Class 0: AUROC 1 (perfect); class 1: 0.875 (as in aurocByHand); class 2: no
    // positives, skipped; class 3: no negatives, skipped. Macro = (1 + 0.875) / 2.
    RocHistogram h(4, 4);
    h.positive = {0, 0, 2, 3, /**/ 0, 1, 1, 0, /**/ 0, 0, 0, 0, /**/ 1, 1, 1, 1};
    h.negative = {4, 1, 0, 0, /**/ 1, 1, 0, 0, /**/ 3, 0, 0, 1, /**/ 0, 0, 0, 0};
    const MacroAuroc m = macroAuroc(h);
    QCOMPARE(m.classesUsed, 2);
    QCOMPARE(m.value, (1.0 + 0.875) / 2);
    QCOMPARE(m.errorBound, (0.0 + 0.125) / 2);
    QVERIFY(std::isnan(m.perClass[2].value));
    QVERIFY(std::isnan(m.perClass[3].value));
    QCOMPARE(m.perClass[1].value, 0.875);
}

QTEST_GUILESS_MAIN(tst_CalibrationAuroc)
#include "tst_calibration_auroc.moc"
