#include "eval/evaluationjob.h"

#include "cli/engineoptions.h"
#include "data/batchprefetcher.h"
#include "eval/engineerror.h"
#include "eval/modecommon.h"
#include "eval/outputfiles.h"
#include "eval/statsaccumulator.h"
#include "result/atomicfile.h"
#include "runtime/mpicontext.h"
#include "runtime/statsreduction.h"
#include "util/phasetimer.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace disteval {

EvaluationJob::EvaluationJob(const EngineOptions &options, MpiContext &mpi)
    : o(options)
    , m_mpi(mpi)
    , m_root(mpi.rank() == 0)
{}

int EvaluationJob::run()
{
    const auto jobStart = Clock::now();
    if (m_root && !o.progressSocket.empty())
        m_socket.connect(o.progressSocket);
    m_hello.engineVersion = DISTEVAL_VERSION;
    m_hello.worldSize = m_mpi.worldSize();
    m_hello.numModels = static_cast<int>(o.models.size());
    if (const char *token = std::getenv(protocol::kTokenEnvironmentVariable))
        m_hello.token = token;
    if (const std::optional<int> failed = setUpJob())
        return *failed;
    mark("set_up");
    announce();
    prepareStatistics();
    evaluateShard();
    mark("evaluated");
    if (!reduce()) {
        if (m_root) {
            m_socket.send(protocol::encode(
                    protocol::Error{"rank_failed", "the reduction across ranks failed", -1}));
            std::fprintf(stderr, "disteval-engine: error: the reduction across ranks failed\n");
        }
        return kExitInternal;
    }
    mark("reduced");
    gatherOnRootRank();
    if (const std::optional<int> failed = writeRecords())
        return *failed;
    if (!m_root)
        return kExitOk;
    mark("records");
    m_terminal->finish(std::chrono::duration<double>(Clock::now() - jobStart).count());
    try {
        ResultFile result = summarise();
        mark("summarised");
        const int status = writeResult(result);
        mark("written");
        return status;
    } catch (const EngineError &e) {
        m_socket.send(protocol::encode(protocol::Error{e.code(), e.what(), 0}));
        std::fprintf(stderr, "disteval-engine: error: %s\n", e.what());
        if (!m_samplesPath.empty())
            ::unlink(m_samplesPath.c_str());
        return e.exitStatus();
    } catch (const std::exception &e) {
        const bool output = dynamic_cast<const FileWriteError *>(&e) != nullptr;
        m_socket.send(protocol::encode(
                protocol::Error{output ? "output_not_writable" : "internal", e.what(), 0}));
        std::fprintf(stderr, "disteval-engine: error: %s\n", e.what());
        if (!m_samplesPath.empty())
            ::unlink(m_samplesPath.c_str());
        return output ? kExitOutput : kExitInternal;
    }
}

void EvaluationJob::mark(const char *phase) const
{
    if (m_root)
        PhaseTimer::mark(phase);
}

std::optional<int> EvaluationJob::setUpJob()
{
    std::optional<Failure> local;
    try {
        setUp(o, m_mpi, m_setup);
    } catch (const EngineError &e) {
        local = Failure{e.code(), e.exitStatus(), e.what()};
    } catch (const c10::Error &e) {
        local = Failure{"internal", kExitInternal, e.what_without_backtrace()};
    } catch (const std::exception &e) {
        local = Failure{"internal", kExitInternal, e.what()};
    }
    if (const std::optional<Failure> failure = agreeOnFailure(m_mpi, local)) {
        if (m_root) {
            for (int r = 0; r < m_mpi.worldSize(); ++r)
                m_hello.shards.push_back({r, 0, 0});
            m_socket.send(protocol::encode(m_hello));
            m_socket.send(protocol::encode(
                    protocol::Error{failure->code, failure->message, local ? 0 : -1}));
            std::fprintf(stderr, "disteval-engine: error: %s\n", failure->message.c_str());
        }
        return failure->exitStatus;
    }
    agreeOnOptimization(o, m_mpi, m_setup);
    return std::nullopt;
}

