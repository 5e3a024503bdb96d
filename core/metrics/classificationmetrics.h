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
};

// Metrics computed from a confusion matrix with scikit-learn's definitions and its
// default label set (labels=None): macro and weighted averages run over the classes
// that occur as a true or a predicted class. Values that scikit-learn leaves undefined
// (Cohen's kappa when both raters put everything in one class) are NaN.
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
                                  ClassificationMetrics &out);
ClassificationMetrics computeClassificationMetrics(const ConfusionMatrix &cm, ZeroDivision zd);

} // namespace disteval
