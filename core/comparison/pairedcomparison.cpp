#include "comparison/pairedcomparison.h"

#include "tasks/task.h"

#include "metrics/classificationmetrics.h"
#include "stats/multinomialresampler.h"
#include "stats/normal.h"
#include "stats/quantile.h"
#include "stats/random.h"

#include <algorithm>
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
        ta.add(c.y, c.a, x);
        tb.add(c.y, c.b, x);
    }
}

// Bonett and Price's (2012) adjusted Wald interval for the difference of two paired
// proportions, (b01 - b10) / n.
Interval pairedProportionInterval(int64_t b01, int64_t b10, int64_t n, double confidence)
{
    if (n < 1)
        return {std::nan(""), std::nan("")};
    const double m = static_cast<double>(n) + 2;
    const double p01 = (static_cast<double>(b01) + 1) / m;
    const double p10 = (static_cast<double>(b10) + 1) / m;
    const double d = p01 - p10;
    const double se = std::sqrt(std::max(0.0, p01 + p10 - d * d) / m);
    const double z = twoSidedZ(confidence);
    return {std::max(-1.0, d - z * se), std::min(1.0, d + z * se)};
}

// Joint cells x classes above which the jackknife for BCa's acceleration is skipped
// (about a second of work).
constexpr double kJackknifeBudget = 2e8;
} // namespace

const std::vector<std::string> &comparedMetricNames()
{
    return taskComparedMetricNames(Task::Classification);
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
    // Both models, and every replicate, average over one label set: the classes that are
    // a true class or either model's prediction.
    const LabelSet labels = LabelSet::unionOf(ta, tb);
    computeClassificationMetrics(ta, settings.zeroDivision, ma, &labels);
    computeClassificationMetrics(tb, settings.zeroDivision, mb, &labels);
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
        computeClassificationMetrics(ra, settings.zeroDivision, rma, &labels);
        computeClassificationMetrics(rb, settings.zeroDivision, rmb, &labels);
        double sa[kScalars], sb[kScalars];
        scalars(rma, sa);
        scalars(rmb, sb);
        for (size_t k = 0; k < kScalars; ++k)
            deltas[k][r] = sb[k] - sa[k];
        for (int c = 0; c < numClasses; ++c)
            classDeltas[static_cast<size_t>(c) * replicates + r] = rmb.f1[c] - rma.f1[c];
    }

    const std::vector<std::string> &names = comparedMetricNames();
    auto reasonFor = [&](ClassCount kind) {
        const std::string r = smallClassReason(ta, labels, kind);
        return r.empty() ? smallClassReason(tb, labels, kind) : r;
    };
    const std::string support = reasonFor(ClassCount::Support);
    // In comparedMetricNames() order: which count a difference's interval needs.
    const std::string reasons[kScalars] = {"",
                                           support,
                                           reasonFor(ClassCount::Involved),
                                           "",
                                           reasonFor(ClassCount::Predicted),
                                           support,
                                           support,
                                           support};
    // BCa needs the jackknife: one sample removed from each joint cell in turn (skipped,
    // leaving only the bias correction, where that would cost too much).
    std::vector<std::vector<double>> leaveOneOut(kScalars, std::vector<double>(cells.size()));
    const bool jackknife = static_cast<double>(cells.size()) * numClasses <= kJackknifeBudget;
    if (jackknife) {
        ClassTotals ja = ta, jb = tb;
        for (size_t i = 0; i < cells.size(); ++i) {
            const JointConfusion::Cell &c = cells[i];
            ja.add(c.y, c.a, -1);
            jb.add(c.y, c.b, -1);
            computeClassificationMetrics(ja, settings.zeroDivision, rma, &labels);
            computeClassificationMetrics(jb, settings.zeroDivision, rmb, &labels);
            ja.add(c.y, c.a, 1);
            jb.add(c.y, c.b, 1);
            double sa[kScalars], sb[kScalars];
            scalars(rma, sa);
            scalars(rmb, sb);
            for (size_t k = 0; k < kScalars; ++k)
                leaveOneOut[k][i] = sb[k] - sa[k];
        }
    }
    const int64_t n = ta.total;
    const std::string tooFew = n < kMinPairedBootstrapSamples
                                       ? "only " + std::to_string(n) + " samples (fewer than "
                                                 + std::to_string(kMinPairedBootstrapSamples)
                                                 + "): the paired bootstrap would not be reliable"
                                       : std::string();
    for (size_t k = 0; k < kScalars; ++k) {
        DeltaValue d;
        d.value = vb[k] - va[k];
        if (k == 0) { // accuracy
            d.ci = pairedProportionInterval(b01, b10, n, settings.confidence);
            d.method = d.ci.defined() ? "bonett-price" : "";
            d.ciReason = d.ci.defined() ? "" : "no samples";
            out.delta.emplace_back(names[k], d);
            continue;
        }
        const std::string reason = !reasons[k].empty() ? reasons[k] : tooFew;
        const double acceleration
                = jackknife ? jackknifeAcceleration(leaveOneOut[k], cellCounts) : 0.0;
        if (reason.empty()) {
            d.ci = bcaInterval(deltas[k], d.value, acceleration, settings.confidence);
            d.method = "bca";
        } else {
            d.ci = {std::nan(""), std::nan("")};
            d.ciReason = reason;
        }
        out.delta.emplace_back(names[k], d);
    }
    out.perClassDeltaF1.resize(static_cast<size_t>(numClasses));
    std::vector<double> column(replicates);
    for (int c = 0; c < numClasses; ++c) {
        column.assign(classDeltas.begin() + static_cast<std::ptrdiff_t>(c * replicates),
                      classDeltas.begin() + static_cast<std::ptrdiff_t>((c + 1) * replicates));
        DeltaValue &d = out.perClassDeltaF1[static_cast<size_t>(c)];
        d.value = mb.f1[c] - ma.f1[c];
        const size_t k = static_cast<size_t>(c);
        const int64_t involved = std::min(ta.support[k] + ta.predicted[k] - ta.truePositives[k],
                                          tb.support[k] + tb.predicted[k] - tb.truePositives[k]);
        if (involved >= kMinClassSamples && tooFew.empty()) {
            d.ci = percentileInterval(column, settings.confidence);
            d.method = "bootstrap";
        } else if (!tooFew.empty()) {
            d.ci = {std::nan(""), std::nan("")};
            d.ciReason = tooFew;
        } else {
            d.ci = {std::nan(""), std::nan("")};
            d.ciReason = "the class has only " + std::to_string(involved)
                         + " samples or predictions (fewer than " + std::to_string(kMinClassSamples)
                         + ")";
        }
    }
    return out;
}

} // namespace disteval
