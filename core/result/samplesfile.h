#pragma once

#include "tasks/task.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace disteval {

// The per-sample records of a run (`--save-predictions`): for every sample and model a
// fixed-size binary record, in global sample order, so that any sample's record is at a
// known offset and each rank can write its own shard's records into the one file in
// parallel (nothing but the records' bytes moves between ranks, and only where the
// ranks do not share the output folder). docs/RESULT_SCHEMA.md, "Sample records".
//
// File layout: one line of JSON (the header, UTF-8, ending in '\n'), then N records of
// recordBytes() each, little-endian. A record is the sample part, then one model part
// per model in the result's order:
//   sample part: int32 present (1; 0 for a sample without a record, e.g. an image
//                skipped with --skip-bad-images), then by task
//     classification        int32 label
//     dense_classification  int32 0, int64 evaluated elements (not ignored)
//     multilabel            ceil(C/8) bytes: label k is bit k%8 of byte k/8
//     regression            float64 target[T]
//   model part, by task:
//     classification        int32 predicted class (-1: a logit not finite), float32
//                           cross-entropy (nats; NaN when not finite), int32 class[k],
//                           float32 probability[k] (the k most probable, descending,
//                           ties to the lower class), k = top_k
//     dense_classification  float32 accuracy of the sample's evaluated elements,
//                           float32 mean IoU over the classes in its labels or
//                           predictions (NaN when it has no evaluated element)
//     multilabel            ceil(C/8) bytes: the predicted set, as the labels
//     regression            float64 prediction[T]
// Header: {"format": "disteval-samples", "version": 1, "run_id": "16 hex digits",
//          "task": taskName, "num_samples": N, "num_units": C or T, "top_k": k,
//          "sample_bytes": ..., "model_bytes": ..., "dataset": {"path", "fingerprint"},
//          "models": [{"path", "sha256"}, ...]}
struct SamplesLayout
{
    Task task = Task::Classification;
    int units = 0; // classes (classification, dense), labels (multi-label), targets
    int topK = 0;  // classification only
    int models = 0;

    int64_t sampleBytes() const;
    int64_t modelBytes() const;
    int64_t recordBytes() const { return sampleBytes() + modelBytes() * models; }
    // The layout of a task's records; topK = min(5, classes) for classification.
    static SamplesLayout forTask(Task task, int units, int models);
};

struct SamplesHeader
{
    static constexpr int kVersion = 1;
    SamplesLayout layout;
    std::string runId;
    int64_t numSamples = 0;
    std::string datasetPath;
    std::string datasetFingerprint;
    std::vector<std::string> modelPaths;
    std::vector<std::string> modelHashes;
};

class SamplesFileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The header line, '\n' included.
std::string encodeSamplesHeader(const SamplesHeader &header);

// One sample's record, decoded.
struct SampleRecord
{
    struct Model
    {
        int32_t predicted = -1; // classification
        float loss = 0;
        std::vector<int32_t> topClasses;
        std::vector<float> topProbabilities;
        float accuracy = 0; // dense
        float iou = 0;
        std::vector<uint8_t> predictedSet; // multi-label: 0/1 per label
        std::vector<double> values;        // regression: prediction per target
    };
    int64_t index = 0;
    bool present = false;
    int32_t label = -1;            // classification
    int64_t evaluated = 0;         // dense
    std::vector<uint8_t> labelSet; // multi-label
    std::vector<double> targets;   // regression
    std::vector<Model> models;
};

// Writes and reads the fields of a record in place (`record` points at recordBytes()).
class SampleRecordCodec
{
public:
    explicit SampleRecordCodec(const SamplesLayout &layout)
        : m_layout(layout)
    {}
    const SamplesLayout &layout() const { return m_layout; }
    uint8_t *modelPart(uint8_t *record, int model) const
    {
        return record + m_layout.sampleBytes() + m_layout.modelBytes() * model;
    }
    const uint8_t *modelPart(const uint8_t *record, int model) const
    {
        return record + m_layout.sampleBytes() + m_layout.modelBytes() * model;
    }
    SampleRecord decode(const uint8_t *record, int64_t index) const;

private:
    SamplesLayout m_layout;
};

// Little-endian stores and loads of the record fields.
void storeInt32(uint8_t *p, int32_t v);
void storeInt64(uint8_t *p, int64_t v);
void storeFloat32(uint8_t *p, float v);
void storeFloat64(uint8_t *p, double v);
int32_t loadInt32(const uint8_t *p);
int64_t loadInt64(const uint8_t *p);
float loadFloat32(const uint8_t *p);
double loadFloat64(const uint8_t *p);

// A records file opened for reading; records are read on demand (a file of a million
// samples is not loaded whole). Throws SamplesFileError naming the path: not a regular
// file, not a samples file, a newer version, a header inconsistent with itself, or a
// size that is not the header's record count.
class SamplesFile
{
public:
    explicit SamplesFile(const std::string &path);
    ~SamplesFile();
    SamplesFile(const SamplesFile &) = delete;
    SamplesFile &operator=(const SamplesFile &) = delete;

    const SamplesHeader &header() const { return m_header; }
    const std::string &path() const { return m_path; }
    int64_t size() const { return m_header.numSamples; }
    SampleRecord record(int64_t index) const;
    // Reads records [first, first + count) raw into `out` (count * recordBytes bytes).
    void readRaw(int64_t first, int64_t count, std::vector<uint8_t> &out) const;
    // Calls visit(index, recordPointer) for every record, in order, reading in chunks.
    template<typename Visit>
    void forEach(Visit visit) const
    {
        const int64_t chunk = std::max<int64_t>(1, (int64_t(4) << 20) / recordBytes());
        std::vector<uint8_t> buffer;
        for (int64_t first = 0; first < size(); first += chunk) {
            const int64_t count = std::min(chunk, size() - first);
            readRaw(first, count, buffer);
            for (int64_t i = 0; i < count; ++i)
                visit(first + i, buffer.data() + i * recordBytes());
        }
    }
    int64_t recordBytes() const { return m_header.layout.recordBytes(); }
    SampleRecordCodec codec() const { return SampleRecordCodec(m_header.layout); }

private:
    std::string m_path;
    SamplesHeader m_header;
    int64_t m_dataOffset = 0;
    std::FILE *m_file = nullptr;
};

// Parses a header line (without the '\n'); `name` is the path messages give.
SamplesHeader parseSamplesHeader(const std::string &line, const std::string &name);

struct ResultFile;
// The records file a result names, opened and checked to be that run's (run id, models'
// SHA-256s, sample count). Throws SamplesFileError.
std::unique_ptr<SamplesFile> openSamplesOf(const ResultFile &result, const std::string &resultPath);

} // namespace disteval
