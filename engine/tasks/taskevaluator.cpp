#include "tasks/taskevaluator.h"

#include "records/samplerecorder.h"

#include "comparison/mcnemar.h"
#include "eval/engineerror.h"
#include "evaluation/classificationsample.h"
#include "evaluation/modelsummary.h"
#include "runtime/collectives.h"
#include "tasks/tasksummary.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>

namespace disteval {

namespace {
[[noreturn]] void badLabel(const std::string &dataPath, int64_t sample, const std::string &what)
{
    throw EngineError("data_invalid", kExitData,
                      "dataset '" + dataPath + "': sample " + std::to_string(sample) + ": " + what);
}
} // namespace

TaskEvaluator::TaskEvaluator(const TaskSettings &s, int models)
    : m_settings(s)
    , m_layout(s.task, s.units, s.units >= 5)
{
    const size_t n = static_cast<size_t>(models);
    m_tables.assign(n,
                    ReplicateTable(s.replicates, m_layout.countColumns(), m_layout.sumColumns()));
    if (s.task == Task::DenseClassification)
        m_elements.assign(n, SufficientStats(s.units, s.aurocBins));
    if (s.task == Task::MultiLabel) {
        m_roc.assign(n, RocHistogram(s.units, s.aurocBins));
        m_exact.assign(n, {});
        m_pairCounts.assign(n * (n - 1) / 2, {0, 0, 0, 0});
    }
    if (s.task == Task::Regression)
        m_maxErrors.assign(n, std::vector<double>(static_cast<size_t>(s.units), 0.0));
    m_ignored.assign(n, 0);
    m_nonFinite.assign(n, 0);
    m_samples.assign(n, 0);
}

int64_t TaskEvaluator::memoryBytes(const TaskSettings &s, int models)
{
    const TaskLayout layout(s.task, s.units, false);
    int64_t bytes
            = ReplicateTable::bytesFor(s.replicates, layout.countColumns(), layout.sumColumns());
    if (s.task == Task::DenseClassification)
        bytes += int64_t(8) * s.units * s.units + int64_t(16) * s.units * s.aurocBins;
    if (s.task == Task::MultiLabel)
        bytes += int64_t(16) * s.units * s.aurocBins;
    return bytes * 2 * models; // accumulated, and packed for the reduction
}

void TaskEvaluator::beginBatch(const std::vector<int64_t> &indices)
{
    m_indices = indices;
    for (std::vector<int8_t> &e : m_exact)
        e.assign(indices.size(), -1);
    m_weights.resize(indices.size());
    for (size_t i = 0; i < indices.size(); ++i)
        poissonWeights(m_settings.seed, indices[i], m_settings.replicates, m_weights[i]);
}

void TaskEvaluator::endBatch()
{
    size_t p = 0;
    for (size_t a = 0; a < m_exact.size(); ++a)
        for (size_t b = a + 1; b < m_exact.size(); ++b, ++p)
            for (size_t i = 0; i < m_indices.size(); ++i) {
                const int8_t x = m_exact[a][i], y = m_exact[b][i];
                if (x < 0 || y < 0)
                    continue;
                ++m_pairCounts[p][x && y ? 0 : !x && !y ? 1 : y ? 2 : 3];
            }
}

void TaskEvaluator::add(int model, const torch::Tensor &output, const torch::Tensor &labels,
                        const std::string &dataPath)
{
    switch (m_settings.task) {
    case Task::DenseClassification:
        addDense(model, output, labels, dataPath);
        break;
    case Task::MultiLabel:
        addMultiLabel(model, output, labels, dataPath);
        break;
    case Task::Regression:
        addRegression(model, output, labels);
        break;
    case Task::Classification:
        break;
    }
}

void TaskEvaluator::addDense(int model, const torch::Tensor &output, const torch::Tensor &rawLabels,
                             const std::string &dataPath)
{
    const size_t m = static_cast<size_t>(model);
    const int c = m_settings.units;
    const int64_t batch = output.size(0);
    torch::Tensor logits = m_settings.classDim == 1 ? output.movedim(1, -1) : output;
    logits = logits.to(torch::kCPU, torch::kFloat64).contiguous().view({batch, -1, c});
    const torch::Tensor labels
            = rawLabels.to(torch::kCPU, torch::kInt64).contiguous().view({batch, -1});
    const int64_t elements = labels.size(1);
    if (logits.size(1) != elements)
        throw EngineError("model_invalid", kExitModel, "dense logits do not match the label shape");
    const double *z = logits.data_ptr<double>();
    const int64_t *y = labels.data_ptr<int64_t>();
    // Labels first: one clear message for a value that is no class and not ignored.
    for (int64_t i = 0; i < batch * elements; ++i) {
        const int64_t v = y[i];
        if ((v < 0 || v >= c) && !(m_settings.hasIgnoreIndex && v == m_settings.ignoreIndex))
            badLabel(dataPath, m_indices[static_cast<size_t>(i / elements)],
                     "label " + std::to_string(v) + " is not one of the model's "
                             + std::to_string(c) + " classes"
                             + (m_settings.hasIgnoreIndex
                                        ? " nor the ignore index "
                                                  + std::to_string(m_settings.ignoreIndex)
                                        : std::string(
                                                  " (leave such elements out with --ignore-index ")
                                                  + std::to_string(v) + ")"));
    }
    SufficientStats &stats = m_elements[m];
    const bool roc = stats.roc.numBins > 0;
    std::vector<SampleOutcome> outcomes(static_cast<size_t>(batch * elements));
    std::vector<uint16_t> bins(roc ? outcomes.size() * static_cast<size_t>(c) : 0);
    const bool hasIgnore = m_settings.hasIgnoreIndex;
    const int64_t ignoreIndex = m_settings.ignoreIndex;
    auto ignored = [=](int64_t v) {
        return hasIgnore && v == ignoreIndex;
    };
    const int64_t grain = std::max<int64_t>(1, 8192 / std::max(1, c));
    at::parallel_for(0, batch * elements, grain, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i)
            if (!ignored(y[i]))
                analyzeSample(z + i * c, c, y[i], stats.roc, outcomes[static_cast<size_t>(i)],
                              roc ? bins.data() + i * c : nullptr);
    });
    const size_t cols = static_cast<size_t>(m_layout.countColumns());
    std::vector<int64_t> counts(cols, 0);
    std::vector<int> nonZero;
    for (int64_t s = 0; s < batch; ++s) {
        std::fill(counts.begin(), counts.end(), 0);
        double loss = 0;
        int64_t evaluated = 0;
        for (int64_t e = 0; e < elements; ++e) {
            const int64_t i = s * elements + e;
            if (ignored(y[i])) {
                ++m_ignored[m];
                continue;
            }
            ++evaluated;
            const SampleOutcome &o = outcomes[static_cast<size_t>(i)];
            addSample(o, y[i], roc ? bins.data() + i * c : nullptr, stats);
            if (o.predicted < 0)
                continue; // counted in stats.nonFiniteSamples
            const int label = static_cast<int>(y[i]);
            if (o.predicted == label)
                ++counts[static_cast<size_t>(label)];
            ++counts[static_cast<size_t>(c + label)];
            ++counts[static_cast<size_t>(2 * c + o.predicted)];
            if (o.topKHit)
                ++counts[static_cast<size_t>(3 * c)];
            loss += o.loss;
        }
        if (m_records)
            m_records->recordDense(m_indices[static_cast<size_t>(s)], model, counts.data(),
                                   evaluated);
        nonZero.clear();
        for (size_t k = 0; k < cols; ++k)
            if (counts[k] != 0)
                nonZero.push_back(static_cast<int>(k));
        m_tables[m].add(counts.data(), &loss, m_weights[static_cast<size_t>(s)], &nonZero);
        ++m_samples[m];
    }
}

