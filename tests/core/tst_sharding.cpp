// planShards: every sample exactly once, for every dataset size, world size and batch
// size, in whole global batches whose composition does not depend on the world size.

#include "evaluation/sharding.h"

#include <QtTest>

#include <algorithm>
#include <limits>
#include <set>
#include <stdexcept>

using namespace disteval;

class tst_Sharding : public QObject
{
    Q_OBJECT

private slots:
    void properties_data();
    void properties();
    void batchesIndependentOfWorldSize_data();
    void batchesIndependentOfWorldSize();
    void knownPlan();
    void rejectsInvalidArguments();
};

void tst_Sharding::properties_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<int>("world");
    QTest::addColumn<qint64>("batch");
    for (int world = 1; world <= 7; ++world) {
        for (qint64 n : {0, 1, 2, 3, 5, 6, 7, 10, 64, 100, 1000, 10000, 10007}) {
            for (qint64 batch : {1, 3, 4, 7, 64, 256, 20000}) {
                const QByteArray name = "N=" + QByteArray::number(n)
                                        + " world=" + QByteArray::number(world)
                                        + " batch=" + QByteArray::number(batch);
                QTest::newRow(name.constData()) << n << world << batch;
            }
        }
    }
    // The reported DistributedSampler case: 10,000 images on 3 GPUs.
    QTest::newRow("10000 on 3, batch 128") << qint64(10000) << 3 << qint64(128);
    QTest::newRow("large N") << (qint64(1) << 40) + 12345 << 7 << qint64(1000);
}

void tst_Sharding::properties()
{
    QFETCH(qint64, n);
    QFETCH(int, world);
    QFETCH(qint64, batch);
    const std::vector<Shard> shards = planShards(n, world, batch);
    QCOMPARE(shards.size(), size_t(world));

    const int64_t totalBatches = (n + batch - 1) / batch;
    int64_t next = 0; // first sample not yet covered
    int64_t minBatches = std::numeric_limits<int64_t>::max();
    int64_t maxBatches = 0;
    int tailHolders = 0;
    for (int r = 0; r < world; ++r) {
        const Shard &s = shards[static_cast<size_t>(r)];
        QCOMPARE(s.rank, r); // ordered by rank
        QVERIFY(s.count >= 0);
        if (s.count == 0) {
            QCOMPARE(s.first, n); // documented: an idle rank starts at N
        } else {
            QCOMPARE(s.first, next); // contiguous, no gap or overlap with the previous
        }
        next = s.first + s.count;
        QVERIFY(next <= n);

        // Whole global batches: the shard starts on a batch boundary, and its length is a
        // multiple of the batch size unless it holds the dataset's last (short) batch.
        if (s.count > 0)
            QCOMPARE(s.first % batch, int64_t(0));
        const bool holdsTail = s.count > 0 && next == n && n % batch != 0;
        if (holdsTail)
            ++tailHolders;
        else
            QCOMPARE(s.count % batch, int64_t(0));
        const int64_t batches = (s.count + batch - 1) / batch;
        minBatches = std::min(minBatches, batches);
        maxBatches = std::max(maxBatches, batches);
    }
    QCOMPARE(next, n); // [0, N) covered exactly once
    QCOMPARE(tailHolders, n % batch != 0 ? 1 : 0);
    QVERIFY(maxBatches - minBatches <= 1); // balanced
    int64_t batchSum = 0;
    for (const Shard &s : shards)
        batchSum += (s.count + batch - 1) / batch;
    QCOMPARE(batchSum, totalBatches);
    // The first ranks get the extra batches: counts of batches never increase with rank.
    for (int r = 1; r < world; ++r)
        QVERIFY((shards[r].count + batch - 1) / batch <= (shards[r - 1].count + batch - 1) / batch);
    // Idle ranks exist exactly when there are fewer batches than ranks.
    const int idle = static_cast<int>(std::count_if(shards.begin(), shards.end(),
                                                    [](const Shard &s) { return s.count == 0; }));
    QCOMPARE(idle, static_cast<int>(std::max<int64_t>(0, world - totalBatches)));
}

void tst_Sharding::batchesIndependentOfWorldSize_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<qint64>("batch");
    QTest::newRow("N=0") << qint64(0) << qint64(8);
    QTest::newRow("N=1") << qint64(1) << qint64(8);
    QTest::newRow("N=13 batch 4") << qint64(13) << qint64(4);
    QTest::newRow("N=1000 batch 64") << qint64(1000) << qint64(64);
    QTest::newRow("N=10007 batch 100") << qint64(10007) << qint64(100);
    QTest::newRow("batch > N") << qint64(50) << qint64(64);
}

void tst_Sharding::batchesIndependentOfWorldSize()
{
    QFETCH(qint64, n);
    QFETCH(qint64, batch);
    // The set of batches (start, length) a rank processes, cut from its shard in steps of
    // `batch`, over all ranks: identical for every world size, and every batch start is a
    // multiple of the batch size.
    std::set<std::pair<int64_t, int64_t>> reference;
    for (int world = 1; world <= 9; ++world) {
        std::set<std::pair<int64_t, int64_t>> batches;
        for (const Shard &s : planShards(n, world, batch)) {
            for (int64_t start = s.first; start < s.first + s.count; start += batch) {
                QCOMPARE(start % batch, int64_t(0));
                const int64_t length = std::min<int64_t>(batch, s.first + s.count - start);
                QVERIFY(batches.insert({start, length}).second);
            }
        }
        if (world == 1)
            reference = batches;
        else
            QVERIFY2(batches == reference, QByteArray::number(world));
    }
    QCOMPARE(static_cast<int64_t>(reference.size()), (n + batch - 1) / batch);
}

void tst_Sharding::knownPlan()
{
    // 10 samples, batch 3 -> batches [0,3) [3,6) [6,9) [9,10); on 3 ranks the first rank
    // gets the extra batch.
    const std::vector<Shard> s = planShards(10, 3, 3);
    QCOMPARE(s[0].first, int64_t(0));
    QCOMPARE(s[0].count, int64_t(6));
    QCOMPARE(s[1].first, int64_t(6));
    QCOMPARE(s[1].count, int64_t(3));
    QCOMPARE(s[2].first, int64_t(9));
    QCOMPARE(s[2].count, int64_t(1));
    // 2 samples on 4 ranks with batch 1: two idle ranks starting at N.
    const std::vector<Shard> t = planShards(2, 4, 1);
    QCOMPARE(t[1].first, int64_t(1));
    QCOMPARE(t[1].count, int64_t(1));
    QCOMPARE(t[2].first, int64_t(2));
    QCOMPARE(t[2].count, int64_t(0));
    QCOMPARE(t[3].count, int64_t(0));
}

void tst_Sharding::rejectsInvalidArguments()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, planShards(-1, 1, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, planShards(10, 0, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, planShards(10, -2, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, planShards(10, 2, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, planShards(10, 2, -5));
}

QTEST_GUILESS_MAIN(tst_Sharding)
#include "tst_sharding.moc"
