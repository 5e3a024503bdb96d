#include "tasks/tasksummary.h"

#include "evaluation/modelsummary.h"
#include "metrics/averageprecision.h"
#include "stats/quantile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace disteval {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const char *const kMethod = "poisson-bootstrap";

MetricValue withoutInterval(double value, std::string reason)
{
    return {value, {kNaN, kNaN}, "", std::move(reason)};
}

std::string tooFewSamples(int64_t samples, int64_t minimum)
{
    return "fewer than " + std::to_string(minimum) + " samples (" + std::to_string(samples)
           + "): a bootstrap interval would not cover";
}

MetricValue fromReplicates(double value, std::vector<double> &replicates, double confidence,
                           const std::string &smallReason)
{
    if (!smallReason.empty())
        return withoutInterval(value, smallReason);
    if (std::isnan(value))
        return withoutInterval(value, "the metric is undefined on these samples");
    const size_t defined = static_cast<size_t>(std::count_if(
            replicates.begin(), replicates.end(), [](double v) { return !std::isnan(v); }));
    if (defined < replicates.size() / 2 + 1)
        return withoutInterval(value, "the metric is undefined in most bootstrap replicates");
    const Interval ci = percentileInterval(replicates, confidence);
    return {value, ci, kMethod, {}};
}
} // namespace

TaskEstimates estimateTask(const TaskLayout &layout, const ReplicateTable &table, int64_t samples,
                           double confidence, ZeroDivision zd, const LabelSet *labels)
{
    TaskEstimates e;
    layout.values(table, 0, zd, labels, e.point);
    const int b = table.replicates();
    const size_t ns = layout.scalarNames().size();
    const size_t nu = layout.unitNames().size();
    const size_t units = static_cast<size_t>(layout.units());
    std::vector<std::vector<double>> scalars(ns, std::vector<double>(static_cast<size_t>(b)));
    std::vector<std::vector<double>> unitValues(nu * units,
                                                std::vector<double>(static_cast<size_t>(b)));
    TaskLayout::Values v;
    for (int r = 1; r <= b; ++r) {
        layout.values(table, r, zd, labels, v);
        for (size_t s = 0; s < ns; ++s)
            scalars[s][static_cast<size_t>(r - 1)] = v.scalars[s];
        for (size_t m = 0; m < nu; ++m)
            for (size_t u = 0; u < units; ++u)
                unitValues[m * units + u][static_cast<size_t>(r - 1)] = v.units[m][u];
    }
    auto small = [&](const std::string &metric) {
        const int64_t minimum = layout.minimumSamples(metric);
        if (samples < minimum)
            return tooFewSamples(samples, minimum);
        return b == 0 ? std::string("no bootstrap replicates (--bootstrap 0)") : std::string();
    };
    for (size_t s = 0; s < ns; ++s)
        e.scalars.push_back(fromReplicates(e.point.scalars[s], scalars[s], confidence,
                                           small(layout.scalarNames()[s])));
    e.units.resize(nu);
    for (size_t m = 0; m < nu; ++m)
        for (size_t u = 0; u < units; ++u)
            e.units[m].push_back(fromReplicates(e.point.units[m][u], unitValues[m * units + u],
                                                confidence, small(layout.unitNames()[m])));
    return e;
}

std::vector<std::pair<std::string, DeltaValue>>
pairedTaskDeltas(const TaskLayout &layout, const ReplicateTable &a, const ReplicateTable &b,
                 int64_t samples, double confidence, ZeroDivision zd, const LabelSet *labels)
{
    const std::vector<std::string> &names = layout.scalarNames();
    std::vector<size_t> columns;
    std::vector<std::string> compared;
    for (const std::string &name : taskComparedMetricNames(layout.task())) {
        const auto it = std::find(names.begin(), names.end(), name);
        if (it != names.end()) {
            columns.push_back(static_cast<size_t>(it - names.begin()));
            compared.push_back(name);
        }
    }
    TaskLayout::Values va, vb;
    layout.values(a, 0, zd, labels, va);
    layout.values(b, 0, zd, labels, vb);
    const int replicates = std::min(a.replicates(), b.replicates());
    std::vector<std::vector<double>> deltas(columns.size(),
                                            std::vector<double>(static_cast<size_t>(replicates)));
    for (int r = 1; r <= replicates; ++r) {
        layout.values(a, r, zd, labels, va);
        layout.values(b, r, zd, labels, vb);
        for (size_t k = 0; k < columns.size(); ++k)
            deltas[k][static_cast<size_t>(r - 1)] = vb.scalars[columns[k]] - va.scalars[columns[k]];
    }
    layout.values(a, 0, zd, labels, va);
    layout.values(b, 0, zd, labels, vb);
    const std::string small = samples < kMinPairedBootstrapSamples
                                      ? tooFewSamples(samples, kMinPairedBootstrapSamples)
                              : replicates == 0
                                      ? std::string("no bootstrap replicates (--bootstrap 0)")
                                      : std::string();
    std::vector<std::pair<std::string, DeltaValue>> out;
    for (size_t k = 0; k < columns.size(); ++k) {
        const double value = vb.scalars[columns[k]] - va.scalars[columns[k]];
        const MetricValue m = fromReplicates(value, deltas[k], confidence, small);
        out.emplace_back(compared[k], DeltaValue{m.value, m.ci, m.method, m.ciReason});
    }
    return out;
}

