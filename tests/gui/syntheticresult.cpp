#include "syntheticresult.h"

#include "evaluation/modelsummary.h"
#include "evaluation/sharding.h"
#include "evaluation/sufficientstats.h"
#include "metrics/aurocinfluence.h"
#include "stats/exactsum.h"

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

// The ROC bin of a sample of class `truth` predicted as `predicted`, for class `c`: the
// log-odds makeStats gave the histograms.
double logOdds(int truth, int predicted, int c)
{
    if (c == truth)
        return predicted == c ? 4.0 : -3.0;
    return predicted == c ? 2.0 : -6.0;
}

disteval::SufficientStats makeStats(const SyntheticResultSpec &spec, int model)
{
    const int C = spec.classes;
    constexpr int kRocBins = 64;
    disteval::SufficientStats stats(C, kRocBins);
    std::mt19937_64 rng(spec.seed * 1000003 + static_cast<uint64_t>(model) * 7919);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    // Per class a difficulty: its accuracy lies between 0.55 and 0.97.
    std::vector<double> accuracy(C);
    for (int c = 0; c < C; ++c)
        accuracy[c]
                = std::clamp(0.97 - 0.42 * std::pow(uniform(rng), 2.0) - 0.03 * model, 0.3, 0.99);
    int64_t smallClassSeen = 0;
    for (int64_t i = 0; i < spec.samples; ++i) {
        // Uneven support: some classes have up to twice as many samples as others.
        int truth = static_cast<int>(i % C);
        if (uniform(rng) < 0.15)
            truth = static_cast<int>(uniform(rng) * uniform(rng) * C) % C;
        if (truth == spec.smallClass && smallClassSeen++ >= spec.smallClassSamples)
            truth = (truth + 1) % C;
        const bool correct = uniform(rng) < accuracy[truth];
        int predicted = truth;
        if (!correct) {
            const int offset = 1 + static_cast<int>(uniform(rng) * uniform(rng) * 4);
            predicted = (truth + (uniform(rng) < 0.5 ? offset : C - offset)) % C;
            if (predicted == spec.smallClass && spec.smallClassSamples == 0)
                predicted = truth;
        }
        // Slightly over-confident: confidence a bit above the chance of being right.
        double confidence = std::clamp(accuracy[truth] + 0.08 + 0.25 * (uniform(rng) - 0.5),
                                       1.0 / C + 1e-6, 0.9999);
        if (!correct)
            confidence *= 0.8;
        stats.confusion.add(truth, predicted);
        stats.calibration.add(confidence, correct);
        if (correct || uniform(rng) < 0.7)
            stats.topKHits += 1;
        const double p = correct ? confidence : std::max(1e-6, (1 - confidence) / 2);
        stats.lossSum += -std::log(p);
        stats.lossSquareSum += std::log(p) * std::log(p);
        stats.lossCubeSum += -std::log(p) * std::log(p) * std::log(p);
    }
    // One-vs-rest ROC histograms consistent with the confusion matrix.
    const std::vector<int64_t> support = stats.confusion.rowSums();
    const std::vector<int64_t> predicted = stats.confusion.columnSums();
    const int64_t n = stats.confusion.total();
    auto add = [&](std::vector<int64_t> &h, int c, double odds, int64_t count) {
        h[static_cast<size_t>(c) * stats.roc.numBins + stats.roc.bin(odds)] += count;
    };
    for (int c = 0; c < C; ++c) {
        const int64_t tp = stats.confusion.at(c, c);
        add(stats.roc.positive, c, logOdds(c, c, c), tp);
        add(stats.roc.positive, c, logOdds(c, -1, c), support[c] - tp);
        add(stats.roc.negative, c, logOdds(-1, c, c), predicted[c] - tp);
        add(stats.roc.negative, c, logOdds(-1, -1, c), n - support[c] - (predicted[c] - tp));
    }
    return stats;
}

// The engine's second pass (AurocSampleStore + macroAurocVariance) over every sample:
// a sample's ROC bins depend only on its (true, predicted) cell, so each cell's term is
// computed once and weighed by its count.
disteval::MacroAurocVariance macroVariance(const disteval::SufficientStats &stats)
{
    const int C = stats.numClasses;
    const disteval::AurocInfluence influence(stats.roc);
    std::vector<uint16_t> bins(static_cast<size_t>(C));
    disteval::ExactSum squares;
    for (int t = 0; t < C; ++t)
        for (int p = 0; p < C; ++p) {
            const int64_t count = stats.confusion.at(t, p);
            if (count == 0)
                continue;
            for (int c = 0; c < C; ++c)
                bins[static_cast<size_t>(c)]
                        = static_cast<uint16_t>(stats.roc.bin(logOdds(t, p, c)));
            const double phi = influence.component(t, bins.data());
            squares += static_cast<double>(count) * phi * phi;
        }
    disteval::MacroAurocVariance v;
    v.influenceSquares = squares.value();
    return v;
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
        const disteval::SufficientStats stats = makeStats(spec, m);
        const disteval::MacroAurocVariance macro = macroVariance(stats);
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
