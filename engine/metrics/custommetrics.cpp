#include "metrics/custommetrics.h"

#include "eval/engineerror.h"
#include "io/regularfile.h"
#include "runtime/collectives.h"
#include "stats/quantile.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

#include <unistd.h>

namespace disteval {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

[[noreturn]] void refuse(const std::string &path, const std::string &what)
{
    throw EngineError("metric_invalid", kExitModel, "metric '" + path + "': " + what);
}

std::string shapeText(const torch::Tensor &t)
{
    std::ostringstream s;
    s << t.sizes();
    return s.str();
}

std::string firstLine(const std::string &text)
{
    std::string line = text.substr(0, text.find('\n'));
    return line.size() > 300 ? line.substr(0, 297) + "..." : line;
}

// A TorchScript exception raised by the metric's own code ends with the Python
// exception's line ("builtins.ValueError: ..."): that line.
std::string lastLine(const std::string &text)
{
    size_t end = text.find_last_not_of(" \n\r\t");
    if (end == std::string::npos)
        return "(no message)";
    const size_t start = text.rfind('\n', end);
    return firstLine(text.substr(start == std::string::npos ? 0 : start + 1,
                                 end + 1 - (start == std::string::npos ? 0 : start + 1)));
}

MetricValue intervalOf(double value, std::vector<double> &replicates, double confidence,
                       const std::string &small)
{
    if (!small.empty() || std::isnan(value))
        return {value, {kNaN, kNaN}, "", small.empty() ? "the metric is undefined" : small};
    const size_t defined = static_cast<size_t>(std::count_if(
            replicates.begin(), replicates.end(), [](double v) { return !std::isnan(v); }));
    if (defined < replicates.size() / 2 + 1)
        return {value, {kNaN, kNaN}, "", "the metric is undefined in most bootstrap replicates"};
    return {value, percentileInterval(replicates, confidence), "poisson-bootstrap", {}};
}

std::string tooFew(int64_t samples, int64_t minimum)
{
    return "fewer than " + std::to_string(minimum) + " samples (" + std::to_string(samples)
           + "): a bootstrap interval would not cover";
}
} // namespace

CustomMetrics::CustomMetrics(const std::vector<std::string> &paths, const torch::Device &device,
                             int models, int replicates, uint64_t seed)
    : m_device(device)
    , m_replicates(replicates)
    , m_seed(seed)
    , m_models(models)
{
    for (const std::string &path : paths) {
        Metric m;
        m.path = path;
        try {
            ::close(openRegularFile(path));
        } catch (const FileReadError &e) {
            refuse(path, std::string("cannot be read (") + e.what() + ")");
        }
        try {
            m.module = torch::jit::load(path, device);
        } catch (const c10::Error &e) {
            refuse(path, "not a TorchScript archive (script it with torch.jit.script and save "
                         "it with torch.jit.save): "
                                 + firstLine(e.what_without_backtrace()));
        }
        m.module.eval();
        if (!m.module.find_method("compute"))
            refuse(path, "has no compute(totals) method (mark it @torch.jit.export)");
        m_metrics.push_back(std::move(m));
    }
}

int64_t CustomMetrics::memoryBytes(int replicates, int columns, int models, int metrics)
{
    return 2 * int64_t(models) * metrics * ReplicateTable::bytesFor(replicates, 1, columns);
}

