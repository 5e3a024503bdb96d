// The stages of an EvaluationJob after the batch loop: the reduction to rank 0, the
// per-sample records, and rank 0's summary and result file.
#include "eval/evaluationjob.h"

#include "cli/engineoptions.h"
#include "comparison/pairedcomparison.h"
#include "eval/engineerror.h"
#include "eval/modecommon.h"
#include "eval/outputfiles.h"
#include "report/textreport.h"
#include "result/predictionsfile.h"
#include "result/resultfile.h"
#include "runtime/mpicontext.h"
#include "runtime/statsreduction.h"
#include "stats/random.h"
#include "util/fileutil.h"

#include <cstdio>
#include <iostream>

#include <unistd.h>

namespace disteval {

bool EvaluationJob::reduce()
{
    if (m_root)
        m_socket.send(protocol::encode(protocol::Phase{"reducing"}));
    Classic &c = m_classic;
    c.macroVariance.assign(c.stats.size(), {});
    bool reduced = m_tasks ? reduceStatistics(m_mpi, m_tasks->elementStats(), m_rankSeconds,
                                              m_ownSeconds, false)
                                     && m_tasks->reduce(m_mpi)
                           : reduceStatistics(m_mpi, c.stats, m_rankSeconds, m_ownSeconds,
                                              c.macroAurocPass);
    if (reduced && m_setup.metrics)
        reduced = m_setup.metrics->reduce(m_mpi);
    if (reduced && c.macroAurocPass) {
        // Second pass: every rank has the totals; the squared components of its stored
        // samples are summed exactly, then over the ranks.
        std::vector<ExactSum> squares(c.stats.size());
        for (size_t m = 0; m < c.stats.size(); ++m) {
            const AurocInfluence influence(c.stats[m].roc);
            squares[m] = influenceSquares({&c.rocStores[m]}, {&influence}, {1.0});
            c.macroVariance[m].fraction = c.rocStores[m].fraction();
        }
        reduced = reduceExactSums(m_mpi, squares);
        for (size_t m = 0; m < c.stats.size(); ++m)
            c.macroVariance[m].influenceSquares = squares[m].value();
    }
    return reduced;
}

void EvaluationJob::gatherOnRootRank()
{
    // The joint counts of the model pairs (sparse, so gathered rather than reduced) and,
    // with --save-predictions, the classic path's predictions, both to rank 0.
    for (JointConfusion &joint : m_classic.joints) {
        const std::vector<int64_t> all = gatherOnRoot(m_mpi, joint.pack());
        if (m_root) {
            JointConfusion merged(m_setup.numClasses);
            merged.unpackAdd(all.data(), all.size());
            joint = std::move(merged);
        }
    }
    for (std::vector<int64_t> &column : m_sidecar)
        column = gatherOnRoot(m_mpi, column);
    int64_t skipped = 0;
    MPI_Reduce(&m_skippedImages, &skipped, 1, MPI_INT64_T, MPI_SUM, 0, m_mpi.world());
    m_skippedImages = skipped;
    m_skippedExamples = gatherStrings(m_mpi, m_firstSkipped);
}

std::optional<int> EvaluationJob::writeRecords()
{
    if (!m_records || o.output.empty())
        return std::nullopt;
    char id[17] = {};
    if (m_root) {
        m_socket.send(protocol::encode(protocol::Phase{"writing"}));
        const std::string runId = newRunId();
        std::copy(runId.begin(), runId.begin() + 16, id);
    }
    MPI_Bcast(id, 16, MPI_CHAR, 0, m_mpi.world());
    m_runId.assign(id, 16);
    const std::string path = samplesPathFor(o.output, m_runId);
    std::string header;
    if (m_root) {
        SamplesHeader h;
        h.layout = m_records->codec().layout();
        h.runId = m_runId;
        h.numSamples = m_numSamples;
        h.datasetPath = absolutePath(m_setup.dataset->path());
        h.datasetFingerprint = m_setup.fingerprint;
        for (size_t m = 0; m < o.models.size(); ++m) {
            h.modelPaths.push_back(absolutePath(o.models[m]));
            h.modelHashes.push_back(m_setup.modelHashes[m]);
        }
        header = encodeSamplesHeader(h);
    }
    if (const std::optional<Failure> failure = m_records->write(m_mpi, path, header)) {
        if (m_root) {
            m_socket.send(protocol::encode(protocol::Error{failure->code, failure->message, -1}));
            std::fprintf(stderr, "disteval-engine: error: %s\n", failure->message.c_str());
        }
        return failure->exitStatus;
    }
    m_samplesPath = path;
    return std::nullopt;
}

void EvaluationJob::warn(ResultFile &result, const std::string &w)
{
    result.warnings.push_back(w);
    std::fprintf(stderr, "disteval-engine: warning: %s\n", w.c_str());
    m_socket.send(protocol::encode(protocol::Log{"warning", w}));
}

ResultFile EvaluationJob::summarise()
{
    ResultFile result;
    result.engineVersion = DISTEVAL_VERSION;
    result.created = isoTimeUtc();
    result.worldSize = m_mpi.worldSize();
    result.config = optionsToJson(o);
    result.config["threads_used"] = m_setup.threads.threads;
    result.dataset.path = absolutePath(m_setup.dataset->path());
    result.dataset.format = m_setup.dataset->format();
    result.dataset.numSamples = m_numSamples;
    result.dataset.numClasses = m_setup.numClasses;
    result.dataset.classNames = m_setup.classNames;
    result.dataset.sampleShape = m_setup.dataset->sampleShape();
    result.dataset.labelShape = m_setup.dataset->labelShape();
    result.statistics.bootstrapReplicates = o.bootstrap;
    result.statistics.confidence = o.confidence;
    result.statistics.seed = o.seed;
    result.statistics.zeroDivision = toString(o.zeroDivision);
    for (const Shard &s : m_shards) {
        const size_t r = static_cast<size_t>(s.rank);
        RankInfo info{s.rank, s.first, s.count, m_rankSeconds[r], m_hosts[r], m_devices[r], 0, 0};
        std::sscanf(m_threadCounts[r].c_str(), "%d %d", &info.threads, &info.cpus);
        result.ranks.push_back(info);
    }
    result.warnings = m_setup.warnings;
    addSkippedWarning(result);
    if (m_tasks)
        m_tasks->summarise(result, m_setup.classNames, o.confidence, o.zeroDivision);
    addModelResults(result);
    BootstrapSettings bs;
    bs.replicates = o.bootstrap;
    bs.confidence = o.confidence;
    bs.seed = o.seed;
    bs.zeroDivision = o.zeroDivision;
    const Classic &c = m_classic;
    for (size_t p = 0; p < c.pairs.size(); ++p)
        result.comparisons.push_back(comparePaired(c.joints[p], c.pairs[p].first, c.pairs[p].second,
                                                   bs, streamId("paired", p)));
    if (m_setup.metrics)
        m_setup.metrics->summarise(result, o.confidence);
    dropOversizedCurves(result);
    return result;
}

void EvaluationJob::dropOversizedCurves(ResultFile &result)
{
    bool dropped = false;
    for (ModelResult &mr : result.models) {
        const RocHistogram &h = mr.curves.scores;
        if (int64_t(h.numClasses) * h.numBins <= ModelCurves::kMaxScoreCells)
            continue;
        mr.curves.scores = RocHistogram();
        dropped = true;
    }
    if (dropped)
        warn(result, "the ROC and precision-recall curves are not stored: "
                             + std::to_string(result.dataset.numClasses) + " classes of "
                             + std::to_string(result.models[0].aurocBins) + " bins are more than "
                             + std::to_string(ModelCurves::kMaxScoreCells)
                             + " histogram cells (choose fewer --auroc-bins)");
}

void EvaluationJob::addSkippedWarning(ResultFile &result)
{
    if (!o.skipBadImages)
        return;
    result.config["skipped_images"] = m_skippedImages;
    if (m_skippedImages == 0)
        return;
    std::string example;
    for (const std::string &e : m_skippedExamples)
        if (example.empty() && !e.empty())
            example = e;
    warn(result, std::to_string(m_skippedImages) + " of " + std::to_string(m_numSamples)
                         + " images could not be decoded and were skipped (left out of every "
                           "metric), e.g. "
                         + example);
}

void EvaluationJob::addModelResults(ResultFile &result)
{
    BootstrapSettings bs;
    bs.replicates = o.bootstrap;
    bs.confidence = o.confidence;
    bs.seed = o.seed;
    bs.zeroDivision = o.zeroDivision;
    const Classic &c = m_classic;
    for (size_t m = 0; m < m_setup.models.size(); ++m) {
        if (!m_tasks)
            result.models.push_back(
                    summarizeModel(c.stats[m], m_setup.classNames, bs, static_cast<int>(m),
                                   c.macroAurocPass ? &c.macroVariance[m] : nullptr));
        ModelResult &mr = result.models[m];
        const ModelRunner::Optimization &opt = m_setup.models[m]->optimization();
        mr.optimizationAttempted = opt.attempted;
        mr.optimizationUsed = opt.used;
        mr.optimizationMaxDifference = opt.maxAbsDifference;
        mr.optimizationPredictionsChanged = opt.predictionsChanged;
        mr.optimizationNote = opt.note;
        mr.path = absolutePath(o.models[m]);
        mr.sha256 = m_setup.modelHashes[m];
        if (mr.nonFiniteSamples > 0)
            warn(result,
                 "model '" + o.models[m] + "': " + std::to_string(mr.nonFiniteSamples)
                         + (result.task == Task::DenseClassification ? " elements" : " samples")
                         + (result.task == Task::Regression ? " had NaN or infinite outputs"
                                                            : " had NaN or infinite logits")
                         + " and were left out of every metric");
    }
}

int EvaluationJob::writeResult(ResultFile &result)
{
    if (!o.output.empty()) {
        if (m_samplesPath.empty())
            m_socket.send(protocol::encode(protocol::Phase{"writing"}));
        PredictionsFile pf;
        const bool sidecar = !m_sidecar.empty();
        if (sidecar) {
            pf.runId = m_runId;
            pf.numSamples = m_numSamples;
            pf.numClasses = m_setup.numClasses;
            pf.datasetPath = result.dataset.path;
            pf.datasetFingerprint = m_setup.fingerprint;
            for (const ModelResult &mr : result.models) {
                pf.modelPaths.push_back(mr.path);
                pf.modelHashes.push_back(mr.sha256);
            }
            pf.labels.assign(m_sidecar[0].begin(), m_sidecar[0].end());
            for (size_t m = 1; m < m_sidecar.size(); ++m)
                pf.predictions.emplace_back(m_sidecar[m].begin(), m_sidecar[m].end());
        }
        if (!m_samplesPath.empty()) {
            result.predictionsRunId = m_runId;
            result.datasetFingerprint = m_setup.fingerprint;
        }
        commitResult(o.output, result, sidecar ? &pf : nullptr, m_samplesPath);
        m_socket.send(protocol::encode(protocol::Result{absolutePath(o.output)}));
    }
    if (!o.quiet)
        std::cout << formatTextReport(result) << std::flush;
    return kExitOk;
}

} // namespace disteval
