#pragma once

#include "stats/exactsum.h"

#include <cstdint>
#include <vector>

namespace disteval {

// Calibration statistics of the max-softmax confidence, kept in fine equal-width bins
// so that ranks can sum them and the bootstrap can resample them. A sample with
// confidence p falls in fine bin f = clamp(ceil(p * kFineBins) - 1, 0, kFineBins - 1);
// the ECE bins are unions of kFineBins / kEceBins consecutive fine bins, so ECE bin b
// holds confidences in (b/15, (b+1)/15] (the convention of Guo et al., 2017).
struct CalibrationHistogram
{
    static constexpr int kFineBins = 300;
    static constexpr int kEceBins = 15;
    static constexpr int kFinePerEceBin = kFineBins / kEceBins;

    // Per fine bin, split by whether the prediction was correct.
    std::vector<int64_t> countCorrect = std::vector<int64_t>(kFineBins, 0);
    std::vector<int64_t> countWrong = std::vector<int64_t>(kFineBins, 0);
    // Exact sums (see ExactSum), so they are the same whatever the order of the samples.
    std::vector<ExactSum> confidenceSumCorrect = std::vector<ExactSum>(kFineBins);
    std::vector<ExactSum> confidenceSumWrong = std::vector<ExactSum>(kFineBins);

    static int fineBin(double confidence);
    void add(double confidence, bool correct);

    int64_t total() const;
};

// The totals of one ECE bin: its samples, how many were predicted correctly, and their
// confidences summed exactly then rounded once.
struct EceBinTotals
{
    int64_t count = 0;
    int64_t correct = 0;
    double confidenceSum = 0;
};
std::vector<EceBinTotals> eceBinTotals(const CalibrationHistogram &h);

struct ReliabilityBin
{
    double lower = 0;
    double upper = 0;
    int64_t count = 0;
    double accuracy = 0;       // NaN when count == 0
    double meanConfidence = 0; // NaN when count == 0
};

// Expected calibration error over kEceBins equal-width bins:
// sum_b (n_b / N) * |accuracy_b - mean confidence_b|. NaN when the histogram is empty.
double expectedCalibrationError(const CalibrationHistogram &h);
std::vector<ReliabilityBin> reliabilityDiagram(const CalibrationHistogram &h);

} // namespace disteval
