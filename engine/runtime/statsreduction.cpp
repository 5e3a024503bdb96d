#include "runtime/statsreduction.h"

#include <cmath>

namespace disteval {

bool reduceStatistics(const MpiContext &mpi, std::vector<SufficientStats> &stats,
                      std::vector<double> &rankSeconds, double ownSeconds, bool everywhere)
{
    const size_t world = static_cast<size_t>(mpi.worldSize());
    size_t words = world; // one timing slot per rank, after the statistics
    for (const SufficientStats &s : stats)
        words += s.integerCount();
    std::vector<int64_t> buffer(words, 0);
    int64_t *p = buffer.data();
    for (const SufficientStats &s : stats) {
        s.pack(p);
        p += s.integerCount();
    }
    const size_t timing = words - world;
    buffer[timing + static_cast<size_t>(mpi.rank())] = std::llround(ownSeconds * 1e9);

    const bool root = mpi.rank() == 0;
    const int count = static_cast<int>(buffer.size());
    int rc;
    if (everywhere)
        rc = MPI_Allreduce(MPI_IN_PLACE, buffer.data(), count, MPI_INT64_T, MPI_SUM, mpi.world());
    else
        rc = MPI_Reduce(root ? MPI_IN_PLACE : buffer.data(), root ? buffer.data() : nullptr, count,
                        MPI_INT64_T, MPI_SUM, 0, mpi.world());
    if (rc != MPI_SUCCESS)
        return false;
    if (!root && !everywhere)
        return true;
    p = buffer.data();
    for (SufficientStats &s : stats) {
        s.unpack(p);
        p += s.integerCount();
    }
    rankSeconds.resize(world);
    for (size_t r = 0; r < world; ++r)
        rankSeconds[r] = static_cast<double>(buffer[timing + r]) * 1e-9;
    return true;
}

bool reduceExactSums(const MpiContext &mpi, std::vector<ExactSum> &sums)
{
    std::vector<int64_t> buffer(sums.size() * ExactSum::kLimbs);
    for (size_t i = 0; i < sums.size(); ++i)
        sums[i].pack(buffer.data() + i * ExactSum::kLimbs);
    const bool root = mpi.rank() == 0;
    const int rc
            = MPI_Reduce(root ? MPI_IN_PLACE : buffer.data(), root ? buffer.data() : nullptr,
                         static_cast<int>(buffer.size()), MPI_INT64_T, MPI_SUM, 0, mpi.world());
    if (rc != MPI_SUCCESS)
        return false;
    if (root)
        for (size_t i = 0; i < sums.size(); ++i)
            sums[i].unpack(buffer.data() + i * ExactSum::kLimbs);
    return true;
}

} // namespace disteval
