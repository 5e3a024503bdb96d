#pragma once

#include "evaluation/sufficientstats.h"
#include "runtime/mpicontext.h"

#include <vector>

namespace disteval {

// Sums every model's statistics and every rank's timing over all ranks with ONE
// collective (MPI_Reduce to rank 0 with a user-defined operation over a packed buffer:
// int64 counts added exactly, doubles added). On rank 0 `stats` then holds the totals
// and `rankSeconds` each rank's evaluation time; elsewhere they are left as they were.
// Returns false when MPI reports an error.
bool reduceStatistics(const MpiContext &mpi, std::vector<SufficientStats> &stats,
                      std::vector<double> &rankSeconds, double ownSeconds);

} // namespace disteval
