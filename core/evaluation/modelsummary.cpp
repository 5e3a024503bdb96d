#include "evaluation/modelsummary.h"

#include "metrics/auroc.h"
#include "metrics/averageprecision.h"
#include "metrics/calibration.h"
#include "metrics/classificationmetrics.h"
#include "metrics/eceinterval.h"
#include "stats/meaninterval.h"
#include "stats/normal.h"
#include "stats/random.h"
#include "stats/wilson.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace disteval {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

MetricValue plain(double value, Interval ci, const char *method, std::string reason = {})
{
    if (!ci.defined())
        return {value, {kNaN, kNaN}, "", std::move(reason)};
    return {value, ci, method, {}};
}

MetricValue noInterval(double value, std::string reason)
{
    return {value, {kNaN, kNaN}, "", std::move(reason)};
}

Interval f1Interval(const ClassTotals &t, int c, double confidence)
{
    const size_t k = static_cast<size_t>(c);
    return f1WilsonInterval(t.truePositives[k], t.support[k] + t.predicted[k] - t.truePositives[k],
                            confidence);
}

// Below this many positives or negatives DeLong's variance of an AUROC is too small
// (coverage 0.77 at 5 positives, 0.88 at 10, 0.92 at 20; docs/STATISTICS.md).
constexpr int64_t kDelongMinimum = 50;
// ... and when min(positives, negatives) * min(AUROC, 1 - AUROC) is below this (an AUROC
// near 1 rests on a handful of misordered pairs: 0.92 coverage at AUROC 0.9999).
constexpr double kDelongEffectiveMinimum = 10;

// Where a class has fewer than kDelongMinimum positives or negatives and DeLong's
// variance of its AUROC is smaller than Newcombe's, the difference, summed over the
// classes used: added to the macro average's variance.
double smallSampleExcess(const RocHistogram &h, const MacroAuroc &auroc)
{
    double excess = 0;
    for (int c = 0; c < h.numClasses; ++c) {
        const AurocEstimate &e = auroc.perClass[static_cast<size_t>(c)];
        if (std::isnan(e.value))
            continue;
        int64_t pos = 0, neg = 0;
        const size_t base = static_cast<size_t>(c) * static_cast<size_t>(h.numBins);
        for (size_t k = 0; k < static_cast<size_t>(h.numBins); ++k) {
            pos += h.positive[base + k];
            neg += h.negative[base + k];
        }
        const double effective
                = static_cast<double>(std::min(pos, neg)) * std::min(e.value, 1 - e.value);
        if (std::min(pos, neg) >= kDelongMinimum && effective >= kDelongEffectiveMinimum)
            continue;
        const double delong = pos > 1 && neg > 1 ? e.variance : 0.0;
        excess += std::max(0.0, newcombeAurocVariance(e.value, static_cast<double>(pos),
                                                      static_cast<double>(neg))
                                        - delong);
    }
    return excess;
}

// The macro average: a normal interval clipped to [0, 1] (a logit-scale interval
// explodes near 1, where the delta method's 1 / (A (1 - A)) is huge).
MetricValue macroAurocValue(double auc, double variance, double confidence,
                            const std::string &reason)
{
    if (std::isnan(auc))
        return noInterval(auc, "no class has both positive and negative samples");
    if (!reason.empty())
        return noInterval(auc, reason);
    if (!(variance > 0))
        return noInterval(auc, "the scores do not vary, so the variance is 0");
    const Interval i = normalInterval(auc, std::sqrt(variance), confidence);
    return {auc, {std::max(0.0, i.lower), std::min(1.0, i.upper)}, "delong"};
}

