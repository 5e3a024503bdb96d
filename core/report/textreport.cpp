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
    if (method == "normal")
        return "normal";
    if (method == "delong")
        return "DeLong";
    return "";
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
            << " classes, world size " << r.worldSize << "; intervals at " << pct << "% confidence";
        if (r.statistics.bootstrapReplicates > 0)
            out << " (bootstrap B=" << r.statistics.bootstrapReplicates << ", seed "
                << r.statistics.seed << ")";
        out << "\n";
        if (m.nonFiniteSamples > 0)
            out << "  WARNING: " << m.nonFiniteSamples
                << " samples had NaN or infinite logits and were left out of every metric\n";
        out << "\n";

        size_t nameWidth = 12;
        for (const PerClassResult &pc : m.perClass)
            nameWidth = std::max(nameWidth, pc.name.size());
        nameWidth = std::min<size_t>(nameWidth, 32);
        const size_t col = 26;
        out << pad("", nameWidth) << "  " << pad("precision", col) << pad("recall", col)
            << pad("f1-score", col) << pad("support", 10) << "\n\n";
        for (const PerClassResult &pc : m.perClass) {
            out << pad(pc.name.substr(0, nameWidth), nameWidth) << "  "
                << pad(withInterval(pc.precision), col) << pad(withInterval(pc.recall), col)
                << pad(withInterval(pc.f1), col) << pad(std::to_string(pc.support), 10) << "\n";
        }
        out << "\n";
        size_t metricWidth = 0;
        for (const auto &entry : m.metrics)
            metricWidth = std::max(metricWidth, entry.first.size());
        for (const auto &entry : m.metrics) {
            out << "  " << pad(entry.first, metricWidth, true) << "  "
                << pad(withInterval(entry.second), 26, true);
            const char *note = methodNote(entry.second.method);
            if (*note)
                out << "  (" << note << ")";
            if (entry.first == "macro_auroc" && m.aurocBins > 0)
                out << "  binned, " << m.aurocBins
                    << " bins, |error| <= " << fixed(m.aurocErrorBound, 6);
            out << "\n";
        }
        out << "\n";
    }
    for (const std::string &w : r.warnings)
        out << "warning: " << w << "\n";
    return out.str();
}

} // namespace disteval
