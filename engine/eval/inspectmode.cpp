
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

int runInspect(const EngineOptions &o)
{
    try {
        std::unique_ptr<Dataset> ds;
        try {
            ds = openDataset(o.data, imageFolderOptions(o));
        } catch (const std::exception &e) {
            throw EngineError("data_invalid", kExitData, e.what());
        }
        std::vector<std::string> names = ds->classNames();
        int numClasses = ds->numClasses();
        if (!o.classNamesFile.empty()) {
            try {
                names = readClassNames(o.classNamesFile);
            } catch (const std::exception &e) {
                throw EngineError("data_invalid", kExitData, e.what());
            }
            if (static_cast<int>(names.size()) < numClasses)
                throw EngineError("class_mismatch", kExitData,
                                  "class-names file '" + o.classNamesFile + "' has "
                                          + std::to_string(names.size())
                                          + " names but the labels of '" + o.data + "' go up to "
                                          + std::to_string(numClasses - 1));
            numClasses = static_cast<int>(names.size());
        }
        nlohmann::ordered_json j;
        j["format"] = ds->format();
        j["path"] = absolutePath(ds->path());
        j["num_samples"] = ds->size();
        j["num_classes"] = numClasses;
        j["sample_shape"] = ds->sampleShape();
        j["class_names"] = names;
        const std::vector<int64_t> labelShape = ds->labelShape();
        j["label_shape"] = labelShape;
        j["label_type"] = ds->realLabels() ? "real" : "integer";
        // What the labels suggest; 0/1 columns may as well be multi-label.
        std::string implied = "classification";
        if (ds->realLabels())
            implied = labelShape.size() <= 1 ? "regression" : "unknown";
        else if (!labelShape.empty())
            implied = "dense_classification";
        j["implied_task"] = implied;
        j["input_names"] = ds->inputNames();
        std::cout << j.dump(2) << std::endl;
        return kExitOk;
    } catch (const EngineError &e) {
        std::cout << errorJson(e.code(), e.what()).dump(2) << std::endl;
        printError(e.what(), 0, 1);
        return e.exitStatus();
    } catch (const std::exception &e) {
        std::cout << errorJson("internal", e.what()).dump(2) << std::endl;
        printError(e.what(), 0, 1);
        return kExitInternal;
    }
}

int runProbe()
{
    nlohmann::ordered_json j;
    j["engine_version"] = DISTEVAL_VERSION;
    j["torch_version"] = TORCH_VERSION;
    const bool cuda = torch::cuda::is_available();
    j["cuda_available"] = cuda;
    j["cuda_devices"] = cuda ? static_cast<int64_t>(torch::cuda::device_count()) : 0;
    // Every GPU by index (what --device cuda gives local rank r: GPU r % count).
    nlohmann::ordered_json gpus = nlohmann::ordered_json::array();
    for (int64_t i = 0; cuda && i < static_cast<int64_t>(torch::cuda::device_count()); ++i)
        gpus.push_back({{"index", i}, {"device", "cuda:" + std::to_string(i)}});
    j["gpus"] = gpus;
    j["cpu_cores"] = static_cast<int64_t>(::sysconf(_SC_NPROCESSORS_ONLN));
    std::cout << j.dump(2) << std::endl;
    return kExitOk;
}

} // namespace disteval
