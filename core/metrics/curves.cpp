#include "metrics/curves.h"

#include "metrics/calibration.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace disteval {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

// Class c's histograms, or every class's pooled (kMicroAverage).
struct ClassHistograms
{
    std::vector<int64_t> positive;
    std::vector<int64_t> negative;
    int64_t positives = 0;
    int64_t negatives = 0;
};

ClassHistograms histogramsOf(const RocHistogram &h, int c)
{
    ClassHistograms out;
    const size_t bins = static_cast<size_t>(h.numBins);
    out.positive.assign(bins, 0);
    out.negative.assign(bins, 0);
    const int first = c == kMicroAverage ? 0 : c;
    const int last = c == kMicroAverage ? h.numClasses - 1 : c;
    for (int k = first; k <= last; ++k) {
        const size_t base = static_cast<size_t>(k) * bins;
        for (size_t b = 0; b < bins; ++b) {
            out.positive[b] += h.positive[base + b];
            out.negative[b] += h.negative[base + b];
        }
    }
    for (size_t b = 0; b < bins; ++b) {
        out.positives += out.positive[b];
        out.negatives += out.negative[b];
    }
    return out;
}

bool validClass(const RocHistogram &h, int c)
{
    return h.numBins > 0 && (c == kMicroAverage || (c >= 0 && c < h.numClasses));
}

// The samples at or above each occupied bin's lower edge, from the highest bin down:
// positive (tp) and negative (fp) ones, and the edge as a probability.
struct Cut
{
    int64_t tp = 0;
    int64_t fp = 0;
    double threshold = 0;
};

std::vector<Cut> cutsOf(const ClassHistograms &s, const RocHistogram &h)
{
    std::vector<Cut> cuts;
    Cut running;
    for (int b = h.numBins - 1; b >= 0; --b) {
        const size_t k = static_cast<size_t>(b);
        if (s.positive[k] == 0 && s.negative[k] == 0)
            continue;
        running.tp += s.positive[k];
        running.fp += s.negative[k];
        running.threshold = binThreshold(h, b);
        cuts.push_back(running);
    }
    return cuts;
}
} // namespace

double binThreshold(const RocHistogram &h, int bin)
{
    if (bin <= 0)
        return 0.0;
    const double edge
            = RocHistogram::kLow + (RocHistogram::kHigh - RocHistogram::kLow) * bin / h.numBins;
    return 1.0 / (1.0 + std::exp(-edge));
}

RocCurve rocCurve(const RocHistogram &h, int c)
{
    RocCurve curve;
    if (!validClass(h, c))
        return curve;
    const ClassHistograms s = histogramsOf(h, c);
    curve.positives = s.positives;
    curve.negatives = s.negatives;
    if (s.positives == 0 || s.negatives == 0)
        return curve;
    const double p = static_cast<double>(s.positives);
    const double n = static_cast<double>(s.negatives);
    curve.fpr.push_back(0.0);
    curve.tpr.push_back(0.0);
    curve.threshold.push_back(kInf);
    for (const Cut &cut : cutsOf(s, h)) {
        curve.fpr.push_back(static_cast<double>(cut.fp) / n);
        curve.tpr.push_back(static_cast<double>(cut.tp) / p);
        curve.threshold.push_back(cut.threshold);
    }
    return curve;
}

namespace {
// numpy.interp(x, xp, fp) for increasing xp (duplicates allowed: at an xp value the last
// of its fp values), clamped at both ends.
double interpolate(double x, const std::vector<double> &xp, const std::vector<double> &fp)
{
    const auto above = std::upper_bound(xp.begin(), xp.end(), x);
    if (above == xp.begin())
        return fp.front();
    const size_t j = static_cast<size_t>(above - xp.begin()) - 1; // last xp[j] <= x
    if (xp[j] == x || j + 1 == xp.size())
        return fp[j];
    const double t = (x - xp[j]) / (xp[j + 1] - xp[j]);
    return fp[j] + t * (fp[j + 1] - fp[j]);
}
} // namespace

