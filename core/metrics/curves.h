#pragma once

#include "metrics/auroc.h"

#include <cstdint>
#include <vector>

namespace disteval {

// What a model's curves are drawn from. The result file keeps it (schema 4, `curves`;
// docs/RESULT_SCHEMA.md), so a result written on a cluster draws the same curves in the
// app as one written on a workstation:
//  - `scores`: the one-vs-rest score histograms the AUROCs come from (RocHistogram: per
//    class, the positives' and the negatives' log-odds scores in equal bins);
//  - `confidenceCorrect` / `confidenceWrong`: every sample's largest probability in the
//    calibration's fine bins (CalibrationHistogram::fineBin), split by whether its
//    prediction was right (classification, dense classification);
//  - `rankHits[k - 1]`: samples whose true class had the k-th largest logit (scikit-
//    learn's top-k order), k = 1 .. min(classes, kMaxRank) (classification).
// Each part is empty where the task or the run has none (regression; --auroc-bins 0).
struct ModelCurves
{
    static constexpr int kMaxRank = 10;
    // The most classes x bins the score histograms may have: the engine stores no curves
    // beyond (it warns), readers refuse them (64 MiB of counts held twice).
    static constexpr int64_t kMaxScoreCells = int64_t(1) << 22;

    RocHistogram scores;
    std::vector<int64_t> confidenceCorrect;
    std::vector<int64_t> confidenceWrong;
    std::vector<int64_t> rankHits;

    bool hasScores() const { return scores.numBins > 0 && scores.numClasses > 0; }
    bool hasConfidence() const { return !confidenceCorrect.empty(); }
    bool empty() const { return !hasScores() && !hasConfidence() && rankHits.empty(); }
};

// Which curve of a model's score histograms: one class (0 .. C-1) or an average.
constexpr int kMicroAverage = -1; // every class's histograms pooled: scikit-learn's micro
                                  // average (the one-hot labels against the scores, raveled)

// The score at which bin `bin` starts, as a probability: sigmoid(kLow + bin * width).
// Bin 0 also holds every lower score, so its threshold is 0.
double binThreshold(const RocHistogram &h, int bin);

// A ROC curve from binned scores: a sample counts as predicted positive when its bin is
// at or above the threshold's bin. The points run from (0, 0) (threshold above every
// score, `threshold` +inf) to (1, 1) (threshold 0), one per non-empty bin, so each point
// is the exact empirical (FPR, TPR) of the unbinned scores at that bin's lower edge:
// the binned curve is the exact one seen at the bins' edges. Empty vectors when the
// class has no positive or no negative sample.
struct RocCurve
{
    std::vector<double> fpr;
    std::vector<double> tpr;
    std::vector<double> threshold; // probability; +inf for the first point
    int64_t positives = 0;
    int64_t negatives = 0;
};
RocCurve rocCurve(const RocHistogram &h, int c);

// The macro-average ROC curve (scikit-learn's example): at every FPR of the classes that
// have positives and negatives, the mean of their TPRs, each linearly interpolated
// (several points at one FPR: the highest TPR, as numpy.interp takes the last). No
// thresholds (they differ between classes). Empty when no class has both.
RocCurve macroRocCurve(const RocHistogram &h);

// A precision-recall curve from binned scores, thresholds decreasing as in RocCurve:
// one point per bin holding positives or negatives, recall = TP / P and precision =
// TP / (TP + FP) at and above that bin (scikit-learn's precision_recall_curve at the
// bin's lower edge). The first point is (recall 0, precision 1) at threshold +inf, as
// scikit-learn's last. Empty without a positive sample.
struct PrecisionRecallCurve
{
    std::vector<double> recall;
    std::vector<double> precision;
    std::vector<double> threshold;
    int64_t positives = 0;
    int64_t negatives = 0;
};
PrecisionRecallCurve precisionRecallCurve(const RocHistogram &h, int c);

// Selective classification from the confidence histograms: for each threshold t (the
// fine bins' lower edges, 0, 1/300, ..., 299/300), the samples whose confidence is
// above t are kept (`retained`, of which `correct` were right); coverage = retained / N
// and accuracy = correct / retained (NaN when none is kept). Empty without histograms.
struct ConfidenceCurve
{
    std::vector<double> threshold;
    std::vector<int64_t> retained;
    std::vector<int64_t> correct;
    std::vector<double> coverage;
    std::vector<double> accuracy;
};
ConfidenceCurve confidenceCurve(const ModelCurves &curves);

// Top-k accuracy for k = 1 .. rankHits.size(): hits[k - 1] = samples whose true class
// was among the k largest logits; `samples` the samples counted.
struct TopKCurve
{
    std::vector<int64_t> hits;
    int64_t samples = 0;
};
TopKCurve topKCurve(const ModelCurves &curves);

} // namespace disteval
