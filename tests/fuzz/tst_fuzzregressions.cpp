// Replays the fuzzers' seed corpora and every crasher they found (tests/fuzz/crashers/)
// through the same bodies the fuzzers run, without libFuzzer, in the normal unit tests.
// A body aborts on a bug, so a regression shows as this test crashing on that file.
// Also checks by hand the cases the parsers must refuse before allocating.

#include "evaluation/limits.h"
#include "fuzzbodies.h"
#include "protocol/progressprotocol.h"
#include "result/predictionsfile.h"
#include "result/resultfile.h"
#include "run/protocolreader.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <functional>

using namespace disteval;

namespace {
using Body = std::function<void(const uint8_t *, size_t)>;

Body bodyFor(const QString &target)
{
    if (target == QLatin1String("protocol_decode"))
        return fuzz::protocolDecode;
    if (target == QLatin1String("protocol_reader"))
        return fuzz::protocolReader;
    if (target == QLatin1String("result_parse"))
        return fuzz::resultParse;
    if (target == QLatin1String("npy_header"))
        return fuzz::npyHeader;
    if (target == QLatin1String("idx_header"))
        return fuzz::idxHeader;
    return fuzz::predictionsParse;
}
} // namespace

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
    void resultClaimingHugeClassCountIsRefusedCheaply();
    void predictionsClaimingHugeSampleCountIsRefusedCheaply();
    void readerNeverBuffersMoreThanALine();
};

void tst_FuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    const QDir root(QStringLiteral(DISTEVAL_SOURCE_DIR "/tests/fuzz"));
    int files = 0;
    for (const char *kind : {"corpus", "crashers"}) {
        for (const char *target : {"protocol_decode", "protocol_reader", "result_parse",
                                   "predictions_parse", "npy_header", "idx_header"}) {
            const QDir dir(
                    root.filePath(QLatin1String(kind) + QLatin1Char('/') + QLatin1String(target)));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                if (name.startsWith(QLatin1Char('.')))
                    continue;
                QTest::newRow(qPrintable(QLatin1String(kind) + QLatin1Char('/')
                                         + QLatin1String(target) + QLatin1Char('/') + name))
                        << QString::fromLatin1(target) << dir.filePath(name);
                ++files;
            }
        }
    }
    QVERIFY2(files > 0, "no seed corpus found under tests/fuzz");
}

void tst_FuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    bodyFor(target)(reinterpret_cast<const uint8_t *>(bytes.constData()),
                    static_cast<size_t>(bytes.size()));
}

void tst_FuzzRegressions::resultClaimingHugeClassCountIsRefusedCheaply()
{
    // kMaxClasses (the reader's cap), every confusion row empty: a reader reserving C^2
    // counts before checking the rows would ask for them first. (A count above the cap is
    // refused by the range check, tested below.)
    constexpr int kClasses = kMaxClasses;
    std::string names, rows;
    names.reserve(3 * kClasses);
    rows.reserve(3 * kClasses);
    for (int i = 0; i < kClasses; ++i) {
        names += i ? ",\"\"" : "\"\"";
        rows += i ? ",[]" : "[]";
    }
    const std::string doc
            = R"({"schema_version":1,"engine_version":"0","created":"","world_size":1,)"
              R"("dataset":{"path":"","format":"idx","num_samples":1,"num_classes":)"
              + std::to_string(kClasses) + R"(,"class_names":[)" + names
              + R"(]},"ranks":[],"models":[{"path":"","sha256":"","confusion_matrix":[)" + rows
              + "]}]}";
    try {
        parseResult(doc);
        QFAIL("accepted");
    } catch (const ResultFileError &e) {
        QVERIFY2(QByteArray(e.what()).contains("columns"), e.what());
    }
    try {
        parseResult(R"({"schema_version":1,"engine_version":"0","created":"","world_size":1,)"
                    R"("dataset":{"path":"","format":"idx","num_samples":1,)"
                    R"("num_classes":1000000000,"class_names":[]}})");
        QFAIL("accepted");
    } catch (const ResultFileError &e) {
        QVERIFY2(QByteArray(e.what()).contains("out of range"), e.what());
    }
}

void tst_FuzzRegressions::predictionsClaimingHugeSampleCountIsRefusedCheaply()
{
    const std::string header = R"({"format":"disteval-predictions","version":1,)"
                               R"("num_samples":1099511627776,"num_classes":10,)"
                               R"("dataset":{"path":"d","fingerprint":"f"},)"
                               R"("models":[{"path":"m","sha256":"s"}]})";
    try {
        parsePredictions(header + "\n" + std::string(16, '\0'), "p.bin");
        QFAIL("accepted");
    } catch (const PredictionsFileError &e) {
        QVERIFY2(QByteArray(e.what()).contains("truncated"), e.what());
        QVERIFY2(QByteArray(e.what()).contains("p.bin"), e.what());
    }
    // One sample, one model: labels [3], predictions [-1] (non-finite logits).
    std::string ok = header;
    ok.replace(ok.find("1099511627776"), 13, "1");
    ok += "\n";
    ok += std::string("\x03\0\0\0\xff\xff\xff\xff", 8);
    const PredictionsFile f = parsePredictions(ok, "p.bin");
    QCOMPARE(f.labels, std::vector<int32_t>{3});
    QCOMPARE(f.predictions.at(0), std::vector<int32_t>{-1});
    for (const char *bad : {"\"version\":2", "\"version\":0", "\"version\":\"1\""}) {
        std::string v = ok;
        v.replace(v.find("\"version\":1"), 11, bad);
        QVERIFY_THROWS_EXCEPTION(PredictionsFileError, parsePredictions(v, "p.bin"));
    }
    QVERIFY_THROWS_EXCEPTION(PredictionsFileError, parsePredictions(ok + "x", "p.bin"));
}

void tst_FuzzRegressions::readerNeverBuffersMoreThanALine()
{
    // 10 MiB without a newline, then a valid line: one "too long" error, then the line.
    ProtocolReader reader;
    QList<ProtocolReader::Item> items;
    const QByteArray chunk(1 << 20, 'y');
    for (int i = 0; i < 10; ++i)
        items += reader.feed(chunk);
    items += reader.feed(QByteArrayLiteral("\n{\"type\":\"phase\",\"phase\":\"writing\"}\n"));
    items += reader.finish();
    QCOMPARE(items.size(), 2);
    QVERIFY(!items[0].valid);
    QVERIFY(items[0].error.contains(QLatin1String("longer than")));
    QVERIFY(items[1].valid);
    QCOMPARE(items[1].message.phase.phase, std::string("writing"));
}

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