// One class's AUROC with Newcombe's score interval.
MetricValue classAurocValue(const RocHistogram &h, int c, double auc, double confidence)
{
    int64_t pos = 0, neg = 0;
    const size_t base = static_cast<size_t>(c) * static_cast<size_t>(h.numBins);
    for (size_t k = 0; k < static_cast<size_t>(h.numBins); ++k) {
        pos += h.positive[base + k];
        neg += h.negative[base + k];
    }
    if (pos == 0 || neg == 0)
        return noInterval(auc, pos == 0 ? "no positive sample" : "no negative sample");
    return {auc,
            newcombeAurocInterval(auc, static_cast<double>(pos), static_cast<double>(neg),
                                  confidence),
            "newcombe"};
}

} // namespace

MetricValue averagePrecisionValue(const RocHistogram &h, int c, double confidence,
                                  const std::string &unit)
{
    const AveragePrecision ap = binnedAveragePrecision(h, c);
    if (std::isnan(ap.value))
        return noInterval(kNaN, "the " + unit + " has no positive sample");
    if (ap.positives < kMinPositivesForApInterval)
        return noInterval(ap.value, "the " + unit + " has fewer than "
                                            + std::to_string(kMinPositivesForApInterval)
                                            + " positive samples");
    const double variance = averagePrecisionVariance(h, c);
    if (std::isnan(variance))
        return noInterval(ap.value, "the " + unit + " has no negative sample");
    const Interval ci = averagePrecisionInterval(ap.value, variance, confidence);
    if (!ci.defined())
        return noInterval(ap.value, "every positive sample scores above every negative one, "
                                    "so the variance is 0");
    return {ap.value, ci, "logit"};
}

MacroAurocVariance macroAurocVariance(const RocHistogram &totals, const AurocSampleStore &store)
{
    const AurocInfluence influence(totals);
    MacroAurocVariance v;
    v.fraction = store.fraction();
    v.influenceSquares = influenceSquares({&store}, {&influence}, {1.0}).value();
    return v;
}

