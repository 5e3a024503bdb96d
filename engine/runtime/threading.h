#pragma once

#include <string>

namespace disteval {

struct ThreadPlan
{
    int threads = 1;      // intra-op threads for LibTorch
    int onlineCpus = 1;   // CPUs of the node
    int boundCpus = 1;    // CPUs this rank may run on after the plan was applied
    bool widened = false; // the binding was widened
    std::string note;     // what was done, for the log
};

// Chooses the intra-op thread count of a rank: `requested` when > 0, otherwise the
// node's online CPUs divided by the ranks on the node (at least 1), so ranks never
// oversubscribe the node. mpirun binds each rank to a single core by default for small
// jobs, which would make those threads share one core; unless `keepBinding` is set, a
// rank whose CPU affinity holds fewer CPUs than its threads is re-bound to its share of
// the node (CPUs [localRank * share, (localRank + 1) * share)), or to every CPU when
// that share is not allowed. Applies the affinity; the caller sets LibTorch's threads.
ThreadPlan planThreads(int requested, int localRank, int localSize, bool keepBinding);

} // namespace disteval
