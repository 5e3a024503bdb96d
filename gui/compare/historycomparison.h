#pragma once

#include "result/resultfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

// Compares two runs of the history (or any two result files). When both saved their
// per-sample predictions (--save-predictions), the comparison is paired exactly as
// `disteval-engine --compare` does it (core's compareRuns: McNemar and the paired
// bootstrap, with the first run's statistics settings); runs on different data are
// refused with core's reason. Without both sidecars the two runs can only be shown
// side by side, each with its own intervals: "unpaired".
//
// The outcome is one ResultFile holding the models of run A, then those of run B, with
// every paired comparison between a model of A and a model of B (indices into that
// list), plus the comparisons each run carried within itself.
class HistoryComparison
{
    Q_DECLARE_TR_FUNCTIONS(HistoryComparison)

public:
    enum class Kind { Paired = 1, Unpaired, Refused, Failed };

    struct Outcome
    {
        Kind kind = Kind::Failed;
        // Refused: core's reason (English, from the library); Failed: what went wrong;
        // Unpaired: why the runs cannot be paired. Translated where the app wrote it.
        QString message;
        std::shared_ptr<disteval::ResultFile> result; // Paired and Unpaired
        int modelsOfA = 0;
        int64_t excluded = 0; // samples without a prediction in one of the runs
        // The runs' own results and files (once both are read), for their per-sample
        // records: McNemar's discordant samples of a model of A and one of B.
        std::shared_ptr<const disteval::ResultFile> runA;
        std::shared_ptr<const disteval::ResultFile> runB;
        QString pathA;
        QString pathB;
    };

    // `labelA`/`labelB` name the runs in messages.
    static Outcome compare(const QString &resultPathA, const QString &resultPathB,
                           const QString &labelA, const QString &labelB);
};
