#pragma once

#include <mpi.h>

#include <string>

namespace disteval {

// MPI for the duration of an evaluation: initialised in the constructor, finalised in
// the destructor. Works under mpirun/srun and as a singleton (started directly).
class MpiContext
{
public:
    MpiContext(int *argc, char ***argv);
    ~MpiContext();
    MpiContext(const MpiContext &) = delete;
    MpiContext &operator=(const MpiContext &) = delete;

    int rank() const { return m_rank; }
    int worldSize() const { return m_worldSize; }
    int localRank() const { return m_localRank; } // among the ranks on this node
    int localSize() const { return m_localSize; }
    const std::string &host() const { return m_host; }
    MPI_Comm world() const { return m_world; }
    // A separate communicator for progress messages, so they never match the
    // statistics traffic.
    MPI_Comm progressComm() const { return m_progress; }

    // Ends the whole job now with `exitCode` (MPI_Abort); other ranks are killed.
    [[noreturn]] void abort(int exitCode) const;

private:
    int m_rank = 0;
    int m_worldSize = 1;
    int m_localRank = 0;
    int m_localSize = 1;
    std::string m_host;
    MPI_Comm m_world = MPI_COMM_NULL;
    MPI_Comm m_progress = MPI_COMM_NULL;
};

} // namespace disteval
