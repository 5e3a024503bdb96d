#include "result/predictionsfile.h"

#include "io/jsonguard.h"
#include "io/regularfile.h"
#include "result/atomicfile.h"
#include "stats/random.h"

#include <nlohmann/json.hpp>

#include <cstring>
#include <fstream>
#include <sstream>

namespace disteval {

namespace {
void appendInt32s(std::string &out, const std::vector<int32_t> &values)
{
    const size_t offset = out.size();
    out.resize(offset + values.size() * 4);
    char *p = out.data() + offset;
    for (int32_t v : values) {
        const uint32_t u = static_cast<uint32_t>(v);
        p[0] = static_cast<char>(u & 0xff);
        p[1] = static_cast<char>((u >> 8) & 0xff);
        p[2] = static_cast<char>((u >> 16) & 0xff);
        p[3] = static_cast<char>((u >> 24) & 0xff);
        p += 4;
    }
}
} // namespace

void writePredictionsFile(const std::string &path, const PredictionsFile &f)
{
    nlohmann::ordered_json header;
    header["format"] = "disteval-predictions";
    header["version"] = PredictionsFile::kVersion;
    header["num_samples"] = f.numSamples;
    header["num_classes"] = f.numClasses;
    header["dataset"] = {{"path", f.datasetPath}, {"fingerprint", f.datasetFingerprint}};
    nlohmann::ordered_json models = nlohmann::ordered_json::array();
    for (size_t m = 0; m < f.modelPaths.size(); ++m)
        models.push_back({{"path", f.modelPaths[m]},
                          {"sha256", m < f.modelHashes.size() ? f.modelHashes[m] : ""}});
    header["models"] = models;
    std::string content
            = header.dump(-1, ' ', true, nlohmann::json::error_handler_t::replace) + "\n";
    appendInt32s(content, f.labels);
    for (const auto &p : f.predictions)
        appendInt32s(content, p);
    writeFileAtomically(path, content);
}

PredictionsFile parsePredictions(const std::string &bytes, const std::string &name)
{
    auto fail = [&name](const std::string &what) {
        return PredictionsFileError("predictions file '" + name + "': " + what);
    };
    constexpr size_t kMaxHeader = 1 << 20;
    const size_t newline = bytes.find('\n');
    if (newline == std::string::npos || newline > kMaxHeader)
        throw fail("no header line (not a predictions file)");
    if (jsonNestingDepth(bytes.data(), newline) > kMaxJsonNesting)
        throw fail("malformed header (nested too deeply)");
    const nlohmann::json h = nlohmann::json::parse(
            bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(newline), nullptr, false);
    if (h.is_discarded() || !h.is_object() || !h.contains("format") || !h["format"].is_string()
        || h["format"].get<std::string>() != "disteval-predictions")
        throw fail("not a disteval predictions file");
    PredictionsFile f;
    try {
        const nlohmann::json &version = h.at("version");
        if (!version.is_number_integer())
            throw fail("malformed header: 'version' is not an integer");
        // Every version so far is 1; an older one would be refused here rather than
        // misread (see docs/RESULT_SCHEMA.md).
        if (version.is_number_unsigned()
                    ? version.get<uint64_t>() > uint64_t(PredictionsFile::kVersion)
                    : version.get<int64_t>() > PredictionsFile::kVersion)
            throw fail("version " + version.dump() + " is newer than this program reads ("
                       + std::to_string(PredictionsFile::kVersion) + ")");
        if (version.get<int64_t>() < 1)
            throw fail("version " + version.dump() + " is not a version this program reads");
        const nlohmann::json &samples = h.at("num_samples");
        const nlohmann::json &classes = h.at("num_classes");
        if (!samples.is_number_integer() || !classes.is_number_integer())
            throw fail("malformed header: 'num_samples' and 'num_classes' must be integers");
        if (samples.is_number_unsigned() || classes.is_number_unsigned()) {
            if (samples.get<uint64_t>() > (uint64_t(1) << 40)
                || classes.get<uint64_t>() > (uint64_t(1) << 20))
                throw fail("header values out of range");
        }
        f.numSamples = samples.get<int64_t>();
        const int64_t numClasses = classes.get<int64_t>();
        if (numClasses < 1 || numClasses > (int64_t(1) << 20))
            throw fail("header values out of range");
        f.numClasses = static_cast<int>(numClasses);
        f.datasetPath = h.at("dataset").at("path").get<std::string>();
        f.datasetFingerprint = h.at("dataset").at("fingerprint").get<std::string>();
        const nlohmann::json &models = h.at("models");
        if (!models.is_array())
            throw fail("malformed header: 'models' is not an array");
        for (const auto &m : models) {
            f.modelPaths.push_back(m.at("path").get<std::string>());
            f.modelHashes.push_back(m.at("sha256").get<std::string>());
        }
    } catch (const nlohmann::json::exception &e) {
        throw fail(std::string("malformed header: ") + e.what());
    }
    if (f.numSamples < 0 || f.numSamples > (int64_t(1) << 40) || f.modelPaths.empty())
        throw fail("header values out of range");
    // The body must be exactly labels[N] and predictions[N] per model, int32 each.
    const size_t n = static_cast<size_t>(f.numSamples);
    const size_t body = bytes.size() - newline - 1;
    const size_t arrays = f.modelPaths.size() + 1;
    if (body / 4 / arrays < n)
        throw fail("truncated: the header announces " + std::to_string(n) + " samples and "
                   + std::to_string(f.modelPaths.size()) + " models but only "
                   + std::to_string(body) + " bytes follow");
    if (body != n * 4 * arrays)
        throw fail("unexpected bytes after the predictions");
    const unsigned char *p = reinterpret_cast<const unsigned char *>(bytes.data()) + newline + 1;
    auto readArray = [&](std::vector<int32_t> &dst, const char *what) {
        dst.resize(n);
        for (size_t i = 0; i < n; ++i, p += 4) {
            const uint32_t u = uint32_t(p[0]) | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16)
                               | (uint32_t(p[3]) << 24);
            int32_t v;
            std::memcpy(&v, &u, sizeof v);
            if (v < -1 || v >= f.numClasses)
                throw fail(std::string("a value is out of range (") + what + ")");
            dst[i] = v;
        }
    };
    readArray(f.labels, "labels");
    for (int32_t l : f.labels)
        if (l < 0)
            throw fail("a label is negative");
    f.predictions.resize(f.modelPaths.size());
    for (auto &pred : f.predictions)
        readArray(pred, "predictions");
    return f;
}

