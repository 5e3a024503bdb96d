// The curves core draws from a result's histograms (core/metrics/curves.h) against
// hand-computed points, the average precision's delta-method variance against the
// variance of resampled test sets, the true class's rank, and the curves' part of the
// result file: written, read back, refused when its counts contradict the rest.

#include "evaluation/classificationsample.h"
#include "evaluation/modelsummary.h"
#include "metrics/averageprecision.h"
#include "metrics/curves.h"
#include "result/resultfile.h"
#include "stats/random.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

using namespace disteval;

namespace {
// Class 0: positives in bins 1 and 3, negatives in 0 and 1; class 1: the complement, as
// one-vs-rest histograms of two classes are.
RocHistogram twoClasses()
{
    RocHistogram h(2, 4);
    const int64_t pos0[4] = {0, 1, 0, 2}, neg0[4] = {2, 1, 0, 0};
    for (int b = 0; b < 4; ++b) {
        h.positive[size_t(b)] = pos0[b];
        h.negative[size_t(b)] = neg0[b];
    }
    const int64_t pos1[4] = {0, 0, 1, 0}, neg1[4] = {1, 1, 0, 1};
    for (int b = 0; b < 4; ++b) {
        h.positive[size_t(4 + b)] = pos1[b];
        h.negative[size_t(4 + b)] = neg1[b];
    }
    return h;
}

double sigmoid(double x)
{
    return 1 / (1 + std::exp(-x));
}

using Points = QList<QPair<double, double>>;

Points pointsOf(const std::vector<double> &x, const std::vector<double> &y)
{
    Points p;
    for (size_t i = 0; i < x.size(); ++i)
        p.append({x[i], y[i]});
    return p;
}
} // namespace

class tst_Curves : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rocPointsAreTheBinsEdges();
    void precisionRecallPoints();
    void microAveragePoolsTheClasses();
    void macroAverageInterpolatesAtEveryFpr();
    void noCurveWithoutPositivesOrNegatives();
    void confidenceCurve();
    void topKCurve();
    void rankFollowsScikitLearnsTieOrder();
    void rankHitsAddAcrossRanks();
    void apJackknifeLeavesEachSampleOut();
    void apVarianceMatchesResampledTestSets();
    void apIntervalIsWithheldWhereUndefined();
    void curvesSurviveTheResultFile();
    void histogramsBeyondTheCellLimitAreRefused();
    void contradictoryCurvesAreRefused_data();
    void contradictoryCurvesAreRefused();
};

void tst_Curves::rocPointsAreTheBinsEdges()
{
    const RocHistogram h = twoClasses();
    const RocCurve roc = rocCurve(h, 0);
    QCOMPARE(roc.positives, int64_t(3));
    QCOMPARE(roc.negatives, int64_t(3));
    // bins 3, 1, 0 hold samples (bin 2 is empty and adds no point)
    QCOMPARE(pointsOf(roc.fpr, roc.tpr), (Points{{0, 0}, {0, 2.0 / 3}, {1.0 / 3, 1}, {1, 1}}));
    QVERIFY(std::isinf(roc.threshold[0]));
    QCOMPARE(roc.threshold[1], sigmoid(10.0)); // -20 + 40 * 3 / 4
    QCOMPARE(roc.threshold[2], sigmoid(-10.0));
    QCOMPARE(roc.threshold[3], 0.0); // bin 0 holds every lower score
}

void tst_Curves::precisionRecallPoints()
{
    const PrecisionRecallCurve pr = precisionRecallCurve(twoClasses(), 0);
    QCOMPARE(pointsOf(pr.recall, pr.precision),
             (Points{{0, 1}, {2.0 / 3, 1}, {1, 0.75}, {1, 0.5}}));
    QCOMPARE(pr.threshold[1], sigmoid(10.0));
}

void tst_Curves::microAveragePoolsTheClasses()
{
    // pooled: positives {0, 1, 1, 2}, negatives {3, 2, 0, 1}
    const RocCurve roc = rocCurve(twoClasses(), kMicroAverage);
    QCOMPARE(roc.positives, int64_t(4));
    QCOMPARE(roc.negatives, int64_t(6));
    QCOMPARE(pointsOf(roc.fpr, roc.tpr),
             (Points{{0, 0}, {1.0 / 6, 0.5}, {1.0 / 6, 0.75}, {0.5, 1}, {1, 1}}));
    const PrecisionRecallCurve pr = precisionRecallCurve(twoClasses(), kMicroAverage);
    QCOMPARE(pointsOf(pr.recall, pr.precision),
             (Points{{0, 1}, {0.5, 2.0 / 3}, {0.75, 0.75}, {1, 4.0 / 7}, {1, 0.4}}));
}

