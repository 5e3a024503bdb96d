// The engine -> app progress protocol: every message round-trips, and decode() turns
// every kind of malformed line into an error instead of a crash or an exception.

#include "protocol/progressprotocol.h"

#include <QtTest>

#include <limits>
#include <string>

using namespace disteval;
using namespace disteval::protocol;

namespace {
Hello sampleHello()
{
    Hello h;
    h.token = "s3cr3t-token";
    h.engineVersion = "0.1.0";
    h.worldSize = 3;
    h.numSamples = 10;
    h.numModels = 2;
    h.shards = {{0, 0, 6}, {1, 6, 3}, {2, 9, 1}};
    return h;
}

// A Hello line with its "shards" array replaced by `shards` (JSON text).
std::string helloWithShards(int world, int64_t n, const std::string &shards)
{
    return "{\"type\":\"hello\",\"protocol\":1,\"token\":\"t\",\"engine_version\":\"x\","
           "\"world_size\":"
           + std::to_string(world) + ",\"num_samples\":" + std::to_string(n)
           + ",\"num_models\":1,\"shards\":" + shards + "}";
}
} // namespace

class tst_ProgressProtocol : public QObject
{
    Q_OBJECT

private slots:
    void helloRoundTrip();
    void helloWithIdleRanks();
    void phaseRoundTrip();
    void progressRoundTrip();
    void progressNonFiniteRatesAreZero();
    void logRoundTrip();
    void resultRoundTrip();
    void errorRoundTrip();
    void linesAreSingleLineAsciiJson();
    void invalidUtf8InFieldsIsReplaced();
    void unknownFieldsAreIgnored();
    void otherProtocolVersionStillParses();
    void rejects_data();
    void rejects();
    void rejectsOverlongLine();
};

void tst_ProgressProtocol::helloRoundTrip()
{
    const Hello h = sampleHello();
    std::string error;
    const auto m = decode(encode(h), error);
    QVERIFY2(m, error.c_str());
    QCOMPARE(m->type, MessageType::Hello);
    QCOMPARE(m->hello.protocolVersion, kVersion);
    QCOMPARE(m->hello.token, h.token);
    QCOMPARE(m->hello.engineVersion, h.engineVersion);
    QCOMPARE(m->hello.worldSize, 3);
    QCOMPARE(m->hello.numSamples, int64_t(10));
    QCOMPARE(m->hello.numModels, 2);
    QCOMPARE(m->hello.shards.size(), size_t(3));
    for (size_t i = 0; i < 3; ++i) {
        QCOMPARE(m->hello.shards[i].rank, h.shards[i].rank);
        QCOMPARE(m->hello.shards[i].first, h.shards[i].first);
        QCOMPARE(m->hello.shards[i].count, h.shards[i].count);
    }
}

void tst_ProgressProtocol::helloWithIdleRanks()
{
    // 2 samples on 4 ranks: ranks 2 and 3 idle (count 0, first = N), as planShards makes.
    Hello h = sampleHello();
    h.worldSize = 4;
    h.numSamples = 2;
    h.shards = planShards(2, 4, 1);
    std::string error;
    const auto m = decode(encode(h), error);
    QVERIFY2(m, error.c_str());
    QCOMPARE(m->hello.shards.size(), size_t(4));
    QCOMPARE(m->hello.shards[3].count, int64_t(0));
    QCOMPARE(m->hello.shards[3].first, int64_t(2));

    // An empty dataset: every rank idle.
    h.numSamples = 0;
    h.shards = planShards(0, 4, 8);
    const auto e = decode(encode(h), error);
    QVERIFY2(e, error.c_str());
    QCOMPARE(e->hello.numSamples, int64_t(0));
}

void tst_ProgressProtocol::phaseRoundTrip()
{
    for (const char *phase : {"loading", "evaluating", "reducing", "writing", "future-phase"}) {
        std::string error;
        const auto m = decode(encode(Phase{phase}), error);
        QVERIFY2(m, error.c_str());
        QCOMPARE(m->type, MessageType::Phase);
        QCOMPARE(m->phase.phase, std::string(phase));
    }
}

