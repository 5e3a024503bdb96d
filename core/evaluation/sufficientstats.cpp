#include "evaluation/sufficientstats.h"

#include <algorithm>
#include <stdexcept>

namespace disteval {

SufficientStats::SufficientStats(int classes, int rocBins)
    : numClasses(classes)
    , confusion(classes)
    , rankHits(static_cast<size_t>(std::clamp(classes, 0, ModelCurves::kMaxRank)), 0)
    , roc(classes, rocBins)
{}

size_t SufficientStats::integerCount() const
{
    const size_t exactSums = 3 + 2 * CalibrationHistogram::kFineBins;
    return confusion.counts().size() + rankHits.size() + 2 + 2 * CalibrationHistogram::kFineBins
           + roc.positive.size() + roc.negative.size() + exactSums * ExactSum::kLimbs;
}

void SufficientStats::pack(int64_t *integers) const
{
    integers = std::copy(confusion.counts().begin(), confusion.counts().end(), integers);
    *integers++ = topKHits;
    *integers++ = nonFiniteSamples;
    integers = std::copy(rankHits.begin(), rankHits.end(), integers);
    integers
            = std::copy(calibration.countCorrect.begin(), calibration.countCorrect.end(), integers);
    integers = std::copy(calibration.countWrong.begin(), calibration.countWrong.end(), integers);
    integers = std::copy(roc.positive.begin(), roc.positive.end(), integers);
    integers = std::copy(roc.negative.begin(), roc.negative.end(), integers);
    auto packSum = [&integers](const ExactSum &s) {
        s.pack(integers);
        integers += ExactSum::kLimbs;
    };
    packSum(lossSum);
    packSum(lossSquareSum);
    packSum(lossCubeSum);
    for (const ExactSum &s : calibration.confidenceSumCorrect)
        packSum(s);
    for (const ExactSum &s : calibration.confidenceSumWrong)
        packSum(s);
}

void SufficientStats::unpack(const int64_t *integers)
{
    auto take = [&integers](std::vector<int64_t> &dst) {
        std::copy(integers, integers + dst.size(), dst.begin());
        integers += dst.size();
    };
    take(confusion.counts());
    topKHits = *integers++;
    nonFiniteSamples = *integers++;
    take(rankHits);
    take(calibration.countCorrect);
    take(calibration.countWrong);
    take(roc.positive);
    take(roc.negative);
    auto takeSum = [&integers](ExactSum &s) {
        s.unpack(integers);
        integers += ExactSum::kLimbs;
    };
    takeSum(lossSum);
    takeSum(lossSquareSum);
    takeSum(lossCubeSum);
    for (ExactSum &s : calibration.confidenceSumCorrect)
        takeSum(s);
    for (ExactSum &s : calibration.confidenceSumWrong)
        takeSum(s);
}

void SufficientStats::merge(const SufficientStats &other)
{
    if (other.numClasses != numClasses || other.roc.numBins != roc.numBins)
        throw std::invalid_argument("merging statistics of different shapes");
    std::vector<int64_t> a(integerCount()), b(integerCount());
    pack(a.data());
    other.pack(b.data());
    for (size_t i = 0; i < a.size(); ++i) // two's complement, without signed overflow
        a[i] = static_cast<int64_t>(static_cast<uint64_t>(a[i]) + static_cast<uint64_t>(b[i]));
    unpack(a.data());
}

} // namespace disteval
