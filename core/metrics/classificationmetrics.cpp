#include "metrics/classificationmetrics.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace disteval {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double ratio(int64_t num, int64_t den, double zeroDivision)
{
    return den > 0 ? static_cast<double>(num) / static_cast<double>(den) : zeroDivision;
}

// Mean of `values` over the present classes, weights optional; NaN entries are left
// out (scikit-learn's _nanaverage, which also falls back to the unweighted mean when
// every remaining weight is 0). Returns NaN when nothing remains.
double average(const std::vector<double> &values, const std::vector<char> &present,
               const std::vector<int64_t> *weights)
{
    double sum = 0;
    double weightSum = 0;
    double plainSum = 0;
    int count = 0;
    for (size_t c = 0; c < values.size(); ++c) {
        if (!present[c] || std::isnan(values[c]))
            continue;
        const double w = weights ? static_cast<double>((*weights)[c]) : 1.0;
        sum += w * values[c];
        weightSum += w;
        plainSum += values[c];
        ++count;
    }
    if (count == 0)
        return kNaN;
    // Only reachable with zero_division=nan: with 0 or 1 no entry is NaN, so the weights
    // of the present classes add up to the (positive) number of samples.
    if (weightSum == 0)
        return plainSum / count;
    return sum / weightSum;
}
} // namespace

ZeroDivision parseZeroDivision(const std::string &text)
{
    if (text == "0")
        return ZeroDivision::Zero;
    if (text == "1")
        return ZeroDivision::One;
    if (text == "nan" || text == "NaN")
        return ZeroDivision::NaN;
    throw std::invalid_argument("zero_division must be 0, 1 or nan, not '" + text + "'");
}

std::string toString(ZeroDivision zd)
{
    switch (zd) {
    case ZeroDivision::Zero:
        return "0";
    case ZeroDivision::One:
        return "1";
    case ZeroDivision::NaN:
        return "nan";
    }
    return "0";
}

double zeroDivisionValue(ZeroDivision zd)
{
    switch (zd) {
    case ZeroDivision::Zero:
        return 0.0;
    case ZeroDivision::One:
        return 1.0;
    case ZeroDivision::NaN:
        return kNaN;
    }
    return 0.0;
}

void ClassTotals::resize(int numClasses)
{
    truePositives.assign(numClasses, 0);
    support.assign(numClasses, 0);
    predicted.assign(numClasses, 0);
    total = 0;
    correct = 0;
}

ClassTotals ClassTotals::fromConfusionMatrix(const ConfusionMatrix &cm)
{
    ClassTotals t;
    const int n = cm.numClasses();
    t.resize(n);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const int64_t v = cm.at(i, j);
            t.support[i] += v;
            t.predicted[j] += v;
        }
        t.truePositives[i] = cm.at(i, i);
        t.correct += cm.at(i, i);
    }
    for (int64_t s : t.support)
        t.total += s;
    return t;
}

LabelSet LabelSet::of(const ClassTotals &t)
{
    LabelSet s;
    const size_t n = t.support.size();
    s.averaged.assign(n, 0);
    s.supported.assign(n, 0);
    for (size_t c = 0; c < n; ++c) {
        s.supported[c] = t.support[c] > 0 ? 1 : 0;
        s.averaged[c] = (t.support[c] > 0 || t.predicted[c] > 0) ? 1 : 0;
    }
    return s;
}

LabelSet LabelSet::unionOf(const ClassTotals &a, const ClassTotals &b)
{
    LabelSet s = of(a);
    const LabelSet other = of(b);
    for (size_t c = 0; c < s.averaged.size() && c < other.averaged.size(); ++c) {
        s.averaged[c] = s.averaged[c] || other.averaged[c];
        s.supported[c] = s.supported[c] || other.supported[c];
    }
    return s;
}

