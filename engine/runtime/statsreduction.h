#pragma once

#include "evaluation/sufficientstats.h"
#include "runtime/mpicontext.h"
#include "stats/exactsum.h"

#include <vector>

namespace disteval {

// Sums every model's statistics and every rank's timing over all ranks with ONE
// collective: the statistics pack into int64 words (counts, and the limbs of the exact
// floating-point sums), which MPI_SUM adds exactly and in any order; each rank's
// evaluation time travels as integer nanoseconds in its own slot. With `everywhere` the
// totals reach every rank (MPI_Allreduce, for a second pass that needs them), otherwise
// rank 0 only (MPI_Reduce). Where the totals arrive, `stats` holds them and
// `rankSeconds` each rank's evaluation time; elsewhere both are left as they were.
// Returns false when MPI reports an error.
bool reduceStatistics(const MpiContext &mpi, std::vector<SufficientStats> &stats,
                      std::vector<double> &rankSeconds, double ownSeconds, bool everywhere);

// Sums exact accumulators over all ranks to rank 0 (in place there).
bool reduceExactSums(const MpiContext &mpi, std::vector<ExactSum> &sums);

} // namespace disteval
