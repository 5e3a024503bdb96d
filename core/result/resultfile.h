#pragma once

#include "comparison/pairedcomparison.h"
#include "metrics/calibration.h"
#include "metrics/confusionmatrix.h"
#include "metrics/curves.h"
#include "stats/wilson.h"
#include "tasks/task.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace disteval {

// The result file: what the engine writes, the app and users' scripts read. Its JSON
// form is documented in docs/RESULT_SCHEMA.md. NaN (undefined) values are written as
// JSON null and read back as NaN.

struct MetricValue
{
    MetricValue() = default;
    MetricValue(double v, Interval interval, std::string how, std::string reason = {})
        : value(v)
        , ci(interval)
        , method(std::move(how))
        , ciReason(std::move(reason))
    {}

    double value = 0;
    Interval ci;          // NaN bounds when there is no interval
    std::string method;   // "wilson", "bootstrap", "normal", "delong", "inversion" or "" (none)
    std::string ciReason; // why there is no interval (empty when there is one, or unknown)
};

struct PerClassResult
{
    int index = 0;
    std::string name;
    int64_t support = 0;
    int64_t predicted = 0;
    MetricValue precision;
    MetricValue recall;
    MetricValue f1;
    MetricValue auroc;
    // dense classification: Jaccard index; multi-label: binned average precision (NaN
    // with no method where the task has none)
    MetricValue iou;
    MetricValue averagePrecision;
};

// Regression with several targets: each target's metrics.
struct TargetResult
{
    int index = 0;
    std::string name;
    std::vector<std::pair<std::string, MetricValue>> metrics; // mae, mse, rmse, r2, ...
    const MetricValue *metric(const std::string &name) const;
};

struct ModelResult
{
    std::string path;
    std::string sha256;
    ConfusionMatrix confusion;
    std::vector<std::pair<std::string, MetricValue>> metrics; // in report order
    std::vector<PerClassResult> perClass;
    std::vector<ReliabilityBin> calibration;
    int64_t evaluatedSamples = 0;
    int64_t nonFiniteSamples = 0;
    int aurocBins = 0;
    double aurocErrorBound = 0;
    // dense classification: elements evaluated and left out by the ignore index
    int64_t evaluatedElements = 0;
    int64_t ignoredElements = 0;
    // multi-label: |binned - exact| bound of mean_average_precision
    double apErrorBound = 0;
    std::vector<TargetResult> perTarget; // regression (one entry per target)
    // Inference optimisation (--no-optimize turns it off): whether the frozen, optimised
    // module was used, and what the check on the probe batch found.
    bool optimizationAttempted = false;
    bool optimizationUsed = false;
    double optimizationMaxDifference = 0;
    int64_t optimizationPredictionsChanged = 0;
    std::string optimizationNote;
    // --metric: the user's metrics, by the names their compute() returns
    std::vector<std::pair<std::string, MetricValue>> customMetrics;
    // What the ROC, precision-recall, confidence and top-k curves are drawn from (schema
    // 4; empty in older files and where the task has none).
    ModelCurves curves;

    // nullptr when the model has no metric of that name (e.g. top5_accuracy for C < 5).
    const MetricValue *metric(const std::string &name) const;
};

struct RankInfo
{
    int rank = 0;
    int64_t first = 0;
    int64_t count = 0;
    double seconds = 0;
    std::string host;
    std::string device;
    int threads = 0; // intra-op threads the rank ran with (0: not recorded)
    int cpus = 0;    // CPUs the rank was allowed to run on (0: not recorded)
};

struct DatasetInfo
{
    std::string path;
    std::string format;
    int64_t numSamples = 0;
    int numClasses = 0;
    std::vector<std::string> classNames;
    std::vector<int64_t> sampleShape; // per sample, e.g. [1, 28, 28]
    std::vector<int64_t> labelShape;  // per sample: [] for one class, [H, W], [C], [T]
};

struct StatisticsInfo
{
    int bootstrapReplicates = 0;
    double confidence = 0.95;
    uint64_t seed = 0;
    std::string zeroDivision = "0";
};

struct ResultFile
{
    // 2: intervals may be null with a ci_reason; ece_debiased; new methods (bca, hall,
    // newcombe, bound, bonett-price); deltas carry their method. 3: tasks (task,
    // label_shape, dense, multi-label and regression fields; mcnemar optional). 4: the
    // curves' histograms (models[].curves), every classification task's per-class
    // average_precision. Older files are read by the same rules (every earlier field
    // kept its name and type).
    static constexpr int kSchemaVersion = 4;

    int schemaVersion = kSchemaVersion;
    std::string engineVersion;
    std::string created; // ISO 8601, UTC
    int worldSize = 1;
    Task task = Task::Classification;
    nlohmann::ordered_json config = nlohmann::ordered_json::object(); // every flag's value
    DatasetInfo dataset;
    StatisticsInfo statistics;
    std::vector<RankInfo> ranks;
    std::vector<ModelResult> models;
    // Paired comparisons of every pair of models of the run (a < b; deltas are b - a).
    std::vector<PairedComparison> comparisons;
    // The per-sample sidecar (--save-predictions): file name relative to the result
    // file's folder, and the dataset fingerprint it carries; both empty when none.
    std::string predictionsFile;
    std::string datasetFingerprint;
    std::string predictionsRunId; // the sidecar's run id (empty for version-1 sidecars)
    // The per-sample records (result/samplesfile.h), a file name beside the result, with
    // the run id above (which a run without a predictions sidecar also records); empty
    // when none.
    std::string samplesFile;
    std::vector<std::string> warnings;
};

class ResultFileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The metric names a classification model carries, in report order (top5_accuracy only
// for C >= 5); taskMetricNames(task) for every task.
const std::vector<std::string> &metricNames();

nlohmann::ordered_json toJson(const ResultFile &result);
std::string serializeResult(const ResultFile &result); // pretty-printed JSON + newline

// The largest result file readers accept (a run of 16 models at the 2048-class limit
// writes about 220 MiB); a larger one is refused before it is read. Reading takes about
// kParseMemoryFactor times the file's size (a JSON document, then the result), which is
// checked against the memory available first.
constexpr int64_t kMaxResultFileBytes = int64_t(256) << 20;
constexpr int64_t kParseMemoryFactor = 24;
// The most custom metric values a model may carry (every --metric's compute() together).
constexpr size_t kMaxCustomMetrics = 1024;

// Parses and validates; throws ResultFileError saying what is wrong (and where in the
// document) for malformed input, JSON nested deeper than kMaxJsonNesting, a wrong type,
// a missing field, inconsistent sizes, impossible values (see resultvalidation.h) or a
// schema version newer than this program understands.
ResultFile resultFromJson(const nlohmann::json &document);
ResultFile parseResult(const std::string &text);
// As parseResult; the message names the file. Only a regular file of at most
// kMaxResultFileBytes is read (a FIFO or /dev/zero is refused, never waited on).
ResultFile readResultFile(const std::string &path);

} // namespace disteval
