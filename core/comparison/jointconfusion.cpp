#include "comparison/jointconfusion.h"

#include <algorithm>
#include <stdexcept>

namespace disteval {

JointConfusion::JointConfusion(int numClasses)
    : m_numClasses(numClasses)
{
    if (numClasses < 1 || numClasses > (1 << 20))
        throw std::invalid_argument("JointConfusion: number of classes out of range");
}

void JointConfusion::add(int y, int a, int b, int64_t n)
{
    const uint64_t c = static_cast<uint64_t>(m_numClasses);
    addKey((static_cast<uint64_t>(y) * c + static_cast<uint64_t>(a)) * c + static_cast<uint64_t>(b),
           n);
}

void JointConfusion::addKey(uint64_t key, int64_t n)
{
    const uint64_t c = static_cast<uint64_t>(m_numClasses);
    if (key >= c * c * c || n < 0)
        throw std::invalid_argument("JointConfusion: cell out of range");
    if (n > 0)
        m_counts[key] += n;
}

int64_t JointConfusion::total() const
{
    int64_t n = 0;
    for (const auto &entry : m_counts)
        n += entry.second;
    return n;
}

std::vector<JointConfusion::Cell> JointConfusion::cells() const
{
    std::vector<std::pair<uint64_t, int64_t>> sorted(m_counts.begin(), m_counts.end());
    std::sort(sorted.begin(), sorted.end());
    const uint64_t c = static_cast<uint64_t>(m_numClasses);
    std::vector<Cell> out;
    out.reserve(sorted.size());
    for (const auto &[key, count] : sorted)
        out.push_back({static_cast<int>(key / (c * c)), static_cast<int>((key / c) % c),
                       static_cast<int>(key % c), count});
    return out;
}

std::vector<int64_t> JointConfusion::pack() const
{
    std::vector<int64_t> out;
    out.reserve(2 * m_counts.size());
    for (const auto &[key, count] : m_counts) {
        out.push_back(static_cast<int64_t>(key));
        out.push_back(count);
    }
    return out;
}

void JointConfusion::unpackAdd(const int64_t *data, size_t values)
{
    if (values % 2 != 0)
        throw std::invalid_argument("JointConfusion: odd packed length");
    for (size_t i = 0; i < values; i += 2) {
        if (data[i] < 0)
            throw std::invalid_argument("JointConfusion: negative key");
        addKey(static_cast<uint64_t>(data[i]), data[i + 1]);
    }
}

} // namespace disteval
