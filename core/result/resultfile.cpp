#include "result/resultfile.h"

#include <cmath>
#include <string>

namespace disteval {

using ojson = nlohmann::ordered_json;

namespace {
ojson number(double v)
{
    return std::isfinite(v) ? ojson(v) : ojson(nullptr);
}

ojson toJson(const MetricValue &m)
{
    ojson j = ojson::object();
    j["value"] = number(m.value);
    if (m.ci.defined())
        j["ci"] = ojson::array({number(m.ci.lower), number(m.ci.upper)});
    else
        j["ci"] = nullptr;
    j["method"] = m.method;
    if (!m.ciReason.empty())
        j["ci_reason"] = m.ciReason;
    return j;
}

ojson toJson(const DeltaValue &d)
{
    ojson j = ojson::object();
    j["value"] = number(d.value);
    if (d.ci.defined())
        j["ci"] = ojson::array({number(d.ci.lower), number(d.ci.upper)});
    else
        j["ci"] = nullptr;
    if (!d.method.empty())
        j["method"] = d.method;
    if (!d.ciReason.empty())
        j["ci_reason"] = d.ciReason;
    return j;
}

// A histogram as its non-empty bins: {"bins": [k, ...], "counts": [n_k, ...]}.
ojson sparse(const int64_t *counts, size_t size)
{
    ojson bins = ojson::array(), values = ojson::array();
    for (size_t k = 0; k < size; ++k)
        if (counts[k] != 0) {
            bins.push_back(k);
            values.push_back(counts[k]);
        }
    return {{"bins", bins}, {"counts", values}};
}

ojson curvesToJson(const ModelCurves &c)
{
    ojson j = ojson::object();
    if (c.hasScores()) {
        const RocHistogram &h = c.scores;
        ojson scores = ojson::object();
        scores["scale"] = "log_odds";
        scores["low"] = RocHistogram::kLow;
        scores["high"] = RocHistogram::kHigh;
        scores["bins"] = h.numBins;
        ojson classes = ojson::array();
        const size_t bins = static_cast<size_t>(h.numBins);
        for (size_t k = 0; k < static_cast<size_t>(h.numClasses); ++k)
            classes.push_back({{"positive", sparse(h.positive.data() + k * bins, bins)},
                               {"negative", sparse(h.negative.data() + k * bins, bins)}});
        scores["classes"] = classes;
        j["scores"] = scores;
    }
    if (c.hasConfidence())
        j["confidence"] = {{"bins", c.confidenceCorrect.size()},
                           {"correct", c.confidenceCorrect},
                           {"wrong", c.confidenceWrong}};
    if (!c.rankHits.empty())
        j["rank_hits"] = c.rankHits;
    return j;
}

} // namespace

const MetricValue *ModelResult::metric(const std::string &name) const
{
    for (const auto &entry : metrics)
        if (entry.first == name)
            return &entry.second;
    return nullptr;
}

const std::vector<std::string> &metricNames()
{
    return taskMetricNames(Task::Classification);
}

const MetricValue *TargetResult::metric(const std::string &name) const
{
    for (const auto &entry : metrics)
        if (entry.first == name)
            return &entry.second;
    return nullptr;
}

ojson toJson(const ResultFile &r)
{
    ojson j = ojson::object();
    j["schema_version"] = r.schemaVersion;
    j["engine_version"] = r.engineVersion;
    j["created"] = r.created;
    j["world_size"] = r.worldSize;
    j["task"] = taskName(r.task);
    j["config"] = r.config;

    ojson ds = ojson::object();
    ds["path"] = r.dataset.path;
    ds["format"] = r.dataset.format;
    ds["num_samples"] = r.dataset.numSamples;
    ds["num_classes"] = r.dataset.numClasses;
    ds["class_names"] = r.dataset.classNames;
    ds["sample_shape"] = r.dataset.sampleShape;
    ds["label_shape"] = r.dataset.labelShape;
    j["dataset"] = ds;

    ojson st = ojson::object();
    st["confidence"] = r.statistics.confidence;
    st["bootstrap_replicates"] = r.statistics.bootstrapReplicates;
    st["seed"] = r.statistics.seed;
    st["zero_division"] = r.statistics.zeroDivision;
    j["statistics"] = st;

    ojson ranks = ojson::array();
    for (const RankInfo &ri : r.ranks) {
        ojson e = ojson::object();
        e["rank"] = ri.rank;
        e["first"] = ri.first;
        e["count"] = ri.count;
        e["seconds"] = number(ri.seconds);
        e["host"] = ri.host;
        e["device"] = ri.device;
        e["threads"] = ri.threads;
        e["cpus"] = ri.cpus;
        ranks.push_back(e);
    }
    j["ranks"] = ranks;

    ojson models = ojson::array();
    for (const ModelResult &m : r.models) {
        ojson e = ojson::object();
        e["path"] = m.path;
        e["sha256"] = m.sha256;
        e["evaluated_samples"] = m.evaluatedSamples;
        e["non_finite_samples"] = m.nonFiniteSamples;
        const bool classes = r.task == Task::Classification || r.task == Task::DenseClassification;
        if (classes) {
            ojson cm = ojson::array();
            for (int i = 0; i < m.confusion.numClasses(); ++i) {
                ojson row = ojson::array();
                for (int k = 0; k < m.confusion.numClasses(); ++k)
                    row.push_back(m.confusion.at(i, k));
                cm.push_back(row);
            }
            e["confusion_matrix"] = cm;
        }
        if (r.task == Task::DenseClassification) {
            e["evaluated_elements"] = m.evaluatedElements;
            e["ignored_elements"] = m.ignoredElements;
        }
        if (r.task == Task::MultiLabel)
            e["ap_error_bound"] = number(m.apErrorBound);
        ojson metrics = ojson::object();
        for (const auto &entry : m.metrics)
            metrics[entry.first] = toJson(entry.second);
        e["metrics"] = metrics;
        if (m.optimizationAttempted) {
            ojson opt = ojson::object();
            opt["used"] = m.optimizationUsed;
            opt["max_abs_difference"] = number(m.optimizationMaxDifference);
            opt["predictions_changed"] = m.optimizationPredictionsChanged;
            if (!m.optimizationNote.empty())
                opt["note"] = m.optimizationNote;
            e["optimization"] = opt;
        }
        if (!m.customMetrics.empty()) {
            ojson custom = ojson::object();
            for (const auto &entry : m.customMetrics)
                custom[entry.first] = toJson(entry.second);
            e["custom_metrics"] = custom;
        }
        e["auroc_bins"] = m.aurocBins;
        e["auroc_error_bound"] = number(m.aurocErrorBound);
        ojson perClass = ojson::array();
        for (const PerClassResult &pc : m.perClass) {
            ojson c = ojson::object();
            c["index"] = pc.index;
            c["name"] = pc.name;
            c["support"] = pc.support;
            c["predicted"] = pc.predicted;
            c["precision"] = toJson(pc.precision);
            c["recall"] = toJson(pc.recall);
            c["f1"] = toJson(pc.f1);
            c["auroc"] = toJson(pc.auroc);
            if (r.task == Task::DenseClassification)
                c["iou"] = toJson(pc.iou);
            if (r.task != Task::Regression)
                c["average_precision"] = toJson(pc.averagePrecision);
            perClass.push_back(c);
        }
        e["per_class"] = perClass;
        if (r.task == Task::Regression) {
            ojson targets = ojson::array();
            for (const TargetResult &t : m.perTarget) {
                ojson te = ojson::object();
                te["index"] = t.index;
                te["name"] = t.name;
                for (const auto &entry : t.metrics)
                    te[entry.first] = toJson(entry.second);
                targets.push_back(te);
            }
            e["per_target"] = targets;
        }
        ojson calibration = ojson::array();
        for (const ReliabilityBin &b : m.calibration) {
            ojson c = ojson::object();
            c["lower"] = b.lower;
            c["upper"] = b.upper;
            c["count"] = b.count;
            c["accuracy"] = number(b.accuracy);
            c["confidence"] = number(b.meanConfidence);
            calibration.push_back(c);
        }
        e["calibration"] = calibration;
        if (!m.curves.empty())
            e["curves"] = curvesToJson(m.curves);
        models.push_back(e);
    }
    j["models"] = models;
    ojson comparisons = ojson::array();
    for (const PairedComparison &c : r.comparisons) {
        ojson e = ojson::object();
        e["a"] = c.a;
        e["b"] = c.b;
        if (c.hasMcnemar) {
            e["mcnemar"] = {{"b01", c.mcnemar.b01},
                            {"b10", c.mcnemar.b10},
                            {"p_exact", number(c.mcnemar.pExact)},
                            {"p_mid", number(c.mcnemar.pMid)}};
            e["both_correct"] = c.bothCorrect;
            e["both_wrong"] = c.bothWrong;
        }
        ojson delta = ojson::object();
        for (const auto &entry : c.delta)
            delta[entry.first] = toJson(entry.second);
        e["delta"] = delta;
        if (!c.customDelta.empty()) {
            ojson custom = ojson::object();
            for (const auto &entry : c.customDelta)
                custom[entry.first] = toJson(entry.second);
            e["custom_delta"] = custom;
        }
        ojson perClass = ojson::array();
        for (const DeltaValue &d : c.perClassDeltaF1)
            perClass.push_back(toJson(d));
        if (!c.perClassDeltaF1.empty() || r.task == Task::Classification)
            e["per_class_delta_f1"] = perClass;
        comparisons.push_back(e);
    }
    j["comparisons"] = comparisons;
    if (!r.predictionsFile.empty())
        j["predictions"] = {{"path", r.predictionsFile},
                            {"dataset_fingerprint", r.datasetFingerprint},
                            {"run_id", r.predictionsRunId}};
    if (!r.samplesFile.empty())
        j["samples"] = {{"path", r.samplesFile}, {"run_id", r.predictionsRunId}};
    j["warnings"] = r.warnings;
    return j;
}

namespace {
bool isScalar(const ojson &j)
{
    return !j.is_array() && !j.is_object();
}

// Indented JSON with every array of scalars on one line: a confusion matrix of C classes
// is then C lines of numbers instead of C^2 indented lines (several times the size).
void writeCompact(const ojson &j, int indent, std::string &out)
{
    const std::string pad(static_cast<size_t>(indent) * 2, ' ');
    const std::string inner(static_cast<size_t>(indent + 1) * 2, ' ');
    if (isScalar(j)) {
        out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    if (j.empty()) {
        out += j.is_array() ? "[]" : "{}";
        return;
    }
    if (j.is_array()) {
        bool flat = true;
        for (const ojson &e : j)
            flat = flat && isScalar(e);
        out += '[';
        bool first = true;
        for (const ojson &e : j) {
            out += first ? "" : ",";
            if (flat) {
                out += first ? "" : " ";
            } else {
                out += '\n';
                out += inner;
            }
            writeCompact(e, indent + 1, out);
            first = false;
        }
        if (!flat) {
            out += '\n';
            out += pad;
        }
        out += ']';
        return;
    }
    out += "{\n";
    bool first = true;
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (!first)
            out += ",\n";
        out += inner;
        out += ojson(it.key()).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out += ": ";
        writeCompact(it.value(), indent + 1, out);
        first = false;
    }
    out += '\n';
    out += pad;
    out += '}';
}
} // namespace

std::string serializeResult(const ResultFile &result)
{
    std::string out;
    writeCompact(toJson(result), 0, out);
    out += '\n';
    return out;
}

} // namespace disteval
