#include "comparison/pairedcomparison.h"

#include "metrics/classificationmetrics.h"
#include "stats/multinomialresampler.h"
#include "stats/quantile.h"
#include "stats/random.h"

#include <cmath>
#include <stdexcept>

namespace disteval {

namespace {

// The compared metrics of one model, in comparedMetricNames() order.
void scalars(const ClassificationMetrics &m, double *out)
{
    out[0] = m.accuracy;
    out[1] = m.balancedAccuracy;
    out[2] = m.macroF1;
    out[3] = m.weightedF1;
    out[4] = m.macroPrecision;
    out[5] = m.macroRecall;
    out[6] = m.cohenKappa;
    out[7] = m.mcc;
}

void totalsOf(const std::vector<JointConfusion::Cell> &cells, const std::vector<int64_t> *counts,
              int numClasses, ClassTotals &ta, ClassTotals &tb)
{
    ta.resize(numClasses);
    tb.resize(numClasses);
    for (size_t i = 0; i < cells.size(); ++i) {
        const JointConfusion::Cell &c = cells[i];
        const int64_t x = counts ? (*counts)[i] : c.count;
        ta.support[c.y] += x;
        tb.support[c.y] += x;
        ta.predicted[c.a] += x;
        tb.predicted[c.b] += x;
        if (c.a == c.y) {
            ta.truePositives[c.y] += x;
            ta.correct += x;
        }
        if (c.b == c.y) {
            tb.truePositives[c.y] += x;
            tb.correct += x;
        }
        ta.total += x;
        tb.total += x;
    }
}
} // namespace

const std::vector<std::string> &comparedMetricNames()
{
    static const std::vector<std::string> names
            = {"accuracy",        "balanced_accuracy", "macro_f1",    "weighted_f1",
               "macro_precision", "macro_recall",      "cohen_kappa", "mcc"};
    return names;
}

const DeltaValue *PairedComparison::deltaOf(const std::string &metric) const
{
    for (const auto &entry : delta)
        if (entry.first == metric)
            return &entry.second;
    return nullptr;
}

PairedComparison comparePaired(const JointConfusion &joint, int a, int b,
                               const BootstrapSettings &settings, uint64_t stream)
{
    if (settings.replicates < 1)
        throw std::invalid_argument("the bootstrap needs at least one replicate");
    const int numClasses = joint.numClasses();
    const std::vector<JointConfusion::Cell> cells = joint.cells();
    constexpr size_t kScalars = 8;

    PairedComparison out;
    out.a = a;
    out.b = b;
    int64_t b01 = 0, b10 = 0;
    for (const JointConfusion::Cell &c : cells) {
        const bool rightA = c.a == c.y;
        const bool rightB = c.b == c.y;
        if (rightA && rightB)
            out.bothCorrect += c.count;
        else if (!rightA && !rightB)
            out.bothWrong += c.count;
        else if (rightA)
            b10 += c.count;
        else
            b01 += c.count;
    }
    out.mcnemar = mcnemarTest(b01, b10);

    ClassTotals ta, tb;
    ClassificationMetrics ma, mb;
    totalsOf(cells, nullptr, numClasses, ta, tb);
    computeClassificationMetrics(ta, settings.zeroDivision, ma);
    computeClassificationMetrics(tb, settings.zeroDivision, mb);
    double va[kScalars], vb[kScalars];
    scalars(ma, va);
    scalars(mb, vb);

    // Paired bootstrap over the joint cells.
    const size_t replicates = static_cast<size_t>(settings.replicates);
    std::vector<int64_t> cellCounts(cells.size());
    for (size_t i = 0; i < cells.size(); ++i)
        cellCounts[i] = cells[i].count;
    MultinomialResampler resampler(cellCounts); // cells are non-empty: indices coincide
    std::vector<std::vector<double>> deltas(kScalars, std::vector<double>(replicates));
    std::vector<double> classDeltas(static_cast<size_t>(numClasses) * replicates);
    Rng rng(settings.seed, stream);
    std::vector<int64_t> drawn;
    ClassTotals ra, rb;
    ClassificationMetrics rma, rmb;
    for (size_t r = 0; r < replicates; ++r) {
        resampler.draw(rng, drawn);
        totalsOf(cells, &drawn, numClasses, ra, rb);
        computeClassificationMetrics(ra, settings.zeroDivision, rma);
        computeClassificationMetrics(rb, settings.zeroDivision, rmb);
        double sa[kScalars], sb[kScalars];
        scalars(rma, sa);
        scalars(rmb, sb);
        for (size_t k = 0; k < kScalars; ++k)
            deltas[k][r] = sb[k] - sa[k];
        for (int c = 0; c < numClasses; ++c)
            classDeltas[static_cast<size_t>(c) * replicates + r] = rmb.f1[c] - rma.f1[c];
    }

    const std::vector<std::string> &names = comparedMetricNames();
    for (size_t k = 0; k < kScalars; ++k) {
        DeltaValue d;
        d.value = vb[k] - va[k];
        d.ci = percentileInterval(deltas[k], settings.confidence);
        out.delta.emplace_back(names[k], d);
    }
    out.perClassDeltaF1.resize(static_cast<size_t>(numClasses));
    std::vector<double> column(replicates);
    for (int c = 0; c < numClasses; ++c) {
        column.assign(classDeltas.begin() + static_cast<std::ptrdiff_t>(c * replicates),
                      classDeltas.begin() + static_cast<std::ptrdiff_t>((c + 1) * replicates));
        DeltaValue &d = out.perClassDeltaF1[static_cast<size_t>(c)];
        d.value = mb.f1[c] - ma.f1[c];
        d.ci = percentileInterval(column, settings.confidence);
    }
    return out;
}

} // namespace disteval
