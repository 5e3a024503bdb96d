#pragma once

#include <cstddef>
#include <cstdint>

// The bodies of the libFuzzer targets (one per parser the app or the engine feeds with
// bytes it does not control). Each returns normally for any input it handles properly,
// whether it accepts or refuses it, and calls std::abort() with a message on stderr
// when it finds a bug: an exception other than the parser's documented error, a
// property that does not hold (e.g. what it accepted does not survive a round trip).
// The fuzzers (fuzz_*.cpp, DISTEVAL_BUILD_FUZZERS) call them from
// LLVMFuzzerTestOneInput; tst_fuzzregressions replays the seed corpora and every
// crasher kept in tests/fuzz/crashers/ through them in the normal unit tests.
namespace disteval::fuzz {

// core protocol::decode on one line, and decode(encode(m)) for what it accepts.
void protocolDecode(const uint8_t *data, size_t size);
// The app's ProtocolReader (gui/protocolreader.*) on a byte stream cut into chunks
// chosen by the input: the same items whatever the chunks, no line over its bound.
void protocolReader(const uint8_t *data, size_t size);
// core parseResult, and parse(serialize(r)) for what it accepts.
void resultParse(const uint8_t *data, size_t size);
// core parsePredictions (the --save-predictions sidecar).
void predictionsParse(const uint8_t *data, size_t size);
// The engine's .npy header parser: whatever it accepts announces data that fits in the
// bytes given, with sizes that did not wrap.
void npyHeader(const uint8_t *data, size_t size);
// The engine's IDX header parsers (images and labels): accepted sizes are exact and
// bounded.
void idxHeader(const uint8_t *data, size_t size);

} // namespace disteval::fuzz
