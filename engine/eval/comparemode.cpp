
#include "cli/engineoptions.h"
#include "comparison/pairedcomparison.h"
#include "data/batchprefetcher.h"
#include "data/classnames.h"
#include "data/datasetfactory.h"
#include "eval/engineerror.h"
#include "eval/jobsetup.h"
#include "eval/modecommon.h"
#include "eval/modelrunner.h"
#include "eval/modes.h"
#include "eval/outputfiles.h"
#include "eval/statsaccumulator.h"
#include "evaluation/modelsummary.h"
#include "evaluation/sharding.h"
#include "protocol/progressprotocol.h"
#include "report/terminalprogress.h"
#include "report/textreport.h"
#include "result/atomicfile.h"
#include "result/predictionsfile.h"
#include "result/resultfile.h"
#include "runtime/collectives.h"
#include "runtime/mpicontext.h"
#include "runtime/progressrelay.h"
#include "runtime/progresssocket.h"
#include "runtime/statsreduction.h"
#include "runtime/threading.h"
#include "stats/random.h"
#include "util/fileutil.h"
#include "util/memory.h"
#include "util/sha256.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>
#include <optional>

#include <malloc.h>
#include <unistd.h>

namespace disteval {

// --- --compare -----------------------------------------------------------------------

int runCompare(const EngineOptions &o)
{
    try {
        ResultFile runs[2];
        PredictionsFile predictions[2];
        for (int i = 0; i < 2; ++i) {
            const std::string &path = o.compareResults[static_cast<size_t>(i)];
            try {
                runs[i] = readResultFile(path);
            } catch (const std::exception &e) {
                throw EngineError("data_invalid", kExitData, e.what());
            }
            if (runs[i].predictionsFile.empty())
                throw EngineError("data_invalid", kExitData,
                                  "result file '" + path
                                          + "' has no per-sample predictions; run it with "
                                            "--save-predictions to compare it with another run");
            try {
                // Only the sidecar written with this very result: same run id, same
                // models, same data (an interrupted run could leave them mismatched).
                predictions[i] = readSidecarOf(runs[i], path);
            } catch (const std::exception &e) {
                throw EngineError("data_invalid", kExitData, e.what());
            }
        }
        if (!o.output.empty()) {
            std::vector<NamedPath> inputs;
            for (int i = 0; i < 2; ++i) {
                const std::string &path = o.compareResults[static_cast<size_t>(i)];
                inputs.emplace_back("result file", path);
                inputs.emplace_back("predictions file",
                                    joinPath(parentFolder(path), runs[i].predictionsFile));
            }
            try {
                checkOutputIsSafe(o.output, inputs);
            } catch (const std::exception &e) {
                throw EngineError("output_not_writable", kExitOutput, e.what());
            }
        }
        BootstrapSettings bs;
        bs.replicates = o.bootstrap;
        bs.confidence = o.confidence;
        bs.seed = o.seed;
        bs.zeroDivision = o.zeroDivision;
        int64_t excluded = 0;
        PairedComparison c;
        try {
            c = compareRuns(predictions[0], o.compareModelA, predictions[1], o.compareModelB, bs,
                            &excluded);
        } catch (const ComparisonRefused &e) {
            throw EngineError("comparison_refused", kExitData,
                              "cannot compare '" + o.compareResults[0] + "' with '"
                                      + o.compareResults[1] + "': " + e.what());
        }
        // Reported like a run holding the two models, with the pair's comparison.
        ResultFile out;
        out.engineVersion = DISTEVAL_VERSION;
        out.created = isoTimeUtc();
        out.worldSize = 1;
        out.config = optionsToJson(o);
        out.config["compare"] = o.compareResults;
        out.dataset = runs[0].dataset;
        out.statistics = {o.bootstrap, o.confidence, o.seed, toString(o.zeroDivision)};
        out.models = {runs[0].models.at(static_cast<size_t>(o.compareModelA)),
                      runs[1].models.at(static_cast<size_t>(o.compareModelB))};
        c.a = 0;
        c.b = 1;
        out.comparisons = {c};
        out.datasetFingerprint = predictions[0].datasetFingerprint;
        if (excluded > 0)
            out.warnings.push_back(std::to_string(excluded)
                                   + " samples without a prediction in one run were left out");
        out.warnings.push_back("the two models were evaluated in separate runs; the models' own "
                               "metrics and intervals are those of their runs");
        if (!o.output.empty())
            writeFileAtomically(o.output, serializeResult(out));
        if (!o.quiet)
            std::cout << formatTextReport(out) << std::flush;
        return kExitOk;
    } catch (const EngineError &e) {
        printError(e.what(), 0, 1);
        return e.exitStatus();
    } catch (const FileWriteError &e) {
        printError(e.what(), 0, 1);
        return kExitOutput;
    } catch (const std::exception &e) {
        printError(e.what(), 0, 1);
        return kExitInternal;
    }
}

} // namespace disteval
