
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
#include "tasks/taskevaluator.h"
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
    const bool root = mpi.rank() == 0;
    const auto jobStart = Clock::now();

    ProgressSocket socket;
    if (root && !o.progressSocket.empty())
        socket.connect(o.progressSocket);
    protocol::Hello hello;
    hello.engineVersion = DISTEVAL_VERSION;
    hello.worldSize = mpi.worldSize();
    hello.numModels = static_cast<int>(o.models.size());
    if (const char *token = std::getenv(protocol::kTokenEnvironmentVariable))
        hello.token = token;

    Setup setup;
    std::optional<Failure> local;
    try {
        setUp(o, mpi, setup);
    } catch (const EngineError &e) {
        local = Failure{e.code(), e.exitStatus(), e.what()};
    } catch (const c10::Error &e) {
        local = Failure{"internal", kExitInternal, e.what_without_backtrace()};
    } catch (const std::exception &e) {
        local = Failure{"internal", kExitInternal, e.what()};
    }
    if (const std::optional<Failure> failure = agreeOnFailure(mpi, local)) {
        if (root) {
            for (int r = 0; r < mpi.worldSize(); ++r)
                hello.shards.push_back({r, 0, 0});
            socket.send(protocol::encode(hello));
            socket.send(protocol::encode(
                    protocol::Error{failure->code, failure->message, local ? 0 : -1}));
            std::fprintf(stderr, "disteval-engine: error: %s\n", failure->message.c_str());
        }
        return failure->exitStatus;
    }

    const int64_t numSamples = setup.dataset->size();
    const std::vector<Shard> shards = planShards(numSamples, mpi.worldSize(), o.batchSize);
    const Shard mine = shards[static_cast<size_t>(mpi.rank())];
    const std::vector<std::string> hosts = gatherStrings(mpi, mpi.host());
    const std::vector<std::string> devices = gatherStrings(mpi, setup.device.str());
    const std::vector<std::string> threadNotes = gatherStrings(mpi, setup.threads.note);
    const std::vector<std::string> threadCounts
            = gatherStrings(mpi, std::to_string(setup.threads.threads) + " "
                                         + std::to_string(setup.threads.boundCpus));

    hello.numSamples = numSamples;
    hello.shards = shards;
    std::vector<int64_t> totals;
    for (const Shard &s : shards)
        totals.push_back(s.count);
    TerminalProgress terminal(root && !o.noProgress, totals);
    if (root) {
        socket.send(protocol::encode(hello));
        for (size_t r = 0; r < threadNotes.size(); ++r)
            if (!threadNotes[r].empty())
                socket.send(protocol::encode(protocol::Log{
                        "info", "rank " + std::to_string(r) + ": " + threadNotes[r]}));
        for (const std::string &w : setup.warnings) {
            socket.send(protocol::encode(protocol::Log{"warning", w}));
            std::fprintf(stderr, "disteval-engine: warning: %s\n", w.c_str());
        }
        socket.send(protocol::encode(protocol::Phase{"evaluating"}));
    }

    // Each rank evaluates its shard batch by batch; batch boundaries are global
    // multiples of the batch size (see planShards).
    ProgressRelay relay(mpi, shards, root ? &terminal : nullptr, root ? &socket : nullptr);
    const bool classic = setup.task.task == Task::Classification;
    std::vector<SufficientStats> stats;
    const int aurocBins = o.aurocBins < 0 ? autoAurocBins(setup.numClasses) : o.aurocBins;
    for (size_t m = 0; classic && m < setup.models.size(); ++m)
        stats.emplace_back(setup.numClasses, aurocBins);
    // Dense outputs, multi-label and regression (engine/tasks): the Poisson bootstrap.
    std::optional<TaskEvaluator> tasks;
    if (!classic)
        tasks.emplace(setup.task, static_cast<int>(setup.models.size()));
    // The macro AUROC's variance needs a second pass over the samples' ROC bins once the
    // totals are known (core/metrics/aurocinfluence.h); two classes need none.
    const bool macroAurocPass = classic && aurocBins > 0 && setup.numClasses > 2;
    std::vector<AurocSampleStore> rocStores;
    if (macroAurocPass) {
        const double fraction = AurocSampleStore::fractionFor(numSamples, setup.numClasses,
                                                              kAurocStoreBudgetBytes);
        rocStores.assign(setup.models.size(), AurocSampleStore(setup.numClasses, fraction));
    }
    // Every pair of models (a < b) gets the joint counts its paired statistics need.
    std::vector<std::pair<int, int>> pairs;
    std::vector<JointConfusion> joints;
    for (int a = 0; classic && a < static_cast<int>(setup.models.size()); ++a)
        for (int b = a + 1; b < static_cast<int>(setup.models.size()); ++b) {
            pairs.emplace_back(a, b);
            joints.emplace_back(setup.numClasses);
        }
    // With --save-predictions: this rank's labels, then each model's predictions.
    std::vector<std::vector<int64_t>> sidecar(o.savePredictions ? setup.models.size() + 1 : 0);
    // Images left out with --skip-bad-images: how many, and the first one's reason.
    int64_t skippedImages = 0;
    std::string firstSkipped;
    const auto loopStart = Clock::now();
    try {
        c10::InferenceMode inference;
        // Reading and decoding run ahead of the model on a few threads (docs/ENGINE.md,
        // "Streaming"); the batches come out in order, identical to load()'s.
        int prefetchWorkers = o.prefetchWorkers;
        if (prefetchWorkers == 0)
            prefetchWorkers = setup.device.is_cuda() ? setup.threads.threads
                                                     : std::max(1, setup.threads.threads / 4);
        const int prefetchDepth
                = o.prefetchDepth == 0 ? 0 : std::max(o.prefetchDepth, prefetchWorkers);
        BatchPrefetcher prefetcher(*setup.dataset, mine.first, mine.count, o.batchSize,
                                   prefetchDepth, prefetchWorkers);
        int64_t done = 0;
        int64_t batchIndex = 0;
        while (done < mine.count) {
            if (mpi.rank() == o.failRank && batchIndex == o.failBatch)
                throw EngineError("internal", kExitInternal,
                                  "test failure injected at batch " + std::to_string(batchIndex)
                                          + " (--debug-fail-at)");
            if (mpi.rank() == o.crashRank && batchIndex == o.crashBatch) {
                // --debug-crash-at: die as a crashed or OOM-killed rank would (through
                // any handler installed for the signal, as a real fault goes).
                std::fflush(nullptr);
                ::raise(o.crashSignal);
            }
            const int64_t count = std::min(o.batchSize, mine.count - done);
            Batch batch;
            try {
                batch = prefetcher.next();
            } catch (const std::exception &e) {
                throw EngineError("data_invalid", kExitData, e.what());
            }
            if (!batch.skipped.empty() && firstSkipped.empty())
                firstSkipped = batch.skipped.front();
            skippedImages += static_cast<int64_t>(batch.skipped.size());
            if (batch.labels.size(0) == 0) { // every image of this batch was skipped
                done += count;
                ++batchIndex;
                relay.report(done);
                continue;
            }
            const std::vector<torch::Tensor> inputs = prepareInputs(o, batch, setup.device);
            const torch::Tensor labels = batch.labels;
            std::vector<int64_t> indices = batch.indices;
            if (indices.empty())
                for (int64_t i = 0; i < labels.size(0); ++i)
                    indices.push_back(mine.first + done + i);
            std::vector<torch::Tensor> predicted;
            if (tasks)
                tasks->beginBatch(indices);
            if (setup.metrics)
                setup.metrics->beginBatch(indices);
            for (size_t m = 0; m < setup.models.size(); ++m) {
                // Every model sees the inputs as they were read: a model that changes its
                // input in place (normalising it, say) must not change the next one's.
                const bool last = m + 1 == setup.models.size();
                std::vector<torch::Tensor> own = inputs;
                if (!last)
                    for (torch::Tensor &t : own)
                        t = t.clone();
                if (tasks) {
                    const torch::Tensor out = setup.models[m]->run(own, setup.inputNames,
                                                                   o.outputKey, o.outputIndex);
                    if (out.size(0) != labels.size(0))
                        throw EngineError("model_invalid", kExitModel,
                                          "model '" + o.models[m] + "' returned "
                                                  + std::to_string(out.size(0))
                                                  + " rows for a batch of "
                                                  + std::to_string(labels.size(0)));
                    checkTaskOutput(setup.task, out, o.models[m], o.models.front());
                    tasks->add(static_cast<int>(m), out, labels, o.data);
                    if (setup.metrics)
                        setup.metrics->add(static_cast<int>(m), out, labels);
                    continue;
                }
                const torch::Tensor logits = setup.models[m]->forward(
                        own, setup.inputNames, o.outputKey, o.outputIndex, setup.numClasses);
                predicted.push_back(accumulateBatch(logits, labels, indices, stats[m],
                                                    rocStores.empty() ? nullptr : &rocStores[m]));
                if (setup.metrics)
                    setup.metrics->add(static_cast<int>(m), logits, labels);
            }
            if (tasks)
                tasks->endBatch();
            for (size_t p = 0; p < pairs.size(); ++p)
                accumulateJoint(labels, predicted[static_cast<size_t>(pairs[p].first)],
                                predicted[static_cast<size_t>(pairs[p].second)], joints[p]);
            if (o.savePredictions) {
                auto append = [](std::vector<int64_t> &dst, const torch::Tensor &t) {
                    const torch::Tensor cpu = t.to(torch::kCPU).to(torch::kInt64).contiguous();
                    dst.insert(dst.end(), cpu.data_ptr<int64_t>(),
                               cpu.data_ptr<int64_t>() + cpu.numel());
                };
                append(sidecar[0], batch.labels);
                for (size_t m = 0; m < predicted.size(); ++m)
                    append(sidecar[m + 1], predicted[m]);
            }
            done += count;
            ++batchIndex;
            relay.report(done);
        }
    } catch (const EngineError &e) {
        relay.fail(e.code(), e.what(), e.exitStatus());
    } catch (const c10::Error &e) {
        relay.fail("internal", e.what_without_backtrace(), kExitInternal);
    } catch (const std::exception &e) {
        relay.fail("internal", e.what(), kExitInternal);
    }
    const double ownSeconds = std::chrono::duration<double>(Clock::now() - loopStart).count();
    relay.finishLocal();
    relay.waitForAll();

    if (root)
        socket.send(protocol::encode(protocol::Phase{"reducing"}));
    std::vector<double> rankSeconds;
    std::vector<MacroAurocVariance> macroVariance(stats.size());
    bool reduced
            = tasks ? reduceStatistics(mpi, tasks->elementStats(), rankSeconds, ownSeconds, false)
                              && tasks->reduce(mpi)
                    : reduceStatistics(mpi, stats, rankSeconds, ownSeconds, macroAurocPass);
    if (reduced && setup.metrics)
        reduced = setup.metrics->reduce(mpi);
    if (reduced && macroAurocPass) {
        // Second pass: every rank has the totals; the squared components of its stored
        // samples are summed exactly, then over the ranks.
        std::vector<ExactSum> squares(stats.size());
        for (size_t m = 0; m < stats.size(); ++m) {
            const AurocInfluence influence(stats[m].roc);
            squares[m] = influenceSquares({&rocStores[m]}, {&influence}, {1.0});
            macroVariance[m].fraction = rocStores[m].fraction();
        }
        reduced = reduceExactSums(mpi, squares);
        for (size_t m = 0; m < stats.size(); ++m)
            macroVariance[m].influenceSquares = squares[m].value();
    }
    if (!reduced) {
        if (root) {
            socket.send(protocol::encode(
                    protocol::Error{"rank_failed", "the reduction across ranks failed", -1}));
            std::fprintf(stderr, "disteval-engine: error: the reduction across ranks failed\n");
        }
        return kExitInternal;
    }
    // The joint counts of the model pairs (sparse, so gathered rather than reduced) and,
    // with --save-predictions, the per-sample predictions, both to rank 0.
    for (JointConfusion &joint : joints) {
        const std::vector<int64_t> all = gatherOnRoot(mpi, joint.pack());
        if (root) {
            JointConfusion merged(setup.numClasses);
            merged.unpackAdd(all.data(), all.size());
            joint = std::move(merged);
        }
    }
    std::vector<std::vector<int64_t>> gatheredSidecar;
    for (const std::vector<int64_t> &column : sidecar)
        gatheredSidecar.push_back(gatherOnRoot(mpi, column));
    int64_t skippedTotal = 0;
    MPI_Reduce(&skippedImages, &skippedTotal, 1, MPI_INT64_T, MPI_SUM, 0, mpi.world());
    const std::vector<std::string> skippedExamples = gatherStrings(mpi, firstSkipped);
    if (!root)
        return kExitOk;

    terminal.finish(std::chrono::duration<double>(Clock::now() - jobStart).count());
    int status = kExitOk;
    try {
        ResultFile result;
        result.engineVersion = DISTEVAL_VERSION;
        result.created = isoTimeUtc();
        result.worldSize = mpi.worldSize();
        result.config = optionsToJson(o);
        result.config["threads_used"] = setup.threads.threads;
        result.dataset.path = absolutePath(setup.dataset->path());
        result.dataset.format = setup.dataset->format();
        result.dataset.numSamples = numSamples;
        result.dataset.numClasses = setup.numClasses;
        result.dataset.classNames = setup.classNames;
        result.dataset.sampleShape = setup.dataset->sampleShape();
        result.dataset.labelShape = setup.dataset->labelShape();
        result.statistics.bootstrapReplicates = o.bootstrap;
        result.statistics.confidence = o.confidence;
        result.statistics.seed = o.seed;
        result.statistics.zeroDivision = toString(o.zeroDivision);
        for (const Shard &s : shards) {
            const size_t r = static_cast<size_t>(s.rank);
            RankInfo info{s.rank, s.first, s.count, rankSeconds[r], hosts[r], devices[r], 0, 0};
            std::sscanf(threadCounts[r].c_str(), "%d %d", &info.threads, &info.cpus);
            result.ranks.push_back(info);
        }
        BootstrapSettings bs;
        bs.replicates = o.bootstrap;
        bs.confidence = o.confidence;
        bs.seed = o.seed;
        bs.zeroDivision = o.zeroDivision;
        result.warnings = setup.warnings;
        if (o.skipBadImages) {
            result.config["skipped_images"] = skippedTotal;
            if (skippedTotal > 0) {
                std::string example;
                for (const std::string &e : skippedExamples)
                    if (example.empty() && !e.empty())
                        example = e;
                const std::string w = std::to_string(skippedTotal) + " of "
                                      + std::to_string(numSamples)
                                      + " images could not be decoded and were skipped (left out "
                                        "of every metric), e.g. "
                                      + example;
                result.warnings.push_back(w);
                std::fprintf(stderr, "disteval-engine: warning: %s\n", w.c_str());
                socket.send(protocol::encode(protocol::Log{"warning", w}));
            }
        }
        if (tasks)
            tasks->summarise(result, setup.classNames, o.confidence, o.zeroDivision);
        for (size_t m = 0; m < setup.models.size(); ++m) {
            if (!tasks)
                result.models.push_back(
                        summarizeModel(stats[m], setup.classNames, bs, static_cast<int>(m),
                                       macroAurocPass ? &macroVariance[m] : nullptr));
            ModelResult &mr = result.models[m];
            const ModelRunner::Optimization &opt = setup.models[m]->optimization();
            mr.optimizationAttempted = opt.attempted;
            mr.optimizationUsed = opt.used;
            mr.optimizationMaxDifference = opt.maxAbsDifference;
            mr.optimizationPredictionsChanged = opt.predictionsChanged;
            mr.optimizationNote = opt.note;
            mr.path = absolutePath(o.models[m]);
            mr.sha256 = setup.modelHashes[m];
            if (mr.nonFiniteSamples > 0) {
                const std::string w
                        = "model '" + o.models[m] + "': " + std::to_string(mr.nonFiniteSamples)
                          + (result.task == Task::DenseClassification ? " elements" : " samples")
                          + (result.task == Task::Regression ? " had NaN or infinite outputs"
                                                             : " had NaN or infinite logits")
                          + " and were left out of every metric";
                result.warnings.push_back(w);
                std::fprintf(stderr, "disteval-engine: warning: %s\n", w.c_str());
                socket.send(protocol::encode(protocol::Log{"warning", w}));
            }
        }
        for (size_t p = 0; p < pairs.size(); ++p)
            result.comparisons.push_back(comparePaired(joints[p], pairs[p].first, pairs[p].second,
                                                       bs, streamId("paired", p)));
        if (setup.metrics)
            setup.metrics->summarise(result, o.confidence);
        if (!o.output.empty()) {
            socket.send(protocol::encode(protocol::Phase{"writing"}));
            PredictionsFile pf;
            if (o.savePredictions) {
                pf.runId = newRunId();
                pf.numSamples = numSamples;
                pf.numClasses = setup.numClasses;
                pf.datasetPath = result.dataset.path;
                pf.datasetFingerprint = setup.fingerprint;
                for (size_t m = 0; m < result.models.size(); ++m) {
                    pf.modelPaths.push_back(result.models[m].path);
                    pf.modelHashes.push_back(result.models[m].sha256);
                }
                pf.labels.assign(gatheredSidecar[0].begin(), gatheredSidecar[0].end());
                for (size_t m = 1; m < gatheredSidecar.size(); ++m)
                    pf.predictions.emplace_back(gatheredSidecar[m].begin(),
                                                gatheredSidecar[m].end());
            }
            commitResult(o.output, result, o.savePredictions ? &pf : nullptr);
            socket.send(protocol::encode(protocol::Result{absolutePath(o.output)}));
        }
        if (!o.quiet)
            std::cout << formatTextReport(result) << std::flush;
    } catch (const EngineError &e) {
        socket.send(protocol::encode(protocol::Error{e.code(), e.what(), 0}));
        std::fprintf(stderr, "disteval-engine: error: %s\n", e.what());
        status = e.exitStatus();
    } catch (const std::exception &e) {
        const bool output = dynamic_cast<const FileWriteError *>(&e) != nullptr;
        const std::string code = output ? "output_not_writable" : "internal";
        socket.send(protocol::encode(protocol::Error{code, e.what(), 0}));
        std::fprintf(stderr, "disteval-engine: error: %s\n", e.what());
        status = output ? kExitOutput : kExitInternal;
    }
    return status;
}

} // namespace disteval