ModelResult summarizeModel(const SufficientStats &stats, const std::vector<std::string> &classNames,
                           const BootstrapSettings &settings, int modelIndex,
                           const MacroAurocVariance *macro)
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
    const double lossSum = stats.lossSum.value();
    const double meanLoss = n > 0 ? lossSum / static_cast<double>(n) : kNaN;
    const Interval lossCi = skewCorrectedMeanInterval(n, lossSum, stats.lossSquareSum.value(),
                                                      stats.lossCubeSum.value(), conf);

    const double ece = expectedCalibrationError(stats.calibration);
    const EceInference eceInference = inferExpectedCalibrationError(
            stats.calibration, conf, settings.seed,
            streamId("calibration", static_cast<uint64_t>(modelIndex)));

    const bool haveRoc = stats.roc.numBins > 0;
    MacroAuroc auroc;
    if (haveRoc)
        auroc = macroAuroc(stats.roc);

    // Bootstrap intervals of metrics that weigh every class alike need every class to
    // have enough samples (docs/STATISTICS.md, "Small classes").
    const LabelSet labels = LabelSet::of(totals);
    const std::string supportReason = smallClassReason(totals, labels, ClassCount::Support);
    const std::string predictedReason = smallClassReason(totals, labels, ClassCount::Predicted);
    const std::string involvedReason = smallClassReason(totals, labels, ClassCount::Involved);
    auto guarded = [&](double value, const Interval &ci, const std::string &reason) {
        if (!reason.empty())
            return noInterval(value, reason);
        return plain(value, ci, "bca");
    };

    auto &metrics = out.metrics;
    const char *noSamples = "no samples";
    metrics.emplace_back("accuracy", plain(m.accuracy, wilsonInterval(totals.correct, n, conf),
                                           "wilson", noSamples));
    metrics.emplace_back("balanced_accuracy",
                         guarded(m.balancedAccuracy, boot.balancedAccuracy, supportReason));
    if (numClasses >= SufficientStats::kTopK) {
        const double top = n > 0 ? static_cast<double>(stats.topKHits) / n : kNaN;
        metrics.emplace_back("top5_accuracy", plain(top, wilsonInterval(stats.topKHits, n, conf),
                                                    "wilson", noSamples));
    }
    metrics.emplace_back("loss", plain(meanLoss, lossCi, "hall", "fewer than 2 samples"));
    metrics.emplace_back("macro_f1", guarded(m.macroF1, boot.macroF1, involvedReason));
    metrics.emplace_back("weighted_f1", plain(m.weightedF1, boot.weightedF1, "bca"));
    metrics.emplace_back("macro_precision",
                         guarded(m.macroPrecision, boot.macroPrecision, predictedReason));
    metrics.emplace_back("macro_recall", guarded(m.macroRecall, boot.macroRecall, supportReason));
    metrics.emplace_back("weighted_precision",
                         plain(m.weightedPrecision, boot.weightedPrecision, "bca"));
    metrics.emplace_back("weighted_recall", plain(m.weightedRecall, boot.weightedRecall, "bca"));
    metrics.emplace_back("cohen_kappa", guarded(m.cohenKappa, boot.cohenKappa, supportReason));
    metrics.emplace_back("mcc", guarded(m.mcc, boot.mcc, supportReason));
    metrics.emplace_back("ece", plain(ece, eceInference.ci, "bound", noSamples));
    metrics.emplace_back("ece_debiased",
                         plain(eceInference.estimate, eceInference.ci, "bound", noSamples));

    out.perClass.resize(static_cast<size_t>(numClasses));
    for (int c = 0; c < numClasses; ++c) {
        PerClassResult &pc = out.perClass[static_cast<size_t>(c)];
        pc.index = c;
        pc.name = c < static_cast<int>(classNames.size()) ? classNames[c] : std::to_string(c);
        pc.support = totals.support[c];
        pc.predicted = totals.predicted[c];
        pc.precision = plain(m.precision[c],
                             wilsonInterval(totals.truePositives[c], totals.predicted[c], conf),
                             "wilson", "the class is never predicted");
        pc.recall = plain(m.recall[c],
                          wilsonInterval(totals.truePositives[c], totals.support[c], conf),
                          "wilson", "the class has no samples");
        pc.f1 = plain(m.f1[c], f1Interval(totals, c, conf), "wilson",
                      "the class has no samples and is never predicted");
        if (haveRoc) {
            const AurocEstimate &e = auroc.perClass[static_cast<size_t>(c)];
            pc.auroc = classAurocValue(stats.roc, c, e.value, conf);
            pc.averagePrecision = averagePrecisionValue(stats.roc, c, conf, "class");
        } else {
            pc.auroc = {kNaN, {kNaN, kNaN}, "", {}};
            pc.averagePrecision = pc.auroc;
        }
    }
    if (haveRoc) {
        MetricValue value;
        if (numClasses == 2) {
            // scikit-learn's binary case: the AUROC of the positive class (class 1); the
            // two one-vs-rest AUROCs of two classes are the same number anyway.
            value = out.perClass[1].auroc;
            out.aurocErrorBound = auroc.perClass[1].errorBound;
        } else {
            std::string reason;
            double variance = kNaN;
            if (!macro)
                reason = "the covariance between classes was not computed";
            else
                variance = macro->influenceSquares / macro->fraction
                           + smallSampleExcess(stats.roc, auroc)
                                     / (auroc.classesUsed * auroc.classesUsed);
            value = macroAurocValue(auroc.value, variance, conf, reason);
            out.aurocErrorBound = auroc.errorBound;
        }
        metrics.emplace_back("macro_auroc", value);
        out.aurocBins = stats.roc.numBins;
    }
    out.calibration = reliabilityDiagram(stats.calibration);
    out.curves.scores = stats.roc;
    out.curves.confidenceCorrect = stats.calibration.countCorrect;
    out.curves.confidenceWrong = stats.calibration.countWrong;
    out.curves.rankHits = stats.rankHits;
    return out;
}

} // namespace disteval
