#include "evaluation/sufficientstats.h"

#include <algorithm>
#include <stdexcept>

namespace disteval {

SufficientStats::SufficientStats(int classes, int rocBins)
    : numClasses(classes)
    , confusion(classes)
    , roc(classes, rocBins)
{}

size_t SufficientStats::integerCount() const
{
    return confusion.counts().size() + 2 + 2 * CalibrationHistogram::kFineBins + roc.positive.size()
           + roc.negative.size();
}

size_t SufficientStats::realCount() const
{
    return 2 + 2 * CalibrationHistogram::kFineBins;
}

void SufficientStats::pack(int64_t *integers, double *reals) const
{
    integers = std::copy(confusion.counts().begin(), confusion.counts().end(), integers);
    *integers++ = topKHits;
    *integers++ = nonFiniteSamples;
    integers
            = std::copy(calibration.countCorrect.begin(), calibration.countCorrect.end(), integers);
    integers = std::copy(calibration.countWrong.begin(), calibration.countWrong.end(), integers);
    integers = std::copy(roc.positive.begin(), roc.positive.end(), integers);
    std::copy(roc.negative.begin(), roc.negative.end(), integers);

    *reals++ = lossSum;
    *reals++ = lossSquareSum;
    reals = std::copy(calibration.confidenceSumCorrect.begin(),
                      calibration.confidenceSumCorrect.end(), reals);
    std::copy(calibration.confidenceSumWrong.begin(), calibration.confidenceSumWrong.end(), reals);
}

void SufficientStats::unpack(const int64_t *integers, const double *reals)
{
    auto take = [&integers](std::vector<int64_t> &dst) {
        std::copy(integers, integers + dst.size(), dst.begin());
        integers += dst.size();
    };
    take(confusion.counts());
    topKHits = *integers++;
    nonFiniteSamples = *integers++;
    take(calibration.countCorrect);
    take(calibration.countWrong);
    take(roc.positive);
    take(roc.negative);

    lossSum = *reals++;
    lossSquareSum = *reals++;
    auto takeReal = [&reals](std::vector<double> &dst) {
        std::copy(reals, reals + dst.size(), dst.begin());
        reals += dst.size();
    };
    takeReal(calibration.confidenceSumCorrect);
    takeReal(calibration.confidenceSumWrong);
}

void SufficientStats::merge(const SufficientStats &other)
{
    if (other.numClasses != numClasses || other.roc.numBins != roc.numBins)
        throw std::invalid_argument("merging statistics of different shapes");
    std::vector<int64_t> a(integerCount()), b(integerCount());
    std::vector<double> x(realCount()), y(realCount());
    pack(a.data(), x.data());
    other.pack(b.data(), y.data());
    for (size_t i = 0; i < a.size(); ++i)
        a[i] += b[i];
    for (size_t i = 0; i < x.size(); ++i)
        x[i] += y[i];
    unpack(a.data(), x.data());
}

} // namespace disteval