void TaskEvaluator::addMultiLabel(int model, const torch::Tensor &output,
                                  const torch::Tensor &rawLabels, const std::string &dataPath)
{
    const size_t m = static_cast<size_t>(model);
    const int c = m_settings.units;
    const int64_t batch = output.size(0);
    const torch::Tensor logits = output.to(torch::kCPU, torch::kFloat64).contiguous();
    const torch::Tensor labels = rawLabels.to(torch::kCPU, torch::kFloat64).contiguous();
    const double *z = logits.data_ptr<double>();
    const double *y = labels.data_ptr<double>();
    // sigmoid(z) >= t  <=>  z >= logit(t)
    const double t = m_settings.threshold;
    const size_t cols = static_cast<size_t>(m_layout.countColumns());
    std::vector<int64_t> counts(cols, 0);
    RocHistogram &roc = m_roc[m];
    // A sample with no true and no predicted label: F1 is zero_division, as scikit-learn.
    const double zdv = zeroDivisionValue(m_settings.zeroDivision);
    for (int64_t s = 0; s < batch; ++s) {
        const double *zs = z + s * c;
        const double *ys = y + s * c;
        bool finite = true;
        for (int k = 0; k < c; ++k) {
            if (ys[k] != 0 && ys[k] != 1)
                badLabel(dataPath, m_indices[static_cast<size_t>(s)],
                         "label " + std::to_string(k) + " is " + std::to_string(ys[k])
                                 + "; --task multilabel needs labels 0 or 1");
            finite = finite && std::isfinite(zs[k]);
        }
        if (!finite) {
            ++m_nonFinite[m];
            if (m_records) // the labels, and no predicted label
                m_records->recordMultiLabel(m_indices[static_cast<size_t>(s)], model, ys,
                                            std::vector<uint8_t>(static_cast<size_t>(c), 0));
            continue;
        }
        std::fill(counts.begin(), counts.end(), 0);
        int64_t tp = 0, truth = 0, predicted = 0;
        bool exact = true;
        for (int k = 0; k < c; ++k) {
            const bool positive = ys[k] == 1;
            const bool p = 1.0 / (1.0 + std::exp(-zs[k])) >= t;
            counts[static_cast<size_t>(k)] = positive && p;
            counts[static_cast<size_t>(c + k)] = positive;
            counts[static_cast<size_t>(2 * c + k)] = p;
            tp += positive && p;
            truth += positive;
            predicted += p;
            exact = exact && positive == p;
            if (roc.numBins > 0) {
                const size_t cell = static_cast<size_t>(k) * static_cast<size_t>(roc.numBins)
                                    + static_cast<size_t>(roc.bin(zs[k]));
                ++(positive ? roc.positive[cell] : roc.negative[cell]);
            }
        }
        if (m_records) {
            std::vector<uint8_t> set(static_cast<size_t>(c));
            for (int k = 0; k < c; ++k)
                set[static_cast<size_t>(k)]
                        = static_cast<uint8_t>(counts[static_cast<size_t>(2 * c + k)]);
            m_records->recordMultiLabel(m_indices[static_cast<size_t>(s)], model, ys, set);
        }
        counts[static_cast<size_t>(3 * c)] = 1;
        counts[static_cast<size_t>(3 * c + 1)] = exact;
        m_exact[m][static_cast<size_t>(s)] = exact;
        const double f1 = truth + predicted > 0 ? 2.0 * static_cast<double>(tp)
                                                          / static_cast<double>(truth + predicted)
                                                : zdv;
        m_tables[m].add(counts.data(), &f1, m_weights[static_cast<size_t>(s)]);
        ++m_samples[m];
    }
}

