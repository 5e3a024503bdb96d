#include "runtime/threading.h"

#include <algorithm>

#include <sched.h>
#include <unistd.h>

namespace disteval {

namespace {
int affinityCount()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (::sched_getaffinity(0, sizeof set, &set) != 0)
        return static_cast<int>(::sysconf(_SC_NPROCESSORS_ONLN));
    return CPU_COUNT(&set);
}

bool bindTo(int firstCpu, int count)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int c = firstCpu; c < firstCpu + count && c < CPU_SETSIZE; ++c)
        CPU_SET(c, &set);
    return ::sched_setaffinity(0, sizeof set, &set) == 0;
}
} // namespace

ThreadPlan planThreads(int requested, int localRank, int localSize, bool keepBinding)
{
    ThreadPlan plan;
    plan.onlineCpus = std::max(1, static_cast<int>(::sysconf(_SC_NPROCESSORS_ONLN)));
    const int share = std::max(1, plan.onlineCpus / std::max(1, localSize));
    plan.threads = requested > 0 ? requested : share;
    plan.boundCpus = affinityCount();
    if (plan.boundCpus >= plan.threads || keepBinding) {
        if (plan.boundCpus < plan.threads)
            plan.note = "bound to " + std::to_string(plan.boundCpus) + " CPU(s) but running "
                        + std::to_string(plan.threads) + " threads (--keep-binding)";
        return plan;
    }
    const int want = std::max(share, std::min(plan.threads, plan.onlineCpus));
    const int first = want == share ? localRank * share : 0;
    if ((first + want <= plan.onlineCpus && bindTo(first, want)) || bindTo(0, plan.onlineCpus)) {
        plan.widened = true;
        const int before = plan.boundCpus;
        plan.boundCpus = affinityCount();
        plan.note = "widened CPU binding from " + std::to_string(before) + " to "
                    + std::to_string(plan.boundCpus) + " CPU(s) for " + std::to_string(plan.threads)
                    + " threads";
    }
    return plan;
}

} // namespace disteval
