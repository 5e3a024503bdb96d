#pragma once

#include "comparison/jointconfusion.h"
#include "data/dataset.h"
#include "eval/jobsetup.h"
#include "evaluation/modelsummary.h"
#include "evaluation/sharding.h"
#include "evaluation/sufficientstats.h"
#include "metrics/aurocinfluence.h"
#include "protocol/progressprotocol.h"
#include "records/samplerecorder.h"
#include "report/terminalprogress.h"
#include "runtime/collectives.h"
#include "runtime/progressrelay.h"
#include "runtime/progresssocket.h"
#include "tasks/taskevaluator.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace disteval {

struct EngineOptions;
class MpiContext;
struct ResultFile;

// One evaluation (docs/ENGINE.md, "An evaluation"), in the stages every rank goes
// through: set up (dataset, models, task), evaluate this rank's shard batch by batch,
// reduce the statistics to rank 0, write the per-sample records (each rank its shard),
// and on rank 0 summarise and write the result. Each stage that can fail ends the whole
// job with one agreed failure. The statistics a run accumulates are the classic
// classification's (one class per sample), a task's (TaskEvaluator) and the user's
// metrics (CustomMetrics); each plugs into the batch loop and the reduction.
class EvaluationJob
{
public:
    EvaluationJob(const EngineOptions &options, MpiContext &mpi);
    // Runs every stage; the process's exit status.
    int run();

private:
    // The classic path's statistics: per model, and per pair of models (a < b).
    struct Classic
    {
        std::vector<SufficientStats> stats;
        std::vector<AurocSampleStore> rocStores; // the macro AUROC's second pass
        std::vector<std::pair<int, int>> pairs;
        std::vector<JointConfusion> joints;
        std::vector<MacroAurocVariance> macroVariance;
        int aurocBins = 0;
        bool macroAurocPass = false;
    };

    // A phase timing on rank 0 (PhaseTimer: with DISTEVAL_TIMINGS set).
    void mark(const char *phase) const;
    std::optional<int> setUpJob(); // the exit status when set-up failed on any rank
    void announce();
    void prepareStatistics();
    void evaluateShard(); // errors end the job through the relay
    void evaluateBatch(const Batch &batch, int64_t first);
    void keepPredictions(const Batch &batch, const std::vector<torch::Tensor> &predicted);
    bool reduce();
    void gatherOnRootRank();
    std::optional<int> writeRecords();
    // Rank 0.
    ResultFile summarise();
    // Leaves out score histograms beyond ModelCurves::kMaxScoreCells, with a warning.
    void dropOversizedCurves(ResultFile &result);
    void addSkippedWarning(ResultFile &result);
    void addModelResults(ResultFile &result);
    int writeResult(ResultFile &result);
    void warn(ResultFile &result, const std::string &warning);

    const EngineOptions &o;
    MpiContext &m_mpi;
    const bool m_root;
    ProgressSocket m_socket;
    protocol::Hello m_hello;
    Setup m_setup;
    int64_t m_numSamples = 0;
    std::vector<Shard> m_shards;
    Shard m_mine;
    std::vector<std::string> m_hosts, m_devices, m_threadNotes, m_threadCounts;
    std::optional<TerminalProgress> m_terminal;
    std::optional<ProgressRelay> m_relay;

    Classic m_classic;
    std::optional<TaskEvaluator> m_tasks; // dense, multi-label, regression
    std::optional<SampleRecorder> m_records;
    std::string m_runId;       // with --save-predictions (rank 0's, on every rank)
    std::string m_samplesPath; // the records file, once written
    // With --save-predictions on the classic path: this rank's labels, then each model's
    // predictions; on rank 0 after gatherOnRootRank, every rank's.
    std::vector<std::vector<int64_t>> m_sidecar;
    int64_t m_skippedImages = 0; // --skip-bad-images: how many, and the first's reason
    std::string m_firstSkipped;
    std::vector<std::string> m_skippedExamples;
    double m_ownSeconds = 0;
    std::vector<double> m_rankSeconds;
};

} // namespace disteval