void TaskEvaluator::addRegression(int model, const torch::Tensor &output,
                                  const torch::Tensor &rawLabels)
{
    const size_t m = static_cast<size_t>(model);
    const int targets = m_settings.units;
    const int64_t batch = output.size(0);
    const torch::Tensor pred
            = output.to(torch::kCPU, torch::kFloat64).contiguous().view({batch, targets});
    const torch::Tensor labels
            = rawLabels.to(torch::kCPU, torch::kFloat64).contiguous().view({batch, targets});
    const double *p = pred.data_ptr<double>();
    const double *y = labels.data_ptr<double>();
    int64_t count = 1;
    std::vector<double> sums(static_cast<size_t>(5 * targets));
    for (int64_t s = 0; s < batch; ++s) {
        if (m_records) // as they are, also where not finite
            m_records->recordRegression(m_indices[static_cast<size_t>(s)], model, y + s * targets,
                                        p + s * targets);
        bool finite = true;
        for (int k = 0; k < targets; ++k)
            finite = finite && std::isfinite(p[s * targets + k])
                     && std::isfinite(y[s * targets + k]);
        if (!finite) {
            ++m_nonFinite[m];
            continue;
        }
        for (int k = 0; k < targets; ++k) {
            const double yk = y[s * targets + k];
            const double e = p[s * targets + k] - yk;
            double *t = sums.data() + 5 * k;
            t[0] = std::fabs(e);
            t[1] = e * e;
            t[2] = e;
            t[3] = yk;
            t[4] = yk * yk;
            double &largest = m_maxErrors[m][static_cast<size_t>(k)];
            largest = std::max(largest, std::fabs(e));
        }
        m_tables[m].add(&count, sums.data(), m_weights[static_cast<size_t>(s)]);
        ++m_samples[m];
    }
}