torch::Tensor CustomMetrics::statistics(Metric &metric, const torch::Tensor &outputs,
                                        const torch::Tensor &targets, int64_t batch) const
{
    c10::IValue out;
    try {
        out = metric.module.forward({outputs, targets.to(m_device)});
    } catch (const c10::Error &e) {
        refuse(metric.path, "forward failed on outputs " + shapeText(outputs) + " and targets "
                                    + shapeText(targets) + ": "
                                    + firstLine(e.what_without_backtrace()));
    } catch (const std::exception &e) {
        refuse(metric.path, "forward failed on outputs " + shapeText(outputs) + " and targets "
                                    + shapeText(targets) + ": " + lastLine(e.what()));
    }
    if (!out.isTensor())
        refuse(metric.path, "forward returned a " + out.tagKind()
                                    + "; it must return a tensor [batch, K] of per-sample "
                                      "statistics");
    torch::Tensor t = out.toTensor();
    if (t.dim() != 2 || t.size(0) != batch)
        refuse(metric.path, "forward returned shape " + shapeText(t) + " for a batch of "
                                    + std::to_string(batch)
                                    + "; it must return [batch, K] (one row per sample)");
    if (t.scalar_type() != torch::kFloat64 && t.scalar_type() != torch::kInt64)
        refuse(metric.path, std::string("forward returned ") + c10::toString(t.scalar_type())
                                    + " statistics; they must be float64 or int64 (sums of "
                                      "float32 would round)");
    if (metric.columns >= 0 && t.size(1) != metric.columns)
        refuse(metric.path, "forward returned " + std::to_string(t.size(1))
                                    + " statistics per sample, but "
                                    + std::to_string(metric.columns)
                                    + " before; K must be the same for every batch");
    if (t.size(1) < 1 || t.size(1) > 4096)
        refuse(metric.path, "forward returned " + std::to_string(t.size(1))
                                    + " statistics per sample; K must be 1 to 4096");
    t = t.to(torch::kCPU, torch::kFloat64).contiguous();
    if (!torch::isfinite(t).all().item<bool>())
        refuse(metric.path, "forward returned NaN or infinite statistics");
    return t;
}

std::vector<std::pair<std::string, double>>
CustomMetrics::compute(Metric &metric, const std::vector<double> &totals) const
{
    c10::IValue out;
    try {
        const torch::Tensor t = torch::tensor(totals, torch::kFloat64).to(m_device);
        out = metric.module.get_method("compute")({t});
    } catch (const c10::Error &e) {
        refuse(metric.path, "compute failed: " + firstLine(e.what_without_backtrace()));
    } catch (const std::exception &e) {
        refuse(metric.path, "compute failed: " + lastLine(e.what()));
    }
    if (!out.isGenericDict())
        refuse(metric.path,
               "compute returned a " + out.tagKind() + "; it must return Dict[str, float]");
    std::vector<std::pair<std::string, double>> values;
    for (const auto &entry : out.toGenericDict()) {
        if (!entry.key().isString())
            refuse(metric.path, "compute returned a dict whose keys are not strings");
        const c10::IValue &v = entry.value();
        double x;
        if (v.isDouble())
            x = v.toDouble();
        else if (v.isInt())
            x = static_cast<double>(v.toInt());
        else if (v.isTensor() && v.toTensor().numel() == 1)
            x = v.toTensor().to(torch::kCPU, torch::kFloat64).item<double>();
        else
            refuse(metric.path, "compute returned a " + v.tagKind() + " for '"
                                        + entry.key().toStringRef() + "'; values must be floats");
        values.emplace_back(entry.key().toStringRef(), x);
    }
    if (values.empty())
        refuse(metric.path, "compute returned an empty dict");
    std::sort(values.begin(), values.end());
    return values;
}

void CustomMetrics::probe(const torch::Tensor &outputs, const torch::Tensor &targets)
{
    std::vector<std::string> seen;
    for (Metric &m : m_metrics) {
        const torch::Tensor stats = statistics(m, outputs, targets, outputs.size(0));
        m.columns = static_cast<int>(stats.size(1));
        const double *p = stats.data_ptr<double>();
        for (const auto &[name, value] : compute(m, std::vector<double>(p, p + m.columns))) {
            (void)value;
            if (std::find(seen.begin(), seen.end(), name) != seen.end())
                refuse(m.path,
                       "its compute returns '" + name + "', which another --metric returns too");
            seen.push_back(name);
            m.names.push_back(name);
        }
        m.tables.assign(static_cast<size_t>(m_models), ReplicateTable(m_replicates, 1, m.columns));
    }
}

void CustomMetrics::beginBatch(const std::vector<int64_t> &indices, const Weights *drawn)
{
    if (drawn) {
        m_batch = drawn;
        return;
    }
    m_batch = &m_weights;
    m_weights.resize(indices.size());
    for (size_t i = 0; i < indices.size(); ++i)
        poissonWeights(m_seed, indices[i], m_replicates, m_weights[i]);
}

