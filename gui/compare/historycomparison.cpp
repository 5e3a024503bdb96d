#include "compare/historycomparison.h"

#include "common/tasktext.h"

#include "result/predictionsfile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace {
QString sidecarOf(const disteval::ResultFile &result, const QString &resultPath)
{
    if (result.predictionsFile.empty())
        return {};
    const QString path
            = QFileInfo(resultPath).dir().filePath(QString::fromStdString(result.predictionsFile));
    return QFileInfo::exists(path) ? path : QString();
}
} // namespace

HistoryComparison::Outcome HistoryComparison::compare(const QString &resultPathA,
                                                      const QString &resultPathB,
                                                      const QString &labelA, const QString &labelB)
{
    Outcome outcome;
    disteval::ResultFile a;
    disteval::ResultFile b;
    try {
        a = disteval::readResultFile(resultPathA.toStdString());
        b = disteval::readResultFile(resultPathB.toStdString());
    } catch (const std::exception &e) {
        outcome.message = QString::fromStdString(e.what());
        return outcome;
    }
    outcome.runA = std::make_shared<const disteval::ResultFile>(a);
    outcome.runB = std::make_shared<const disteval::ResultFile>(b);
    outcome.pathA = resultPathA;
    outcome.pathB = resultPathB;

    if (a.task != b.task) {
        outcome.kind = Kind::Refused;
        outcome.message = tr("the runs evaluate different tasks (%1 and %2)")
                                  .arg(TaskText::name(a.task), TaskText::name(b.task));
        return outcome;
    }
    auto combined = std::make_shared<disteval::ResultFile>(a);
    combined->models.insert(combined->models.end(), b.models.begin(), b.models.end());
    combined->comparisons.clear();
    combined->warnings.clear();
    combined->predictionsFile.clear();
    const int shift = static_cast<int>(a.models.size());
    outcome.modelsOfA = shift;

    const QString sidecarA = sidecarOf(a, resultPathA);
    const QString sidecarB = sidecarOf(b, resultPathB);
    if (a.task != disteval::Task::Classification) {
        // The sidecar that pairs two runs is written for one class per sample only; the
        // other tasks' per-sample records serve the Samples tab.
        outcome.kind = Kind::Unpaired;
        outcome.message = tr("The predicted classes that pair two runs are saved for "
                             "classification only, so two runs of this task cannot be paired: "
                             "they are shown side by side with their own intervals, without a "
                             "paired test.");
        outcome.result = combined;
        return outcome;
    }
    if (sidecarA.isEmpty() || sidecarB.isEmpty()) {
        outcome.kind = Kind::Unpaired;
        const QString missing = sidecarA.isEmpty() && sidecarB.isEmpty()
                                        ? tr("Neither run saved its per-sample predictions")
                                        : tr("Run \"%1\" did not save its per-sample predictions")
                                                  .arg(sidecarA.isEmpty() ? labelA : labelB);
        outcome.message = tr("%1, so the two runs cannot be paired: they are shown side by side "
                             "with their own intervals, without a paired test. Run with "
                             "\"Save per-sample predictions\" to compare runs pairwise.")
                                  .arg(missing);
        outcome.result = combined;
        return outcome;
    }

    disteval::PredictionsFile pa;
    disteval::PredictionsFile pb;
    try {
        // Only the sidecar each result names and was written with (run id, models, data).
        pa = disteval::readSidecarOf(a, resultPathA.toStdString());
        pb = disteval::readSidecarOf(b, resultPathB.toStdString());
    } catch (const disteval::ComparisonRefused &e) {
        outcome.kind = Kind::Refused;
        outcome.message = QString::fromStdString(e.what());
        return outcome;
    } catch (const std::exception &e) {
        outcome.message = QString::fromStdString(e.what());
        return outcome;
    }

    disteval::BootstrapSettings settings;
    settings.replicates = a.statistics.bootstrapReplicates;
    settings.confidence = a.statistics.confidence;
    settings.seed = a.statistics.seed;
    try {
        settings.zeroDivision = disteval::parseZeroDivision(a.statistics.zeroDivision);
    } catch (const std::exception &) {
        settings.zeroDivision = disteval::ZeroDivision::Zero;
    }

    try {
        for (int i = 0; i < shift; ++i) {
            for (int j = 0; j < static_cast<int>(b.models.size()); ++j) {
                int64_t excluded = 0;
                disteval::PairedComparison c
                        = disteval::compareRuns(pa, i, pb, j, settings, &excluded);
                c.a = i;
                c.b = shift + j;
                combined->comparisons.push_back(std::move(c));
                outcome.excluded = std::max(outcome.excluded, excluded);
            }
        }
    } catch (const disteval::ComparisonRefused &e) {
        outcome.kind = Kind::Refused;
        outcome.message = QString::fromStdString(e.what());
        return outcome;
    } catch (const std::exception &e) {
        outcome.message = QString::fromStdString(e.what());
        return outcome;
    }
    // Each run's own comparisons (several models in one run) come along.
    for (const disteval::PairedComparison &c : a.comparisons)
        combined->comparisons.push_back(c);
    for (disteval::PairedComparison c : b.comparisons) {
        c.a += shift;
        c.b += shift;
        combined->comparisons.push_back(std::move(c));
    }
    combined->datasetFingerprint = pa.datasetFingerprint;
    if (outcome.excluded > 0)
        combined->warnings.push_back(std::to_string(outcome.excluded)
                                     + " samples without a prediction in one run were left out");
    outcome.kind = Kind::Paired;
    outcome.result = combined;
    return outcome;
}