void tst_Curves::macroAverageInterpolatesAtEveryFpr()
{
    // class 0: (0,0) (0,2/3) (1/3,1) (1,1); class 1: (0,0) (1/3,0) (1/3,1) (2/3,1) (1,1).
    // At FPR 0 class 0 is at its highest point, 2/3 (numpy.interp takes the last), class 1
    // at 0; at 1/3 both are at 1.
    const RocCurve macro = macroRocCurve(twoClasses());
    QCOMPARE(pointsOf(macro.fpr, macro.tpr),
             (Points{{0, 1.0 / 3}, {1.0 / 3, 1}, {2.0 / 3, 1}, {1, 1}}));
    QVERIFY(macro.threshold.empty());

    // Class 0: one bin holds its positive and its negative, (0,0) to (1,1) in one step;
    // class 1: the staircase (0,0) (0,1) (1,1). At FPR 0 the mean is (0 + 1) / 2.
    RocHistogram h(2, 3);
    h.positive = {0, 1, 0, /**/ 0, 0, 1};
    h.negative = {0, 1, 0, /**/ 1, 0, 0};
    const RocCurve tied = macroRocCurve(h);
    QCOMPARE(pointsOf(tied.fpr, tied.tpr), (Points{{0, 0.5}, {1, 1}}));
}

void tst_Curves::noCurveWithoutPositivesOrNegatives()
{
    RocHistogram h(2, 4);
    h.negative[1] = 3; // class 0: negatives only
    QVERIFY(rocCurve(h, 0).fpr.empty());
    QVERIFY(precisionRecallCurve(h, 0).recall.empty());
    QCOMPARE(rocCurve(h, 0).negatives, int64_t(3));
    QVERIFY(rocCurve(h, 1).fpr.empty()); // empty class
    QVERIFY(rocCurve(h, 2).fpr.empty()); // no such class
    QVERIFY(rocCurve(RocHistogram(), kMicroAverage).fpr.empty());
    QVERIFY(macroRocCurve(h).fpr.empty());
    h.positive[1] = 2; // a positive and negatives: PR is defined, and ROC too
    QCOMPARE(precisionRecallCurve(h, 0).recall.size(), size_t(2));
    QCOMPARE(rocCurve(h, 0).fpr.size(), size_t(2));
}

void tst_Curves::confidenceCurve()
{
    ModelCurves m;
    m.confidenceCorrect.assign(300, 0);
    m.confidenceWrong.assign(300, 0);
    m.confidenceCorrect[0] = 1;
    m.confidenceCorrect[299] = 2;
    m.confidenceWrong[150] = 1;
    const ConfidenceCurve c = disteval::confidenceCurve(m);
    QCOMPARE(c.threshold.size(), size_t(300));
    QCOMPARE(c.threshold[150], 0.5);
    QCOMPARE(c.retained[0], int64_t(4));
    QCOMPARE(c.coverage[0], 1.0);
    QCOMPARE(c.accuracy[0], 0.75);
    for (size_t f : {size_t(1), size_t(150)}) {
        QCOMPARE(c.retained[f], int64_t(3));
        QCOMPARE(c.accuracy[f], 2.0 / 3);
    }
    QCOMPARE(c.retained[151], int64_t(2));
    QCOMPARE(c.coverage[151], 0.5);
    QCOMPARE(c.accuracy[299], 1.0);
    QVERIFY(disteval::confidenceCurve(ModelCurves()).threshold.empty());
    m.confidenceCorrect.assign(300, 0);
    m.confidenceWrong.assign(300, 0);
    const ConfidenceCurve none = disteval::confidenceCurve(m);
    QVERIFY(std::isnan(none.coverage[0]) && std::isnan(none.accuracy[0]));
}

void tst_Curves::topKCurve()
{
    ModelCurves m;
    m.confidenceCorrect.assign(300, 0);
    m.confidenceWrong.assign(300, 0);
    m.confidenceCorrect[10] = 5;
    m.confidenceWrong[20] = 7;
    m.rankHits = {5, 3, 2};
    const TopKCurve t = disteval::topKCurve(m);
    QCOMPARE(t.samples, int64_t(12));
    QCOMPARE(t.hits, (std::vector<int64_t>{5, 8, 10}));
    QVERIFY(disteval::topKCurve(ModelCurves()).hits.empty());
}

