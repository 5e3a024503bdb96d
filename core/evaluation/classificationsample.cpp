#include "evaluation/classificationsample.h"

#include <cmath>

namespace disteval {

namespace {
// How many classes rank above `label` in scikit-learn's top-k order, counted up to `cap`.
int classesAbove(const double *z, int numClasses, int64_t label, int cap)
{
    const double own = z[label];
    int above = 0;
    for (int c = 0; c < numClasses; ++c)
        if (z[c] > own || (z[c] == own && c > label))
            if (++above >= cap)
                return cap;
    return above;
}
} // namespace

bool inTopK(const double *z, int numClasses, int64_t label, int k)
{
    return classesAbove(z, numClasses, label, k) < k;
}

void analyzeSample(const double *z, int numClasses, int64_t label, const RocHistogram &roc,
                   SampleOutcome &out, uint16_t *rocBins)
{
    out = SampleOutcome{};
    int best = 0;
    for (int c = 0; c < numClasses; ++c) {
        if (!std::isfinite(z[c]))
            return; // predicted stays -1
        if (z[c] > z[best])
            best = c;
    }
    out.predicted = best;
    // log-sum-exp around the maximum, summed in class order
    const double top = z[best];
    double sum = 0;
    for (int c = 0; c < numClasses; ++c)
        sum += std::exp(z[c] - top);
    const double logSum = std::log(sum);
    out.loss = -((z[label] - top) - logSum);
    out.confidence = 1.0 / sum; // exp(z_best - top - log(sum))
    out.rank = classesAbove(z, numClasses, label, ModelCurves::kMaxRank);
    out.topKHit = numClasses >= SufficientStats::kTopK && out.rank < SufficientStats::kTopK;
    if (rocBins && roc.numBins > 0) {
        for (int c = 0; c < numClasses; ++c) {
            // log-odds log(p / (1 - p)) of the softmax probability, from log p
            const double logP = (z[c] - top) - logSum;
            const double logOdds = logP - std::log(-std::expm1(logP));
            rocBins[c] = static_cast<uint16_t>(roc.bin(logOdds));
        }
    }
}

void addSample(const SampleOutcome &o, int64_t label, const uint16_t *rocBins,
               SufficientStats &stats)
{
    if (o.predicted < 0) {
        ++stats.nonFiniteSamples;
        return;
    }
    const int y = static_cast<int>(label);
    stats.confusion.add(y, o.predicted);
    stats.lossSum.add(o.loss);
    const double square = o.loss * o.loss;
    stats.lossSquareSum.add(square);
    stats.lossCubeSum.add(square * o.loss);
    if (o.topKHit)
        ++stats.topKHits;
    if (static_cast<size_t>(o.rank) < stats.rankHits.size())
        ++stats.rankHits[static_cast<size_t>(o.rank)];
    stats.calibration.add(o.confidence, o.predicted == y);
    if (rocBins && stats.roc.numBins > 0) {
        const size_t bins = static_cast<size_t>(stats.roc.numBins);
        for (int c = 0; c < stats.numClasses; ++c) {
            const size_t cell = static_cast<size_t>(c) * bins + rocBins[c];
            if (c == y)
                ++stats.roc.positive[cell];
            else
                ++stats.roc.negative[cell];
        }
    }
}

} // namespace disteval