void CustomMetrics::add(int model, const torch::Tensor &outputs, const torch::Tensor &targets)
{
    const int64_t one = 1;
    for (Metric &m : m_metrics) {
        const torch::Tensor stats = statistics(m, outputs, targets, outputs.size(0));
        const double *p = stats.data_ptr<double>();
        ReplicateTable &table = m.tables[static_cast<size_t>(model)];
        for (int64_t s = 0; s < stats.size(0); ++s)
            table.add(&one, p + s * m.columns, (*m_batch)[static_cast<size_t>(s)]);
    }
}

bool CustomMetrics::reduce(const MpiContext &mpi)
{
    size_t words = 0;
    for (const Metric &m : m_metrics)
        for (const ReplicateTable &t : m.tables)
            words += t.packedWords();
    if (words == 0)
        return true;
    std::vector<int64_t> buffer(words);
    int64_t *p = buffer.data();
    for (const Metric &m : m_metrics)
        for (const ReplicateTable &t : m.tables) {
            t.pack(p);
            p += t.packedWords();
        }
    const bool root = mpi.rank() == 0;
    if (!sumOnRoot(mpi, buffer))
        return false;
    if (!root)
        return true;
    p = buffer.data();
    for (Metric &m : m_metrics)
        for (ReplicateTable &t : m.tables) {
            t.unpack(p);
            p += t.packedWords();
        }
    return true;
}

std::vector<double> CustomMetrics::values(Metric &metric, const ReplicateTable &table,
                                          int row) const
{
    std::vector<double> totals(static_cast<size_t>(metric.columns));
    for (int k = 0; k < metric.columns; ++k)
        totals[static_cast<size_t>(k)] = table.sum(row, k);
    const auto named = compute(metric, totals);
    if (named.size() != metric.names.size())
        refuse(metric.path, "compute returned other names than on the first call; it must "
                            "return the same keys for every input");
    std::vector<double> out;
    for (size_t i = 0; i < named.size(); ++i) {
        if (named[i].first != metric.names[i])
            refuse(metric.path, "compute returned '" + named[i].first + "' where it returned '"
                                        + metric.names[i]
                                        + "' before; it must return the same keys every time");
        out.push_back(named[i].second);
    }
    return out;
}

void CustomMetrics::summarise(ResultFile &result, double confidence)
{
    c10::InferenceMode inference;
    for (Metric &metric : m_metrics) {
        const size_t names = metric.names.size();
        // [model][replicate][name]
        std::vector<std::vector<std::vector<double>>> reps(static_cast<size_t>(m_models));
        std::vector<std::vector<double>> point(static_cast<size_t>(m_models));
        std::vector<int64_t> samples(static_cast<size_t>(m_models));
        for (size_t mi = 0; mi < static_cast<size_t>(m_models); ++mi) {
            const ReplicateTable &t = metric.tables[mi];
            samples[mi] = t.count(0, 0);
            point[mi] = values(metric, t, 0);
            for (int r = 1; r <= t.replicates(); ++r)
                reps[mi].push_back(values(metric, t, r));
            const std::string small = samples[mi] < kMinPoissonBootstrapSamples
                                              ? tooFew(samples[mi], kMinPoissonBootstrapSamples)
                                      : m_replicates == 0 ? std::string("no bootstrap replicates")
                                                          : std::string();
            for (size_t n = 0; n < names; ++n) {
                std::vector<double> column;
                for (const std::vector<double> &r : reps[mi])
                    column.push_back(r[n]);
                result.models[mi].customMetrics.emplace_back(
                        metric.names[n], intervalOf(point[mi][n], column, confidence, small));
            }
        }
        for (PairedComparison &pc : result.comparisons) {
            const size_t a = static_cast<size_t>(pc.a), b = static_cast<size_t>(pc.b);
            const int64_t n = std::min(samples[a], samples[b]);
            const std::string small = n < kMinPairedBootstrapSamples
                                              ? tooFew(n, kMinPairedBootstrapSamples)
                                      : m_replicates == 0 ? std::string("no bootstrap replicates")
                                                          : std::string();
            for (size_t k = 0; k < names; ++k) {
                std::vector<double> column;
                for (size_t r = 0; r < reps[a].size(); ++r)
                    column.push_back(reps[b][r][k] - reps[a][r][k]);
                const MetricValue d
                        = intervalOf(point[b][k] - point[a][k], column, confidence, small);
                pc.customDelta.emplace_back(metric.names[k],
                                            DeltaValue{d.value, d.ci, d.method, d.ciReason});
            }
        }
    }
}

} // namespace disteval