void tst_Curves::rankFollowsScikitLearnsTieOrder()
{
    // top_k_accuracy_score sorts stably by descending score: among equal logits the
    // higher class index ranks first.
    const double z[4] = {1, 2, 2, 0};
    const RocHistogram none;
    SampleOutcome o;
    analyzeSample(z, 4, 1, none, o, nullptr);
    QCOMPARE(o.rank, 1); // class 2 ties and ranks above
    analyzeSample(z, 4, 2, none, o, nullptr);
    QCOMPARE(o.rank, 0);
    analyzeSample(z, 4, 3, none, o, nullptr);
    QCOMPARE(o.rank, 3);
    std::vector<double> many(30, 0.0); // 29 classes tie above class 0: capped
    analyzeSample(many.data(), 30, 0, none, o, nullptr);
    QCOMPARE(o.rank, ModelCurves::kMaxRank);
    QVERIFY(!o.topKHit);
}

void tst_Curves::rankHitsAddAcrossRanks()
{
    SufficientStats a(12, 8), b(12, 8), both(12, 8);
    QCOMPARE(a.rankHits.size(), size_t(ModelCurves::kMaxRank));
    QCOMPARE(SufficientStats(3, 8).rankHits.size(), size_t(3));
    Rng rng(4, 2);
    std::vector<double> z(12);
    std::vector<uint16_t> bins(12);
    for (int i = 0; i < 200; ++i) {
        for (double &v : z)
            v = std::floor(rng.uniform() * 4); // many ties
        const int y = i % 12;
        SampleOutcome o;
        analyzeSample(z.data(), 12, y, both.roc, o, bins.data());
        addSample(o, y, bins.data(), i % 3 ? a : b);
        addSample(o, y, bins.data(), both);
    }
    a.merge(b);
    QCOMPARE(a.rankHits, both.rankHits);
    int64_t top5 = 0;
    for (size_t k = 0; k < 5; ++k)
        top5 += both.rankHits[k];
    QCOMPARE(top5, both.topKHits);
    std::vector<int64_t> words(both.integerCount());
    both.pack(words.data());
    SufficientStats back(12, 8);
    back.unpack(words.data());
    QCOMPARE(back.rankHits, both.rankHits);
}

void tst_Curves::apJackknifeLeavesEachSampleOut()
{
    // Against the definition: every sample left out of the histogram in turn.
    Rng rng(23, 5);
    for (int round = 0; round < 20; ++round) {
        RocHistogram h(2, 9);
        for (size_t k = 9; k < 18; ++k) { // class 1
            h.positive[k] = int64_t(rng.uniform() * 4);
            h.negative[k] = int64_t(rng.uniform() * 5);
        }
        h.positive[9] += 2;
        h.negative[17] += 1;
        double sum = 0, squares = 0, n = 0;
        for (std::vector<int64_t> *side : {&h.positive, &h.negative})
            for (size_t k = 9; k < 18; ++k)
                for (int64_t i = 0; i < (*side)[k]; ++i) {
                    RocHistogram without = h;
                    --(side == &h.positive ? without.positive : without.negative)[k];
                    const double ap = binnedAveragePrecision(without, 1).value;
                    sum += ap;
                    squares += ap * ap;
                    ++n;
                }
        const double mean = sum / n;
        const double expected = (n - 1) / n * (squares - n * mean * mean);
        const double got = averagePrecisionVariance(h, 1);
        QVERIFY2(std::fabs(got - expected) <= 1e-12 * std::max(1.0, expected),
                 qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(expected)));
    }
}