namespace {
void setMetric(std::vector<std::pair<std::string, MetricValue>> &metrics, const std::string &name,
               const MetricValue &value)
{
    for (auto &entry : metrics)
        if (entry.first == name) {
            entry.second = value;
            return;
        }
    metrics.emplace_back(name, value);
}

// Orders the metrics as taskMetricNames(task) lists them.
void order(std::vector<std::pair<std::string, MetricValue>> &metrics, Task task)
{
    const std::vector<std::string> &names = taskMetricNames(task);
    auto rank = [&](const std::string &n) {
        return std::find(names.begin(), names.end(), n) - names.begin();
    };
    std::stable_sort(metrics.begin(), metrics.end(),
                     [&](const auto &x, const auto &y) { return rank(x.first) < rank(y.first); });
}
} // namespace

void applyDenseEstimates(ModelResult &mr, const TaskLayout &layout, const TaskEstimates &e)
{
    const std::vector<std::string> &names = layout.scalarNames();
    for (size_t s = 0; s < names.size(); ++s) {
        const MetricValue *existing = mr.metric(names[s]);
        if (!existing && names[s] == "top5_accuracy")
            continue; // fewer than 5 classes
        MetricValue v = e.scalars[s];
        if (existing && names[s] != "mean_iou" && names[s] != "fw_iou" && names[s] != "mean_dice")
            v.value = existing->value; // the element-level point value, computed as today
        setMetric(mr.metrics, names[s], v);
    }
    const std::string elementReason
            = "elements of one sample are not independent, and this metric has no "
              "sample-level interval";
    for (auto &entry : mr.metrics)
        if (std::find(names.begin(), names.end(), entry.first) == names.end())
            entry.second = withoutInterval(entry.second.value, elementReason);
    for (PerClassResult &pc : mr.perClass) {
        const size_t c = static_cast<size_t>(pc.index);
        MetricValue precision = e.units[0][c], recall = e.units[1][c], f1 = e.units[2][c];
        precision.value = pc.precision.value;
        recall.value = pc.recall.value;
        f1.value = pc.f1.value;
        pc.precision = precision;
        pc.recall = recall;
        pc.f1 = f1;
        pc.iou = e.units[3][c];
        pc.auroc = withoutInterval(pc.auroc.value, elementReason);
        pc.averagePrecision = withoutInterval(pc.averagePrecision.value, elementReason);
    }
    order(mr.metrics, Task::DenseClassification);
}

