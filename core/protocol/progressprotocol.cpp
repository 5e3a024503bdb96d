#include "protocol/progressprotocol.h"

#include "io/jsonguard.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace disteval {
namespace protocol {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

namespace {
std::string line(const ojson &j)
{
    // dump() escapes non-ASCII and replaces invalid UTF-8, so a line never contains a
    // raw newline and is always valid UTF-8.
    return j.dump(-1, ' ', true, json::error_handler_t::replace);
}

double finiteOrZero(double v)
{
    return std::isfinite(v) ? v : 0.0;
}

struct DecodeError
{
    std::string what;
};

const json &need(const json &obj, const char *key)
{
    auto it = obj.find(key);
    if (it == obj.end())
        throw DecodeError{std::string("missing field '") + key + "'"};
    return *it;
}

std::string text(const json &obj, const char *key)
{
    const json &v = need(obj, key);
    if (!v.is_string())
        throw DecodeError{std::string("field '") + key + "' is not a string"};
    return v.get<std::string>();
}

int64_t integer(const json &obj, const char *key, int64_t min, int64_t max)
{
    const json &v = need(obj, key);
    if (!v.is_number_integer())
        throw DecodeError{std::string("field '") + key + "' is not an integer"};
    if (v.is_number_unsigned()
        && v.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
        throw DecodeError{std::string("field '") + key + "' is out of range"};
    const int64_t x = v.get<int64_t>();
    if (x < min || x > max)
        throw DecodeError{std::string("field '") + key + "' is out of range"};
    return x;
}

double real(const json &obj, const char *key)
{
    const json &v = need(obj, key);
    if (!v.is_number())
        throw DecodeError{std::string("field '") + key + "' is not a number"};
    const double x = v.get<double>();
    if (!std::isfinite(x) || x < 0)
        throw DecodeError{std::string("field '") + key + "' is out of range"};
    return x;
}

constexpr int64_t kMaxInt = std::numeric_limits<int>::max();
constexpr int64_t kMaxCount = std::numeric_limits<int64_t>::max();
} // namespace

std::string encode(const Hello &m)
{
    ojson j;
    j["type"] = "hello";
    j["protocol"] = m.protocolVersion;
    j["token"] = m.token;
    j["engine_version"] = m.engineVersion;
    j["world_size"] = m.worldSize;
    j["num_samples"] = m.numSamples;
    j["num_models"] = m.numModels;
    ojson shards = ojson::array();
    for (const Shard &s : m.shards)
        shards.push_back({{"rank", s.rank}, {"first", s.first}, {"count", s.count}});
    j["shards"] = shards;
    return line(j);
}

std::string encode(const Phase &m)
{
    ojson j;
    j["type"] = "phase";
    j["phase"] = m.phase;
    return line(j);
}

std::string encode(const Progress &m)
{
    ojson j;
    j["type"] = "progress";
    j["rank"] = m.rank;
    j["done"] = m.done;
    j["total"] = m.total;
    j["samples_per_second"] = finiteOrZero(m.samplesPerSecond);
    j["elapsed_s"] = finiteOrZero(m.elapsedSeconds);
    return line(j);
}

std::string encode(const Log &m)
{
    ojson j;
    j["type"] = "log";
    j["level"] = m.level;
    j["message"] = m.message;
    return line(j);
}

std::string encode(const Result &m)
{
    ojson j;
    j["type"] = "result";
    j["path"] = m.path;
    return line(j);
}

std::string encode(const Error &m)
{
    ojson j;
    j["type"] = "error";
    j["code"] = m.code;
    j["message"] = m.message;
    j["rank"] = m.rank;
    return line(j);
}

std::optional<Message> decode(const std::string &lineText, std::string &error)
{
    if (lineText.size() > kMaxLineBytes) {
        error = "message longer than " + std::to_string(kMaxLineBytes) + " bytes";
        return std::nullopt;
    }
    if (jsonNestingDepth(lineText.data(), lineText.size()) > kMaxJsonNesting) {
        error = "JSON nested more than " + std::to_string(kMaxJsonNesting) + " levels deep";
        return std::nullopt;
    }
    json j = json::parse(lineText, nullptr, false);
    if (j.is_discarded()) {
        error = "not valid JSON (or not valid UTF-8)";
        return std::nullopt;
    }
    if (!j.is_object()) {
        error = "not a JSON object";
        return std::nullopt;
    }
    try {
        Message m;
        const std::string type = text(j, "type");
        if (type == "hello") {
            m.type = MessageType::Hello;
            Hello &h = m.hello;
            h.protocolVersion = static_cast<int>(integer(j, "protocol", 0, kMaxInt));
            h.token = text(j, "token");
            if (h.protocolVersion != kVersion)
                return m; // the rest may differ in another version
            h.engineVersion = text(j, "engine_version");
            h.worldSize = static_cast<int>(integer(j, "world_size", 1, kMaxInt));
            h.numSamples = integer(j, "num_samples", 0, kMaxCount);
            h.numModels = static_cast<int>(integer(j, "num_models", 1, kMaxInt));
            const json &shards = need(j, "shards");
            if (!shards.is_array() || shards.size() != static_cast<size_t>(h.worldSize))
                throw DecodeError{"field 'shards' must list one shard per rank"};
            // One shard per rank, and together they hold every sample exactly once: the
            // non-empty shards, ordered by their first sample, tile [0, num_samples).
            // (Comparing only the sum of the counts would let an overlap hide a gap.)
            std::vector<char> rankSeen(static_cast<size_t>(h.worldSize), 0);
            std::vector<std::pair<int64_t, int64_t>> spans; // first, count
            for (const json &s : shards) {
                if (!s.is_object())
                    throw DecodeError{"a shard is not an object"};
                Shard shard;
                shard.rank = static_cast<int>(integer(s, "rank", 0, h.worldSize - 1));
                shard.first = integer(s, "first", 0, h.numSamples);
                shard.count = integer(s, "count", 0, h.numSamples - shard.first);
                if (rankSeen[static_cast<size_t>(shard.rank)]++)
                    throw DecodeError{"two shards for rank " + std::to_string(shard.rank)};
                if (shard.count > 0)
                    spans.emplace_back(shard.first, shard.count);
                h.shards.push_back(shard);
            }
            std::sort(spans.begin(), spans.end());
            int64_t covered = 0;
            for (const auto &span : spans) {
                if (span.first != covered) // a gap before it, or an overlap
                    throw DecodeError{"the shards do not cover the dataset exactly once"};
                covered += span.second;
            }
            if (covered != h.numSamples)
                throw DecodeError{"the shards do not cover the dataset exactly once"};
        } else if (type == "phase") {
            m.type = MessageType::Phase;
            m.phase.phase = text(j, "phase");
        } else if (type == "progress") {
            m.type = MessageType::Progress;
            Progress &p = m.progress;
            p.rank = static_cast<int>(integer(j, "rank", 0, kMaxInt));
            p.total = integer(j, "total", 0, kMaxCount);
            p.done = integer(j, "done", 0, p.total);
            p.samplesPerSecond = real(j, "samples_per_second");
            p.elapsedSeconds = real(j, "elapsed_s");
        } else if (type == "log") {
            m.type = MessageType::Log;
            m.log.level = text(j, "level");
            m.log.message = text(j, "message");
        } else if (type == "result") {
            m.type = MessageType::Result;
            m.result.path = text(j, "path");
            if (m.result.path.empty())
                throw DecodeError{"field 'path' is empty"};
        } else if (type == "error") {
            m.type = MessageType::Error;
            m.error.code = text(j, "code");
            m.error.message = text(j, "message");
            m.error.rank
                    = j.contains("rank") ? static_cast<int>(integer(j, "rank", -1, kMaxInt)) : -1;
        } else {
            error = "unknown message type '" + type + "'";
            return std::nullopt;
        }
        return m;
    } catch (const DecodeError &e) {
        error = e.what;
        return std::nullopt;
    }
}

} // namespace protocol
} // namespace disteval
