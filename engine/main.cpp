#include "eval/enginemain.h"
#include "util/phasetimer.h"

#include <cstdio>
#include <iostream>

#include <unistd.h>

int main(int argc, char **argv)
{
    disteval::PhaseTimer::start();
    const int status = disteval::runEngine(argc, argv);
    disteval::PhaseTimer::mark("main_returns");
#if defined(__SANITIZE_ADDRESS__)
    // The sanitizer's leak check runs at normal exit: keep it.
    return status;
#else
    // A failure leaves the normal way: under mpirun the first rank to exit non-zero has
    // the others killed, and a rank that left at once could have rank 0 killed before
    // its message was relayed.
    if (status != 0)
        return status;
    // Everything the job writes is written and closed, and MPI is finalised, by now. A
    // normal return would run the static destructors of the ~290 libraries LibTorch
    // loads (a quarter of a second on 2 cores); leave at once instead.
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    ::_exit(status);
#endif
}