ModelResult summariseMultiLabel(const TaskLayout &layout, const ReplicateTable &table,
                                const RocHistogram &roc, const std::vector<std::string> &names,
                                double confidence, ZeroDivision zd)
{
    ModelResult mr;
    const int64_t samples = layout.samples(table, 0);
    TaskEstimates e = estimateTask(layout, table, samples, confidence, zd);
    // Averages over labels with few positives or predictions under-cover, as averages
    // over small classes do (macro_f1 0.90 at 30 samples with a 10 % label): the same
    // rule as classification's (kMinClassSamples).
    const ClassTotals totals = layout.classTotals(table, 0);
    LabelSet every;
    every.averaged.assign(static_cast<size_t>(layout.units()), 1);
    every.supported = every.averaged;
    auto asLabel = [](std::string reason) {
        if (reason.rfind("class ", 0) == 0)
            reason.replace(0, 6, "label ");
        return reason;
    };
    const std::string involved = asLabel(smallClassReason(totals, every, ClassCount::Involved));
    const std::string predictedReason
            = asLabel(smallClassReason(totals, every, ClassCount::Predicted));
    const std::string supportReason = asLabel(smallClassReason(totals, every, ClassCount::Support));
    for (size_t s = 0; s < layout.scalarNames().size(); ++s) {
        const std::string &name = layout.scalarNames()[s];
        const std::string &reason = name == "macro_precision"                     ? predictedReason
                                    : name == "macro_recall"                      ? supportReason
                                    : name == "macro_f1" || name == "weighted_f1" ? involved
                                                                                  : std::string();
        if (!reason.empty() && e.scalars[s].ci.defined())
            e.scalars[s] = withoutInterval(e.scalars[s].value, reason);
        mr.metrics.emplace_back(name, e.scalars[s]);
    }
    mr.evaluatedSamples = samples;
    mr.aurocBins = roc.numBins;
    double apSum = 0, apLow = 0, apHigh = 0, aucSum = 0, aucBound = 0;
    int apCount = 0, aucCount = 0;
    const int64_t *c = table.countRow(0);
    const int u = layout.units();
    for (int k = 0; k < u; ++k) {
        PerClassResult pc;
        pc.index = k;
        pc.name = names[static_cast<size_t>(k)];
        pc.support = c[u + k];
        pc.predicted = c[2 * u + k];
        // Per label every sample is one binary outcome: Wilson intervals, as per class.
        const int64_t tp = c[k];
        auto wilson = [&](double value, Interval ci, const char *reason) {
            return ci.defined() ? MetricValue(value, ci, "wilson") : withoutInterval(value, reason);
        };
        pc.precision = wilson(e.units[0][static_cast<size_t>(k)].value,
                              wilsonInterval(tp, pc.predicted, confidence),
                              "the label is never predicted");
        pc.recall = wilson(e.units[1][static_cast<size_t>(k)].value,
                           wilsonInterval(tp, pc.support, confidence),
                           "the label has no positive sample");
        pc.f1 = wilson(e.units[2][static_cast<size_t>(k)].value,
                       f1WilsonInterval(tp, pc.support + pc.predicted - tp, confidence),
                       "the label has no positive sample and is never predicted");
        pc.auroc = withoutInterval(kNaN, "no ROC histogram (--auroc-bins 0)");
        pc.averagePrecision = pc.auroc;
        if (roc.numBins > 0) {
            const AurocEstimate auc = classAuroc(roc, k);
            const double positives = static_cast<double>(pc.support);
            const double negatives = static_cast<double>(samples) - positives;
            if (std::isnan(auc.value))
                pc.auroc = withoutInterval(kNaN, "the label has no positive or no negative sample");
            else {
                pc.auroc = {auc.value,
                            newcombeAurocInterval(auc.value, positives, negatives, confidence),
                            "newcombe",
                            {}};
                aucSum += auc.value;
                aucBound = std::max(aucBound, auc.errorBound);
                ++aucCount;
            }
            const AveragePrecision ap = binnedAveragePrecision(roc, k);
            pc.averagePrecision = averagePrecisionValue(roc, k, confidence, "label");
            if (!std::isnan(ap.value)) {
                apSum += ap.value;
                apLow += ap.value - ap.lower;
                apHigh += ap.upper - ap.value;
                ++apCount;
            }
        }
        mr.perClass.push_back(pc);
    }
    const std::string macroReason
            = "the labels' estimates are correlated; no interval is computed for their mean";
    mr.metrics.emplace_back("mean_average_precision",
                            withoutInterval(apCount ? apSum / apCount : kNaN, macroReason));
    mr.metrics.emplace_back("macro_auroc",
                            withoutInterval(aucCount ? aucSum / aucCount : kNaN, macroReason));
    mr.apErrorBound = apCount ? std::max(apLow, apHigh) / apCount : 0;
    mr.curves.scores = roc;
    mr.aurocErrorBound = aucBound;
    order(mr.metrics, Task::MultiLabel);
    return mr;
}

ModelResult summariseRegression(const TaskLayout &layout, const ReplicateTable &table,
                                const std::vector<double> &maxErrors,
                                const std::vector<std::string> &names, double confidence)
{
    ModelResult mr;
    const int64_t samples = layout.samples(table, 0);
    const TaskEstimates e = estimateTask(layout, table, samples, confidence, ZeroDivision::Zero);
    for (size_t s = 0; s < layout.scalarNames().size(); ++s)
        mr.metrics.emplace_back(layout.scalarNames()[s], e.scalars[s]);
    const std::string maxReason = "the largest error is an extreme value; the bootstrap gives "
                                  "no valid interval for it";
    double overall = 0;
    for (double m : maxErrors)
        overall = std::max(overall, m);
    mr.metrics.emplace_back("max_error", withoutInterval(samples > 0 ? overall : kNaN, maxReason));
    mr.evaluatedSamples = samples;
    for (int k = 0; k < layout.units(); ++k) {
        TargetResult t;
        t.index = k;
        t.name = names[static_cast<size_t>(k)];
        for (size_t m = 0; m < layout.unitNames().size(); ++m)
            t.metrics.emplace_back(layout.unitNames()[m], e.units[m][static_cast<size_t>(k)]);
        t.metrics.emplace_back(
                "max_error",
                withoutInterval(samples > 0 ? maxErrors[static_cast<size_t>(k)] : kNaN, maxReason));
        order(t.metrics, Task::Regression);
        mr.perTarget.push_back(std::move(t));
    }
    order(mr.metrics, Task::Regression);
    return mr;
}

} // namespace disteval
