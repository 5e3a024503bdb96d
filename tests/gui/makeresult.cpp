// Writes a synthetic result file (see syntheticresult.h) for screenshots, benchmarks and
// trying the app without the engine:
//   disteval_make_result [--classes N] [--samples N] [--ranks N] [--models N]
//                        [--bootstrap N] [--seed N] [--small-class C [--small-class-samples N]]
//                        OUTPUT.json
// --small-class gives class C only N samples (default 5), so that the intervals of the
// averages over classes are withheld, with their reason.
#include "syntheticresult.h"

#include "result/atomicfile.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

int main(int argc, char *argv[])
{
    SyntheticResultSpec spec;
    std::string output;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> long long {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "disteval_make_result: %s needs a value\n", arg.c_str());
                std::exit(2);
            }
            return std::atoll(argv[++i]);
        };
        if (arg == "--classes")
            spec.classes = static_cast<int>(value());
        else if (arg == "--samples")
            spec.samples = value();
        else if (arg == "--ranks")
            spec.worldSize = static_cast<int>(value());
        else if (arg == "--models")
            spec.models = static_cast<int>(value());
        else if (arg == "--bootstrap")
            spec.bootstrapReplicates = static_cast<int>(value());
        else if (arg == "--seed")
            spec.seed = static_cast<uint64_t>(value());
        else if (arg == "--small-class")
            spec.smallClass = static_cast<int>(value());
        else if (arg == "--small-class-samples")
            spec.smallClassSamples = value();
        else if (!arg.empty() && arg[0] != '-' && output.empty())
            output = arg;
        else {
            std::fprintf(stderr, "usage: disteval_make_result [--classes N] [--samples N] "
                                 "[--ranks N] [--models N] [--bootstrap N] [--seed N] "
                                 "[--small-class C [--small-class-samples N]] OUT.json\n");
            return 2;
        }
    }
    if (output.empty() || spec.classes < 2 || spec.samples < 1 || spec.worldSize < 1
        || spec.models < 1 || spec.smallClass >= spec.classes || spec.smallClassSamples < 0) {
        std::fprintf(stderr, "disteval_make_result: need OUT.json, >= 2 classes, >= 1 sample, "
                             "rank and model\n");
        return 2;
    }
    try {
        disteval::writeFileAtomically(output, disteval::serializeResult(makeSyntheticResult(spec)));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "disteval_make_result: %s\n", e.what());
        return 1;
    }
    std::printf("wrote %s\n", output.c_str());
    return 0;
}
