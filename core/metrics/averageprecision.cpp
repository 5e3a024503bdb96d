#include "metrics/averageprecision.h"

#include <cstddef>
#include <limits>

namespace disteval {

AveragePrecision binnedAveragePrecision(const RocHistogram &h, int c)
{
    AveragePrecision ap;
    const size_t base = static_cast<size_t>(c) * static_cast<size_t>(h.numBins);
    int64_t positives = 0;
    for (int b = 0; b < h.numBins; ++b)
        positives += h.positive[base + static_cast<size_t>(b)];
    ap.positives = positives;
    if (positives == 0) {
        ap.value = ap.lower = ap.upper = std::numeric_limits<double>::quiet_NaN();
        return ap;
    }
    double tied = 0, best = 0, worst = 0;
    int64_t tp = 0, fp = 0;
    for (int b = h.numBins - 1; b >= 0; --b) {
        const int64_t p = h.positive[base + static_cast<size_t>(b)];
        const int64_t n = h.negative[base + static_cast<size_t>(b)];
        if (p > 0) {
            tied += static_cast<double>(p) * static_cast<double>(tp + p)
                    / static_cast<double>(tp + fp + p + n);
            for (int64_t j = 1; j <= p; ++j) {
                best += static_cast<double>(tp + j) / static_cast<double>(tp + fp + j);
                worst += static_cast<double>(tp + j) / static_cast<double>(tp + fp + n + j);
            }
        }
        tp += p;
        fp += n;
    }
    const double scale = 1.0 / static_cast<double>(positives);
    ap.value = tied * scale;
    ap.upper = best * scale;
    ap.lower = worst * scale;
    return ap;
}

} // namespace disteval
