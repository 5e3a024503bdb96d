// Line framing and decoding of the progress stream, and the transcripts of
// docs/protocol.md (kept in tests/gui/data and checked to be the same).
#include "fakeenginerun.h"
#include "run/protocolreader.h"

#include <QFile>
#include <QTest>

using disteval::protocol::MessageType;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class tst_ProtocolReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transcripts_data();
    void transcripts();
    void chunkingDoesNotMatter();
    void overlongLineIsSkippedUpToItsNewline();
    void crlfAndEmptyLines();
    void incompleteLastLine();
    void documentationShowsTheTranscripts_data();
    void documentationShowsTheTranscripts();
};

void tst_ProtocolReader::transcripts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("valid");
    QTest::addColumn<int>("invalid");
    QTest::addColumn<int>("firstType");
    QTest::newRow("success") << QStringLiteral("success.ndjson") << 12 << 0
                             << int(MessageType::Hello);
    QTest::newRow("model_error") << QStringLiteral("model_error.ndjson") << 3 << 0
                                 << int(MessageType::Hello);
    // Missing field, not JSON, unknown type are invalid; rank 7 decodes (the controller
    // rejects it against the hello).
    QTest::newRow("malformed") << QStringLiteral("malformed.ndjson") << 7 << 3
                               << int(MessageType::Hello);
    QTest::newRow("unknown_version")
            << QStringLiteral("unknown_version.ndjson") << 1 << 0 << int(MessageType::Hello);
    QTest::newRow("no_hello") << QStringLiteral("no_hello.ndjson") << 1 << 0
                              << int(MessageType::Progress);
}

void tst_ProtocolReader::transcripts()
{
    QFETCH(QString, file);
    QFETCH(int, valid);
    QFETCH(int, invalid);
    QFETCH(int, firstType);
    ProtocolReader reader;
    const QList<ProtocolReader::Item> items = reader.feed(readAll(transcript(qPrintable(file))));
    QVERIFY(reader.finish().isEmpty());
    int v = 0;
    int bad = 0;
    for (const ProtocolReader::Item &item : items) {
        if (item.valid)
            ++v;
        else
            ++bad;
    }
    QCOMPARE(v, valid);
    QCOMPARE(bad, invalid);
    QCOMPARE(int(items.first().message.type), firstType);
}

void tst_ProtocolReader::chunkingDoesNotMatter()
{
    const QByteArray bytes = readAll(transcript("success.ndjson"));
    ProtocolReader whole;
    const QList<ProtocolReader::Item> expected = whole.feed(bytes);
    for (int chunk : {1, 2, 7, 64, 1000}) {
        ProtocolReader reader;
        QList<ProtocolReader::Item> items;
        for (qsizetype i = 0; i < bytes.size(); i += chunk)
            items += reader.feed(bytes.mid(i, chunk));
        QCOMPARE(items.size(), expected.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QVERIFY(items.at(i).valid);
            QCOMPARE(items.at(i).line, expected.at(i).line);
        }
    }
}

void tst_ProtocolReader::overlongLineIsSkippedUpToItsNewline()
{
    ProtocolReader reader;
    const QByteArray huge(70 * 1024, 'x');
    QList<ProtocolReader::Item> items;
    // Arrives in pieces, none of which alone is too long.
    for (int i = 0; i < 70; ++i)
        items += reader.feed(huge.mid(i * 1024, 1024));
    QCOMPARE(items.size(), 1);
    QVERIFY(!items.first().valid);
    QVERIFY(items.first().error.contains(QStringLiteral("longer than")));
    items = reader.feed("more garbage\n{\"type\":\"phase\",\"phase\":\"loading\"}\n");
    QCOMPARE(items.size(), 1); // the rest of the long line was dropped, not decoded
    QVERIFY(items.first().valid);
    QCOMPARE(items.first().message.type, MessageType::Phase);
}

void tst_ProtocolReader::crlfAndEmptyLines()
{
    ProtocolReader reader;
    const QList<ProtocolReader::Item> items
            = reader.feed("\n\r\n{\"type\":\"phase\",\"phase\":\"reducing\"}\r\n\n");
    QCOMPARE(items.size(), 1);
    QVERIFY(items.first().valid);
    QCOMPARE(items.first().message.phase.phase, std::string("reducing"));
}

void tst_ProtocolReader::incompleteLastLine()
{
    ProtocolReader reader;
    QVERIFY(reader.feed("{\"type\":\"phase\"").isEmpty());
    const QList<ProtocolReader::Item> rest = reader.finish();
    QCOMPARE(rest.size(), 1);
    QVERIFY(!rest.first().valid);
}

void tst_ProtocolReader::documentationShowsTheTranscripts_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"success.ndjson", "model_error.ndjson", "malformed.ndjson",
                             "unknown_version.ndjson", "no_hello.ndjson", "no_result.ndjson"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_ProtocolReader::documentationShowsTheTranscripts()
{
    // docs/protocol.md quotes each transcript the tests replay, line for line, in one
    // block; this keeps the two from drifting apart.
    QFETCH(QString, file);
    const QByteArray doc = readAll(QStringLiteral(DISTEVAL_SOURCE_DIR "/docs/protocol.md"));
    QVERIFY(!doc.isEmpty());
    const QByteArray lines = readAll(transcript(qPrintable(file)));
    QVERIFY(!lines.isEmpty());
    QVERIFY2(doc.contains(lines), qPrintable(file + QStringLiteral(" is not quoted verbatim")));
}

QTEST_GUILESS_MAIN(tst_ProtocolReader)
#include "tst_protocolreader.moc"