bool TaskEvaluator::reduce(const MpiContext &mpi)
{
    size_t words = 0;
    for (const ReplicateTable &t : m_tables)
        words += t.packedWords() + 3;
    for (const RocHistogram &h : m_roc)
        words += h.positive.size() + h.negative.size();
    words += 4 * m_pairCounts.size();
    std::vector<int64_t> buffer(words, 0);
    int64_t *p = buffer.data();
    for (size_t m = 0; m < m_tables.size(); ++m) {
        m_tables[m].pack(p);
        p += m_tables[m].packedWords();
        *p++ = m_ignored[m];
        *p++ = m_nonFinite[m];
        *p++ = m_samples[m];
    }
    for (const RocHistogram &h : m_roc) {
        p = std::copy(h.positive.begin(), h.positive.end(), p);
        p = std::copy(h.negative.begin(), h.negative.end(), p);
    }
    for (const auto &counts : m_pairCounts)
        p = std::copy(counts.begin(), counts.end(), p);
    const bool root = mpi.rank() == 0;
    if (!sumOnRoot(mpi, buffer))
        return false;
    for (std::vector<double> &largest : m_maxErrors) {
        const int rc
                = MPI_Reduce(root ? MPI_IN_PLACE : largest.data(), root ? largest.data() : nullptr,
                             static_cast<int>(largest.size()), MPI_DOUBLE, MPI_MAX, 0, mpi.world());
        if (rc != MPI_SUCCESS)
            return false;
    }
    if (!root)
        return true;
    p = buffer.data();
    for (size_t m = 0; m < m_tables.size(); ++m) {
        m_tables[m].unpack(p);
        p += m_tables[m].packedWords();
        m_ignored[m] = *p++;
        m_nonFinite[m] = *p++;
        m_samples[m] = *p++;
    }
    for (RocHistogram &h : m_roc) {
        std::copy(p, p + static_cast<std::ptrdiff_t>(h.positive.size()), h.positive.begin());
        p += h.positive.size();
        std::copy(p, p + static_cast<std::ptrdiff_t>(h.negative.size()), h.negative.begin());
        p += h.negative.size();
    }
    for (auto &counts : m_pairCounts) {
        std::copy(p, p + 4, counts.begin());
        p += 4;
    }
    return true;
}

void TaskEvaluator::summarise(ResultFile &result, const std::vector<std::string> &names,
                              double confidence, ZeroDivision zd) const
{
    result.task = m_settings.task;
    BootstrapSettings bs;
    bs.replicates = m_settings.replicates;
    bs.confidence = confidence;
    bs.seed = m_settings.seed;
    bs.zeroDivision = zd;
    std::vector<LabelSet> labelSets;
    for (size_t m = 0; m < m_tables.size(); ++m) {
        ModelResult mr;
        if (m_settings.task == Task::DenseClassification) {
            mr = summarizeModel(m_elements[m], names, bs, static_cast<int>(m));
            const LabelSet labels = LabelSet::of(m_layout.classTotals(m_tables[m], 0));
            const TaskEstimates e
                    = estimateTask(m_layout, m_tables[m], m_samples[m], confidence, zd, &labels);
            applyDenseEstimates(mr, m_layout, e);
            mr.evaluatedElements = mr.confusion.total();
            mr.ignoredElements = m_ignored[m];
        } else if (m_settings.task == Task::MultiLabel) {
            mr = summariseMultiLabel(m_layout, m_tables[m], m_roc[m], names, confidence, zd);
            mr.nonFiniteSamples = m_nonFinite[m];
        } else {
            mr = summariseRegression(m_layout, m_tables[m], m_maxErrors[m], names, confidence);
            mr.nonFiniteSamples = m_nonFinite[m];
        }
        mr.evaluatedSamples = m_samples[m];
        result.models.push_back(std::move(mr));
    }
    size_t pair = 0;
    for (size_t a = 0; a < m_tables.size(); ++a)
        for (size_t b = a + 1; b < m_tables.size(); ++b, ++pair) {
            PairedComparison pc;
            pc.a = static_cast<int>(a);
            pc.b = static_cast<int>(b);
            pc.hasMcnemar = false;
            if (m_settings.task == Task::MultiLabel) {
                // A sample's correctness is its exact match (subset accuracy).
                const auto &k = m_pairCounts[pair];
                pc.hasMcnemar = true;
                pc.bothCorrect = k[0];
                pc.bothWrong = k[1];
                pc.mcnemar = mcnemarTest(k[2], k[3]);
            }
            const int64_t samples = std::min(m_samples[a], m_samples[b]);
            if (m_settings.task == Task::DenseClassification) {
                const LabelSet both = LabelSet::unionOf(m_layout.classTotals(m_tables[a], 0),
                                                        m_layout.classTotals(m_tables[b], 0));
                pc.delta = pairedTaskDeltas(m_layout, m_tables[a], m_tables[b], samples, confidence,
                                            zd, &both);
            } else {
                pc.delta = pairedTaskDeltas(m_layout, m_tables[a], m_tables[b], samples, confidence,
                                            zd);
            }
            result.comparisons.push_back(std::move(pc));
        }
}

} // namespace disteval