void tst_Curves::apVarianceMatchesResampledTestSets()
{
    // A test set of 1000 samples, 20 % of them positive, scores in 40 bins (two
    // overlapping normals): the jackknife variance against the variance of the
    // binned AP over 4000 test sets resampled from it with replacement (the bootstrap),
    // in which the number of positives varies too.
    constexpr int kBins = 40;
    Rng rng(17, 1);
    auto gaussian = [&rng] {
        double u = rng.uniform();
        while (u == 0)
            u = rng.uniform();
        return std::sqrt(-2 * std::log(u)) * std::cos(6.283185307179586 * rng.uniform());
    };
    auto binOf = [](double s) {
        return std::clamp(int(std::floor((s + 3) / 7 * kBins)), 0, 39);
    };
    std::vector<std::pair<bool, int>> samples; // (positive, bin)
    for (int i = 0; i < 1000; ++i) {
        const bool positive = i % 5 == 0;
        samples.push_back({positive, binOf((positive ? 1.2 : 0.0) + gaussian())});
    }
    auto histogram = [&](auto pick) {
        RocHistogram h(1, kBins);
        for (size_t i = 0; i < samples.size(); ++i) {
            const auto &[positive, bin] = samples[pick(i)];
            ++(positive ? h.positive : h.negative)[size_t(bin)];
        }
        return h;
    };
    const RocHistogram h = histogram([](size_t i) { return i; });
    const double variance = averagePrecisionVariance(h, 0);
    double sum = 0, squares = 0;
    constexpr int kResamples = 4000;
    for (int r = 0; r < kResamples; ++r) {
        const RocHistogram s = histogram([&](size_t) { return size_t(rng.uniform() * 1000); });
        const double ap = binnedAveragePrecision(s, 0).value;
        sum += ap;
        squares += ap * ap;
    }
    const double mean = sum / kResamples;
    const double resampled = squares / kResamples - mean * mean;
    qInfo("AP %.4f: jackknife variance %.3g, resampled %.3g", binnedAveragePrecision(h, 0).value,
          variance, resampled);
    QVERIFY(variance > 0.9 * resampled && variance < 1.1 * resampled);
}

void tst_Curves::apIntervalIsWithheldWhereUndefined()
{
    RocHistogram h(1, 4);
    h.positive = {0, 0, 0, 60};
    h.negative = {40, 0, 0, 0}; // perfect: AP 1, variance 0
    QCOMPARE(averagePrecisionVariance(h, 0), 0.0);
    MetricValue v = averagePrecisionValue(h, 0, 0.95, "class");
    QCOMPARE(v.value, 1.0);
    QVERIFY(!v.ci.defined());
    QVERIFY(QString::fromStdString(v.ciReason).contains("every positive"));
    h.positive = {0, 20, 0, 20}; // 40 positives: too few
    v = averagePrecisionValue(h, 0, 0.95, "label");
    QVERIFY(!v.ci.defined());
    QCOMPARE(QString::fromStdString(v.ciReason),
             QStringLiteral("the label has fewer than 50 positive samples"));
    h.positive = {15, 20, 20, 15};
    h.negative = {0, 0, 0, 0};
    QVERIFY(std::isnan(averagePrecisionVariance(h, 0)));
    QCOMPARE(QString::fromStdString(averagePrecisionValue(h, 0, 0.95, "class").ciReason),
             QStringLiteral("the class has no negative sample"));
    h.negative = {30, 30, 15, 15};
    v = averagePrecisionValue(h, 0, 0.95, "class");
    QCOMPARE(v.method, std::string("logit"));
    QVERIFY(v.ci.lower > 0 && v.ci.lower < v.value && v.value < v.ci.upper && v.ci.upper < 1);
    QVERIFY(!averagePrecisionInterval(0.0, 0.01, 0.95).defined());
    QVERIFY(!averagePrecisionInterval(0.5, std::numeric_limits<double>::quiet_NaN(), 0.95)
                     .defined());
}

namespace {
ResultFile resultWithCurves()
{
    SufficientStats stats(3, 16);
    Rng rng(9, 3);
    std::vector<double> z(3);
    std::vector<uint16_t> bins(3);
    for (int i = 0; i < 90; ++i) {
        const int y = i % 3;
        for (int c = 0; c < 3; ++c)
            z[size_t(c)] = (c == y ? 1.5 : 0.0) + 2 * rng.uniform();
        SampleOutcome o;
        analyzeSample(z.data(), 3, y, stats.roc, o, bins.data());
        addSample(o, y, bins.data(), stats);
    }
    BootstrapSettings bs;
    bs.replicates = 50;
    ResultFile r;
    r.dataset.numSamples = 90;
    r.dataset.numClasses = 3;
    r.dataset.classNames = {"a", "b", "c"};
    r.ranks = {{0, 0, 90, 1.0, "h", "cpu", 1, 1}};
    r.models.push_back(summarizeModel(stats, r.dataset.classNames, bs, 0));
    r.models[0].path = "m.pt";
    return r;
}
} // namespace

