#include "result/predictionsfile.h"

#include "result/atomicfile.h"
#include "stats/random.h"

#include <nlohmann/json.hpp>

#include <cstring>
#include <fstream>

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

PredictionsFile readPredictionsFile(const std::string &path)
{
    auto fail = [&path](const std::string &what) {
        return PredictionsFileError("predictions file '" + path + "': " + what);
    };
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw PredictionsFileError("cannot open predictions file '" + path + "'");
    std::string line;
    constexpr size_t kMaxHeader = 1 << 20;
    char ch;
    while (in.get(ch) && ch != '\n') {
        line.push_back(ch);
        if (line.size() > kMaxHeader)
            throw fail("no header line (not a predictions file)");
    }
    if (!in)
        throw fail("no header line (not a predictions file)");
    const nlohmann::json h = nlohmann::json::parse(line, nullptr, false);
    if (h.is_discarded() || !h.is_object() || h.value("format", "") != "disteval-predictions")
        throw fail("not a disteval predictions file");
    PredictionsFile f;
    try {
        const int version = h.at("version").get<int>();
        if (version > PredictionsFile::kVersion)
            throw fail("version " + std::to_string(version) + " is newer than this program reads ("
                       + std::to_string(PredictionsFile::kVersion) + ")");
        f.numSamples = h.at("num_samples").get<int64_t>();
        f.numClasses = h.at("num_classes").get<int>();
        f.datasetPath = h.at("dataset").at("path").get<std::string>();
        f.datasetFingerprint = h.at("dataset").at("fingerprint").get<std::string>();
        for (const auto &m : h.at("models")) {
            f.modelPaths.push_back(m.at("path").get<std::string>());
            f.modelHashes.push_back(m.at("sha256").get<std::string>());
        }
    } catch (const nlohmann::json::exception &e) {
        throw fail(std::string("malformed header: ") + e.what());
    }
    if (f.numSamples < 0 || f.numSamples > (int64_t(1) << 40) || f.numClasses < 1
        || f.modelPaths.empty())
        throw fail("header values out of range");
    const size_t n = static_cast<size_t>(f.numSamples);
    auto readArray = [&](std::vector<int32_t> &dst, const char *what) {
        std::vector<unsigned char> raw(n * 4);
        in.read(reinterpret_cast<char *>(raw.data()), static_cast<std::streamsize>(raw.size()));
        if (static_cast<size_t>(in.gcount()) != raw.size())
            throw fail(std::string("truncated (") + what + ")");
        dst.resize(n);
        for (size_t i = 0; i < n; ++i) {
            const uint32_t u = uint32_t(raw[4 * i]) | (uint32_t(raw[4 * i + 1]) << 8)
                               | (uint32_t(raw[4 * i + 2]) << 16)
                               | (uint32_t(raw[4 * i + 3]) << 24);
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
    for (auto &p : f.predictions)
        readArray(p, "predictions");
    if (in.peek() != std::char_traits<char>::eof())
        throw fail("unexpected bytes after the predictions");
    return f;
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
