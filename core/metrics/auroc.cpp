#include "metrics/auroc.h"

#include "stats/normal.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace disteval {

namespace {
// Checked before the vectors are allocated: a negative size converted to size_t would
// otherwise fail there first, with std::length_error or std::bad_alloc.
size_t cellCount(int classes, int bins)
{
    if (classes < 0 || bins < 0)
        throw std::invalid_argument("negative ROC histogram size");
    return static_cast<size_t>(classes) * static_cast<size_t>(bins);
}
} // namespace

RocHistogram::RocHistogram(int classes, int bins)
    : numClasses(classes)
    , numBins(bins)
    , positive(cellCount(classes, bins), 0)
    , negative(cellCount(classes, bins), 0)
{}

int RocHistogram::bin(double logOdds) const
{
    const double scaled = std::floor((logOdds - kLow) / (kHigh - kLow) * numBins);
    if (!(scaled > 0)) // also NaN
        return 0;
    if (scaled >= numBins - 1)
        return numBins - 1;
    return static_cast<int>(scaled);
}

AurocEstimate classAuroc(const RocHistogram &h, int c)
{
    AurocEstimate e;
    const size_t base = static_cast<size_t>(c) * h.numBins;
    double pos = 0;
    double neg = 0;
    for (int k = 0; k < h.numBins; ++k) {
        pos += static_cast<double>(h.positive[base + k]);
        neg += static_cast<double>(h.negative[base + k]);
    }
    if (pos == 0 || neg == 0) {
        e.value = std::numeric_limits<double>::quiet_NaN();
        e.variance = e.value;
        e.errorBound = e.value;
        return e;
    }
    // Wins of positives over negatives, ties (same bin) counting one half.
    double wins = 0;
    double ties = 0;
    double negBelow = 0;
    for (int k = 0; k < h.numBins; ++k) {
        const double p = static_cast<double>(h.positive[base + k]);
        const double n = static_cast<double>(h.negative[base + k]);
        wins += p * negBelow;
        ties += p * n;
        negBelow += n;
    }
    const double auc = (wins + 0.5 * ties) / (pos * neg);
    e.value = auc;
    e.errorBound = 0.5 * ties / (pos * neg);

    // DeLong et al. (1988): structural components of every positive (share of negatives
    // it beats) and every negative (share of positives that beat it); all samples in one
    // bin share the same component.
    double s10 = 0;
    double s01 = 0;
    negBelow = 0;
    double posAbove = pos;
    for (int k = 0; k < h.numBins; ++k) {
        const double p = static_cast<double>(h.positive[base + k]);
        const double n = static_cast<double>(h.negative[base + k]);
        posAbove -= p;
        const double v10 = (negBelow + 0.5 * n) / neg;
        const double v01 = (posAbove + 0.5 * p) / pos;
        s10 += p * (v10 - auc) * (v10 - auc);
        s01 += n * (v01 - auc) * (v01 - auc);
        negBelow += n;
    }
    const double var10 = pos > 1 ? s10 / (pos - 1) : 0.0;
    const double var01 = neg > 1 ? s01 / (neg - 1) : 0.0;
    e.variance = var10 / pos + var01 / neg;
    return e;
}

double newcombeAurocVariance(double theta, double positives, double negatives)
{
    const double pooled = (positives + negatives) / 2; // N*
    return std::max(0.0, theta * (1 - theta) / (positives * negatives)
                                 * (1 + (pooled - 1) * (1 - theta) / (2 - theta)
                                    + (pooled - 1) * theta / (1 + theta)));
}

Interval newcombeAurocInterval(double auc, double positives, double negatives, double confidence)
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    const double z = twoSidedZ(confidence);
    if (!(positives > 0 && negatives > 0) || std::isnan(auc) || std::isnan(z))
        return {kNaN, kNaN};
    auto excess = [&](double theta) { // > 0 outside the interval
        return (theta - auc) * (theta - auc)
               - z * z * newcombeAurocVariance(theta, positives, negatives);
    };
    // excess(auc) <= 0, excess(0) > 0 unless auc = 0, excess(1) > 0 unless auc = 1.
    auto root = [&](double inside, double outside) {
        if (excess(outside) <= 0)
            return outside;
        for (int i = 0; i < 200; ++i) {
            const double mid = 0.5 * (inside + outside);
            if (mid == inside || mid == outside)
                break;
            (excess(mid) <= 0 ? inside : outside) = mid;
        }
        return 0.5 * (inside + outside);
    };
    return {root(auc, 0.0), root(auc, 1.0)};
}

MacroAuroc macroAuroc(const RocHistogram &h)
{
    MacroAuroc m;
    m.perClass.reserve(h.numClasses);
    double sum = 0;
    double bound = 0;
    for (int c = 0; c < h.numClasses; ++c) {
        m.perClass.push_back(classAuroc(h, c));
        const AurocEstimate &e = m.perClass.back();
        if (std::isnan(e.value))
            continue;
        sum += e.value;
        bound += e.errorBound;
        ++m.classesUsed;
    }
    if (m.classesUsed == 0) {
        m.value = m.errorBound = std::numeric_limits<double>::quiet_NaN();
        return m;
    }
    const double k = m.classesUsed;
    m.value = sum / k;
    m.errorBound = bound / k;
    return m;
}

} // namespace disteval
