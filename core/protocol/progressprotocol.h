#pragma once

#include "evaluation/sharding.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace disteval {

// The progress protocol between disteval-engine (rank 0) and the app: newline-delimited
// JSON objects over a local stream socket, engine to app only. Specified with example
// transcripts in docs/protocol.md.
namespace protocol {

constexpr int kVersion = 1;
// A line longer than this is malformed; the reader must not buffer more than it.
constexpr size_t kMaxLineBytes = 64 * 1024;
// The engine reads the per-run token from this environment variable (not argv, which
// other users can see in the process list).
constexpr const char *kTokenEnvironmentVariable = "DISTEVAL_PROGRESS_TOKEN";

enum class MessageType { Hello = 1, Phase, Progress, Log, Result, Error };

struct Hello
{
    int protocolVersion = kVersion;
    std::string token;
    std::string engineVersion;
    int worldSize = 1;
    int64_t numSamples = 0;
    int numModels = 0;
    std::vector<Shard> shards;
};

// "loading", "evaluating", "reducing", "writing" (others may be added; readers show
// unknown phases verbatim).
struct Phase
{
    std::string phase;
};

struct Progress
{
    int rank = 0;
    int64_t done = 0;
    int64_t total = 0;
    double samplesPerSecond = 0;
    double elapsedSeconds = 0;
};

struct Log
{
    std::string level; // "info" or "warning"
    std::string message;
};

struct Result
{
    std::string path;
};

struct Error
{
    std::string code; // machine-readable, see docs/protocol.md; the app translates it
    std::string message;
    int rank = -1; // -1 when not specific to a rank
};

struct Message
{
    MessageType type = MessageType::Log;
    Hello hello;
    Phase phase;
    Progress progress;
    Log log;
    Result result;
    Error error;
};

// One line (without the trailing newline) for each message.
std::string encode(const Hello &m);
std::string encode(const Phase &m);
std::string encode(const Progress &m);
std::string encode(const Log &m);
std::string encode(const Result &m);
std::string encode(const Error &m);

// Parses one line (without its newline). Never throws: returns std::nullopt and sets
// `error` to a short description for invalid JSON, invalid UTF-8, a line over
// kMaxLineBytes, an unknown message type, a missing field or a field of the wrong type
// or out of range. Unknown extra fields are ignored (forward compatibility within a
// version). A Hello with another protocol version parses; the caller checks it.
std::optional<Message> decode(const std::string &line, std::string &error);

} // namespace protocol
} // namespace disteval
