#pragma once

#include "metrics/auroc.h"
#include "stats/exactsum.h"

#include <cstdint>
#include <string>
#include <vector>

namespace disteval {

// The variance of the macro (one-vs-rest) AUROC with the covariance between classes.
//
// The per-class AUROCs share their samples (with two classes they are the same number),
// so their variances do not add. Each sample i has a DeLong structural component for
// every class c: (V10_c(i) - A_c) / sqrt(P_c (P_c - 1)) when c is its class, else
// (V01_c(i) - A_c) / sqrt(N_c (N_c - 1)), where V10/V01 are the shares of the other side
// it beats / that beat it (same-bin pairs counting one half). Summed over i, the squares
// of one class's components give exactly DeLong's variance S10/P + S01/N of that class;
// the squares of phi_i = (1/m) sum_c component_c(i) (the m classes used) give the
// variance of the macro average, covariances included. Those components need the
// finished ROC histograms, so each rank keeps its samples' ROC bins
// (AurocSampleStore) and sums the squares in a second, small pass.
//
// A store over every sample costs 2 bytes per sample and class; above a budget a
// deterministic subsample (by global sample index, so the same for every world size)
// is kept and the sum of squares is scaled by the inverse of its fraction.
class AurocInfluence
{
public:
    // Tables of every class's components from the summed histograms. A class without a
    // positive or without a negative sample is not used (as in macroAuroc).
    explicit AurocInfluence(const RocHistogram &totals);

    int classesUsed() const { return m_classesUsed; }
    // phi_i of one sample: its class and its ROC bin for every class.
    double component(int64_t label, const uint16_t *bins) const;

private:
    int m_numClasses = 0;
    int m_numBins = 0;
    int m_classesUsed = 0;
    std::vector<char> m_used;
    std::vector<double> m_positive; // [class][bin]
    std::vector<double> m_negative; // [class][bin]
};

// One rank's per-sample ROC bins for one model, for the second pass.
class AurocSampleStore
{
public:
    AurocSampleStore() = default;
    AurocSampleStore(int numClasses, double fraction);

    // The fraction of samples kept for a store of numSamples x numClasses within
    // budgetBytes (1 when everything fits).
    static double fractionFor(int64_t numSamples, int numClasses, int64_t budgetBytes);
    // Whether the sample with this global index is kept (independent of the rank).
    bool keeps(int64_t globalIndex) const;
    void add(int64_t label, const uint16_t *bins);
    int64_t size() const { return static_cast<int64_t>(m_labels.size()); }
    double fraction() const { return m_fraction; }
    int64_t label(int64_t i) const { return m_labels[static_cast<size_t>(i)]; }
    const uint16_t *bins(int64_t i) const
    {
        return m_bins.data() + static_cast<size_t>(i) * static_cast<size_t>(m_numClasses);
    }

private:
    int m_numClasses = 0;
    double m_fraction = 1;
    uint64_t m_threshold = ~uint64_t(0);
    std::vector<int64_t> m_labels;
    std::vector<uint16_t> m_bins;
};

// sum_i (sum_m weights[m] * phi_i^m)^2 over the samples of parallel stores (the same
// samples in the same order, one store and one influence table per model), exactly.
// weights {1} gives the macro AUROC's variance term, {-1, 1} that of a difference.
ExactSum influenceSquares(const std::vector<const AurocSampleStore *> &stores,
                          const std::vector<const AurocInfluence *> &influences,
                          const std::vector<double> &weights);

} // namespace disteval
