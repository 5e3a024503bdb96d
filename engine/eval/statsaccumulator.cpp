#include "eval/statsaccumulator.h"

#include <algorithm>

namespace disteval {

namespace {
// bincount as int64 on the CPU, added into `dst` (size minlength).
void addCounts(const torch::Tensor &indices, std::vector<int64_t> &dst)
{
    if (indices.numel() == 0)
        return;
    const torch::Tensor counts = torch::bincount(indices, {}, static_cast<int64_t>(dst.size()))
                                         .to(torch::kCPU)
                                         .to(torch::kInt64);
    const int64_t *p = counts.data_ptr<int64_t>();
    for (size_t i = 0; i < dst.size(); ++i)
        dst[i] += p[i];
}

void addSums(const torch::Tensor &indices, const torch::Tensor &weights, std::vector<double> &dst)
{
    if (indices.numel() == 0)
        return;
    const torch::Tensor sums = torch::bincount(indices, weights, static_cast<int64_t>(dst.size()))
                                       .to(torch::kCPU)
                                       .to(torch::kFloat64);
    const double *p = sums.data_ptr<double>();
    for (size_t i = 0; i < dst.size(); ++i)
        dst[i] += p[i];
}
} // namespace

torch::Tensor accumulateBatch(const torch::Tensor &rawLogits, const torch::Tensor &rawLabels,
                              SufficientStats &stats)
{
    const int64_t numClasses = stats.numClasses;
    torch::Tensor logits = rawLogits.to(torch::kFloat64);
    torch::Tensor labels = rawLabels;
    const torch::Tensor finite = torch::isfinite(logits).all(1);
    const int64_t finiteCount = finite.sum().item<int64_t>();
    torch::Tensor allPredicted;
    if (finiteCount != logits.size(0)) {
        stats.nonFiniteSamples += logits.size(0) - finiteCount;
        allPredicted = torch::full({logits.size(0)}, -1, labels.options());
        if (finiteCount > 0)
            allPredicted.index_put_({finite}, logits.index({finite}).argmax(1));
        logits = logits.index({finite});
        labels = labels.index({finite});
    }
    if (logits.size(0) == 0)
        return allPredicted;

    const torch::Tensor logp = torch::log_softmax(logits, 1);
    const torch::Tensor loss = -logp.gather(1, labels.unsqueeze(1)).squeeze(1);
    stats.lossSum += loss.sum().item<double>();
    stats.lossSquareSum += (loss * loss).sum().item<double>();

    const torch::Tensor predicted = logits.argmax(1);
    if (!allPredicted.defined())
        allPredicted = predicted;
    const torch::Tensor correct = predicted.eq(labels);
    addCounts(labels * numClasses + predicted, stats.confusion.counts());

    if (numClasses >= SufficientStats::kTopK) {
        const torch::Tensor top = std::get<1>(logits.topk(SufficientStats::kTopK, 1));
        stats.topKHits += top.eq(labels.unsqueeze(1)).any(1).sum().item<int64_t>();
    }

    // Calibration: same binning as CalibrationHistogram::fineBin, in float64.
    const torch::Tensor confidence = std::get<0>(logp.max(1)).exp();
    constexpr int kFine = CalibrationHistogram::kFineBins;
    const torch::Tensor fine
            = (confidence * kFine).ceil().sub(1).clamp(0, kFine - 1).to(torch::kInt64);
    const torch::Tensor wrong = correct.logical_not().to(torch::kInt64);
    const torch::Tensor cell = fine + wrong * kFine; // [0, kFine) correct, [kFine, 2 kFine) wrong
    std::vector<int64_t> counts(2 * kFine, 0);
    std::vector<double> sums(2 * kFine, 0.0);
    addCounts(cell, counts);
    addSums(cell, confidence, sums);
    for (int f = 0; f < kFine; ++f) {
        stats.calibration.countCorrect[f] += counts[f];
        stats.calibration.countWrong[f] += counts[kFine + f];
        stats.calibration.confidenceSumCorrect[f] += sums[f];
        stats.calibration.confidenceSumWrong[f] += sums[kFine + f];
    }

    // One-vs-rest ROC histograms on the log-odds log(p / (1 - p)).
    const int64_t bins = stats.roc.numBins;
    if (bins > 0) {
        const torch::Tensor logOdds = logp - torch::log(-torch::expm1(logp));
        // floor((s - kLow) / (kHigh - kLow) * bins), the same operations as RocHistogram::bin
        const torch::Tensor bin = ((logOdds - RocHistogram::kLow)
                                           .div(RocHistogram::kHigh - RocHistogram::kLow)
                                           .mul(static_cast<double>(bins)))
                                          .floor()
                                          .nan_to_num(0.0, static_cast<double>(bins - 1), 0.0)
                                          .clamp(0, static_cast<double>(bins - 1))
                                          .to(torch::kInt64);
        const torch::Tensor classOffset
                = torch::arange(numClasses, bin.options()).mul(bins).unsqueeze(0);
        const torch::Tensor index = bin + classOffset; // [B, C]
        const torch::Tensor positive
                = torch::arange(numClasses, labels.options()).unsqueeze(0).eq(labels.unsqueeze(1));
        addCounts(index.masked_select(positive), stats.roc.positive);
        addCounts(index.masked_select(positive.logical_not()), stats.roc.negative);
    }
    return allPredicted;
}

void accumulateJoint(const torch::Tensor &labels, const torch::Tensor &predictedA,
                     const torch::Tensor &predictedB, JointConfusion &joint)
{
    const int64_t c = joint.numClasses();
    torch::Tensor valid = predictedA.ge(0).logical_and(predictedB.ge(0));
    torch::Tensor keys = (labels * c + predictedA) * c + predictedB;
    keys = keys.masked_select(valid);
    if (keys.numel() == 0)
        return;
    const auto unique = torch::_unique2(keys, /*sorted=*/true, /*return_inverse=*/false,
                                        /*return_counts=*/true);
    const torch::Tensor values = std::get<0>(unique).to(torch::kCPU).to(torch::kInt64);
    const torch::Tensor counts = std::get<2>(unique).to(torch::kCPU).to(torch::kInt64);
    const int64_t *v = values.data_ptr<int64_t>();
    const int64_t *n = counts.data_ptr<int64_t>();
    for (int64_t i = 0; i < values.numel(); ++i)
        joint.addKey(static_cast<uint64_t>(v[i]), n[i]);
}

} // namespace disteval
