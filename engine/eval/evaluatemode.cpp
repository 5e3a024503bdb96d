#include "cli/engineoptions.h"
#include "eval/evaluationjob.h"
#include "eval/modes.h"
#include "runtime/mpicontext.h"
#include "util/phasetimer.h"

#include <cstdlib>
#include <cstring>

#include <malloc.h>

namespace disteval {

namespace {

// Open MPI's default point-to-point layer probes UCX at start-up, which took 0.2 s of a
// 0.3 s MPI_Init here. The engine moves a few messages and one reduction, and when every
// rank is on one node (a workstation, or a singleton) the shared-memory path of the ob1
// layer is all it needs. Chosen only when the user has not chosen a layer (environment or
// mpirun --mca, which arrives as the same variable) and the launcher says all ranks are
// local, so every rank makes the same choice; multi-node jobs keep Open MPI's default.
void chooseSingleNodeTransport()
{
    if (std::getenv("OMPI_MCA_pml"))
        return;
    const char *world = std::getenv("OMPI_COMM_WORLD_SIZE");
    const char *local = std::getenv("OMPI_COMM_WORLD_LOCAL_SIZE");
    const bool singleton = !world && !local && !std::getenv("PMIX_RANK") && !std::getenv("PMI_RANK")
                           && !std::getenv("SLURM_PROCID");
    if (singleton || (world && local && std::strcmp(world, local) == 0))
        ::setenv("OMPI_MCA_pml", "ob1", 0);
}

} // namespace

int runEvaluation(const EngineOptions &o, int *argc, char ***argv)
{
    // LibTorch allocates and frees activations of several MiB on every forward pass.
    // glibc serves blocks above its (adaptive) mmap threshold with fresh mappings whose
    // page faults took a third of the run time of the demo model; keeping up to 256 MiB
    // of such blocks in the heap for reuse removes them (measured 1.70 s -> 1.33 s for
    // the demo evaluation). The image prefetcher lowers it again for decoded images (see
    // BatchPrefetcher). Memory stays bounded by the largest working set.
    ::mallopt(M_MMAP_THRESHOLD, 256 << 20);
    ::mallopt(M_TRIM_THRESHOLD, 256 << 20);
    chooseSingleNodeTransport();
    MpiContext mpi(argc, argv);
    if (mpi.rank() == 0)
        PhaseTimer::mark("mpi_init");
    EvaluationJob job(o, mpi);
    return job.run();
}

} // namespace disteval
