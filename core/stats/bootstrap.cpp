#include "stats/bootstrap.h"

#include "stats/multinomialresampler.h"
#include "stats/quantile.h"
#include "stats/random.h"

#include <cmath>
#include <stdexcept>

namespace disteval {

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
    for (size_t i = 0; i < cells.size(); ++i) {
        cellRow[i] = static_cast<int>(cells[i] / static_cast<uint32_t>(numClasses));
        cellColumn[i] = static_cast<int>(cells[i] % static_cast<uint32_t>(numClasses));
    }

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
    std::vector<std::vector<double>> scalars(kScalarCount, std::vector<double>(b));
    std::vector<double> perClassF1(static_cast<size_t>(numClasses) * b); // [class][replicate]

    Rng rng(settings.seed, stream);
    std::vector<int64_t> drawn;
    ClassTotals totals;
    ClassificationMetrics metrics;
    for (size_t r = 0; r < b; ++r) {
        resampler.draw(rng, drawn);
        totals.resize(numClasses);
        for (size_t i = 0; i < cells.size(); ++i) {
            const int64_t x = drawn[i];
            totals.support[cellRow[i]] += x;
            totals.predicted[cellColumn[i]] += x;
            if (cellRow[i] == cellColumn[i]) {
                totals.truePositives[cellRow[i]] += x;
                totals.correct += x;
            }
            totals.total += x;
        }
        computeClassificationMetrics(totals, settings.zeroDivision, metrics);
        scalars[kBalancedAccuracy][r] = metrics.balancedAccuracy;
        scalars[kMacroPrecision][r] = metrics.macroPrecision;
        scalars[kMacroRecall][r] = metrics.macroRecall;
        scalars[kMacroF1][r] = metrics.macroF1;
        scalars[kWeightedPrecision][r] = metrics.weightedPrecision;
        scalars[kWeightedRecall][r] = metrics.weightedRecall;
        scalars[kWeightedF1][r] = metrics.weightedF1;
        scalars[kKappa][r] = metrics.cohenKappa;
        scalars[kMcc][r] = metrics.mcc;
        for (int c = 0; c < numClasses; ++c)
            perClassF1[static_cast<size_t>(c) * b + r] = metrics.f1[c];
    }

    const double conf = settings.confidence;
    ConfusionBootstrap out;
    out.balancedAccuracy = percentileInterval(scalars[kBalancedAccuracy], conf);
    out.macroPrecision = percentileInterval(scalars[kMacroPrecision], conf);
    out.macroRecall = percentileInterval(scalars[kMacroRecall], conf);
    out.macroF1 = percentileInterval(scalars[kMacroF1], conf);
    out.weightedPrecision = percentileInterval(scalars[kWeightedPrecision], conf);
    out.weightedRecall = percentileInterval(scalars[kWeightedRecall], conf);
    out.weightedF1 = percentileInterval(scalars[kWeightedF1], conf);
    out.cohenKappa = percentileInterval(scalars[kKappa], conf);
    out.mcc = percentileInterval(scalars[kMcc], conf);
    out.f1.resize(numClasses);
    std::vector<double> column(b);
    for (int c = 0; c < numClasses; ++c) {
        column.assign(perClassF1.begin() + static_cast<std::ptrdiff_t>(c * b),
                      perClassF1.begin() + static_cast<std::ptrdiff_t>((c + 1) * b));
        out.f1[c] = percentileInterval(column, conf);
    }
    return out;
}

Interval bootstrapExpectedCalibrationError(const CalibrationHistogram &h,
                                           const BootstrapSettings &settings, uint64_t stream)
{
    if (settings.replicates < 1)
        throw std::invalid_argument("the bootstrap needs at least one replicate");
    constexpr int kFine = CalibrationHistogram::kFineBins;
    // Cells 0..kFine-1: correct predictions per fine bin; kFine..2*kFine-1: wrong ones.
    std::vector<int64_t> counts(2 * kFine);
    std::vector<double> meanConfidence(2 * kFine, 0.0);
    for (int f = 0; f < kFine; ++f) {
        counts[f] = h.countCorrect[f];
        counts[kFine + f] = h.countWrong[f];
        if (h.countCorrect[f])
            meanConfidence[f] = h.confidenceSumCorrect[f] / h.countCorrect[f];
        if (h.countWrong[f])
            meanConfidence[kFine + f] = h.confidenceSumWrong[f] / h.countWrong[f];
    }
    MultinomialResampler resampler(counts);
    const std::vector<uint32_t> &cells = resampler.cells();
    const double n = static_cast<double>(resampler.total());
    std::vector<double> replicates(static_cast<size_t>(settings.replicates));
    Rng rng(settings.seed, stream);
    std::vector<int64_t> drawn;
    std::vector<double> gap(CalibrationHistogram::kEceBins);
    for (double &value : replicates) {
        resampler.draw(rng, drawn);
        std::fill(gap.begin(), gap.end(), 0.0);
        for (size_t i = 0; i < cells.size(); ++i) {
            const uint32_t cell = cells[i];
            const bool correct = cell < static_cast<uint32_t>(kFine);
            const int fine = static_cast<int>(correct ? cell : cell - kFine);
            const double x = static_cast<double>(drawn[i]);
            // per ECE bin: sum of (correct - confidence) over its items
            gap[fine / CalibrationHistogram::kFinePerEceBin]
                    += (correct ? x : 0.0) - x * meanConfidence[cell];
        }
        double ece = 0;
        for (double g : gap)
            ece += std::fabs(g);
        value = n > 0 ? ece / n : std::nan("");
    }
    return percentileInterval(replicates, settings.confidence);
}

} // namespace disteval
