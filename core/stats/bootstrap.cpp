#include "stats/bootstrap.h"

#include "stats/multinomialresampler.h"
#include "stats/quantile.h"
#include "stats/random.h"

#include <cmath>
#include <stdexcept>

namespace disteval {

namespace {
enum Scalar {
    kBalancedAccuracy,
    kMacroPrecision,
    kMacroRecall,
    kMacroF1,
    kWeightedPrecision,
    kWeightedRecall,
    kWeightedF1,
    kKappa,
    kMcc,
    kScalarCount
};

void scalarsOf(const ClassificationMetrics &m, double *out)
{
    out[kBalancedAccuracy] = m.balancedAccuracy;
    out[kMacroPrecision] = m.macroPrecision;
    out[kMacroRecall] = m.macroRecall;
    out[kMacroF1] = m.macroF1;
    out[kWeightedPrecision] = m.weightedPrecision;
    out[kWeightedRecall] = m.weightedRecall;
    out[kWeightedF1] = m.weightedF1;
    out[kKappa] = m.cohenKappa;
    out[kMcc] = m.mcc;
}

} // namespace

ConfusionBootstrap bootstrapConfusionMatrix(const ConfusionMatrix &cm,
                                            const BootstrapSettings &settings, uint64_t stream)
{
    if (settings.replicates < 1)
        throw std::invalid_argument("the bootstrap needs at least one replicate");
    const int numClasses = cm.numClasses();
    const size_t b = static_cast<size_t>(settings.replicates);
    MultinomialResampler resampler(cm.counts());
    const std::vector<uint32_t> &cells = resampler.cells();
    std::vector<int> cellRow(cells.size()), cellColumn(cells.size());
    std::vector<int64_t> cellCount(cells.size());
    for (size_t i = 0; i < cells.size(); ++i) {
        cellRow[i] = static_cast<int>(cells[i] / static_cast<uint32_t>(numClasses));
        cellColumn[i] = static_cast<int>(cells[i] % static_cast<uint32_t>(numClasses));
        cellCount[i] = cm.counts()[cells[i]];
    }

    // Every replicate averages over the classes of the sample it resamples.
    const ClassTotals full = ClassTotals::fromConfusionMatrix(cm);
    const LabelSet labels = LabelSet::of(full);
    ClassificationMetrics metrics;
    double estimate[kScalarCount];
    computeClassificationMetrics(full, settings.zeroDivision, metrics, &labels);
    scalarsOf(metrics, estimate);

    std::vector<std::vector<double>> scalars(kScalarCount, std::vector<double>(b));
    Rng rng(settings.seed, stream);
    std::vector<int64_t> drawn;
    ClassTotals totals;
    double values[kScalarCount];
    for (size_t r = 0; r < b; ++r) {
        resampler.draw(rng, drawn);
        totals.resize(numClasses);
        for (size_t i = 0; i < cells.size(); ++i)
            totals.add(cellRow[i], cellColumn[i], drawn[i]);
        computeClassificationMetrics(totals, settings.zeroDivision, metrics, &labels);
        scalarsOf(metrics, values);
        for (int k = 0; k < kScalarCount; ++k)
            scalars[static_cast<size_t>(k)][r] = values[k];
    }

    // The jackknife: one sample removed from each non-empty cell in turn.
    std::vector<std::vector<double>> leaveOneOut(kScalarCount, std::vector<double>(cells.size()));
    ClassTotals reduced = full;
    for (size_t i = 0; i < cells.size(); ++i) {
        reduced.add(cellRow[i], cellColumn[i], -1);
        computeClassificationMetrics(reduced, settings.zeroDivision, metrics, &labels);
        reduced.add(cellRow[i], cellColumn[i], 1);
        scalarsOf(metrics, values);
        for (int k = 0; k < kScalarCount; ++k)
            leaveOneOut[static_cast<size_t>(k)][i] = values[k];
    }

    const double conf = settings.confidence;
    Interval out[kScalarCount];
    for (int k = 0; k < kScalarCount; ++k) {
        const double a = jackknifeAcceleration(leaveOneOut[static_cast<size_t>(k)], cellCount);
        out[k] = bcaInterval(scalars[static_cast<size_t>(k)], estimate[k], a, conf);
    }
    ConfusionBootstrap result;
    result.balancedAccuracy = out[kBalancedAccuracy];
    result.macroPrecision = out[kMacroPrecision];
    result.macroRecall = out[kMacroRecall];
    result.macroF1 = out[kMacroF1];
    result.weightedPrecision = out[kWeightedPrecision];
    result.weightedRecall = out[kWeightedRecall];
    result.weightedF1 = out[kWeightedF1];
    result.cohenKappa = out[kKappa];
    result.mcc = out[kMcc];
    return result;
}

} // namespace disteval
