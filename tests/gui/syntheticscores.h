#pragma once

// Scores, confidences and true-class ranks with a realistic spread for the synthetic
// results of the GUI tests (syntheticresult.cpp, the fake engine, comparisonfixtures.h),
// so that their ROC, precision-recall, confidence and top-k curves look like curves.
//
// Every number is a function of (seed, sample, class) alone, drawn from a counter-based
// hash, so a result is the same however its samples are visited. A sample adds to its
// model's statistics exactly as the engine's does (core's SufficientStats): each class's
// log-odds score to that class's positive histogram when it is the sample's true class,
// else to its negative one, so every class's positives are its support and positives and
// negatives together are the samples, as the result validator requires.

#include "evaluation/sufficientstats.h"
#include "metrics/aurocinfluence.h"
#include "stats/normal.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace synthetic {

// splitmix64's finaliser: a well-mixed 64-bit value of `x`.
inline uint64_t mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// The key of one draw; `stream` tells apart the draws of one (sample, class).
inline uint64_t key(uint64_t seed, int64_t sample, int64_t c, uint64_t stream = 0)
{
    return mix(mix(mix(seed) ^ static_cast<uint64_t>(sample)) ^ static_cast<uint64_t>(c)
               ^ (stream << 48));
}

// Uniform in (0, 1).
inline double uniform(uint64_t k)
{
    return (static_cast<double>(mix(k) >> 11) + 0.5) * 0x1.0p-53;
}

// Standard normal, through a table of 4096 quantiles (fine enough for 64 score bins, and
// fast at 1000 classes x 60,000 samples).
inline double standardNormal(uint64_t k)
{
    static const std::vector<double> quantiles = [] {
        std::vector<double> q(4096);
        for (size_t i = 0; i < q.size(); ++i)
            q[i] = disteval::normalQuantile((static_cast<double>(i) + 0.5) / 4096.0);
        return q;
    }();
    return quantiles[mix(k) >> 52];
}

// The log-odds score a model gives class c for a sample of class `truth` it predicted as
// `predicted`: four overlapping Gaussians (sd 1.5), highest where c is both, then where c
// was predicted wrongly, then where c was missed, lowest where c is neither. `hardness`
// (0 to 1) moves the last group up, so a harder class is told apart less well.
inline double score(uint64_t seed, int64_t sample, int c, int truth, int predicted, double hardness)
{
    double mean = 0;
    if (c == truth)
        mean = c == predicted ? 3.0 : -0.5;
    else
        mean = c == predicted ? 1.0 : -4.5 + 3.0 * hardness;
    return mean + 1.5 * standardNormal(key(seed, sample, c, 1));
}

// Classes ranked above the true class (0 when the prediction is right): for a mistake
// 1, 2, 3, ... with halving chances, at most classes - 1.
inline int rank(uint64_t seed, int64_t sample, bool correct, int classes)
{
    if (correct || classes < 2)
        return 0;
    const double u = uniform(key(seed, sample, -1, 2));
    const int r = 1 + static_cast<int>(std::floor(-std::log2(u)));
    return std::min(r, classes - 1);
}

// A largest softmax probability: mostly high for a right prediction, spread evenly for a
// wrong one, so that the accuracy grows smoothly with the confidence (a little over-
// confident); never below 1 / classes.
inline double confidence(uint64_t seed, int64_t sample, bool correct, int classes)
{
    const double u = uniform(key(seed, sample, -1, 3));
    const double p = correct ? 1.0 - 0.75 * u * u : 0.2 + 0.75 * u;
    return std::clamp(p, 1.0 / classes + 1e-6, 0.9995);
}

// Adds a sample's scores for every class to `stats.roc` (its bins into `bins`, one per
// class, when given) and its true class's rank to `stats.rankHits` and `stats.topKHits`.
// `hardness` holds one value per class.
inline void addScores(disteval::SufficientStats &stats, uint64_t seed, int64_t sample, int truth,
                      int predicted, const std::vector<double> &hardness, uint16_t *bins = nullptr)
{
    const int classes = stats.numClasses;
    const size_t width = static_cast<size_t>(stats.roc.numBins);
    for (int c = 0; c < classes; ++c) {
        const int b = stats.roc.bin(
                score(seed, sample, c, truth, predicted, hardness[static_cast<size_t>(c)]));
        auto &histogram = c == truth ? stats.roc.positive : stats.roc.negative;
        histogram[static_cast<size_t>(c) * width + static_cast<size_t>(b)] += 1;
        if (bins)
            bins[c] = static_cast<uint16_t>(b);
    }
    const int r = rank(seed, sample, truth == predicted, classes);
    if (static_cast<size_t>(r) < stats.rankHits.size())
        ++stats.rankHits[static_cast<size_t>(r)];
    if (classes >= disteval::SufficientStats::kTopK && r < disteval::SufficientStats::kTopK)
        ++stats.topKHits;
}

} // namespace synthetic
