#pragma once

#include "eval/engineerror.h"
#include "runtime/mpicontext.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace disteval {

struct Failure
{
    std::string code;
    int exitStatus = kExitInternal;
    std::string message;
};

// All ranks learn the failure of the lowest failing rank (if any), so that they all end
// with the same status and one message, instead of some waiting forever in a collective.
std::optional<Failure> agreeOnFailure(const MpiContext &mpi, const std::optional<Failure> &local);
// Every rank's string (at most 127 bytes) on rank 0, in rank order.
std::vector<std::string> gatherStrings(const MpiContext &mpi, const std::string &mine);
// Sums `words` over all ranks into rank 0's copy (MPI_SUM of int64, which adds exact
// counts and ExactSum limbs exactly), in pieces of at most 2^30 words since MPI counts
// are int. Other ranks' copies are left as they were. False when MPI reports an error.
bool sumOnRoot(const MpiContext &mpi, std::vector<int64_t> &words);
// Concatenates every rank's values on rank 0, in rank order (empty elsewhere).
std::vector<int64_t> gatherOnRoot(const MpiContext &mpi, const std::vector<int64_t> &mine);

} // namespace disteval