PredictionsFile readPredictionsFile(const std::string &path)
{
    std::string bytes;
    try {
        bytes = readRegularFile(path, kMaxPredictionsFileBytes, "predictions file");
    } catch (const FileReadError &e) {
        throw PredictionsFileError(e.what());
    }
    return parsePredictions(bytes, path);
}

PairedComparison compareRuns(const PredictionsFile &a, int modelA, const PredictionsFile &b,
                             int modelB, const BootstrapSettings &settings, int64_t *excluded)
{
    if (a.datasetFingerprint != b.datasetFingerprint)
        throw ComparisonRefused("the runs used different datasets ('" + a.datasetPath + "' and '"
                                + b.datasetPath + "' have different fingerprints)");
    if (a.numSamples != b.numSamples)
        throw ComparisonRefused("the runs have different numbers of samples ("
                                + std::to_string(a.numSamples) + " and "
                                + std::to_string(b.numSamples) + ")");
    if (a.numClasses != b.numClasses)
        throw ComparisonRefused("the runs have different numbers of classes ("
                                + std::to_string(a.numClasses) + " and "
                                + std::to_string(b.numClasses) + ")");
    if (a.labels != b.labels)
        throw ComparisonRefused("the runs' labels differ, so they are not the same samples");
    if (modelA < 0 || modelA >= static_cast<int>(a.predictions.size()) || modelB < 0
        || modelB >= static_cast<int>(b.predictions.size()))
        throw ComparisonRefused("no such model in the run");
    JointConfusion joint(a.numClasses);
    int64_t left = 0;
    const auto &pa = a.predictions[static_cast<size_t>(modelA)];
    const auto &pb = b.predictions[static_cast<size_t>(modelB)];
    for (size_t i = 0; i < a.labels.size(); ++i) {
        if (pa[i] < 0 || pb[i] < 0) {
            ++left;
            continue;
        }
        joint.add(a.labels[i], pa[i], pb[i]);
    }
    if (excluded)
        *excluded = left;
    return comparePaired(joint, modelA, modelB, settings, streamId("paired", 0));
}

} // namespace disteval