void tst_ProgressProtocol::progressRoundTrip()
{
    Progress p;
    p.rank = 5;
    p.done = 1234567890123;
    p.total = 2234567890123;
    p.samplesPerSecond = 1234.5625;
    p.elapsedSeconds = 0.1;
    std::string error;
    const auto m = decode(encode(p), error);
    QVERIFY2(m, error.c_str());
    QCOMPARE(m->type, MessageType::Progress);
    QCOMPARE(m->progress.rank, 5);
    QCOMPARE(m->progress.done, p.done);
    QCOMPARE(m->progress.total, p.total);
    QCOMPARE(m->progress.samplesPerSecond, 1234.5625);
    QCOMPARE(m->progress.elapsedSeconds, 0.1); // shortest round-trip formatting

    // done == total and an empty shard are fine.
    p.done = p.total = 0;
    QVERIFY(decode(encode(p), error));
}

void tst_ProgressProtocol::progressNonFiniteRatesAreZero()
{
    Progress p;
    p.done = 1;
    p.total = 2;
    p.samplesPerSecond = std::numeric_limits<double>::infinity();
    p.elapsedSeconds = std::numeric_limits<double>::quiet_NaN();
    std::string error;
    const auto m = decode(encode(p), error);
    QVERIFY2(m, error.c_str()); // JSON has no NaN/Inf: encode must not produce null
    QCOMPARE(m->progress.samplesPerSecond, 0.0);
    QCOMPARE(m->progress.elapsedSeconds, 0.0);
}

void tst_ProgressProtocol::logRoundTrip()
{
    const Log l{"warning", "ünïcode, \"quotes\", a\nnewline and a \\ backslash"};
    std::string error;
    const auto m = decode(encode(l), error);
    QVERIFY2(m, error.c_str());
    QCOMPARE(m->type, MessageType::Log);
    QCOMPARE(m->log.level, l.level);
    QCOMPARE(m->log.message, l.message);
}

void tst_ProgressProtocol::resultRoundTrip()
{
    const Result r{"/tmp/run 1/résultat.json"};
    std::string error;
    const auto m = decode(encode(r), error);
    QVERIFY2(m, error.c_str());
    QCOMPARE(m->type, MessageType::Result);
    QCOMPARE(m->result.path, r.path);
}

void tst_ProgressProtocol::errorRoundTrip()
{
    Error e;
    e.code = "model_load_failed";
    e.message = "cannot load 'model.pt'";
    e.rank = 2;
    std::string error;
    auto m = decode(encode(e), error);
    QVERIFY2(m, error.c_str());
    QCOMPARE(m->type, MessageType::Error);
    QCOMPARE(m->error.code, e.code);
    QCOMPARE(m->error.message, e.message);
    QCOMPARE(m->error.rank, 2);
    e.rank = -1;
    m = decode(encode(e), error);
    QVERIFY2(m, error.c_str());
    QCOMPARE(m->error.rank, -1);
    // rank is optional on the wire.
    m = decode(R"({"type":"error","code":"x","message":"y"})", error);
    QVERIFY2(m, error.c_str());
    QCOMPARE(m->error.rank, -1);
}

void tst_ProgressProtocol::linesAreSingleLineAsciiJson()
{
    const std::string lines[] = {encode(sampleHello()), encode(Phase{"évaluation"}),
                                 encode(Log{"info", "line one\nline two\r\n🐈"}),
                                 encode(Result{"/ü/\n"}), encode(Error{"c", "m\n", 0})};
    for (const std::string &line : lines) {
        QVERIFY(!line.empty());
        QCOMPARE(line.front(), '{');
        QCOMPARE(line.back(), '}');
        for (unsigned char ch : line) {
            QVERIFY2(ch != '\n' && ch != '\r', line.c_str());
            QVERIFY2(ch < 0x80, line.c_str()); // non-ASCII is escaped
        }
        QVERIFY(line.size() < kMaxLineBytes);
    }
}

void tst_ProgressProtocol::invalidUtf8InFieldsIsReplaced()
{
    // A message with bytes that are not UTF-8 (e.g. a file name in Latin-1) still
    // produces a valid line; the bad bytes become U+FFFD.
    const std::string latin1 = "caf\xE9.pt";
    const std::string line = encode(Log{"warning", latin1});
    std::string error;
    const auto m = decode(line, error);
    QVERIFY2(m, error.c_str());
    QCOMPARE(m->log.message, std::string("caf\xEF\xBF\xBD.pt"));
}

void tst_ProgressProtocol::unknownFieldsAreIgnored()
{
    std::string error;
    const auto m = decode(R"({"type":"phase","phase":"loading","extra":{"a":[1,2]},"n":5})", error);
    QVERIFY2(m, error.c_str());
    QCOMPARE(m->phase.phase, std::string("loading"));
}

