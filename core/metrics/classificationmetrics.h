#pragma once

#include "metrics/confusionmatrix.h"

#include <cstdint>
#include <string>
#include <vector>

namespace disteval {

// scikit-learn's zero_division: the value a ratio takes when its denominator is 0.
// NaN values are excluded from macro and weighted averages, as scikit-learn does.
enum class ZeroDivision { Zero = 1, One, NaN };

// Returns the ZeroDivision for "0", "1" or "nan"; throws std::invalid_argument otherwise.
ZeroDivision parseZeroDivision(const std::string &text);
std::string toString(ZeroDivision zd);
double zeroDivisionValue(ZeroDivision zd);

// Per-class counts from which every confusion-matrix metric follows.
struct ClassTotals
{
    std::vector<int64_t> truePositives; // diagonal
    std::vector<int64_t> support;       // row sums: samples whose true class is c
    std::vector<int64_t> predicted;     // column sums: samples predicted as c
    int64_t total = 0;
    int64_t correct = 0;

    static ClassTotals fromConfusionMatrix(const ConfusionMatrix &cm);
    void resize(int numClasses);
    // Adds n samples of true class y predicted as p (n may be negative, to take some away).
    void add(int y, int p, int64_t n)
    {
        support[static_cast<size_t>(y)] += n;
        predicted[static_cast<size_t>(p)] += n;
        if (y == p) {
            truePositives[static_cast<size_t>(y)] += n;
            correct += n;
        }
        total += n;
    }
};

// The classes the averages run over. scikit-learn's default (labels=None) takes them
// from the data: macro and weighted averages over the classes that occur as a true or a
// predicted class, balanced accuracy over the classes that occur as a true class. A
// bootstrap replicate must keep the label set of the sample it resamples (a class with
// one sample that drops out of a replicate would otherwise change what is averaged),
// and the two models of a paired comparison share one set; a class of the set that is
// absent from a replicate then counts with the zero_division value, as scikit-learn's
// labels=[...] does.
struct LabelSet
{
    std::vector<char> averaged;  // true or predicted somewhere
    std::vector<char> supported; // true class of some sample

    static LabelSet of(const ClassTotals &totals);
    // The classes of either (the set of a pair of models on the same samples).
    static LabelSet unionOf(const ClassTotals &a, const ClassTotals &b);
};

// Metrics computed from a confusion matrix with scikit-learn's definitions, averaged
// over the given label set or, without one, the data's own (labels=None). Values that scikit-learn
// leaves undefined (Cohen's kappa when both raters put everything in one class) are NaN.
struct ClassificationMetrics
{
    double accuracy = 0;
    double balancedAccuracy = 0;
    double macroPrecision = 0;
    double macroRecall = 0;
    double macroF1 = 0;
    double weightedPrecision = 0;
    double weightedRecall = 0;
    double weightedF1 = 0;
    double cohenKappa = 0;
    double mcc = 0;
    std::vector<double> precision;
    std::vector<double> recall;
    std::vector<double> f1;
};

// Fills `out` (reusing its storage, which keeps bootstrap replicates allocation-free).
void computeClassificationMetrics(const ClassTotals &totals, ZeroDivision zd,
                                  ClassificationMetrics &out, const LabelSet *labels = nullptr);
ClassificationMetrics computeClassificationMetrics(const ConfusionMatrix &cm, ZeroDivision zd);

// Fewer samples than this in one class and the bootstrap interval of a metric that
// weighs every class alike (macro averages, balanced accuracy, kappa, MCC) under-covers:
// a class with a handful of samples has a skewed, discrete estimate that no resampling
// can correct (coverage 0.69 with 5 samples, 0.88 with 10, 0.96 with 20;
// docs/STATISTICS.md, "Small classes").
constexpr int64_t kMinClassSamples = 20;

enum class ClassCount { Support = 1, Predicted, Involved };

// Why such an interval is withheld, naming the class: "" when every class of the label
// set has at least kMinClassSamples of the count that matters (true samples for
// recall-like metrics, predictions for precision, either for F1: s + p - tp).
std::string smallClassReason(const ClassTotals &totals, const LabelSet &labels, ClassCount kind);

} // namespace disteval
