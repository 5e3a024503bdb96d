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

std::vector<EceBinTotals> eceBinTotals(const CalibrationHistogram &h)
{
    std::vector<EceBinTotals> bins(CalibrationHistogram::kEceBins);
    for (int b = 0; b < CalibrationHistogram::kEceBins; ++b) {
        ExactSum confidence;
        for (int f = b * CalibrationHistogram::kFinePerEceBin;
             f < (b + 1) * CalibrationHistogram::kFinePerEceBin; ++f) {
            bins[b].count += h.countCorrect[f] + h.countWrong[f];
            bins[b].correct += h.countCorrect[f];
            confidence.add(h.confidenceSumCorrect[f]);
            confidence.add(h.confidenceSumWrong[f]);
        }
        bins[b].confidenceSum = confidence.value();
    }
    return bins;
}

double expectedCalibrationError(const CalibrationHistogram &h)
{
    const int64_t n = h.total();
    if (n == 0)
        return std::numeric_limits<double>::quiet_NaN();
    // (n_b / N) |correct_b / n_b - confidence_b / n_b| = |correct_b - confidence_b| / N,
    // with the difference taken exactly and each bin's gap rounded once.
    ExactSum gap;
    for (int b = 0; b < CalibrationHistogram::kEceBins; ++b) {
        ExactSum d;
        for (int f = b * CalibrationHistogram::kFinePerEceBin;
             f < (b + 1) * CalibrationHistogram::kFinePerEceBin; ++f) {
            d.add(h.confidenceSumCorrect[f]);
            d.add(h.confidenceSumWrong[f]);
            d.add(-static_cast<double>(h.countCorrect[f]));
        }
        gap.add(std::fabs(d.value()));
    }
    return gap.value() / static_cast<double>(n);
}

std::vector<ReliabilityBin> reliabilityDiagram(const CalibrationHistogram &h)
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    const std::vector<EceBinTotals> totals = eceBinTotals(h);
    std::vector<ReliabilityBin> bins(CalibrationHistogram::kEceBins);
    for (int b = 0; b < CalibrationHistogram::kEceBins; ++b) {
        ReliabilityBin &r = bins[b];
        const EceBinTotals &t = totals[static_cast<size_t>(b)];
        r.lower = static_cast<double>(b) / CalibrationHistogram::kEceBins;
        r.upper = static_cast<double>(b + 1) / CalibrationHistogram::kEceBins;
        r.count = t.count;
        r.accuracy = t.count ? static_cast<double>(t.correct) / t.count : kNaN;
        r.meanConfidence = t.count ? t.confidenceSum / t.count : kNaN;
    }
    return bins;
}

} // namespace disteval