void tst_ProgressProtocol::otherProtocolVersionStillParses()
{
    // A future engine: version 2 with fields this version does not know; the caller
    // compares hello.protocolVersion with kVersion and reports the mismatch.
    std::string error;
    const auto m = decode(R"({"type":"hello","protocol":2,"token":"abc","new_field":true})", error);
    QVERIFY2(m, error.c_str());
    QCOMPARE(m->type, MessageType::Hello);
    QCOMPARE(m->hello.protocolVersion, 2);
    QCOMPARE(m->hello.token, std::string("abc"));
    // Even then the version itself and the token must be there.
    QVERIFY(!decode(R"({"type":"hello","token":"abc"})", error));
    QVERIFY(!decode(R"({"type":"hello","protocol":2})", error));
}

void tst_ProgressProtocol::rejects_data()
{
    QTest::addColumn<QByteArray>("line");
    auto row = [](const char *name, const std::string &line) {
        QTest::newRow(name) << QByteArray::fromStdString(line);
    };
    // Not JSON / not UTF-8 / not an object
    row("empty", "");
    row("garbage", "hello world");
    row("truncated", R"({"type":"phase","phase":"load)");
    row("two objects", R"({"type":"phase","phase":"a"}{"type":"phase","phase":"b"})");
    row("invalid UTF-8 in a string",
        "{\"type\":\"log\",\"level\":\"info\",\"message\":\"\xC3\x28\"}");
    row("overlong UTF-8 encoding",
        "{\"type\":\"log\",\"level\":\"info\",\"message\":\"\xC0\xAF\"}");
    row("lone continuation byte", "{\"type\":\"phase\",\"phase\":\"\x80\"}");
    row("invalid byte outside strings", "{\"type\":\"phase\",\"phase\":\"a\"}\xFF");
    static const char withNul[] = "{\"type\":\"phase\",\"phase\":\"a\0\"}";
    row("raw NUL byte in a string", std::string(withNul, sizeof withNul - 1));
    row("array", R"([{"type":"phase","phase":"a"}])");
    row("string", R"("phase")");
    row("number", "42");
    row("null", "null");
    // Type
    row("no type", R"({"phase":"a"})");
    row("type not a string", R"({"type":5,"phase":"a"})");
    row("unknown type", R"({"type":"bogus"})");
    row("type with different case", R"({"type":"Phase","phase":"a"})");
    // Missing fields / wrong types
    row("phase missing", R"({"type":"phase"})");
    row("phase not a string", R"({"type":"phase","phase":1})");
    row("log missing message", R"({"type":"log","level":"info"})");
    row("log level null", R"({"type":"log","level":null,"message":"m"})");
    row("result missing path", R"({"type":"result"})");
    row("result empty path", R"({"type":"result","path":""})");
    row("error missing code", R"({"type":"error","message":"m"})");
    row("error rank string", R"({"type":"error","code":"c","message":"m","rank":"1"})");
    row("error rank below -1", R"({"type":"error","code":"c","message":"m","rank":-2})");
    const char *progressOk = R"("samples_per_second":1.5,"elapsed_s":2)";
    row("progress missing total",
        std::string(R"({"type":"progress","rank":0,"done":1,)") + progressOk + "}");
    row("progress missing rate",
        R"({"type":"progress","rank":0,"done":1,"total":2,"elapsed_s":2})");
    row("progress done real",
        std::string(R"({"type":"progress","rank":0,"done":1.5,"total":2,)") + progressOk + "}");
    row("progress done string",
        std::string(R"({"type":"progress","rank":0,"done":"1","total":2,)") + progressOk + "}");
    row("progress rate string",
        R"({"type":"progress","rank":0,"done":1,"total":2,"samples_per_second":"fast","elapsed_s":2})");
    // Out of range
    row("progress done > total",
        std::string(R"({"type":"progress","rank":0,"done":3,"total":2,)") + progressOk + "}");
    row("progress negative done",
        std::string(R"({"type":"progress","rank":0,"done":-1,"total":2,)") + progressOk + "}");
    row("progress negative total",
        std::string(R"({"type":"progress","rank":0,"done":0,"total":-2,)") + progressOk + "}");
    row("progress negative rank",
        std::string(R"({"type":"progress","rank":-1,"done":1,"total":2,)") + progressOk + "}");
    row("progress rank above int",
        std::string(R"({"type":"progress","rank":2147483648,"done":1,"total":2,)") + progressOk
                + "}");
    row("progress total above int64",
        std::string(R"({"type":"progress","rank":0,"done":1,"total":9223372036854775808,)")
                + progressOk + "}");
    row("progress negative rate",
        R"({"type":"progress","rank":0,"done":1,"total":2,"samples_per_second":-1,"elapsed_s":2})");
    row("progress huge exponent",
        R"({"type":"progress","rank":0,"done":1,"total":2,"samples_per_second":1e999,"elapsed_s":2})");
    // Hello
    row("hello world_size 0", helloWithShards(0, 0, "[]"));
    row("hello negative num_samples",
        helloWithShards(1, -1, R"([{"rank":0,"first":0,"count":0}])"));
    row("hello num_models 0",
        R"({"type":"hello","protocol":1,"token":"t","engine_version":"x","world_size":1,)"
        R"("num_samples":1,"num_models":0,"shards":[{"rank":0,"first":0,"count":1}]})");
    row("hello missing engine_version",
        R"({"type":"hello","protocol":1,"token":"t","world_size":1,"num_samples":1,)"
        R"("num_models":1,"shards":[{"rank":0,"first":0,"count":1}]})");
    row("hello shards not an array", helloWithShards(1, 1, R"({"rank":0,"first":0,"count":1})"));
    row("hello too few shards", helloWithShards(2, 4, R"([{"rank":0,"first":0,"count":4}])"));
    row("hello too many shards",
        helloWithShards(1, 4,
                        R"([{"rank":0,"first":0,"count":4},{"rank":1,"first":4,"count":0}])"));
    row("hello shard not an object", helloWithShards(1, 4, "[7]"));
    row("hello shard missing count", helloWithShards(1, 4, R"([{"rank":0,"first":0}])"));
    row("hello shard rank out of range",
        helloWithShards(2, 4,
                        R"([{"rank":0,"first":0,"count":2},{"rank":2,"first":2,"count":2}])"));
    row("hello shard beyond the dataset",
        helloWithShards(2, 4,
                        R"([{"rank":0,"first":0,"count":1},{"rank":1,"first":2,"count":3}])"));
    row("hello shards cover too little",
        helloWithShards(2, 10,
                        R"([{"rank":0,"first":0,"count":5},{"rank":1,"first":5,"count":4}])"));
    row("hello shards overlap (sum is N)",
        helloWithShards(2, 10,
                        R"([{"rank":0,"first":0,"count":5},{"rank":1,"first":0,"count":5}])"));
    row("hello shards leave a gap (sum is N)",
        helloWithShards(3, 10,
                        R"([{"rank":0,"first":0,"count":4},{"rank":1,"first":6,"count":4},)"
                        R"({"rank":2,"first":6,"count":2}])"));
    row("hello shard inside another (sum is N)",
        helloWithShards(3, 10,
                        R"([{"rank":0,"first":0,"count":10},{"rank":1,"first":5,"count":0},)"
                        R"({"rank":2,"first":5,"count":5}])"));
    row("hello shards cover too much",
        helloWithShards(2, 10,
                        R"([{"rank":0,"first":0,"count":10},{"rank":1,"first":5,"count":5}])"));
    row("hello duplicate rank",
        helloWithShards(2, 10,
                        R"([{"rank":0,"first":0,"count":5},{"rank":0,"first":5,"count":5}])"));
}

void tst_ProgressProtocol::rejects()
{
    QFETCH(QByteArray, line);
    std::string error;
    std::optional<Message> m;
    try {
        m = decode(line.toStdString(), error);
    } catch (...) {
        QFAIL("decode threw");
    }
    QVERIFY2(!m, "accepted");
    QVERIFY(!error.empty());
}

void tst_ProgressProtocol::rejectsOverlongLine()
{
    // A valid message just under the limit parses; one byte over is rejected without
    // being parsed.
    const std::string head = R"({"type":"log","level":"info","message":")";
    const std::string tail = "\"}";
    const std::string fits
            = head + std::string(kMaxLineBytes - head.size() - tail.size(), 'x') + tail;
    QCOMPARE(fits.size(), kMaxLineBytes);
    std::string error;
    QVERIFY2(decode(fits, error), error.c_str());
    const std::string over
            = head + std::string(kMaxLineBytes - head.size() - tail.size() + 1, 'x') + tail;
    error.clear();
    QVERIFY(!decode(over, error));
    QVERIFY(!error.empty());
    QVERIFY(!decode(std::string(10 * kMaxLineBytes, '{'), error));
}

QTEST_GUILESS_MAIN(tst_ProgressProtocol)
#include "tst_progressprotocol.moc"