void EvaluationJob::announce()
{
    m_numSamples = m_setup.dataset->size();
    m_shards = planShards(m_numSamples, m_mpi.worldSize(), o.batchSize);
    m_mine = m_shards[static_cast<size_t>(m_mpi.rank())];
    m_hosts = gatherStrings(m_mpi, m_mpi.host());
    m_devices = gatherStrings(m_mpi, m_setup.device.str());
    m_threadNotes = gatherStrings(m_mpi, m_setup.threads.note);
    m_threadCounts = gatherStrings(m_mpi, std::to_string(m_setup.threads.threads) + " "
                                                  + std::to_string(m_setup.threads.boundCpus));
    m_hello.numSamples = m_numSamples;
    m_hello.shards = m_shards;
    std::vector<int64_t> totals;
    for (const Shard &s : m_shards)
        totals.push_back(s.count);
    m_terminal.emplace(m_root && !o.noProgress, totals);
    if (m_root) {
        m_socket.send(protocol::encode(m_hello));
        for (size_t r = 0; r < m_threadNotes.size(); ++r)
            if (!m_threadNotes[r].empty())
                m_socket.send(protocol::encode(protocol::Log{
                        "info", "rank " + std::to_string(r) + ": " + m_threadNotes[r]}));
        for (const std::string &w : m_setup.warnings) {
            m_socket.send(protocol::encode(protocol::Log{"warning", w}));
            std::fprintf(stderr, "disteval-engine: warning: %s\n", w.c_str());
        }
        m_socket.send(protocol::encode(protocol::Phase{"evaluating"}));
    }
    m_relay.emplace(m_mpi, m_shards, m_root ? &*m_terminal : nullptr, m_root ? &m_socket : nullptr);
}

void EvaluationJob::prepareStatistics()
{
    const int models = static_cast<int>(m_setup.models.size());
    const bool classic = m_setup.task.task == Task::Classification;
    Classic &c = m_classic;
    c.aurocBins = o.aurocBins < 0 ? autoAurocBins(m_setup.numClasses) : o.aurocBins;
    if (classic) {
        for (int m = 0; m < models; ++m)
            c.stats.emplace_back(m_setup.numClasses, c.aurocBins);
        // The macro AUROC's variance needs a second pass over the samples' ROC bins once
        // the totals are known (core/metrics/aurocinfluence.h); two classes need none.
        c.macroAurocPass = c.aurocBins > 0 && m_setup.numClasses > 2;
        if (c.macroAurocPass) {
            const double fraction = AurocSampleStore::fractionFor(m_numSamples, m_setup.numClasses,
                                                                  kAurocStoreBudgetBytes);
            c.rocStores.assign(static_cast<size_t>(models),
                               AurocSampleStore(m_setup.numClasses, fraction));
        }
        // Every pair of models (a < b) gets the joint counts its paired statistics need.
        for (int a = 0; a < models; ++a)
            for (int b = a + 1; b < models; ++b) {
                c.pairs.emplace_back(a, b);
                c.joints.emplace_back(m_setup.numClasses);
            }
        if (o.savePredictions)
            m_sidecar.resize(static_cast<size_t>(models) + 1);
    } else {
        // Dense outputs, multi-label and regression (engine/tasks): the Poisson bootstrap.
        m_tasks.emplace(m_setup.task, models);
    }
    if (o.savePredictions) {
        const Task task = classic ? Task::Classification : m_setup.task.task;
        const int units = classic ? m_setup.numClasses : m_setup.task.units;
        m_records.emplace(SamplesLayout::forTask(task, units, models), m_mine.first, m_mine.count);
        if (m_tasks)
            m_tasks->setRecorder(&*m_records);
    }
}

void EvaluationJob::evaluateShard()
{
    // Each rank evaluates its shard batch by batch; batch boundaries are global
    // multiples of the batch size (see planShards).
    const auto loopStart = Clock::now();
    try {
        c10::InferenceMode inference;
        // Reading and decoding run ahead of the model on a few threads (docs/ENGINE.md,
        // "Streaming"); the batches come out in order, identical to load()'s.
        int workers = o.prefetchWorkers;
        if (workers == 0)
            workers = m_setup.device.is_cuda() ? m_setup.threads.threads
                                               : std::max(1, m_setup.threads.threads / 4);
        const int depth = o.prefetchDepth == 0 ? 0 : std::max(o.prefetchDepth, workers);
        BatchPrefetcher prefetcher(*m_setup.dataset, m_mine.first, m_mine.count, o.batchSize, depth,
                                   workers);
        int64_t done = 0;
        for (int64_t batchIndex = 0; done < m_mine.count; ++batchIndex) {
            if (m_mpi.rank() == o.failRank && batchIndex == o.failBatch)
                throw EngineError("internal", kExitInternal,
                                  "test failure injected at batch " + std::to_string(batchIndex)
                                          + " (--debug-fail-at)");
            if (m_mpi.rank() == o.crashRank && batchIndex == o.crashBatch) {
                // --debug-crash-at: die as a crashed or OOM-killed rank would (through
                // any handler installed for the signal, as a real fault goes).
                std::fflush(nullptr);
                ::raise(o.crashSignal);
            }
            const int64_t count = std::min(o.batchSize, m_mine.count - done);
            Batch batch;
            try {
                batch = prefetcher.next();
            } catch (const std::exception &e) {
                throw EngineError("data_invalid", kExitData, e.what());
            }
            if (!batch.skipped.empty() && m_firstSkipped.empty())
                m_firstSkipped = batch.skipped.front();
            m_skippedImages += static_cast<int64_t>(batch.skipped.size());
            if (batch.labels.size(0) > 0) // else every image of this batch was skipped
                evaluateBatch(batch, m_mine.first + done);
            if (batchIndex == 0)
                mark("first_batch");
            done += count;
            m_relay->report(done);
        }
    } catch (const EngineError &e) {
        m_relay->fail(e.code(), e.what(), e.exitStatus());
    } catch (const c10::Error &e) {
        m_relay->fail("internal", e.what_without_backtrace(), kExitInternal);
    } catch (const std::exception &e) {
        m_relay->fail("internal", e.what(), kExitInternal);
    }
    m_ownSeconds = std::chrono::duration<double>(Clock::now() - loopStart).count();
    m_relay->finishLocal();
    m_relay->waitForAll();
}

