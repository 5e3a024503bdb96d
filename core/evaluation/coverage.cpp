#include "evaluation/coverage.h"

#include <algorithm>

namespace disteval {

ShardCoverage checkCoverage(const std::vector<Shard> &shards, int64_t numSamples)
{
    ShardCoverage c;
    std::vector<Shard> busy;
    for (const Shard &s : shards) {
        if (s.first < 0 || s.count < 0)
            return c; // Invalid
        c.evaluated += s.count;
        if (s.count > 0)
            busy.push_back(s);
    }
    if (numSamples < 0)
        return c;
    std::sort(busy.begin(), busy.end(), [](const Shard &a, const Shard &b) {
        return a.first < b.first || (a.first == b.first && a.count < b.count);
    });
    int64_t next = 0; // every index below is covered
    for (const Shard &s : busy) {
        const int64_t end = s.first + s.count;
        if (s.first > next) {
            c.verdict = ShardCoverage::Verdict::Gap;
            c.at = next;
            c.length = s.first - next;
            return c;
        }
        if (s.first < next) {
            c.verdict = ShardCoverage::Verdict::Overlap;
            c.at = s.first;
            c.length = std::min(next, end) - s.first;
            return c;
        }
        next = end;
    }
    if (next < numSamples) {
        c.verdict = ShardCoverage::Verdict::Gap;
        c.at = next;
        c.length = numSamples - next;
    } else if (next > numSamples) {
        c.verdict = ShardCoverage::Verdict::Beyond;
        c.at = numSamples;
        c.length = next - numSamples;
    } else {
        c.verdict = ShardCoverage::Verdict::Exact;
    }
    return c;
}

} // namespace disteval
