#include "result/resultfile.h"

#include "evaluation/limits.h"

#include "io/jsonguard.h"
#include "io/memoryinfo.h"
#include "io/regularfile.h"
#include "result/resultvalidation.h"

#include <algorithm>
#include <cmath>
#include <limits>

// Reading a result file: parsing with every accessor naming the place in the document
// it looks at, then checking that the values are possible (resultvalidation.h).

namespace disteval {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

[[noreturn]] void fail(const std::string &where, const std::string &what)
{
    throw ResultFileError(where + ": " + what);
}

const json &field(const json &obj, const std::string &where, const char *key)
{
    if (!obj.is_object())
        fail(where, "expected an object");
    auto it = obj.find(key);
    if (it == obj.end())
        fail(where, std::string("missing field '") + key + "'");
    return *it;
}

std::string str(const json &v, const std::string &where)
{
    if (!v.is_string())
        fail(where, "expected a string");
    return v.get<std::string>();
}

double real(const json &v, const std::string &where) // null means NaN (undefined)
{
    if (v.is_null())
        return kNaN;
    if (!v.is_number())
        fail(where, "expected a number or null");
    return v.get<double>();
}

int64_t integer(const json &v, const std::string &where, int64_t min = 0,
                int64_t max = std::numeric_limits<int64_t>::max())
{
    if (!v.is_number_integer())
        fail(where, "expected an integer");
    int64_t x;
    if (v.is_number_unsigned()) {
        const uint64_t u = v.get<uint64_t>();
        if (u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
            fail(where, "integer out of range");
        x = static_cast<int64_t>(u);
    } else {
        x = v.get<int64_t>();
    }
    if (x < min || x > max)
        fail(where, "value " + std::to_string(x) + " out of range [" + std::to_string(min) + ", "
                            + std::to_string(max) + "]");
    return x;
}

// The full uint64 range (the bootstrap seed), which integer() would cap at 2^63 - 1.
uint64_t unsignedInteger(const json &v, const std::string &where)
{
    if (!v.is_number_integer())
        fail(where, "expected an integer");
    if (!v.is_number_unsigned() && v.get<int64_t>() < 0)
        fail(where, "value " + std::to_string(v.get<int64_t>()) + " out of range [0, "
                            + std::to_string(std::numeric_limits<uint64_t>::max()) + "]");
    return v.get<uint64_t>();
}

const json &array(const json &v, const std::string &where)
{
    if (!v.is_array())
        fail(where, "expected an array");
    return v;
}

MetricValue metricFrom(const json &v, const std::string &where)
{
    MetricValue m;
    m.value = real(field(v, where, "value"), where + ".value");
    const json &ci = field(v, where, "ci");
    if (ci.is_null()) {
        m.ci = {kNaN, kNaN};
    } else {
        array(ci, where + ".ci");
        if (ci.size() != 2)
            fail(where + ".ci", "expected [lower, upper]");
        m.ci = {real(ci[0], where + ".ci[0]"), real(ci[1], where + ".ci[1]")};
    }
    if (v.contains("method"))
        m.method = str(v["method"], where + ".method");
    if (v.contains("ci_reason"))
        m.ciReason = str(v["ci_reason"], where + ".ci_reason");
    return m;
}

std::string indexed(const std::string &where, size_t i)
{
    return where + "[" + std::to_string(i) + "]";
}

// A sparse histogram {"bins": [k, ...], "counts": [n, ...]} into `out` (size = bins),
// bins strictly increasing, counts positive.
void sparseFrom(const json &v, const std::string &where, int64_t *out, size_t size)
{
    const json &bins = array(field(v, where, "bins"), where + ".bins");
    const json &counts = array(field(v, where, "counts"), where + ".counts");
    if (bins.size() != counts.size())
        fail(where, "bins and counts differ in length");
    int64_t previous = -1;
    for (size_t i = 0; i < bins.size(); ++i) {
        const int64_t k = integer(bins[i], indexed(where + ".bins", i), previous + 1,
                                  static_cast<int64_t>(size) - 1);
        out[k] = integer(counts[i], indexed(where + ".counts", i), 1);
        previous = k;
    }
}

std::vector<int64_t> countsFrom(const json &v, const std::string &where, size_t expected)
{
    const json &a = array(v, where);
    if (a.size() != expected)
        fail(where, "expected " + std::to_string(expected) + " counts");
    std::vector<int64_t> out;
    for (size_t i = 0; i < a.size(); ++i)
        out.push_back(integer(a[i], indexed(where, i)));
    return out;
}

ModelCurves curvesFrom(const json &v, const std::string &where, int classes)
{
    ModelCurves c;
    if (!v.is_object())
        fail(where, "expected an object");
    if (v.contains("scores")) {
        const std::string sw = where + ".scores";
        const json &s = v["scores"];
        if (str(field(s, sw, "scale"), sw + ".scale") != "log_odds"
            || real(field(s, sw, "low"), sw + ".low") != RocHistogram::kLow
            || real(field(s, sw, "high"), sw + ".high") != RocHistogram::kHigh)
            fail(sw, "expected log-odds scores in bins from -20 to 20");
        const int bins = static_cast<int>(integer(field(s, sw, "bins"), sw + ".bins", 2, 1 << 16));
        if (int64_t(bins) * classes > ModelCurves::kMaxScoreCells)
            fail(sw, std::to_string(classes) + " classes of " + std::to_string(bins)
                             + " bins are more than " + std::to_string(ModelCurves::kMaxScoreCells)
                             + " cells");
        const json &list = array(field(s, sw, "classes"), sw + ".classes");
        if (list.size() != static_cast<size_t>(classes))
            fail(sw + ".classes", "expected " + std::to_string(classes) + " entries");
        c.scores = RocHistogram(classes, bins);
        for (size_t k = 0; k < list.size(); ++k) {
            const std::string cw = indexed(sw + ".classes", k);
            const size_t base = k * static_cast<size_t>(bins);
            sparseFrom(field(list[k], cw, "positive"), cw + ".positive",
                       c.scores.positive.data() + base, static_cast<size_t>(bins));
            sparseFrom(field(list[k], cw, "negative"), cw + ".negative",
                       c.scores.negative.data() + base, static_cast<size_t>(bins));
        }
    }
    if (v.contains("confidence")) {
        const std::string cw = where + ".confidence";
        const json &s = v["confidence"];
        const size_t bins = static_cast<size_t>(CalibrationHistogram::kFineBins);
        if (integer(field(s, cw, "bins"), cw + ".bins") != static_cast<int64_t>(bins))
            fail(cw + ".bins", "expected " + std::to_string(bins));
        c.confidenceCorrect = countsFrom(field(s, cw, "correct"), cw + ".correct", bins);
        c.confidenceWrong = countsFrom(field(s, cw, "wrong"), cw + ".wrong", bins);
    }
    if (v.contains("rank_hits")) {
        const size_t ranks
                = static_cast<size_t>(std::min(classes, static_cast<int>(ModelCurves::kMaxRank)));
        c.rankHits = countsFrom(v["rank_hits"], where + ".rank_hits", ranks);
    }
    return c;
}
} // namespace

ResultFile resultFromJson(const json &doc)
{
    ResultFile r;
    const std::string root = "result";
    if (!doc.is_object())
        fail(root, "expected a JSON object");
    r.schemaVersion = static_cast<int>(
            integer(field(doc, root, "schema_version"), "schema_version", 1, 1000000));
    if (r.schemaVersion > ResultFile::kSchemaVersion)
        throw ResultFileError("schema version " + std::to_string(r.schemaVersion)
                              + " is newer than this program understands (up to "
                              + std::to_string(ResultFile::kSchemaVersion)
                              + "); use a newer disteval");
    r.engineVersion = str(field(doc, root, "engine_version"), "engine_version");
    r.created = str(field(doc, root, "created"), "created");
    r.worldSize = static_cast<int>(integer(field(doc, root, "world_size"), "world_size", 1,
                                           std::numeric_limits<int>::max()));
    if (doc.contains("task")) {
        const std::string task = str(doc["task"], "task");
        if (!parseTask(task, r.task))
            fail("task", "unknown task '" + task + "'");
    }
    const bool classes = r.task == Task::Classification || r.task == Task::DenseClassification;
    if (doc.contains("config")) {
        if (!doc["config"].is_object())
            fail("config", "expected an object");
        r.config = ojson::parse(doc["config"].dump());
    }

    const json &ds = field(doc, root, "dataset");
    r.dataset.path = str(field(ds, "dataset", "path"), "dataset.path");
    r.dataset.format = str(field(ds, "dataset", "format"), "dataset.format");
    r.dataset.numSamples = integer(field(ds, "dataset", "num_samples"), "dataset.num_samples");
    r.dataset.numClasses = static_cast<int>(
            integer(field(ds, "dataset", "num_classes"), "dataset.num_classes", 1, kMaxClasses));
    const json &names = array(field(ds, "dataset", "class_names"), "dataset.class_names");
    if (names.size() != static_cast<size_t>(r.dataset.numClasses))
        fail("dataset.class_names", "expected " + std::to_string(r.dataset.numClasses) + " names");
    for (size_t i = 0; i < names.size(); ++i)
        r.dataset.classNames.push_back(str(names[i], indexed("dataset.class_names", i)));
    if (ds.contains("sample_shape")) {
        const json &shape = array(ds["sample_shape"], "dataset.sample_shape");
        for (size_t i = 0; i < shape.size(); ++i)
            r.dataset.sampleShape.push_back(integer(shape[i], indexed("dataset.sample_shape", i)));
    }
    if (ds.contains("label_shape")) {
        const json &shape = array(ds["label_shape"], "dataset.label_shape");
        if (shape.size() > 8)
            fail("dataset.label_shape", "more than 8 dimensions");
        for (size_t i = 0; i < shape.size(); ++i)
            r.dataset.labelShape.push_back(integer(shape[i], indexed("dataset.label_shape", i)));
    }

    if (doc.contains("statistics")) {
        const json &st = doc["statistics"];
        r.statistics.confidence
                = real(field(st, "statistics", "confidence"), "statistics.confidence");
        r.statistics.bootstrapReplicates = static_cast<int>(
                integer(field(st, "statistics", "bootstrap_replicates"),
                        "statistics.bootstrap_replicates", 0, std::numeric_limits<int>::max()));
        r.statistics.seed = unsignedInteger(field(st, "statistics", "seed"), "statistics.seed");
        r.statistics.zeroDivision
                = str(field(st, "statistics", "zero_division"), "statistics.zero_division");
    }

    const json &ranks = array(field(doc, root, "ranks"), "ranks");
    for (size_t i = 0; i < ranks.size(); ++i) {
        const std::string w = indexed("ranks", i);
        RankInfo ri;
        ri.rank = static_cast<int>(integer(field(ranks[i], w, "rank"), w + ".rank", 0,
                                           std::numeric_limits<int>::max()));
        ri.first = integer(field(ranks[i], w, "first"), w + ".first");
        ri.count = integer(field(ranks[i], w, "count"), w + ".count");
        ri.seconds = real(field(ranks[i], w, "seconds"), w + ".seconds");
        if (ranks[i].contains("host"))
            ri.host = str(ranks[i]["host"], w + ".host");
        if (ranks[i].contains("device"))
            ri.device = str(ranks[i]["device"], w + ".device");
        if (ranks[i].contains("threads"))
            ri.threads = static_cast<int>(integer(ranks[i]["threads"], w + ".threads", 0, 1 << 20));
        if (ranks[i].contains("cpus"))
            ri.cpus = static_cast<int>(integer(ranks[i]["cpus"], w + ".cpus", 0, 1 << 20));
        r.ranks.push_back(ri);
    }

    const json &models = array(field(doc, root, "models"), "models");
    if (models.empty())
        fail("models", "no model in the result");
    const int c = r.dataset.numClasses;
    for (size_t mi = 0; mi < models.size(); ++mi) {
        const std::string w = indexed("models", mi);
        const json &mj = models[mi];
        ModelResult m;
        m.path = str(field(mj, w, "path"), w + ".path");
        m.sha256 = str(field(mj, w, "sha256"), w + ".sha256");
        if (mj.contains("evaluated_samples"))
            m.evaluatedSamples = integer(mj["evaluated_samples"], w + ".evaluated_samples");
        if (mj.contains("non_finite_samples"))
            m.nonFiniteSamples = integer(mj["non_finite_samples"], w + ".non_finite_samples");
        if (classes) {
            const json &cm = array(field(mj, w, "confusion_matrix"), w + ".confusion_matrix");
            if (cm.size() != static_cast<size_t>(c))
                fail(w + ".confusion_matrix", "expected " + std::to_string(c) + " rows");
            // Every row's size is checked before C^2 counts are reserved: a file claiming
            // 10^6 classes with empty rows must be refused, not allocate terabytes.
            for (size_t i = 0; i < cm.size(); ++i) {
                const std::string rw = indexed(w + ".confusion_matrix", i);
                if (array(cm[i], rw).size() != static_cast<size_t>(c))
                    fail(rw, "expected " + std::to_string(c) + " columns");
            }
            std::vector<int64_t> counts;
            counts.reserve(static_cast<size_t>(c) * c);
            for (size_t i = 0; i < cm.size(); ++i) {
                const std::string rw = indexed(w + ".confusion_matrix", i);
                for (size_t k = 0; k < cm[i].size(); ++k)
                    counts.push_back(integer(cm[i][k], indexed(rw, k)));
            }
            m.confusion = ConfusionMatrix(c, std::move(counts));
        }
        if (mj.contains("evaluated_elements"))
            m.evaluatedElements = integer(mj["evaluated_elements"], w + ".evaluated_elements");
        if (mj.contains("ignored_elements"))
            m.ignoredElements = integer(mj["ignored_elements"], w + ".ignored_elements");
        if (mj.contains("ap_error_bound"))
            m.apErrorBound = real(mj["ap_error_bound"], w + ".ap_error_bound");

        const json &metrics = field(mj, w, "metrics");
        if (!metrics.is_object())
            fail(w + ".metrics", "expected an object");
        for (const std::string &name : taskMetricNames(r.task)) {
            if (metrics.contains(name))
                m.metrics.emplace_back(name, metricFrom(metrics[name], w + ".metrics." + name));
        }
        const std::vector<const char *> required
                = r.task == Task::Regression   ? std::vector<const char *>{"mae", "r2"}
                  : r.task == Task::MultiLabel ? std::vector<const char *>{"micro_f1", "macro_f1"}
                                               : std::vector<const char *>{"accuracy", "macro_f1"};
        for (const char *name : required)
            if (!m.metric(name))
                fail(w + ".metrics", std::string("missing metric '") + name + "'");
        if (mj.contains("optimization")) {
            const json &opt = mj["optimization"];
            const std::string ow = w + ".optimization";
            m.optimizationAttempted = true;
            const json &used = field(opt, ow, "used");
            if (!used.is_boolean())
                fail(ow + ".used", "expected true or false");
            m.optimizationUsed = used.get<bool>();
            if (opt.contains("max_abs_difference"))
                m.optimizationMaxDifference
                        = real(opt["max_abs_difference"], ow + ".max_abs_difference");
            if (opt.contains("predictions_changed"))
                m.optimizationPredictionsChanged
                        = integer(opt["predictions_changed"], ow + ".predictions_changed");
            if (opt.contains("note"))
                m.optimizationNote = str(opt["note"], ow + ".note");
        }
        if (mj.contains("custom_metrics")) {
            const json &custom = mj["custom_metrics"];
            if (!custom.is_object())
                fail(w + ".custom_metrics", "expected an object");
            if (custom.size() > kMaxCustomMetrics)
                fail(w + ".custom_metrics",
                     "more than " + std::to_string(kMaxCustomMetrics) + " metrics");
            for (const auto &[name, value] : custom.items())
                m.customMetrics.emplace_back(name,
                                             metricFrom(value, w + ".custom_metrics." + name));
        }
        if (mj.contains("auroc_bins"))
            m.aurocBins
                    = static_cast<int>(integer(mj["auroc_bins"], w + ".auroc_bins", 0, 1 << 24));
        if (mj.contains("auroc_error_bound"))
            m.aurocErrorBound = real(mj["auroc_error_bound"], w + ".auroc_error_bound");

        const json &perClass = array(field(mj, w, "per_class"), w + ".per_class");
        if (r.task == Task::Regression ? !perClass.empty()
                                       : perClass.size() != static_cast<size_t>(c))
            fail(w + ".per_class", "expected " + std::to_string(c) + " entries");
        for (size_t i = 0; i < perClass.size(); ++i) {
            const std::string pw = indexed(w + ".per_class", i);
            const json &pj = perClass[i];
            PerClassResult pc;
            pc.index = static_cast<int>(integer(field(pj, pw, "index"), pw + ".index", 0, c - 1));
            pc.name = str(field(pj, pw, "name"), pw + ".name");
            pc.support = integer(field(pj, pw, "support"), pw + ".support");
            if (pj.contains("predicted"))
                pc.predicted = integer(pj["predicted"], pw + ".predicted");
            pc.precision = metricFrom(field(pj, pw, "precision"), pw + ".precision");
            pc.recall = metricFrom(field(pj, pw, "recall"), pw + ".recall");
            pc.f1 = metricFrom(field(pj, pw, "f1"), pw + ".f1");
            if (pj.contains("auroc"))
                pc.auroc = metricFrom(pj["auroc"], pw + ".auroc");
            else
                pc.auroc = {kNaN, {kNaN, kNaN}, "", {}};
            pc.iou = pj.contains("iou") ? metricFrom(pj["iou"], pw + ".iou")
                                        : MetricValue{kNaN, {kNaN, kNaN}, "", {}};
            pc.averagePrecision
                    = pj.contains("average_precision")
                              ? metricFrom(pj["average_precision"], pw + ".average_precision")
                              : MetricValue{kNaN, {kNaN, kNaN}, "", {}};
            m.perClass.push_back(pc);
        }
        if (r.task == Task::Regression) {
            const json &targets = array(field(mj, w, "per_target"), w + ".per_target");
            if (targets.size() != static_cast<size_t>(c))
                fail(w + ".per_target", "expected " + std::to_string(c) + " entries");
            for (size_t i = 0; i < targets.size(); ++i) {
                const std::string tw = indexed(w + ".per_target", i);
                const json &tj = targets[i];
                TargetResult t;
                t.index = static_cast<int>(
                        integer(field(tj, tw, "index"), tw + ".index", 0, c - 1));
                t.name = str(field(tj, tw, "name"), tw + ".name");
                for (const std::string &name : taskMetricNames(Task::Regression))
                    if (tj.contains(name))
                        t.metrics.emplace_back(name, metricFrom(tj[name], tw + "." + name));
                m.perTarget.push_back(std::move(t));
            }
        }
        if (mj.contains("calibration")) {
            const json &cal = array(mj["calibration"], w + ".calibration");
            for (size_t i = 0; i < cal.size(); ++i) {
                const std::string cw = indexed(w + ".calibration", i);
                ReliabilityBin b;
                b.lower = real(field(cal[i], cw, "lower"), cw + ".lower");
                b.upper = real(field(cal[i], cw, "upper"), cw + ".upper");
                b.count = integer(field(cal[i], cw, "count"), cw + ".count");
                b.accuracy = real(field(cal[i], cw, "accuracy"), cw + ".accuracy");
                b.meanConfidence = real(field(cal[i], cw, "confidence"), cw + ".confidence");
                m.calibration.push_back(b);
            }
        }
        if (mj.contains("curves") && r.task != Task::Regression)
            m.curves = curvesFrom(mj["curves"], w + ".curves", c);
        r.models.push_back(std::move(m));
    }
    if (doc.contains("comparisons")) {
        const json &comparisons = array(doc["comparisons"], "comparisons");
        const int64_t lastModel = static_cast<int64_t>(r.models.size()) - 1;
        for (size_t i = 0; i < comparisons.size(); ++i) {
            const std::string w = indexed("comparisons", i);
            const json &cj = comparisons[i];
            PairedComparison pc;
            pc.a = static_cast<int>(integer(field(cj, w, "a"), w + ".a", 0, lastModel));
            pc.b = static_cast<int>(integer(field(cj, w, "b"), w + ".b", 0, lastModel));
            pc.hasMcnemar = r.task == Task::Classification || cj.contains("mcnemar");
            if (pc.hasMcnemar) {
                const json &mc = field(cj, w, "mcnemar");
                pc.mcnemar.b01 = integer(field(mc, w + ".mcnemar", "b01"), w + ".mcnemar.b01");
                pc.mcnemar.b10 = integer(field(mc, w + ".mcnemar", "b10"), w + ".mcnemar.b10");
                pc.mcnemar.pExact
                        = real(field(mc, w + ".mcnemar", "p_exact"), w + ".mcnemar.p_exact");
                pc.mcnemar.pMid = real(field(mc, w + ".mcnemar", "p_mid"), w + ".mcnemar.p_mid");
            }
            if (cj.contains("both_correct"))
                pc.bothCorrect = integer(cj["both_correct"], w + ".both_correct");
            if (cj.contains("both_wrong"))
                pc.bothWrong = integer(cj["both_wrong"], w + ".both_wrong");
            const json &delta = field(cj, w, "delta");
            if (!delta.is_object())
                fail(w + ".delta", "expected an object");
            for (const std::string &name : taskComparedMetricNames(r.task)) {
                if (!delta.contains(name))
                    continue;
                const MetricValue m = metricFrom(delta[name], w + ".delta." + name);
                pc.delta.emplace_back(name, DeltaValue{m.value, m.ci, m.method, m.ciReason});
            }
            if (cj.contains("custom_delta")) {
                const json &custom = cj["custom_delta"];
                if (!custom.is_object())
                    fail(w + ".custom_delta", "expected an object");
                if (custom.size() > kMaxCustomMetrics)
                    fail(w + ".custom_delta",
                         "more than " + std::to_string(kMaxCustomMetrics) + " metrics");
                for (const auto &[name, value] : custom.items()) {
                    const MetricValue m = metricFrom(value, w + ".custom_delta." + name);
                    pc.customDelta.emplace_back(name,
                                                DeltaValue{m.value, m.ci, m.method, m.ciReason});
                }
            }
            const json &perClass
                    = cj.contains("per_class_delta_f1") || r.task == Task::Classification
                              ? array(field(cj, w, "per_class_delta_f1"), w + ".per_class_delta_f1")
                              : json::array();
            if (!perClass.empty() && perClass.size() != static_cast<size_t>(c))
                fail(w + ".per_class_delta_f1", "expected " + std::to_string(c) + " entries");
            for (size_t k = 0; k < perClass.size(); ++k) {
                const MetricValue m
                        = metricFrom(perClass[k], indexed(w + ".per_class_delta_f1", k));
                pc.perClassDeltaF1.push_back({m.value, m.ci, m.method, m.ciReason});
            }
            r.comparisons.push_back(std::move(pc));
        }
    }
    if (doc.contains("predictions")) {
        const json &p = doc["predictions"];
        r.predictionsFile = str(field(p, "predictions", "path"), "predictions.path");
        r.datasetFingerprint = str(field(p, "predictions", "dataset_fingerprint"),
                                   "predictions.dataset_fingerprint");
        if (p.contains("run_id"))
            r.predictionsRunId = str(p["run_id"], "predictions.run_id");
        // The sidecar's name is a file name beside the result, never a path elsewhere.
        if (r.predictionsFile.empty() || r.predictionsFile.find('/') != std::string::npos
            || r.predictionsFile == "." || r.predictionsFile == "..")
            fail("predictions.path", "must be a file name in the result's folder");
    }
    if (doc.contains("samples")) {
        const json &p = doc["samples"];
        r.samplesFile = str(field(p, "samples", "path"), "samples.path");
        const std::string runId = str(field(p, "samples", "run_id"), "samples.run_id");
        if (!r.predictionsFile.empty() && runId != r.predictionsRunId)
            fail("samples.run_id", "differs from predictions.run_id");
        r.predictionsRunId = runId;
        if (r.samplesFile.empty() || r.samplesFile.find('/') != std::string::npos
            || r.samplesFile == "." || r.samplesFile == "..")
            fail("samples.path", "must be a file name in the result's folder");
    }
    if (doc.contains("warnings")) {
        const json &warnings = array(doc["warnings"], "warnings");
        for (size_t i = 0; i < warnings.size(); ++i)
            r.warnings.push_back(str(warnings[i], indexed("warnings", i)));
    }
    validateResultValues(r);
    return r;
}

ResultFile parseResult(const std::string &text)
{
    // A recursive parser needs a stack frame per level: refuse deep nesting first.
    const int depth = jsonNestingDepth(text.data(), text.size());
    if (depth > kMaxJsonNesting)
        throw ResultFileError("not a result file: JSON nested " + std::to_string(depth)
                              + " levels deep (at most " + std::to_string(kMaxJsonNesting) + ")");
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::exception &e) {
        // parse_error, and out_of_range for a number too large for a double (1E400),
        // which the fuzzer found escaping as a non-ResultFileError.
        throw ResultFileError(std::string("not valid JSON: ") + e.what());
    }
    return resultFromJson(doc);
}

ResultFile readResultFile(const std::string &path)
{
    std::string text;
    try {
        text = readRegularFile(path, kMaxResultFileBytes, "result file");
    } catch (const FileReadError &e) {
        throw ResultFileError(e.what());
    }
    // Parsed into a document first, which takes many times the text's size.
    if (!fitsInMemory(static_cast<int64_t>(text.size()) * kParseMemoryFactor))
        throw ResultFileError("result file '" + path + "' (" + std::to_string(text.size() >> 20)
                              + " MiB) needs about " + std::to_string(kParseMemoryFactor)
                              + " times its size in memory to read, more than is available");
    try {
        return parseResult(text);
    } catch (const ResultFileError &e) {
        throw ResultFileError("result file '" + path + "': " + e.what());
    } catch (const std::bad_alloc &) {
        throw ResultFileError("result file '" + path + "' (" + std::to_string(text.size() >> 20)
                              + " MiB) needs more memory than is available to read");
    }
}

} // namespace disteval
