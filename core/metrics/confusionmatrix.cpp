#include "metrics/confusionmatrix.h"

#include <stdexcept>
#include <string>

namespace disteval {

ConfusionMatrix::ConfusionMatrix(int numClasses)
    : m_numClasses(numClasses)
    , m_counts(static_cast<size_t>(numClasses) * static_cast<size_t>(numClasses), 0)
{
    if (numClasses < 0)
        throw std::invalid_argument("negative number of classes");
}

ConfusionMatrix::ConfusionMatrix(int numClasses, std::vector<int64_t> counts)
    : m_numClasses(numClasses)
    , m_counts(std::move(counts))
{
    if (numClasses < 0
        || m_counts.size() != static_cast<size_t>(numClasses) * static_cast<size_t>(numClasses))
        throw std::invalid_argument("confusion matrix of " + std::to_string(numClasses)
                                    + " classes needs " + std::to_string(numClasses)
                                    + "^2 counts, got " + std::to_string(m_counts.size()));
    for (int64_t c : m_counts)
        if (c < 0)
            throw std::invalid_argument("confusion matrix has a negative count");
}

int64_t ConfusionMatrix::total() const
{
    int64_t sum = 0;
    for (int64_t c : m_counts)
        sum += c;
    return sum;
}

int64_t ConfusionMatrix::trace() const
{
    int64_t sum = 0;
    for (int i = 0; i < m_numClasses; ++i)
        sum += at(i, i);
    return sum;
}

std::vector<int64_t> ConfusionMatrix::rowSums() const
{
    std::vector<int64_t> sums(m_numClasses, 0);
    for (int i = 0; i < m_numClasses; ++i)
        for (int j = 0; j < m_numClasses; ++j)
            sums[i] += at(i, j);
    return sums;
}

std::vector<int64_t> ConfusionMatrix::columnSums() const
{
    std::vector<int64_t> sums(m_numClasses, 0);
    for (int i = 0; i < m_numClasses; ++i)
        for (int j = 0; j < m_numClasses; ++j)
            sums[j] += at(i, j);
    return sums;
}

} // namespace disteval
