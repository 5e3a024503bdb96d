// checkCoverage: a run's shards hold every sample exactly once, or the first gap,
// overlap or overrun is named; the plans of planShards are always exact.

#include "evaluation/coverage.h"

#include <QtTest>

using namespace disteval;
using Verdict = ShardCoverage::Verdict;

Q_DECLARE_METATYPE(disteval::ShardCoverage::Verdict)
Q_DECLARE_METATYPE(std::vector<disteval::Shard>)

namespace {
std::vector<Shard> shards(std::initializer_list<std::pair<int64_t, int64_t>> spans)
{
    std::vector<Shard> out;
    int rank = 0;
    for (const auto &[first, count] : spans)
        out.push_back({rank++, first, count});
    return out;
}
} // namespace

class tst_Coverage : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void plansAreExact();
};

void tst_Coverage::verdicts_data()
{
    QTest::addColumn<std::vector<Shard>>("input");
    QTest::addColumn<qint64>("numSamples");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<qint64>("evaluated");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<qint64>("length");

    QTest::newRow("two ranks") << shards({{0, 512}, {512, 488}}) << qint64(1000) << Verdict::Exact
                               << qint64(1000) << qint64(0) << qint64(0);
    QTest::newRow("out of order") << shards({{512, 488}, {0, 512}}) << qint64(1000)
                                  << Verdict::Exact << qint64(1000) << qint64(0) << qint64(0);
    QTest::newRow("idle rank anywhere") << shards({{0, 10}, {10, 0}, {3, 0}}) << qint64(10)
                                        << Verdict::Exact << qint64(10) << qint64(0) << qint64(0);
    QTest::newRow("empty dataset") << shards({{0, 0}, {0, 0}}) << qint64(0) << Verdict::Exact
                                   << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("missing tail") << shards({{0, 512}, {512, 487}}) << qint64(1000) << Verdict::Gap
                                  << qint64(999) << qint64(999) << qint64(1);
    QTest::newRow("gap between") << shards({{0, 500}, {510, 490}}) << qint64(1000) << Verdict::Gap
                                 << qint64(990) << qint64(500) << qint64(10);
    QTest::newRow("missing start") << shards({{5, 995}}) << qint64(1000) << Verdict::Gap
                                   << qint64(995) << qint64(0) << qint64(5);
    // The counts add up to N, yet samples 500-509 were seen twice and 990-999 never:
    // a sum alone would not tell.
    QTest::newRow("overlap hiding a gap")
            << shards({{0, 510}, {500, 490}}) << qint64(1000) << Verdict::Overlap << qint64(1000)
            << qint64(500) << qint64(10);
    QTest::newRow("shard inside another")
            << shards({{0, 1000}, {100, 5}}) << qint64(1000) << Verdict::Overlap << qint64(1005)
            << qint64(100) << qint64(5);
    QTest::newRow("beyond the dataset")
            << shards({{0, 600}, {600, 402}}) << qint64(1000) << Verdict::Beyond << qint64(1002)
            << qint64(1000) << qint64(2);
    QTest::newRow("negative count") << shards({{0, 1000}, {1000, -1}}) << qint64(1000)
                                    << Verdict::Invalid << qint64(1000) << qint64(0) << qint64(0);
}

void tst_Coverage::verdicts()
{
    QFETCH(std::vector<Shard>, input);
    QFETCH(qint64, numSamples);
    QFETCH(Verdict, verdict);
    QFETCH(qint64, evaluated);
    QFETCH(qint64, at);
    QFETCH(qint64, length);
    const ShardCoverage c = checkCoverage(input, numSamples);
    QCOMPARE(c.verdict, verdict);
    QCOMPARE(c.exact(), verdict == Verdict::Exact);
    QCOMPARE(c.evaluated, evaluated);
    QCOMPARE(c.at, at);
    QCOMPARE(c.length, length);
}

void tst_Coverage::plansAreExact()
{
    for (int world = 1; world <= 9; ++world)
        for (int64_t n : {0, 1, 7, 100, 10000, 10007})
            for (int64_t batch : {1, 3, 256})
                QVERIFY(checkCoverage(planShards(n, world, batch), n).exact());
}

QTEST_GUILESS_MAIN(tst_Coverage)
#include "tst_coverage.moc"
