#include "report/textreport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace disteval {

namespace {
std::string fixed(double v, int decimals = 4)
{
    if (std::isnan(v))
        return "n/a";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string withInterval(const MetricValue &m)
{
    std::string s = fixed(m.value);
    if (m.ci.defined())
        s += " [" + fixed(m.ci.lower) + ", " + fixed(m.ci.upper) + "]";
    return s;
}

std::string pad(const std::string &s, size_t width, bool left = false)
{
    if (s.size() >= width)
        return s;
    return left ? s + std::string(width - s.size(), ' ') : std::string(width - s.size(), ' ') + s;
}

const char *methodNote(const std::string &method)
{
    if (method == "wilson")
        return "Wilson";
    if (method == "bootstrap")
        return "bootstrap";
    if (method == "bca")
        return "BCa bootstrap";
    if (method == "normal")
        return "normal";
    if (method == "hall")
        return "skew-corrected t";
    if (method == "delong")
        return "DeLong";
    if (method == "newcombe")
        return "Newcombe";
    if (method == "bound")
        return "conservative bound for the population ECE";
    if (method == "bonett-price")
        return "Bonett-Price";
    if (method == "poisson-bootstrap")
        return "Poisson bootstrap over samples";
    return "";
}

const char *unitWord(Task task)
{
    switch (task) {
    case Task::MultiLabel:
        return " labels";
    case Task::Regression:
        return " targets";
    default:
        return " classes";
    }
}

// The per-class (per-label) table: precision, recall, F1, support, and the task's extra
// column (IoU for dense outputs, AP for multi-label).
void perClassTable(std::ostringstream &out, const ResultFile &r, const ModelResult &m)
{
    size_t nameWidth = 12;
    for (const PerClassResult &pc : m.perClass)
        nameWidth = std::max(nameWidth, pc.name.size());
    nameWidth = std::min<size_t>(nameWidth, 32);
    const size_t col = 26;
    const bool dense = r.task == Task::DenseClassification;
    const bool multi = r.task == Task::MultiLabel;
    out << pad("", nameWidth) << "  " << pad("precision", col) << pad("recall", col)
        << pad("f1-score", col) << pad("support", 10);
    if (dense)
        out << pad("iou", col);
    if (multi)
        out << pad("ap", col);
    out << "\n\n";
    for (const PerClassResult &pc : m.perClass) {
        out << pad(pc.name.substr(0, nameWidth), nameWidth) << "  "
            << pad(withInterval(pc.precision), col) << pad(withInterval(pc.recall), col)
            << pad(withInterval(pc.f1), col) << pad(std::to_string(pc.support), 10);
        if (dense)
            out << pad(withInterval(pc.iou), col);
        if (multi)
            out << pad(withInterval(pc.averagePrecision), col);
        out << "\n";
    }
}

// Regression: one row per target.
void perTargetTable(std::ostringstream &out, const ModelResult &m)
{
    size_t nameWidth = 8;
    for (const TargetResult &t : m.perTarget)
        nameWidth = std::max(nameWidth, std::min<size_t>(t.name.size(), 32));
    out << pad("target", nameWidth) << "  ";
    const std::vector<std::string> names = {"mae", "rmse", "r2", "max_error", "mean_bias"};
    for (const std::string &n : names)
        out << pad(n, n == "max_error" ? 14 : 26);
    out << "\n\n";
    for (const TargetResult &t : m.perTarget) {
        out << pad(t.name.substr(0, nameWidth), nameWidth) << "  ";
        for (const std::string &n : names) {
            const MetricValue *v = t.metric(n);
            out << pad(v ? (n == "max_error" ? fixed(v->value) : withInterval(*v)) : "",
                       n == "max_error" ? 14 : 26);
        }
        out << "\n";
    }
}
} // namespace

std::string formatTextReport(const ResultFile &r)
{
    std::ostringstream out;
    const int pct = static_cast<int>(std::lround(r.statistics.confidence * 100));
    for (size_t mi = 0; mi < r.models.size(); ++mi) {
        const ModelResult &m = r.models[mi];
        out << "Model " << (mi + 1) << ": " << m.path << "\n";
        out << "  sha256 " << m.sha256 << "\n";
        out << "  " << m.evaluatedSamples << " samples, " << r.dataset.numClasses
            << unitWord(r.task) << ", world size " << r.worldSize << "; intervals at " << pct
            << "% confidence";
        if (r.statistics.bootstrapReplicates > 0)
            out << " (bootstrap B=" << r.statistics.bootstrapReplicates << ", seed "
                << r.statistics.seed << ")";
        out << "\n";
        if (r.task == Task::DenseClassification)
            out << "  " << m.evaluatedElements << " elements evaluated, " << m.ignoredElements
                << " ignored\n";
        if (m.nonFiniteSamples > 0)
            out << "  WARNING: " << m.nonFiniteSamples
                << (r.task == Task::DenseClassification ? " elements" : " samples")
                << (r.task == Task::Regression ? " had NaN or infinite outputs"
                                               : " had NaN or infinite logits")
                << " and were left out of every metric\n";
        out << "\n";
        if (r.task == Task::Regression)
            perTargetTable(out, m);
        else
            perClassTable(out, r, m);
        out << "\n";
        size_t metricWidth = 0;
        std::vector<std::pair<std::string, MetricValue>> all = m.metrics;
        all.insert(all.end(), m.customMetrics.begin(), m.customMetrics.end());
        for (const auto &entry : all)
            metricWidth = std::max(metricWidth, entry.first.size());
        for (const auto &entry : all) {
            out << "  " << pad(entry.first, metricWidth, true) << "  "
                << pad(withInterval(entry.second), 26, true);
            const char *note = methodNote(entry.second.method);
            if (*note)
                out << "  (" << note << ")";
            else if (!entry.second.ciReason.empty())
                out << "  (no interval: " << entry.second.ciReason << ")";
            if (entry.first == "macro_auroc" && m.aurocBins > 0)
                out << "  binned, " << m.aurocBins
                    << " bins, |error| <= " << fixed(m.aurocErrorBound, 6);
            if (entry.first == "mean_average_precision" && m.aurocBins > 0)
                out << "  binned, |error| <= " << fixed(m.apErrorBound, 6);
            out << "\n";
        }
        out << "\n";
    }
    for (const PairedComparison &c : r.comparisons) {
        const double alpha = 1 - r.statistics.confidence;
        const int64_t paired
                = c.hasMcnemar ? c.bothCorrect + c.bothWrong + c.mcnemar.b01 + c.mcnemar.b10
                               : std::min(r.models[static_cast<size_t>(c.a)].evaluatedSamples,
                                          r.models[static_cast<size_t>(c.b)].evaluatedSamples);
        out << "Comparison: model " << (c.b + 1) << " vs model " << (c.a + 1) << " on the same "
            << paired << " samples (differences are model " << (c.b + 1) << " minus model "
            << (c.a + 1) << (c.hasMcnemar ? "" : "; paired Poisson bootstrap") << ")\n";
        char line[256];
        std::snprintf(
                line, sizeof line,
                "  McNemar: only model %d right %lld, only model %d right %lld; exact p = %.3g, "
                "mid-p = %.3g%s\n",
                c.b + 1, static_cast<long long>(c.mcnemar.b01), c.a + 1,
                static_cast<long long>(c.mcnemar.b10), c.mcnemar.pExact, c.mcnemar.pMid,
                c.mcnemar.pExact < alpha ? "  (significant)" : "  (not significant)");
        if (c.hasMcnemar)
            out << line;
        size_t width = 0;
        std::vector<std::pair<std::string, DeltaValue>> deltas = c.delta;
        deltas.insert(deltas.end(), c.customDelta.begin(), c.customDelta.end());
        for (const auto &entry : deltas)
            width = std::max(width, entry.first.size());
        for (const auto &entry : deltas) {
            const DeltaValue &d = entry.second;
            std::string value
                    = std::isnan(d.value) ? "n/a" : (d.value >= 0 ? "+" : "") + fixed(d.value);
            if (d.ci.defined())
                value += " [" + fixed(d.ci.lower) + ", " + fixed(d.ci.upper) + "]";
            const bool excludesZero = d.ci.defined() && (d.ci.lower > 0 || d.ci.upper < 0);
            out << "  " << pad(entry.first, width, true) << "  " << pad(value, 28, true)
                << (excludesZero ? "  interval excludes 0" : "");
            if (!d.ci.defined() && !d.ciReason.empty())
                out << "  (no interval: " << d.ciReason << ")";
            out << "\n";
        }
        out << "\n";
    }
    for (const std::string &w : r.warnings)
        out << "warning: " << w << "\n";
    return out.str();
}

} // namespace disteval
