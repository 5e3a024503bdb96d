#include "evaluation/modelsummary.h"

#include "metrics/auroc.h"
#include "metrics/calibration.h"
#include "metrics/classificationmetrics.h"
#include "stats/normal.h"
#include "stats/random.h"
#include "stats/wilson.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace disteval {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

MetricValue plain(double value, Interval ci, const char *method)
{
    if (!ci.defined())
        return {value, {kNaN, kNaN}, ""};
    return {value, ci, method};
}

Interval clampedNormal(double mean, double variance, double confidence)
{
    if (std::isnan(mean) || std::isnan(variance))
        return {kNaN, kNaN};
    const Interval i = normalInterval(mean, std::sqrt(std::max(0.0, variance)), confidence);
    return {std::max(0.0, i.lower), std::min(1.0, i.upper)};
}
} // namespace

ModelResult summarizeModel(const SufficientStats &stats, const std::vector<std::string> &classNames,
                           const BootstrapSettings &settings, int modelIndex)
{
    ModelResult out;
    const int numClasses = stats.numClasses;
    const double conf = settings.confidence;
    out.confusion = stats.confusion;
    out.evaluatedSamples = stats.evaluatedSamples();
    out.nonFiniteSamples = stats.nonFiniteSamples;

    const ClassTotals totals = ClassTotals::fromConfusionMatrix(stats.confusion);
    ClassificationMetrics m;
    computeClassificationMetrics(totals, settings.zeroDivision, m);
    const ConfusionBootstrap boot = bootstrapConfusionMatrix(
            stats.confusion, settings, streamId("confusion", static_cast<uint64_t>(modelIndex)));

    const int64_t n = totals.total;
    const double meanLoss = n > 0 ? stats.lossSum / static_cast<double>(n) : kNaN;
    double lossVariance = kNaN;
    if (n > 1) {
        const double nd = static_cast<double>(n);
        lossVariance = std::max(0.0, (stats.lossSquareSum - stats.lossSum * meanLoss) / (nd - 1));
    }
    const Interval lossCi = n > 1 ? normalInterval(meanLoss, std::sqrt(lossVariance / n), conf)
                                  : Interval{kNaN, kNaN};

    const double ece = expectedCalibrationError(stats.calibration);
    const Interval eceCi = n > 0 ? bootstrapExpectedCalibrationError(
                                   stats.calibration, settings,
                                   streamId("calibration", static_cast<uint64_t>(modelIndex)))
                                 : Interval{kNaN, kNaN};

    const bool haveRoc = stats.roc.numBins > 0;
    MacroAuroc auroc;
    if (haveRoc)
        auroc = macroAuroc(stats.roc);

    auto &metrics = out.metrics;
    metrics.emplace_back("accuracy",
                         plain(m.accuracy, wilsonInterval(totals.correct, n, conf), "wilson"));
    metrics.emplace_back("balanced_accuracy",
                         plain(m.balancedAccuracy, boot.balancedAccuracy, "bootstrap"));
    if (numClasses >= SufficientStats::kTopK) {
        const double top = n > 0 ? static_cast<double>(stats.topKHits) / n : kNaN;
        metrics.emplace_back("top5_accuracy",
                             plain(top, wilsonInterval(stats.topKHits, n, conf), "wilson"));
    }
    metrics.emplace_back("loss", plain(meanLoss, lossCi, "normal"));
    metrics.emplace_back("macro_f1", plain(m.macroF1, boot.macroF1, "bootstrap"));
    metrics.emplace_back("weighted_f1", plain(m.weightedF1, boot.weightedF1, "bootstrap"));
    metrics.emplace_back("macro_precision",
                         plain(m.macroPrecision, boot.macroPrecision, "bootstrap"));
    metrics.emplace_back("macro_recall", plain(m.macroRecall, boot.macroRecall, "bootstrap"));
    metrics.emplace_back("weighted_precision",
                         plain(m.weightedPrecision, boot.weightedPrecision, "bootstrap"));
    metrics.emplace_back("weighted_recall",
                         plain(m.weightedRecall, boot.weightedRecall, "bootstrap"));
    metrics.emplace_back("cohen_kappa", plain(m.cohenKappa, boot.cohenKappa, "bootstrap"));
    metrics.emplace_back("mcc", plain(m.mcc, boot.mcc, "bootstrap"));
    metrics.emplace_back("ece", plain(ece, eceCi, "bootstrap"));
    if (haveRoc) {
        metrics.emplace_back(
                "macro_auroc",
                plain(auroc.value, clampedNormal(auroc.value, auroc.variance, conf), "delong"));
        out.aurocBins = stats.roc.numBins;
        out.aurocErrorBound = auroc.errorBound;
    }

    out.perClass.resize(static_cast<size_t>(numClasses));
    for (int c = 0; c < numClasses; ++c) {
        PerClassResult &pc = out.perClass[static_cast<size_t>(c)];
        pc.index = c;
        pc.name = c < static_cast<int>(classNames.size()) ? classNames[c] : std::to_string(c);
        pc.support = totals.support[c];
        pc.predicted = totals.predicted[c];
        pc.precision = plain(m.precision[c],
                             wilsonInterval(totals.truePositives[c], totals.predicted[c], conf),
                             "wilson");
        pc.recall
                = plain(m.recall[c],
                        wilsonInterval(totals.truePositives[c], totals.support[c], conf), "wilson");
        pc.f1 = plain(m.f1[c], boot.f1[c], "bootstrap");
        if (haveRoc) {
            const AurocEstimate &e = auroc.perClass[static_cast<size_t>(c)];
            pc.auroc = plain(e.value, clampedNormal(e.value, e.variance, conf), "delong");
        } else {
            pc.auroc = {kNaN, {kNaN, kNaN}, ""};
        }
    }
    out.calibration = reliabilityDiagram(stats.calibration);
    return out;
}

} // namespace disteval
