#include "metrics/aurocinfluence.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace disteval {

namespace {
uint64_t mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
} // namespace

AurocInfluence::AurocInfluence(const RocHistogram &h)
    : m_numClasses(h.numClasses)
    , m_numBins(h.numBins)
    , m_used(static_cast<size_t>(h.numClasses), 0)
    , m_positive(h.positive.size(), 0.0)
    , m_negative(h.negative.size(), 0.0)
{
    const size_t bins = static_cast<size_t>(h.numBins);
    for (int c = 0; c < h.numClasses; ++c) {
        const size_t base = static_cast<size_t>(c) * bins;
        double pos = 0, neg = 0;
        for (size_t k = 0; k < bins; ++k) {
            pos += static_cast<double>(h.positive[base + k]);
            neg += static_cast<double>(h.negative[base + k]);
        }
        if (pos == 0 || neg == 0)
            continue;
        m_used[static_cast<size_t>(c)] = 1;
        ++m_classesUsed;
        const double auc = classAuroc(h, c).value;
        const double positiveScale = pos > 1 ? 1.0 / std::sqrt(pos * (pos - 1)) : 0.0;
        const double negativeScale = neg > 1 ? 1.0 / std::sqrt(neg * (neg - 1)) : 0.0;
        double negBelow = 0;
        double posAbove = pos;
        for (size_t k = 0; k < bins; ++k) {
            const double p = static_cast<double>(h.positive[base + k]);
            const double n = static_cast<double>(h.negative[base + k]);
            posAbove -= p;
            m_positive[base + k] = ((negBelow + 0.5 * n) / neg - auc) * positiveScale;
            m_negative[base + k] = ((posAbove + 0.5 * p) / pos - auc) * negativeScale;
            negBelow += n;
        }
    }
}

double AurocInfluence::component(int64_t label, const uint16_t *bins) const
{
    if (m_classesUsed == 0)
        return 0;
    double sum = 0;
    const size_t stride = static_cast<size_t>(m_numBins);
    for (int c = 0; c < m_numClasses; ++c) {
        if (!m_used[static_cast<size_t>(c)])
            continue;
        const size_t cell = static_cast<size_t>(c) * stride + bins[c];
        sum += c == label ? m_positive[cell] : m_negative[cell];
    }
    return sum / m_classesUsed;
}

AurocSampleStore::AurocSampleStore(int numClasses, double fraction)
    : m_numClasses(numClasses)
    , m_fraction(std::min(1.0, std::max(0.0, fraction)))
{
    if (m_fraction < 1)
        m_threshold = static_cast<uint64_t>(std::ldexp(m_fraction, 64));
}

double AurocSampleStore::fractionFor(int64_t numSamples, int numClasses, int64_t budgetBytes)
{
    const double bytes = static_cast<double>(numSamples) * std::max(1, numClasses) * 2.0;
    if (bytes <= static_cast<double>(budgetBytes))
        return 1.0;
    return static_cast<double>(budgetBytes) / bytes;
}

bool AurocSampleStore::keeps(int64_t globalIndex) const
{
    return m_fraction >= 1 || mix(static_cast<uint64_t>(globalIndex) ^ 0x5ca1ab1eULL) < m_threshold;
}

void AurocSampleStore::add(int64_t label, const uint16_t *bins)
{
    m_labels.push_back(label);
    m_bins.insert(m_bins.end(), bins, bins + m_numClasses);
}

ExactSum influenceSquares(const std::vector<const AurocSampleStore *> &stores,
                          const std::vector<const AurocInfluence *> &influences,
                          const std::vector<double> &weights)
{
    if (stores.empty() || stores.size() != influences.size() || stores.size() != weights.size())
        throw std::invalid_argument("influenceSquares: mismatched inputs");
    const int64_t n = stores.front()->size();
    for (const AurocSampleStore *s : stores)
        if (s->size() != n)
            throw std::invalid_argument("influenceSquares: stores of different sizes");
    ExactSum total;
    for (int64_t i = 0; i < n; ++i) {
        double phi = 0;
        for (size_t m = 0; m < stores.size(); ++m)
            phi += weights[m] * influences[m]->component(stores[m]->label(i), stores[m]->bins(i));
        total.add(phi * phi);
    }
    return total;
}

} // namespace disteval
