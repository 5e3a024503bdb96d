#include "eval/enginemain.h"

#include "cli/engineoptions.h"
#include "eval/engineerror.h"
#include "eval/modecommon.h"
#include "eval/modes.h"

#include <torch/version.h>

#include <cstdio>
#include <iostream>

namespace disteval {

int runEngine(int argc, char **argv)
{
    EngineOptions options;
    try {
        options = parseEngineOptions(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const UsageError &e) {
        if (launcherRank() != 0)
            // Rank 0 says it and sets the job's exit status. Under mpirun the first rank
            // to exit non-zero has the others killed, which could cut rank 0 off before
            // its message was relayed: the other ranks leave quietly.
            return kExitOk;
        std::fprintf(stderr, "disteval-engine: error: %s\nTry 'disteval-engine --help'.\n",
                     e.what());
        return kExitUsage;
    }
    switch (options.mode) {
    case EngineMode::Help:
        std::cout << engineHelpText();
        return kExitOk;
    case EngineMode::Version:
        std::cout << "disteval-engine " << DISTEVAL_VERSION << " (LibTorch " << TORCH_VERSION
                  << ")\n";
        return kExitOk;
    case EngineMode::Inspect:
        return runInspect(options);
    case EngineMode::Probe:
        return runProbe();
    case EngineMode::Compare:
        return runCompare(options);
    case EngineMode::Render:
        return runRender(options);
    case EngineMode::Evaluate:
        break;
    }
    try {
        return runEvaluation(options, &argc, &argv);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "disteval-engine: error: %s\n", e.what());
        return kExitInternal;
    }
}

} // namespace disteval
