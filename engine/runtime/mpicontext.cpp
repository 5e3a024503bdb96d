#include "runtime/mpicontext.h"

#include <cstdlib>

namespace disteval {

MpiContext::MpiContext(int *argc, char ***argv)
{
    MPI_Init(argc, argv);
    MPI_Comm_dup(MPI_COMM_WORLD, &m_world);
    MPI_Comm_dup(MPI_COMM_WORLD, &m_progress);
    // Errors in collectives become return codes we turn into messages, not a silent abort.
    MPI_Comm_set_errhandler(m_world, MPI_ERRORS_RETURN);
    MPI_Comm_rank(m_world, &m_rank);
    MPI_Comm_size(m_world, &m_worldSize);
    MPI_Comm node;
    MPI_Comm_split_type(m_world, MPI_COMM_TYPE_SHARED, m_rank, MPI_INFO_NULL, &node);
    MPI_Comm_rank(node, &m_localRank);
    MPI_Comm_size(node, &m_localSize);
    MPI_Comm_free(&node);
    char name[MPI_MAX_PROCESSOR_NAME];
    int length = 0;
    MPI_Get_processor_name(name, &length);
    m_host.assign(name, static_cast<size_t>(length));
}

MpiContext::~MpiContext()
{
    int finalized = 0;
    MPI_Finalized(&finalized);
    if (finalized)
        return;
    MPI_Comm_free(&m_progress);
    MPI_Comm_free(&m_world);
    MPI_Finalize();
}

void MpiContext::abort(int exitCode) const
{
    MPI_Abort(MPI_COMM_WORLD, exitCode);
    std::_Exit(exitCode); // not reached
}

} // namespace disteval
