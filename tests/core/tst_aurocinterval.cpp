// The intervals of the one-vs-rest AUROCs: the macro average's variance with the
// covariance between classes (checked against a brute-force DeLong computation over all
// positive/negative pairs), the two-class case, and the score interval of one class.

#include "evaluation/classificationsample.h"
#include "evaluation/modelsummary.h"
#include "metrics/auroc.h"
#include "metrics/aurocinfluence.h"
#include "stats/random.h"

#include <QtTest>

#include <cmath>
#include <vector>

using namespace disteval;

namespace {
constexpr int kBins = 64; // coarse, so that ties within a bin occur and count one half

struct Data
{
    int classes = 0;
    std::vector<int64_t> labels;
    std::vector<uint16_t> bins; // [sample][class]
    SufficientStats stats;
    AurocSampleStore store;
};

Data make(int classes, int n, double signal, uint64_t seed)
{
    Data d;
    d.classes = classes;
    d.stats = SufficientStats(classes, kBins);
    d.store = AurocSampleStore(classes, 1.0);
    Rng rng(seed, 3);
    std::vector<double> z(static_cast<size_t>(classes));
    std::vector<uint16_t> b(static_cast<size_t>(classes));
    for (int i = 0; i < n; ++i) {
        const int y = static_cast<int>(rng.below(static_cast<uint64_t>(classes)));
        for (int c = 0; c < classes; ++c)
            z[static_cast<size_t>(c)] = 3 * (rng.uniform() - 0.5) + (c == y ? signal : 0.0);
        SampleOutcome o;
        analyzeSample(z.data(), classes, y, d.stats.roc, o, b.data());
        addSample(o, y, b.data(), d.stats);
        d.store.add(y, b.data());
        d.labels.push_back(y);
        d.bins.insert(d.bins.end(), b.begin(), b.end());
    }
    return d;
}

// DeLong's structural components from all pairs, the slow and obvious way, and the
// variance of the mean of the per-class AUROCs with every covariance.
double bruteForceMacroVariance(const Data &d)
{
    const size_t n = d.labels.size();
    const int C = d.classes;
    std::vector<std::vector<double>> component(static_cast<size_t>(C), std::vector<double>(n, 0));
    int used = 0;
    for (int c = 0; c < C; ++c) {
        std::vector<size_t> pos, neg;
        for (size_t i = 0; i < n; ++i)
            (d.labels[i] == c ? pos : neg).push_back(i);
        if (pos.empty() || neg.empty())
            continue;
        ++used;
        auto score = [&](size_t i) {
            return d.bins[i * static_cast<size_t>(C) + static_cast<size_t>(c)];
        };
        auto h = [](int a, int b) {
            return a > b ? 1.0 : (a == b ? 0.5 : 0.0);
        };
        double auc = 0;
        for (size_t i : pos)
            for (size_t j : neg)
                auc += h(score(i), score(j));
        auc /= static_cast<double>(pos.size() * neg.size());
        const double P = static_cast<double>(pos.size()), N = static_cast<double>(neg.size());
        for (size_t i : pos) {
            double v = 0;
            for (size_t j : neg)
                v += h(score(i), score(j));
            component[static_cast<size_t>(c)][i] = (v / N - auc) / std::sqrt(P * (P - 1));
        }
        for (size_t j : neg) {
            double v = 0;
            for (size_t i : pos)
                v += h(score(i), score(j));
            component[static_cast<size_t>(c)][j] = (v / P - auc) / std::sqrt(N * (N - 1));
        }
    }
    double variance = 0;
    for (size_t i = 0; i < n; ++i) {
        double phi = 0;
        for (int c = 0; c < C; ++c)
            phi += component[static_cast<size_t>(c)][i];
        phi /= used;
        variance += phi * phi;
    }
    return variance;
}
} // namespace

class tst_AurocInterval : public QObject
{
    Q_OBJECT

private slots:
    void macroVarianceMatchesBruteForce_data();
    void macroVarianceMatchesBruteForce();
    void singleClassTermIsDeLong();
    void twoClassMacroIsClassOne();
    void subsampleIsDeterministicAndScaled();
    void newcombeIsHanleyMcNeilForEqualSizes();
    void newcombeHandlesBoundsAndFewPositives();
};

void tst_AurocInterval::macroVarianceMatchesBruteForce_data()
{
    QTest::addColumn<int>("classes");
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("signal");
    QTest::newRow("3 classes") << 3 << 300 << 1.5;
    QTest::newRow("5 classes, weak") << 5 << 400 << 0.5;
    QTest::newRow("10 classes") << 10 << 500 << 2.0;
}

void tst_AurocInterval::macroVarianceMatchesBruteForce()
{
    QFETCH(int, classes);
    QFETCH(int, samples);
    QFETCH(double, signal);
    const Data d = make(classes, samples, signal, static_cast<uint64_t>(classes * 7 + samples));
    const AurocInfluence influence(d.stats.roc);
    const double fast = influenceSquares({&d.store}, {&influence}, {1.0}).value();
    const double slow = bruteForceMacroVariance(d);
    QVERIFY2(std::fabs(fast - slow) <= 1e-12 * slow,
             qPrintable(QString("%1 vs %2").arg(fast, 0, 'g', 17).arg(slow, 0, 'g', 17)));
    // Ignoring the covariances (the old sum of per-class variances / m^2) is smaller.
    double independent = 0;
    const MacroAuroc m = macroAuroc(d.stats.roc);
    for (const AurocEstimate &e : m.perClass)
        independent += e.variance;
    independent /= m.classesUsed * m.classesUsed;
    QVERIFY2(independent < fast, qPrintable(QString("%1 vs %2").arg(independent).arg(fast)));
}