void EvaluationJob::evaluateBatch(const Batch &batch, int64_t first)
{
    const std::vector<torch::Tensor> inputs = prepareInputs(o, batch, m_setup.device);
    const torch::Tensor &labels = batch.labels;
    std::vector<int64_t> indices = batch.indices;
    if (indices.empty())
        for (int64_t i = 0; i < labels.size(0); ++i)
            indices.push_back(first + i);
    if (m_tasks)
        m_tasks->beginBatch(indices);
    if (m_setup.metrics)
        // The same seed and replicates: the task's weights serve the metrics too.
        m_setup.metrics->beginBatch(indices, m_tasks ? &m_tasks->weights() : nullptr);
    std::vector<torch::Tensor> predicted;
    for (size_t m = 0; m < m_setup.models.size(); ++m) {
        // Every model sees the inputs as they were read: a model that changes its input
        // in place (normalising it, say) must not change the next one's.
        // The last model may have the originals.
        const std::vector<torch::Tensor> own
                = m + 1 < m_setup.models.size() ? clonedInputs(inputs) : inputs;
        const int model = static_cast<int>(m);
        if (m_tasks) {
            const torch::Tensor out
                    = m_setup.models[m]->run(own, m_setup.inputNames, o.outputKey, o.outputIndex);
            if (out.size(0) != labels.size(0))
                throw EngineError("model_invalid", kExitModel,
                                  "model '" + o.models[m] + "' returned "
                                          + std::to_string(out.size(0)) + " rows for a batch of "
                                          + std::to_string(labels.size(0)));
            checkTaskOutput(m_setup.task, out, o.models[m], o.models.front());
            m_tasks->add(model, out, labels, o.data);
            if (m_setup.metrics)
                m_setup.metrics->add(model, out, labels);
            continue;
        }
        const torch::Tensor logits = m_setup.models[m]->forward(
                own, m_setup.inputNames, o.outputKey, o.outputIndex, m_setup.numClasses);
        Classic &c = m_classic;
        predicted.push_back(accumulateBatch(logits, labels, indices, c.stats[m],
                                            c.rocStores.empty() ? nullptr : &c.rocStores[m],
                                            m_records ? &*m_records : nullptr, model));
        if (m_setup.metrics)
            m_setup.metrics->add(model, logits, labels);
    }
    if (m_tasks)
        m_tasks->endBatch();
    for (size_t p = 0; p < m_classic.pairs.size(); ++p)
        accumulateJoint(labels, predicted[static_cast<size_t>(m_classic.pairs[p].first)],
                        predicted[static_cast<size_t>(m_classic.pairs[p].second)],
                        m_classic.joints[p]);
    keepPredictions(batch, predicted);
}

void EvaluationJob::keepPredictions(const Batch &batch, const std::vector<torch::Tensor> &predicted)
{
    if (m_sidecar.empty())
        return;
    auto append = [](std::vector<int64_t> &dst, const torch::Tensor &t) {
        const torch::Tensor cpu = t.to(torch::kCPU).to(torch::kInt64).contiguous();
        dst.insert(dst.end(), cpu.data_ptr<int64_t>(), cpu.data_ptr<int64_t>() + cpu.numel());
    };
    append(m_sidecar[0], batch.labels);
    for (size_t m = 0; m < predicted.size(); ++m)
        append(m_sidecar[m + 1], predicted[m]);
}

} // namespace disteval
