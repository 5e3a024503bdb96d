#include "result/samplesfile.h"

#include "io/jsonguard.h"
#include "io/regularfile.h"
#include "result/resultfile.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>

#include <unistd.h>

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "the records are stored with memcpy and are little-endian");

namespace disteval {

namespace {
int64_t bitBytes(int units)
{
    return (static_cast<int64_t>(units) + 7) / 8;
}
int64_t padTo4(int64_t n)
{
    return (n + 3) / 4 * 4;
}
constexpr size_t kMaxHeaderBytes = 1 << 20;
constexpr int kMaxUnits = 1 << 20;
} // namespace

void storeInt32(uint8_t *p, int32_t v)
{
    std::memcpy(p, &v, 4);
}
void storeInt64(uint8_t *p, int64_t v)
{
    std::memcpy(p, &v, 8);
}
void storeFloat32(uint8_t *p, float v)
{
    std::memcpy(p, &v, 4);
}
void storeFloat64(uint8_t *p, double v)
{
    std::memcpy(p, &v, 8);
}
int32_t loadInt32(const uint8_t *p)
{
    int32_t v;
    std::memcpy(&v, p, 4);
    return v;
}
int64_t loadInt64(const uint8_t *p)
{
    int64_t v;
    std::memcpy(&v, p, 8);
    return v;
}
float loadFloat32(const uint8_t *p)
{
    float v;
    std::memcpy(&v, p, 4);
    return v;
}
double loadFloat64(const uint8_t *p)
{
    double v;
    std::memcpy(&v, p, 8);
    return v;
}

int64_t SamplesLayout::sampleBytes() const
{
    switch (task) {
    case Task::Classification:
        return 8;
    case Task::DenseClassification:
        return 16;
    case Task::MultiLabel:
        return 4 + padTo4(bitBytes(units));
    case Task::Regression:
        return 8 + 8 * static_cast<int64_t>(units);
    }
    return 0;
}

int64_t SamplesLayout::modelBytes() const
{
    switch (task) {
    case Task::Classification:
        return 8 + 8 * static_cast<int64_t>(topK);
    case Task::DenseClassification:
        return 8;
    case Task::MultiLabel:
        return padTo4(bitBytes(units));
    case Task::Regression:
        return 8 * static_cast<int64_t>(units);
    }
    return 0;
}

SamplesLayout SamplesLayout::forTask(Task task, int units, int models)
{
    SamplesLayout l;
    l.task = task;
    l.units = units;
    l.models = models;
    l.topK = task == Task::Classification ? std::min(5, units) : 0;
    return l;
}

std::string encodeSamplesHeader(const SamplesHeader &h)
{
    nlohmann::ordered_json j;
    j["format"] = "disteval-samples";
    j["version"] = SamplesHeader::kVersion;
    j["run_id"] = h.runId;
    j["task"] = taskName(h.layout.task);
    j["num_samples"] = h.numSamples;
    j["num_units"] = h.layout.units;
    j["top_k"] = h.layout.topK;
    j["sample_bytes"] = h.layout.sampleBytes();
    j["model_bytes"] = h.layout.modelBytes();
    j["dataset"] = {{"path", h.datasetPath}, {"fingerprint", h.datasetFingerprint}};
    nlohmann::ordered_json models = nlohmann::ordered_json::array();
    for (size_t m = 0; m < h.modelPaths.size(); ++m)
        models.push_back({{"path", h.modelPaths[m]},
                          {"sha256", m < h.modelHashes.size() ? h.modelHashes[m] : ""}});
    j["models"] = models;
    return j.dump(-1, ' ', true, nlohmann::json::error_handler_t::replace) + "\n";
}

SamplesHeader parseSamplesHeader(const std::string &line, const std::string &name)
{
    auto fail = [&name](const std::string &what) {
        return SamplesFileError("sample records '" + name + "': " + what);
    };
    if (jsonNestingDepth(line.data(), line.size()) > kMaxJsonNesting)
        throw fail("malformed header (nested too deeply)");
    const nlohmann::json h = nlohmann::json::parse(line, nullptr, false);
    if (h.is_discarded() || !h.is_object() || !h.contains("format") || !h["format"].is_string()
        || h["format"].get<std::string>() != "disteval-samples")
        throw fail("not a disteval sample records file");
    SamplesHeader out;
    try {
        const nlohmann::json &version = h.at("version");
        if (!version.is_number_integer() || version.get<int64_t>() < 1)
            throw fail("malformed header: 'version' is not a positive integer");
        if (version.get<int64_t>() > SamplesHeader::kVersion)
            throw fail("version " + std::to_string(version.get<int64_t>())
                       + " is newer than this disteval reads (up to "
                       + std::to_string(SamplesHeader::kVersion) + "); update disteval");
        if (!parseTask(h.at("task").get<std::string>(), out.layout.task))
            throw fail("unknown task '" + h.at("task").get<std::string>() + "'");
        out.runId = h.at("run_id").get<std::string>();
        out.numSamples = h.at("num_samples").get<int64_t>();
        const int64_t units = h.at("num_units").get<int64_t>();
        const int64_t topK = h.at("top_k").get<int64_t>();
        if (out.numSamples < 0 || units < 1 || units > kMaxUnits || topK < 0 || topK > units)
            throw fail("malformed header: sample, unit or top-k count out of range");
        out.layout.units = static_cast<int>(units);
        out.layout.topK = static_cast<int>(topK);
        if (out.layout.task != Task::Classification && topK != 0)
            throw fail("malformed header: top_k is only for classification");
        const nlohmann::json &dataset = h.at("dataset");
        out.datasetPath = dataset.at("path").get<std::string>();
        out.datasetFingerprint = dataset.at("fingerprint").get<std::string>();
        for (const nlohmann::json &m : h.at("models")) {
            out.modelPaths.push_back(m.at("path").get<std::string>());
            out.modelHashes.push_back(m.at("sha256").get<std::string>());
        }
        if (out.modelPaths.empty() || out.modelPaths.size() > 1024)
            throw fail("malformed header: no models, or more than 1024");
        out.layout.models = static_cast<int>(out.modelPaths.size());
        if (h.at("sample_bytes").get<int64_t>() != out.layout.sampleBytes()
            || h.at("model_bytes").get<int64_t>() != out.layout.modelBytes())
            throw fail("malformed header: record sizes do not match the task's layout");
    } catch (const nlohmann::json::exception &e) {
        throw fail(std::string("malformed header: ") + e.what());
    }
    return out;
}

SampleRecord SampleRecordCodec::decode(const uint8_t *r, int64_t index) const
{
    const SamplesLayout &l = m_layout;
    SampleRecord out;
    out.index = index;
    out.present = loadInt32(r) == 1;
    auto bits = [&l](const uint8_t *p) {
        std::vector<uint8_t> set(static_cast<size_t>(l.units));
        for (int k = 0; k < l.units; ++k)
            set[static_cast<size_t>(k)] = (p[k / 8] >> (k % 8)) & 1;
        return set;
    };
    switch (l.task) {
    case Task::Classification:
        out.label = loadInt32(r + 4);
        break;
    case Task::DenseClassification:
        out.evaluated = loadInt64(r + 8);
        break;
    case Task::MultiLabel:
        out.labelSet = bits(r + 4);
        break;
    case Task::Regression:
        for (int k = 0; k < l.units; ++k)
            out.targets.push_back(loadFloat64(r + 8 + 8 * k));
        break;
    }
    for (int m = 0; m < l.models; ++m) {
        const uint8_t *p = modelPart(r, m);
        SampleRecord::Model model;
        switch (l.task) {
        case Task::Classification:
            model.predicted = loadInt32(p);
            model.loss = loadFloat32(p + 4);
            for (int k = 0; k < l.topK; ++k) {
                model.topClasses.push_back(loadInt32(p + 8 + 4 * k));
                model.topProbabilities.push_back(loadFloat32(p + 8 + 4 * (l.topK + k)));
            }
            break;
        case Task::DenseClassification:
            model.accuracy = loadFloat32(p);
            model.iou = loadFloat32(p + 4);
            break;
        case Task::MultiLabel:
            model.predictedSet = bits(p);
            break;
        case Task::Regression:
            for (int k = 0; k < l.units; ++k)
                model.values.push_back(loadFloat64(p + 8 * k));
            break;
        }
        out.models.push_back(std::move(model));
    }
    return out;
}

SamplesFile::SamplesFile(const std::string &path)
    : m_path(path)
{
    auto fail = [&path](const std::string &what) {
        return SamplesFileError("sample records '" + path + "': " + what);
    };
    int64_t size = 0;
    int fd = -1;
    try {
        fd = openRegularFile(path, &size);
    } catch (const FileReadError &e) {
        throw SamplesFileError(e.what());
    }
    m_file = ::fdopen(fd, "rb");
    if (!m_file) {
        ::close(fd);
        throw fail("cannot be read");
    }
    std::string line;
    for (int c; (c = std::fgetc(m_file)) != EOF && c != '\n';) {
        line.push_back(static_cast<char>(c));
        if (line.size() > kMaxHeaderBytes) {
            std::fclose(m_file);
            throw fail("no header line (not a sample records file)");
        }
    }
    try {
        m_header = parseSamplesHeader(line, path);
    } catch (...) {
        std::fclose(m_file);
        throw;
    }
    m_dataOffset = static_cast<int64_t>(line.size()) + 1;
    int64_t data = 0, expected = 0;
    if (!checkedMultiply(m_header.numSamples, recordBytes(), &data)
        || !checkedAdd(data, m_dataOffset, &expected) || expected != size) {
        std::fclose(m_file);
        throw fail("its size (" + std::to_string(size) + " bytes) is not what its header says ("
                   + std::to_string(m_header.numSamples) + " records of "
                   + std::to_string(recordBytes()) + " bytes): truncated or not written whole");
    }
}

SamplesFile::~SamplesFile()
{
    if (m_file)
        std::fclose(m_file);
}

void SamplesFile::readRaw(int64_t first, int64_t count, std::vector<uint8_t> &out) const
{
    if (first < 0 || count < 0 || first + count > size())
        throw SamplesFileError("sample records '" + m_path + "': records " + std::to_string(first)
                               + " to " + std::to_string(first + count) + " are outside the file");
    out.resize(static_cast<size_t>(count * recordBytes()));
    if (count == 0)
        return;
    if (::fseeko(m_file, static_cast<off_t>(m_dataOffset + first * recordBytes()), SEEK_SET) != 0
        || std::fread(out.data(), 1, out.size(), m_file) != out.size())
        throw SamplesFileError("sample records '" + m_path
                               + "': cannot be read (changed on disk?)");
}

SampleRecord SamplesFile::record(int64_t index) const
{
    std::vector<uint8_t> bytes;
    readRaw(index, 1, bytes);
    return codec().decode(bytes.data(), index);
}

std::unique_ptr<SamplesFile> openSamplesOf(const ResultFile &r, const std::string &resultPath)
{
    if (r.samplesFile.empty())
        throw SamplesFileError("the result '" + resultPath
                               + "' has no sample records (run it with --save-predictions)");
    const auto slash = resultPath.find_last_of('/');
    const std::string folder = slash == std::string::npos ? std::string(".")
                               : slash == 0               ? std::string("/")
                                                          : resultPath.substr(0, slash);
    const std::string path = folder + "/" + r.samplesFile;
    auto file = std::make_unique<SamplesFile>(path);
    const SamplesHeader &h = file->header();
    auto refuse = [&](const std::string &why) {
        return SamplesFileError("the sample records '" + path + "' do not belong to the result '"
                                + resultPath + "': " + why);
    };
    if (h.runId != r.predictionsRunId)
        throw refuse("they were written by another run (run id '" + h.runId + "', the result's is '"
                     + r.predictionsRunId + "')");
    if (h.numSamples != r.dataset.numSamples)
        throw refuse("their sample counts differ");
    if (h.modelHashes.size() != r.models.size())
        throw refuse("they hold " + std::to_string(h.modelHashes.size()) + " models, the result "
                     + std::to_string(r.models.size()));
    for (size_t m = 0; m < r.models.size(); ++m)
        if (h.modelHashes[m] != r.models[m].sha256)
            throw refuse("model " + std::to_string(m) + " differs");
    return file;
}

} // namespace disteval