void computeClassificationMetrics(const ClassTotals &t, ZeroDivision zd, ClassificationMetrics &out,
                                  const LabelSet *labels)
{
    const size_t n = t.support.size();
    const double zdv = zeroDivisionValue(zd);
    out.precision.resize(n);
    out.recall.resize(n);
    out.f1.resize(n);
    if (labels && (labels->averaged.size() != n || labels->supported.size() != n))
        throw std::invalid_argument("label set of another number of classes");
    std::vector<char> present(n, 0);

    double recallSum = 0;
    int recallCount = 0;
    double sumTruePred = 0; // sum_c support_c * predicted_c, for kappa and MCC
    double sumTrueSq = 0;
    double sumPredSq = 0;
    for (size_t c = 0; c < n; ++c) {
        const int64_t tp = t.truePositives[c];
        const int64_t sup = t.support[c];
        const int64_t pred = t.predicted[c];
        present[c] = labels ? labels->averaged[c] : ((sup > 0 || pred > 0) ? 1 : 0);
        out.precision[c] = ratio(tp, pred, zdv);
        out.recall[c] = ratio(tp, sup, zdv);
        // F1 from counts, 2TP / (2TP + FP + FN); equal to the harmonic mean of
        // precision and recall wherever both are defined.
        out.f1[c] = ratio(2 * tp, sup + pred, zdv);
        if (labels ? labels->supported[c] : sup > 0) {
            // A class of a fixed label set without samples in this replicate: zero_division.
            const double r = sup > 0 ? static_cast<double>(tp) / static_cast<double>(sup) : zdv;
            if (!std::isnan(r)) {
                recallSum += r;
                ++recallCount;
            }
        }
        const double s = static_cast<double>(sup);
        const double p = static_cast<double>(pred);
        sumTruePred += s * p;
        sumTrueSq += s * s;
        sumPredSq += p * p;
    }

    const double total = static_cast<double>(t.total);
    out.accuracy = t.total > 0 ? static_cast<double>(t.correct) / total : kNaN;
    // balanced_accuracy_score: mean recall over classes with support (adjusted=False).
    out.balancedAccuracy = recallCount > 0 ? recallSum / recallCount : kNaN;
    out.macroPrecision = average(out.precision, present, nullptr);
    out.macroRecall = average(out.recall, present, nullptr);
    out.macroF1 = average(out.f1, present, nullptr);
    out.weightedPrecision = average(out.precision, present, &t.support);
    out.weightedRecall = average(out.recall, present, &t.support);
    out.weightedF1 = average(out.f1, present, &t.support);

    // cohen_kappa_score: 1 - sum(w*cm)/sum(w*expected) with w = 1 - I, i.e.
    // (N*correct - sum s_c p_c) / (N^2 - sum s_c p_c); undefined (NaN) when 0/0.
    const double correct = static_cast<double>(t.correct);
    const double kappaDen = total * total - sumTruePred;
    out.cohenKappa = kappaDen != 0 ? (total * correct - sumTruePred) / kappaDen : kNaN;

    // matthews_corrcoef, multiclass form; 0 when either variance term vanishes.
    const double covTP = correct * total - sumTruePred;
    const double covPP = total * total - sumPredSq;
    const double covTT = total * total - sumTrueSq;
    out.mcc = (covPP * covTT == 0) ? 0.0 : covTP / std::sqrt(covTT * covPP);
}

ClassificationMetrics computeClassificationMetrics(const ConfusionMatrix &cm, ZeroDivision zd)
{
    ClassificationMetrics m;
    computeClassificationMetrics(ClassTotals::fromConfusionMatrix(cm), zd, m);
    return m;
}

std::string smallClassReason(const ClassTotals &t, const LabelSet &labels, ClassCount kind)
{
    int worst = -1;
    int64_t fewest = 0;
    for (size_t c = 0; c < t.support.size(); ++c) {
        const bool inSet = kind == ClassCount::Support ? labels.supported[c] : labels.averaged[c];
        if (!inSet)
            continue;
        const int64_t count = kind == ClassCount::Support ? t.support[c]
                              : kind == ClassCount::Predicted
                                      ? t.predicted[c]
                                      : t.support[c] + t.predicted[c] - t.truePositives[c];
        if (worst < 0 || count < fewest) {
            worst = static_cast<int>(c);
            fewest = count;
        }
    }
    if (worst < 0 || fewest >= kMinClassSamples)
        return {};
    const char *what = kind == ClassCount::Support     ? "samples"
                       : kind == ClassCount::Predicted ? "predictions"
                                                       : "samples or predictions";
    return "class " + std::to_string(worst) + " has only " + std::to_string(fewest) + " " + what
           + " (fewer than " + std::to_string(kMinClassSamples)
           + "): the interval of an average over classes would not be reliable";
}

} // namespace disteval
