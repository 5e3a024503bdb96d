#include "eval/statsaccumulator.h"

#include "records/samplerecorder.h"

#include "evaluation/classificationsample.h"

#include <ATen/Parallel.h>

#include <algorithm>

namespace disteval {

torch::Tensor accumulateBatch(const torch::Tensor &rawLogits, const torch::Tensor &rawLabels,
                              const std::vector<int64_t> &indices, SufficientStats &stats,
                              AurocSampleStore *store, SampleRecorder *records, int model)
{
    const torch::Tensor logits = rawLogits.to(torch::kCPU, torch::kFloat64).contiguous();
    const torch::Tensor labels = rawLabels.to(torch::kCPU, torch::kInt64).contiguous();
    const int64_t rows = logits.size(0);
    const int classes = stats.numClasses;
    const double *z = logits.data_ptr<double>();
    const int64_t *y = labels.data_ptr<int64_t>();
    const bool roc = stats.roc.numBins > 0;
    std::vector<SampleOutcome> outcomes(static_cast<size_t>(rows));
    std::vector<uint16_t> bins(roc ? static_cast<size_t>(rows) * static_cast<size_t>(classes) : 0);
    // Each sample is analysed alone, so any split over threads gives the same values.
    const int64_t grain = std::max<int64_t>(1, 8192 / std::max(1, classes));
    at::parallel_for(0, rows, grain, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            analyzeSample(z + i * classes, classes, y[i], stats.roc,
                          outcomes[static_cast<size_t>(i)],
                          roc ? bins.data() + i * classes : nullptr);
            if (records)
                records->recordClassification(indices[static_cast<size_t>(i)], model, y[i],
                                              z + i * classes, outcomes[static_cast<size_t>(i)]);
        }
    });
    torch::Tensor predicted = torch::empty({rows}, torch::kInt64);
    int64_t *p = predicted.data_ptr<int64_t>();
    for (int64_t i = 0; i < rows; ++i) {
        const SampleOutcome &o = outcomes[static_cast<size_t>(i)];
        const uint16_t *b = roc ? bins.data() + i * classes : nullptr;
        addSample(o, y[i], b, stats);
        p[i] = o.predicted;
        if (store && roc && o.predicted >= 0 && store->keeps(indices[static_cast<size_t>(i)]))
            store->add(y[i], b);
    }
    return predicted;
}

void accumulateJoint(const torch::Tensor &labels, const torch::Tensor &predictedA,
                     const torch::Tensor &predictedB, JointConfusion &joint)
{
    const torch::Tensor y = labels.to(torch::kCPU, torch::kInt64).contiguous();
    const torch::Tensor a = predictedA.to(torch::kCPU, torch::kInt64).contiguous();
    const torch::Tensor b = predictedB.to(torch::kCPU, torch::kInt64).contiguous();
    const int64_t *py = y.data_ptr<int64_t>();
    const int64_t *pa = a.data_ptr<int64_t>();
    const int64_t *pb = b.data_ptr<int64_t>();
    for (int64_t i = 0; i < y.numel(); ++i)
        if (pa[i] >= 0 && pb[i] >= 0)
            joint.add(static_cast<int>(py[i]), static_cast<int>(pa[i]), static_cast<int>(pb[i]));
}

} // namespace disteval