RocCurve macroRocCurve(const RocHistogram &h)
{
    RocCurve macro;
    std::vector<RocCurve> curves;
    for (int c = 0; c < h.numClasses; ++c) {
        RocCurve curve = rocCurve(h, c);
        macro.positives += curve.positives;
        macro.negatives += curve.negatives;
        if (!curve.fpr.empty())
            curves.push_back(std::move(curve));
    }
    if (curves.empty())
        return macro;
    std::vector<double> grid;
    for (const RocCurve &curve : curves)
        grid.insert(grid.end(), curve.fpr.begin(), curve.fpr.end());
    std::sort(grid.begin(), grid.end());
    grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
    macro.fpr = grid;
    macro.tpr.assign(grid.size(), 0.0);
    for (const RocCurve &curve : curves)
        for (size_t i = 0; i < grid.size(); ++i)
            macro.tpr[i] += interpolate(grid[i], curve.fpr, curve.tpr);
    for (double &t : macro.tpr)
        t /= static_cast<double>(curves.size());
    return macro;
}

PrecisionRecallCurve precisionRecallCurve(const RocHistogram &h, int c)
{
    PrecisionRecallCurve curve;
    if (!validClass(h, c))
        return curve;
    const ClassHistograms s = histogramsOf(h, c);
    curve.positives = s.positives;
    curve.negatives = s.negatives;
    if (s.positives == 0)
        return curve;
    const double p = static_cast<double>(s.positives);
    curve.recall.push_back(0.0);
    curve.precision.push_back(1.0);
    curve.threshold.push_back(kInf);
    for (const Cut &cut : cutsOf(s, h)) {
        curve.recall.push_back(static_cast<double>(cut.tp) / p);
        curve.precision.push_back(static_cast<double>(cut.tp)
                                  / static_cast<double>(cut.tp + cut.fp));
        curve.threshold.push_back(cut.threshold);
    }
    return curve;
}

ConfidenceCurve confidenceCurve(const ModelCurves &m)
{
    ConfidenceCurve curve;
    const size_t bins = m.confidenceCorrect.size();
    if (bins == 0 || m.confidenceWrong.size() != bins)
        return curve;
    // Suffix sums: the samples in bin f and above have confidence > f / bins.
    std::vector<int64_t> correct(bins + 1, 0), wrong(bins + 1, 0);
    for (size_t f = bins; f-- > 0;) {
        correct[f] = correct[f + 1] + m.confidenceCorrect[f];
        wrong[f] = wrong[f + 1] + m.confidenceWrong[f];
    }
    const int64_t total = correct[0] + wrong[0];
    for (size_t f = 0; f < bins; ++f) {
        const int64_t kept = correct[f] + wrong[f];
        curve.threshold.push_back(static_cast<double>(f) / static_cast<double>(bins));
        curve.retained.push_back(kept);
        curve.correct.push_back(correct[f]);
        curve.coverage.push_back(total > 0 ? static_cast<double>(kept) / static_cast<double>(total)
                                           : std::numeric_limits<double>::quiet_NaN());
        curve.accuracy.push_back(kept > 0 ? static_cast<double>(correct[f])
                                                    / static_cast<double>(kept)
                                          : std::numeric_limits<double>::quiet_NaN());
    }
    return curve;
}

TopKCurve topKCurve(const ModelCurves &m)
{
    TopKCurve curve;
    if (m.rankHits.empty())
        return curve;
    // The samples counted: those whose true class ranked anywhere (the last entry of a
    // model with more classes than kMaxRank leaves out the ranks beyond), so the total
    // comes from the confidence histograms, which count every sample once.
    for (const int64_t c : m.confidenceCorrect)
        curve.samples += c;
    for (const int64_t w : m.confidenceWrong)
        curve.samples += w;
    int64_t running = 0;
    for (const int64_t hits : m.rankHits) {
        running += hits;
        curve.hits.push_back(running);
    }
    return curve;
}

} // namespace disteval
