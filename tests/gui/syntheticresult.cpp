#include "syntheticresult.h"

#include "evaluation/modelsummary.h"
#include "evaluation/sharding.h"
#include "evaluation/sufficientstats.h"
#include "metrics/aurocinfluence.h"
#include "syntheticscores.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

namespace {
std::vector<std::string> classNames(int classes)
{
    if (classes == 10)
        return {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    std::vector<std::string> names;
    for (int c = 0; c < classes; ++c) {
        char name[32];
        std::snprintf(name, sizeof name, "class %04d", c);
        names.emplace_back(name);
    }
    return names;
}

// A model's statistics and, in `store`, the ROC bins of a deterministic subsample for the
// macro AUROC's second pass (as the engine keeps them within its memory budget).
disteval::SufficientStats makeStats(const SyntheticResultSpec &spec, int model,
                                    disteval::AurocSampleStore &store)
{
    const int C = spec.classes;
    constexpr int kRocBins = 64;
    constexpr int64_t kStoreBudgetBytes = 16 << 20;
    disteval::SufficientStats stats(C, kRocBins);
    store = disteval::AurocSampleStore(
            C, disteval::AurocSampleStore::fractionFor(spec.samples, C, kStoreBudgetBytes));
    const uint64_t seed = spec.seed * 1000003 + static_cast<uint64_t>(model) * 7919;
    std::vector<uint16_t> bins(static_cast<size_t>(C));
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    // Per class a difficulty: its accuracy lies between 0.55 and 0.97.
    std::vector<double> accuracy(C), hardness(C);
    for (int c = 0; c < C; ++c) {
        accuracy[c]
                = std::clamp(0.97 - 0.42 * std::pow(uniform(rng), 2.0) - 0.03 * model, 0.3, 0.99);
        hardness[c] = std::clamp((0.99 - accuracy[c]) / 0.6, 0.0, 1.0);
    }
    int64_t smallClassSeen = 0;
    for (int64_t i = 0; i < spec.samples; ++i) {
        // Uneven support: some classes have up to twice as many samples as others.
        int truth = static_cast<int>(i % C);
        if (uniform(rng) < 0.15)
            truth = static_cast<int>(uniform(rng) * uniform(rng) * C) % C;
        if (truth == spec.smallClass && smallClassSeen++ >= spec.smallClassSamples)
            truth = (truth + 1) % C;
        int predicted = truth;
        if (uniform(rng) >= accuracy[truth]) {
            const int offset = 1 + static_cast<int>(uniform(rng) * uniform(rng) * 4);
            predicted = (truth + (uniform(rng) < 0.5 ? offset : C - offset)) % C;
            if (predicted == spec.smallClass && spec.smallClassSamples == 0)
                predicted = truth;
        }
        // Right as the matrix counts it (a mistake into an empty class is made right).
        const bool correct = predicted == truth;
        // Slightly over-confident: confidence a bit above the chance of being right.
        double confidence = std::clamp(accuracy[truth] + 0.08 + 0.25 * (uniform(rng) - 0.5),
                                       1.0 / C + 1e-6, 0.9999);
        if (!correct) // less sure, though sometimes as sure as when right
            confidence
                    = std::clamp(confidence * (0.55 + 0.5 * uniform(rng)), 1.0 / C + 1e-6, 0.9999);
        stats.confusion.add(truth, predicted);
        stats.calibration.add(confidence, correct);
        synthetic::addScores(stats, seed, i, truth, predicted, hardness, bins.data());
        if (store.keeps(i))
            store.add(truth, bins.data());
        const double p = correct ? confidence : std::max(1e-6, (1 - confidence) / 2);
        stats.lossSum += -std::log(p);
        stats.lossSquareSum += std::log(p) * std::log(p);
        stats.lossCubeSum += -std::log(p) * std::log(p) * std::log(p);
    }
    return stats;
}

} // namespace

disteval::ResultFile makeSyntheticResult(const SyntheticResultSpec &spec)
{
    disteval::ResultFile result;
    result.engineVersion = "synthetic";
    result.created = "2025-06-01T12:00:00Z";
    result.worldSize = spec.worldSize;
    result.dataset.path = "/data/synthetic-" + std::to_string(spec.classes) + "-classes";
    result.dataset.format = "tensor-file";
    result.dataset.numSamples = spec.samples;
    result.dataset.numClasses = spec.classes;
    result.dataset.classNames = classNames(spec.classes);
    result.dataset.sampleShape = {3, 32, 32};
    result.statistics.bootstrapReplicates = spec.bootstrapReplicates;
    result.config["models"] = nlohmann::ordered_json::array();
    result.config["data"] = result.dataset.path;
    result.config["batch_size"] = 256;
    result.config["device"] = "cpu";
    result.config["bootstrap"] = spec.bootstrapReplicates;
    result.config["confidence"] = 0.95;
    result.config["seed"] = 0;
    for (const disteval::Shard &s : disteval::planShards(spec.samples, spec.worldSize, 256))
        result.ranks.push_back(
                {s.rank, s.first, s.count, static_cast<double>(s.count) / 2500.0 + 0.1,
                 "node" + std::to_string(s.rank / 4 + 1), "cuda:" + std::to_string(s.rank % 4)});
    disteval::BootstrapSettings settings;
    settings.replicates = spec.bootstrapReplicates;
    for (int m = 0; m < spec.models; ++m) {
        disteval::AurocSampleStore store;
        const disteval::SufficientStats stats = makeStats(spec, m, store);
        const disteval::MacroAurocVariance macro = disteval::macroAurocVariance(stats.roc, store);
        disteval::ModelResult model
                = disteval::summarizeModel(stats, result.dataset.classNames, settings, m, &macro);
        model.path = "/models/synthetic-" + std::to_string(spec.classes) + "-"
                     + std::to_string(m + 1) + ".pt";
        model.sha256 = std::string(64, static_cast<char>('a' + m));
        result.config["models"].push_back(model.path);
        result.models.push_back(std::move(model));
    }
    return result;
}

namespace {
// Model m's scores for class c: `positives` and `negatives` draws from syntheticscores.h's
// Gaussians (a class as a model would score it: right, missed, wrongly taken, the rest).
void addClassScores(disteval::SufficientStats &stats, uint64_t seed, int c, int64_t positives,
                    int64_t negatives)
{
    const size_t width = static_cast<size_t>(stats.roc.numBins);
    const size_t base = static_cast<size_t>(c) * width;
    for (int64_t i = 0; i < positives + negatives; ++i) {
        const bool positive = i < positives;
        const bool taken
                = synthetic::uniform(synthetic::key(seed, i, c, 4)) < (positive ? 0.8 : 0.05);
        const int truth = positive ? c : c + 1;
        const int predicted = taken ? c : c + 2;
        const int b = stats.roc.bin(synthetic::score(seed, i, c, truth, predicted, 0.3));
        (positive ? stats.roc.positive : stats.roc.negative)[base + static_cast<size_t>(b)] += 1;
    }
}
} // namespace

void addSyntheticCurves(disteval::ResultFile &result, uint64_t seed)
{
    if (result.task == disteval::Task::Regression)
        return;
    const bool confusion = result.task != disteval::Task::MultiLabel;
    const int classes = result.dataset.numClasses;
    for (size_t m = 0; m < result.models.size(); ++m) {
        disteval::ModelResult &model = result.models[m];
        const uint64_t modelSeed = seed * 7919 + m;
        disteval::SufficientStats stats(classes, 64);
        const int64_t total = confusion ? model.confusion.total() : model.evaluatedSamples;
        for (int c = 0; c < classes; ++c) {
            const int64_t support = model.perClass[static_cast<size_t>(c)].support;
            addClassScores(stats, modelSeed, c, support, total - support);
        }
        model.curves = disteval::ModelCurves();
        model.curves.scores = stats.roc;
        if (!confusion)
            continue;
        const int64_t right = model.confusion.trace();
        for (int64_t i = 0; i < total; ++i) {
            const bool correct = i < right;
            stats.calibration.add(synthetic::confidence(modelSeed, i, correct, classes), correct);
            const size_t rank
                    = static_cast<size_t>(synthetic::rank(modelSeed, i, correct, classes));
            if (rank < stats.rankHits.size())
                ++stats.rankHits[rank];
        }
        model.curves.confidenceCorrect = stats.calibration.countCorrect;
        model.curves.confidenceWrong = stats.calibration.countWrong;
        if (result.task == disteval::Task::Classification)
            model.curves.rankHits = stats.rankHits;
    }
    result.schemaVersion = std::max(result.schemaVersion, 4);
}