void tst_AurocInterval::singleClassTermIsDeLong()
{
    // With one class used (the others have no positives), the sum of squares is that
    // class's DeLong variance S10 / P + S01 / N exactly.
    Data d = make(3, 400, 1.0, 9);
    RocHistogram only = d.stats.roc;
    for (int c = 1; c < 3; ++c)
        for (int k = 0; k < kBins; ++k) {
            const size_t cell = static_cast<size_t>(c * kBins + k);
            only.negative[cell] += only.positive[cell];
            only.positive[cell] = 0;
        }
    // A store whose labels agree with `only`: every sample not of class 0 is a negative
    // for every class (label -1 matches none).
    AurocSampleStore store(3, 1.0);
    for (size_t i = 0; i < d.labels.size(); ++i)
        store.add(d.labels[i] == 0 ? 0 : -1, d.bins.data() + i * 3);
    const AurocInfluence influence(only);
    QCOMPARE(influence.classesUsed(), 1);
    const double squares = influenceSquares({&store}, {&influence}, {1.0}).value();
    const double delong = classAuroc(only, 0).variance;
    QVERIFY2(std::fabs(squares - delong) <= 1e-13 * delong,
             qPrintable(QString("%1 vs %2").arg(squares, 0, 'g', 17).arg(delong, 0, 'g', 17)));
}

void tst_AurocInterval::twoClassMacroIsClassOne()
{
    const Data d = make(2, 500, 1.2, 4);
    const ModelResult r = summarizeModel(d.stats, {"a", "b"}, BootstrapSettings{}, 0);
    const MetricValue *macro = r.metric("macro_auroc");
    QVERIFY(macro);
    QCOMPARE(macro->value, r.perClass[1].auroc.value);
    QCOMPARE(macro->ci.lower, r.perClass[1].auroc.ci.lower);
    QCOMPARE(macro->ci.upper, r.perClass[1].auroc.ci.upper);
    QVERIFY(macro->ci.lower < macro->value && macro->value < macro->ci.upper);
}

void tst_AurocInterval::subsampleIsDeterministicAndScaled()
{
    AurocSampleStore half(3, 0.5);
    int kept = 0;
    for (int64_t i = 0; i < 100000; ++i)
        kept += half.keeps(i) ? 1 : 0;
    QVERIFY2(kept > 49000 && kept < 51000, QByteArray::number(kept));
    AurocSampleStore again(3, 0.5);
    for (int64_t i = 0; i < 1000; ++i)
        QCOMPARE(again.keeps(i), half.keeps(i));
    QCOMPARE(AurocSampleStore::fractionFor(1000, 10, 1 << 20), 1.0);
    QCOMPARE(AurocSampleStore::fractionFor(1000000, 1000, 1000000000), 0.5);
}

void tst_AurocInterval::newcombeIsHanleyMcNeilForEqualSizes()
{
    // Hanley and McNeil (1982): V = [A(1-A) + (m-1)(Q1 - A^2) + (n-1)(Q2 - A^2)] / (m n),
    // Q1 = A / (2 - A), Q2 = 2 A^2 / (1 + A); the pooled form equals it for m = n.
    for (double a : {0.55, 0.8, 0.95, 0.999})
        for (double m : {5.0, 40.0, 1000.0}) {
            const double q1 = a / (2 - a), q2 = 2 * a * a / (1 + a);
            const double hm
                    = (a * (1 - a) + (m - 1) * (q1 - a * a) + (m - 1) * (q2 - a * a)) / (m * m);
            QVERIFY(std::fabs(newcombeAurocVariance(a, m, m) - hm)
                    <= 1e-10 * hm); // hm cancels at A near 1
        }
}

void tst_AurocInterval::newcombeHandlesBoundsAndFewPositives()
{
    // The bounds solve (theta - A)^2 = z^2 V(theta).
    const Interval i = newcombeAurocInterval(0.9, 8, 400, 0.95);
    for (double t : {i.lower, i.upper}) {
        const double lhs = (t - 0.9) * (t - 0.9);
        const double rhs = 1.959963984540054 * 1.959963984540054 * newcombeAurocVariance(t, 8, 400);
        QVERIFY2(std::fabs(lhs - rhs) < 1e-12, qPrintable(QString::number(t)));
    }
    QVERIFY(i.lower > 0.6 && i.upper < 1 && i.lower < 0.9 && i.upper > 0.9);
    // AUROC 1: an interval [L, 1] with L < 1 (DeLong's would be the point 1).
    const Interval perfect = newcombeAurocInterval(1.0, 20, 200, 0.95);
    QCOMPARE(perfect.upper, 1.0);
    QVERIFY(perfect.lower > 0.8 && perfect.lower < 1.0);
    // One positive: wide but defined.
    const Interval one = newcombeAurocInterval(0.9, 1, 999, 0.95);
    QVERIFY(one.defined() && one.upper - one.lower > 0.3);
    QVERIFY(!newcombeAurocInterval(0.5, 0, 10, 0.95).defined());
}

QTEST_GUILESS_MAIN(tst_AurocInterval)
#include "tst_aurocinterval.moc"
