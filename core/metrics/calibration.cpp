#include "metrics/calibration.h"

#include <cmath>
#include <limits>

namespace disteval {

int CalibrationHistogram::fineBin(double confidence)
{
    const double scaled = std::ceil(confidence * kFineBins) - 1.0;
    if (!(scaled > 0)) // also catches NaN
        return 0;
    if (scaled >= kFineBins - 1)
        return kFineBins - 1;
    return static_cast<int>(scaled);
}

void CalibrationHistogram::add(double confidence, bool correct)
{
    const int f = fineBin(confidence);
    if (correct) {
        ++countCorrect[f];
        confidenceSumCorrect[f] += confidence;
    } else {
        ++countWrong[f];
        confidenceSumWrong[f] += confidence;
    }
}

int64_t CalibrationHistogram::total() const
{
    int64_t n = 0;
    for (int f = 0; f < kFineBins; ++f)
        n += countCorrect[f] + countWrong[f];
    return n;
}

double expectedCalibrationError(const CalibrationHistogram &h)
{
    const int64_t n = h.total();
    if (n == 0)
        return std::numeric_limits<double>::quiet_NaN();
    double gap = 0;
    for (int b = 0; b < CalibrationHistogram::kEceBins; ++b) {
        double correct = 0;
        double confidence = 0;
        for (int f = b * CalibrationHistogram::kFinePerEceBin;
             f < (b + 1) * CalibrationHistogram::kFinePerEceBin; ++f) {
            correct += static_cast<double>(h.countCorrect[f]);
            confidence += h.confidenceSumCorrect[f] + h.confidenceSumWrong[f];
        }
        // (n_b / N) * |correct_b / n_b - confidence_b / n_b| = |correct_b - confidence_b| / N
        gap += std::fabs(correct - confidence);
    }
    return gap / static_cast<double>(n);
}

std::vector<ReliabilityBin> reliabilityDiagram(const CalibrationHistogram &h)
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    std::vector<ReliabilityBin> bins(CalibrationHistogram::kEceBins);
    for (int b = 0; b < CalibrationHistogram::kEceBins; ++b) {
        ReliabilityBin &r = bins[b];
        r.lower = static_cast<double>(b) / CalibrationHistogram::kEceBins;
        r.upper = static_cast<double>(b + 1) / CalibrationHistogram::kEceBins;
        int64_t correct = 0;
        double confidence = 0;
        for (int f = b * CalibrationHistogram::kFinePerEceBin;
             f < (b + 1) * CalibrationHistogram::kFinePerEceBin; ++f) {
            r.count += h.countCorrect[f] + h.countWrong[f];
            correct += h.countCorrect[f];
            confidence += h.confidenceSumCorrect[f] + h.confidenceSumWrong[f];
        }
        r.accuracy = r.count ? static_cast<double>(correct) / r.count : kNaN;
        r.meanConfidence = r.count ? confidence / r.count : kNaN;
    }
    return bins;
}

} // namespace disteval
