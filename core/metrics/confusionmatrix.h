#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace disteval {

// Integer confusion matrix, scikit-learn's convention: rows are the true class,
// columns the predicted class. Counts are int64 so that sums across ranks are exact.
class ConfusionMatrix
{
public:
    ConfusionMatrix() = default;
    explicit ConfusionMatrix(int numClasses);
    // Takes ownership of row-major counts; throws std::invalid_argument when
    // counts.size() != numClasses^2 or a count is negative.
    ConfusionMatrix(int numClasses, std::vector<int64_t> counts);

    int numClasses() const { return m_numClasses; }
    int64_t at(int trueClass, int predictedClass) const
    {
        return m_counts[static_cast<size_t>(trueClass) * m_numClasses + predictedClass];
    }
    void add(int trueClass, int predictedClass, int64_t n = 1)
    {
        m_counts[static_cast<size_t>(trueClass) * m_numClasses + predictedClass] += n;
    }

    const std::vector<int64_t> &counts() const { return m_counts; }
    std::vector<int64_t> &counts() { return m_counts; }

    int64_t total() const;
    int64_t trace() const;
    std::vector<int64_t> rowSums() const;    // support of each true class
    std::vector<int64_t> columnSums() const; // how often each class was predicted

private:
    int m_numClasses = 0;
    std::vector<int64_t> m_counts;
};

} // namespace disteval