void tst_Curves::curvesSurviveTheResultFile()
{
    const ResultFile r = resultWithCurves();
    const ModelCurves &c = r.models[0].curves;
    QVERIFY(c.hasScores() && c.hasConfidence());
    QCOMPARE(c.rankHits.size(), size_t(3));
    const std::string text = serializeResult(r);
    const ResultFile back = parseResult(text);
    const ModelCurves &b = back.models[0].curves;
    QCOMPARE(b.scores.numBins, 16);
    QCOMPARE(b.scores.positive, c.scores.positive);
    QCOMPARE(b.scores.negative, c.scores.negative);
    QCOMPARE(b.confidenceCorrect, c.confidenceCorrect);
    QCOMPARE(b.confidenceWrong, c.confidenceWrong);
    QCOMPARE(b.rankHits, c.rankHits);
    QCOMPARE(back.models[0].perClass[1].averagePrecision.value,
             r.models[0].perClass[1].averagePrecision.value);
    // Sparse: only occupied bins are written.
    const nlohmann::json doc = nlohmann::json::parse(text);
    const auto &positive = doc["models"][0]["curves"]["scores"]["classes"][0]["positive"];
    QVERIFY(positive["bins"].size() < 16);
    QCOMPARE(positive["bins"].size(), positive["counts"].size());
    // An older file has none, and reads.
    nlohmann::json old = doc;
    old["schema_version"] = 3;
    old["models"][0].erase("curves");
    QVERIFY(parseResult(old.dump()).models[0].curves.empty());
}

void tst_Curves::histogramsBeyondTheCellLimitAreRefused()
{
    // 100 classes of 2^16 bins: a small file that would take 100 MiB of counts.
    SufficientStats stats(100, 8);
    std::vector<double> z(100, 0.0);
    std::vector<uint16_t> bins(100);
    for (int y = 0; y < 100; ++y) {
        SampleOutcome o;
        analyzeSample(z.data(), 100, y, stats.roc, o, bins.data());
        addSample(o, y, bins.data(), stats);
    }
    ResultFile r;
    r.dataset.numSamples = 100;
    r.dataset.numClasses = 100;
    for (int c = 0; c < 100; ++c)
        r.dataset.classNames.push_back(std::to_string(c));
    BootstrapSettings bs;
    bs.replicates = 10;
    r.models.push_back(summarizeModel(stats, r.dataset.classNames, bs, 0));
    nlohmann::json doc = nlohmann::json::parse(serializeResult(r));
    QCOMPARE(parseResult(doc.dump()).models[0].curves.scores.numBins, 8);
    doc["models"][0]["curves"]["scores"]["bins"] = 1 << 16;
    try {
        parseResult(doc.dump());
        QFAIL("accepted");
    } catch (const ResultFileError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains("cells"), e.what());
    }
}

void tst_Curves::contradictoryCurvesAreRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("positives") << "positive"
                               << "positives and";
    QTest::newRow("bins not increasing") << "order"
                                         << "out of range";
    QTest::newRow("zero count") << "zero"
                                << "out of range";
    QTest::newRow("bin beyond") << "beyond"
                                << "out of range";
    QTest::newRow("score range") << "range"
                                 << "log-odds";
    QTest::newRow("confidence total") << "confidence"
                                      << "curves.confidence";
    QTest::newRow("confidence bins") << "confidence bins"
                                     << "expected 300";
    QTest::newRow("rank hits") << "ranks"
                               << "more hits than samples";
    QTest::newRow("rank count") << "rank count"
                                << "expected 3 counts";
    QTest::newRow("classes") << "classes"
                             << "expected 3 entries";
}

void tst_Curves::contradictoryCurvesAreRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    nlohmann::json doc = nlohmann::json::parse(serializeResult(resultWithCurves()));
    nlohmann::json &curves = doc["models"][0]["curves"];
    nlohmann::json &positive = curves["scores"]["classes"][0]["positive"];
    if (change == "positive")
        positive["counts"][0] = positive["counts"][0].get<int64_t>() + 1;
    else if (change == "order")
        std::swap(positive["bins"][0], positive["bins"][1]);
    else if (change == "zero")
        positive["counts"][0] = 0;
    else if (change == "beyond")
        positive["bins"].back() = 16;
    else if (change == "range")
        curves["scores"]["high"] = 30;
    else if (change == "confidence")
        curves["confidence"]["wrong"][0] = curves["confidence"]["wrong"][0].get<int64_t>() + 1;
    else if (change == "confidence bins")
        curves["confidence"]["bins"] = 15;
    else if (change == "ranks")
        curves["rank_hits"][0] = 1000;
    else if (change == "rank count")
        curves["rank_hits"].push_back(0);
    else if (change == "classes")
        curves["scores"]["classes"].erase(0);
    try {
        parseResult(doc.dump());
        QFAIL("accepted");
    } catch (const ResultFileError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
    }
}

QTEST_GUILESS_MAIN(tst_Curves)
#include "tst_curves.moc"
