#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace disteval {

// Joint outcomes of two models on the same samples: how many samples have true class y,
// prediction a from model A and prediction b from model B. Sparse (a pair of decent
// models fills few of the C^3 cells), exact integer counts, summable across ranks.
class JointConfusion
{
public:
    struct Cell
    {
        int y = 0;
        int a = 0;
        int b = 0;
        int64_t count = 0;
    };

    JointConfusion() = default;
    explicit JointConfusion(int numClasses);

    int numClasses() const { return m_numClasses; }
    void add(int y, int a, int b, int64_t n = 1);
    // Adds a cell by its key (y * C + a) * C + b, as packed by pack().
    void addKey(uint64_t key, int64_t n);
    int64_t total() const;
    // Non-empty cells in increasing key order, so anything computed from them is
    // independent of the order samples were added in.
    std::vector<Cell> cells() const;

    // Flat [key, count, key, count, ...] for sending to another rank; unpackAdd adds such
    // a buffer (throws std::invalid_argument for a key outside C^3 or a negative count).
    std::vector<int64_t> pack() const;
    void unpackAdd(const int64_t *data, size_t values);

private:
    int m_numClasses = 0;
    std::unordered_map<uint64_t, int64_t> m_counts;
};

} // namespace disteval
