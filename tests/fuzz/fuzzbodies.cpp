#include "fuzzbodies.h"

#include "data/idxheader.h"
#include "data/npyheader.h"

#include "protocol/progressprotocol.h"
#include "result/predictionsfile.h"
#include "result/resultfile.h"
#include "run/protocolreader.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

namespace disteval::fuzz {

namespace {
[[noreturn]] void bug(const char *target, const std::string &what)
{
    std::fprintf(stderr, "fuzz %s: %s\n", target, what.c_str());
    std::fflush(stderr);
    std::abort();
}

void check(bool ok, const char *target, const char *what)
{
    if (!ok)
        bug(target, what);
}

std::string reencode(const protocol::Message &m)
{
    switch (m.type) {
    case protocol::MessageType::Hello:
        return protocol::encode(m.hello);
    case protocol::MessageType::Phase:
        return protocol::encode(m.phase);
    case protocol::MessageType::Progress:
        return protocol::encode(m.progress);
    case protocol::MessageType::Log:
        return protocol::encode(m.log);
    case protocol::MessageType::Result:
        return protocol::encode(m.result);
    case protocol::MessageType::Error:
        return protocol::encode(m.error);
    }
    return {};
}

struct ReaderItem
{
    bool valid;
    QString error;
    QByteArray line;
    bool operator==(const ReaderItem &o) const
    {
        return valid == o.valid && error == o.error && line == o.line;
    }
};

QList<ReaderItem> readAll(const QByteArray &stream, size_t chunkSeed)
{
    ProtocolReader reader;
    QList<ReaderItem> out;
    auto keep = [&out](const QList<ProtocolReader::Item> &items) {
        for (const ProtocolReader::Item &item : items) {
            check(item.line.size() <= 200, "protocol_reader", "displayed line not truncated");
            out.append({item.valid, item.error, item.line});
        }
    };
    qsizetype at = 0;
    size_t seed = chunkSeed;
    while (at < stream.size()) {
        // Chunk sizes 1..4096 from a small LCG, so the same input cuts the same way.
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        const qsizetype chunk
                = chunkSeed == 0 ? stream.size() : static_cast<qsizetype>(1 + (seed >> 33) % 4096);
        keep(reader.feed(stream.mid(at, chunk)));
        at += chunk;
    }
    keep(reader.finish());
    return out;
}
} // namespace

void protocolDecode(const uint8_t *data, size_t size)
{
    const std::string line(reinterpret_cast<const char *>(data), size);
    try {
        std::string error;
        const std::optional<protocol::Message> m = protocol::decode(line, error);
        if (!m) {
            check(!error.empty(), "protocol_decode", "refused without saying why");
            return;
        }
        if (m->type == protocol::MessageType::Hello
            && m->hello.protocolVersion != protocol::kVersion)
            return; // only type, protocol and token are read; it does not re-encode
        const std::string again = reencode(*m);
        check(again.find('\n') == std::string::npos, "protocol_decode", "newline in encoding");
        std::string error2;
        const std::optional<protocol::Message> m2 = protocol::decode(again, error2);
        if (!m2)
            bug("protocol_decode", "re-encoded message refused: " + error2 + "\n" + again);
        check(m2->type == m->type, "protocol_decode", "type changed by a round trip");
        check(reencode(*m2) == again, "protocol_decode", "encoding not stable");
    } catch (const std::exception &e) {
        bug("protocol_decode", std::string("exception escaped: ") + e.what());
    } catch (...) {
        bug("protocol_decode", "unknown exception escaped");
    }
}

void protocolReader(const uint8_t *data, size_t size)
{
    if (size == 0)
        return;
    // The first byte picks the chunking; with its top four bits set the stream starts with
    // a line longer than kMaxLineBytes (cheaper than making libFuzzer grow one; one input
    // in 16, as the 64 KiB slow every execution down).
    const uint8_t control = data[0];
    QByteArray stream;
    if ((control & 0xf0) == 0xf0)
        stream.fill('x', static_cast<qsizetype>(protocol::kMaxLineBytes) + (control & 0x0f));
    stream.append(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    try {
        const QList<ReaderItem> whole = readAll(stream, 0);
        const QList<ReaderItem> chunked = readAll(stream, control | 1u);
        check(whole == chunked, "protocol_reader", "items depend on how the bytes arrive");
    } catch (const std::exception &e) {
        bug("protocol_reader", std::string("exception escaped: ") + e.what());
    }
}

void resultParse(const uint8_t *data, size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    ResultFile r;
    try {
        r = parseResult(text);
    } catch (const ResultFileError &) {
        return; // refused, with a message: fine
    } catch (const std::exception &e) {
        bug("result_parse", std::string("exception other than ResultFileError: ") + e.what());
    }
    try {
        const std::string once = serializeResult(r);
        const std::string twice = serializeResult(parseResult(once));
        check(once == twice, "result_parse", "serialize(parse(serialize(r))) differs");
    } catch (const std::exception &e) {
        bug("result_parse", std::string("an accepted result does not round-trip: ") + e.what());
    }
}

void predictionsParse(const uint8_t *data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    try {
        const PredictionsFile f = parsePredictions(bytes, "fuzz");
        check(f.labels.size() == static_cast<size_t>(f.numSamples), "predictions_parse",
              "label count differs from the header");
        check(f.predictions.size() == f.modelPaths.size(), "predictions_parse",
              "prediction arrays differ from the models");
    } catch (const PredictionsFileError &) {
    } catch (const std::exception &e) {
        bug("predictions_parse",
            std::string("exception other than PredictionsFileError: ") + e.what());
    }
}

void npyHeader(const uint8_t *data, size_t size)
{
    NpyArray a;
    try {
        a = parseNpyHeader("fuzz.npy", data, size);
    } catch (const std::runtime_error &) {
        return; // refused, with a message
    } catch (const std::exception &e) {
        bug("npy_header", std::string("unexpected exception: ") + e.what());
    }
    __extension__ typedef unsigned __int128 uint128;
    uint128 elements = 1;
    for (int64_t d : a.shape) {
        check(d >= 0, "npy_header", "negative dimension accepted");
        elements *= static_cast<uint128>(d);
    }
    check(elements == static_cast<uint128>(a.elements), "npy_header", "element count wrong");
    const uint128 need = a.dataOffset + elements * static_cast<uint128>(a.itemBytes);
    check(need <= size, "npy_header", "accepted a header announcing more data than present");
    check(a.itemBytes == 1 || a.itemBytes == 2 || a.itemBytes == 4 || a.itemBytes == 8,
          "npy_header", "odd item size accepted");
}

void idxHeader(const uint8_t *data, size_t size)
{
    __extension__ typedef unsigned __int128 uint128;
    try {
        const IdxHeader h = parseIdxImagesHeader("fuzz-images", data, size);
        const uint128 total = 16
                              + static_cast<uint128>(h.count) * static_cast<uint128>(h.rows)
                                        * static_cast<uint128>(h.columns);
        check(total == static_cast<uint128>(h.totalBytes), "idx_header", "images size wrong");
        check(h.totalBytes <= kMaxIdxBytes, "idx_header", "images size over the bound");
    } catch (const std::runtime_error &) {
    }
    try {
        const IdxHeader h = parseIdxLabelsHeader("fuzz-labels", data, size);
        check(h.totalBytes == 8 + h.count, "idx_header", "labels size wrong");
    } catch (const std::runtime_error &) {
    }
}

} // namespace disteval::fuzz
