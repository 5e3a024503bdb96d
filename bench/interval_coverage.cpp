// disteval-bench-interval-coverage: the coverage of every interval the engine reports,
// by simulation. Not a test: it prints a table (docs/STATISTICS.md, "Coverage").
//
// Each scenario is a generative model of a classifier's logits (class-conditional
// Gaussians, see Generator). A population of 2,000,000 samples gives each metric's
// population value; then S independent test sets of N samples go through exactly the
// engine's pipeline (core: analyzeSample, addSample, the AUROC store, summarizeModel,
// comparePaired) and we count how often each nominal 95% interval holds the population
// value. The population ECE uses the exact posterior probability of a correct
// prediction instead of drawn labels, so it is the true binned ECE.
//
// Usage: disteval-bench-interval-coverage [--simulations S] [--threads T] [--only NAME]

#include "comparison/jointconfusion.h"
#include "comparison/pairedcomparison.h"
#include "evaluation/classificationsample.h"
#include "evaluation/modelsummary.h"
#include "metrics/aurocinfluence.h"
#include "metrics/calibration.h"
#include "stats/random.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace disteval;

namespace {

constexpr int kRocBins = 2048;
constexpr int64_t kPopulation = 2000000;

// A classifier's logits for y ~ Categorical(priors): the evidence x = separation * e_y +
// noise * eps (eps standard normal per class); model A observes x + extraA * eps_A and
// outputs logits temperature * separation / (noise^2 + extraA^2) * x_A + log priors. With
// temperature 1 its softmax is the exact posterior P(y | x_A): a calibrated model;
// temperature > 1 is overconfident. Model B (paired scenarios) observes x + extraB * eps_B
// with its own independent noise: the same samples, different errors.
struct Generator
{
    int classes = 10;
    double separation = 2.0;
    double noise = 1.0;
    double temperature = 1.0;
    std::vector<double> priors; // empty: uniform
    double extraA = 0;
    double extraB = -1; // < 0: no second model
    // Temperature applies only to samples whose calibrated confidence exceeds this
    // (miscalibration in the upper bins only); 0: to every sample.
    double overconfidentAbove = 0;

    double prior(int c) const { return priors.empty() ? 1.0 / classes : priors[size_t(c)]; }

    // One sample: label, logits of model A (and B), posterior of A's prediction.
    int draw(Rng &rng, double *logitsA, double *logitsB, double &posteriorOfPrediction) const
    {
        double u = rng.uniform(), acc = 0;
        int y = classes - 1;
        for (int c = 0; c < classes; ++c) {
            acc += prior(c);
            if (u < acc) {
                y = c;
                break;
            }
        }
        const double scaleA = separation / (noise * noise + extraA * extraA);
        const double scaleB = separation / (noise * noise + extraB * extraB);
        int pred = 0;
        std::vector<double> post(static_cast<size_t>(classes));
        double postMax = -1e300;
        for (int c = 0; c < classes; ++c) {
            const double x = (c == y ? separation : 0.0) + noise * gaussian(rng);
            const double xa = x + extraA * gaussian(rng);
            const double logPrior = std::log(prior(c));
            post[size_t(c)] = scaleA * xa + logPrior;
            if (post[size_t(c)] > post[size_t(pred)])
                pred = c;
            postMax = std::max(postMax, post[size_t(c)]);
            if (logitsB)
                logitsB[c] = scaleB * (x + extraB * gaussian(rng)) + logPrior;
        }
        double sum = 0;
        for (double &p : post)
            sum += std::exp(p - postMax);
        posteriorOfPrediction = std::exp(post[size_t(pred)] - postMax) / sum;
        // The model's logits: the calibrated ones, tempered (same argmax).
        const double t = posteriorOfPrediction > overconfidentAbove ? temperature : 1.0;
        for (int c = 0; c < classes; ++c)
            logitsA[c] = t * post[size_t(c)];
        return y;
    }

    static double gaussian(Rng &rng)
    {
        double u = rng.uniform();
        while (u == 0)
            u = rng.uniform();
        return std::sqrt(-2 * std::log(u)) * std::cos(6.283185307179586 * rng.uniform());
    }
};

struct Scenario
{
    std::string name;
    Generator gen;
    int64_t samples;
    std::vector<int> auroccClasses; // per-class AUROC and recall checked for these classes
};

struct Sample
{
    SufficientStats stats;
    SufficientStats statsB;
    AurocSampleStore store;
    JointConfusion joint;
    ExactSum eceGapPosterior[CalibrationHistogram::kEceBins]; // population only
};

void simulate(const Scenario &s, int64_t n, uint64_t seed, Sample &out, bool population)
{
    const int C = s.gen.classes;
    out.stats = SufficientStats(C, kRocBins);
    const bool paired = s.gen.extraB >= 0;
    if (paired) {
        out.statsB = SufficientStats(C, kRocBins);
        out.joint = JointConfusion(C);
    }
    out.store = AurocSampleStore(C, population ? 0.0 : 1.0);
    Rng rng(seed, 0x5eed);
    std::vector<double> a(static_cast<size_t>(C)), b(static_cast<size_t>(C));
    std::vector<uint16_t> binsA(static_cast<size_t>(C)), binsB(static_cast<size_t>(C));
    for (auto &g : out.eceGapPosterior)
        g = ExactSum();
    for (int64_t i = 0; i < n; ++i) {
        double posterior = 0;
        const int y = s.gen.draw(rng, a.data(), paired ? b.data() : nullptr, posterior);
        SampleOutcome oa, ob;
        analyzeSample(a.data(), C, y, out.stats.roc, oa, binsA.data());
        addSample(oa, y, binsA.data(), out.stats);
        if (!population)
            out.store.add(y, binsA.data());
        else {
            const int bin = CalibrationHistogram::fineBin(oa.confidence)
                            / CalibrationHistogram::kFinePerEceBin;
            out.eceGapPosterior[bin].add(posterior);
            out.eceGapPosterior[bin].add(-oa.confidence);
        }
        if (paired) {
            analyzeSample(b.data(), C, y, out.statsB.roc, ob, binsB.data());
            addSample(ob, y, binsB.data(), out.statsB);
            out.joint.add(y, oa.predicted, ob.predicted);
        }
    }
}

struct Tally
{
    int64_t reported = 0;
    int64_t covered = 0;
    double width = 0;
    double bias = 0;      // sum of (reported value - truth)
    int64_t rejected = 0; // McNemar rows: p < 0.05
};

std::map<std::string, double> valuesOf(const ModelResult &m, const Scenario &s)
{
    std::map<std::string, double> v;
    for (const auto &[name, metric] : m.metrics)
        v[name] = metric.value;
    for (int c : s.auroccClasses) {
        v["auroc[" + std::to_string(c) + "]"] = m.perClass[size_t(c)].auroc.value;
        v["recall[" + std::to_string(c) + "]"] = m.perClass[size_t(c)].recall.value;
        v["f1[" + std::to_string(c) + "]"] = m.perClass[size_t(c)].f1.value;
        v["ap[" + std::to_string(c) + "]"] = m.perClass[size_t(c)].averagePrecision.value;
    }
    return v;
}

std::map<std::string, MetricValue> intervalsOf(const ModelResult &m, const Scenario &s)
{
    std::map<std::string, MetricValue> v;
    for (const auto &[name, metric] : m.metrics)
        v[name] = metric;
    for (int c : s.auroccClasses) {
        v["auroc[" + std::to_string(c) + "]"] = m.perClass[size_t(c)].auroc;
        v["recall[" + std::to_string(c) + "]"] = m.perClass[size_t(c)].recall;
        v["f1[" + std::to_string(c) + "]"] = m.perClass[size_t(c)].f1;
        v["ap[" + std::to_string(c) + "]"] = m.perClass[size_t(c)].averagePrecision;
    }
    return v;
}

BootstrapSettings settings(uint64_t seed)
{
    BootstrapSettings b;
    b.replicates = 1000;
    b.confidence = 0.95;
    b.seed = seed;
    return b;
}

void runScenario(const Scenario &s, int simulations, int threads)
{
    // Population values.
    Sample pop;
    simulate(s, kPopulation, 987654321, pop, true);
    std::vector<std::string> names(static_cast<size_t>(s.gen.classes));
    const ModelResult popResult = summarizeModel(pop.stats, names, settings(1), 0);
    std::map<std::string, double> truth = valuesOf(popResult, s);
    {
        ExactSum gap;
        for (const ExactSum &g : pop.eceGapPosterior)
            gap.add(std::fabs(g.value()));
        truth["ece"] = gap.value() / static_cast<double>(kPopulation);
        truth["ece_debiased"] = truth["ece"];
    }
    const bool paired = s.gen.extraB >= 0;
    std::map<std::string, double> truthDelta;
    if (paired) {
        const PairedComparison pc = comparePaired(pop.joint, 0, 1, settings(1), 0);
        for (const auto &[name, d] : pc.delta)
            truthDelta["delta " + name] = d.value;
        for (int c : s.auroccClasses)
            truthDelta["delta f1[" + std::to_string(c) + "]"] = pc.perClassDeltaF1[size_t(c)].value;
        const ModelResult popB = summarizeModel(pop.statsB, names, settings(1), 1);
        std::printf("# %s: population accuracy A %.4f, B %.4f\n", s.name.c_str(),
                    popResult.metric("accuracy")->value, popB.metric("accuracy")->value);
    }

    std::map<std::string, Tally> tallies;
    std::mutex lock;
    std::atomic<int> next{0};
    auto worker = [&]() {
        for (;;) {
            const int sim = next++;
            if (sim >= simulations)
                return;
            Sample smp;
            simulate(s, s.samples, 1000 + static_cast<uint64_t>(sim), smp, false);
            const MacroAurocVariance mv = macroAurocVariance(smp.stats.roc, smp.store);
            const ModelResult r = summarizeModel(smp.stats, names, settings(uint64_t(sim)), 0, &mv);
            std::map<std::string, MetricValue> got = intervalsOf(r, s);
            std::map<std::string, Tally> local;
            auto count = [&](const std::string &key, const Interval &ci, double value,
                             double estimate) {
                Tally &t = local[key];
                if (!ci.defined() || std::isnan(value))
                    return;
                ++t.reported;
                t.bias += estimate - value;
                t.covered += (ci.lower <= value && value <= ci.upper) ? 1 : 0;
                t.width += ci.upper - ci.lower;
            };
            for (const auto &[key, metric] : got) {
                local[key]; // listed even when never reported
                const auto it = truth.find(key);
                if (it != truth.end())
                    count(key + " (" + (metric.method.empty() ? "none" : metric.method) + ")",
                          metric.ci, it->second, metric.value);
            }
            if (paired) {
                const PairedComparison pc
                        = comparePaired(smp.joint, 0, 1, settings(uint64_t(sim)), 7);
                for (const auto &[name, d] : pc.delta)
                    count("delta " + name + " (paired bootstrap)", d.ci,
                          truthDelta["delta " + name], d.value);
                for (int c : s.auroccClasses) {
                    const DeltaValue &d = pc.perClassDeltaF1[size_t(c)];
                    const std::string key = "delta f1[" + std::to_string(c) + "]";
                    count(key + " (paired bootstrap)", d.ci, truthDelta[key], d.value);
                }
                Tally &t = local["mcnemar p<0.05"];
                ++t.reported;
                t.rejected += pc.mcnemar.pExact < 0.05 ? 1 : 0;
            }
            std::lock_guard<std::mutex> guard(lock);
            for (const auto &[key, t] : local) {
                Tally &all = tallies[key];
                all.reported += t.reported;
                all.covered += t.covered;
                all.width += t.width;
                all.bias += t.bias;
                all.rejected += t.rejected;
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(worker);
    for (std::thread &t : pool)
        t.join();

    for (const auto &[key, t] : tallies) {
        if (key.rfind("mcnemar", 0) == 0) {
            std::printf("%-29s %-42s %8s %8.3f %8s %8s %8lld\n", s.name.c_str(), key.c_str(), "-",
                        double(t.rejected) / double(std::max<int64_t>(1, t.reported)), "-", "-",
                        static_cast<long long>(t.reported));
            continue;
        }
        if (key.find('(') == std::string::npos)
            continue;
        const std::string metric = key.substr(0, key.find(" ("));
        double value = truth.count(metric) ? truth[metric] : truthDelta[metric];
        if (t.reported == 0)
            std::printf("%-29s %-42s %8.4f %8s %8s %8s %8d\n", s.name.c_str(), key.c_str(), value,
                        "n/a", "n/a", "n/a", 0);
        else
            std::printf("%-29s %-42s %8.4f %8.3f %8.4f %8.4f %8lld\n", s.name.c_str(), key.c_str(),
                        value, double(t.covered) / double(t.reported), t.width / double(t.reported),
                        t.bias / double(t.reported), static_cast<long long>(t.reported));
    }
    std::fflush(stdout);
}

std::vector<Scenario> scenarios()
{
    std::vector<Scenario> list;
    auto add = [&](std::string name, Generator g, int64_t n, std::vector<int> classes) {
        list.push_back({std::move(name), std::move(g), n, std::move(classes)});
    };
    Generator ten;
    ten.classes = 10;
    ten.separation = 2.2;
    add("calibrated-10c-n1000", ten, 1000, {0});
    add("calibrated-10c-n10000", ten, 10000, {0});
    Generator over = ten;
    over.temperature = 2.0;
    add("overconfident-10c-n2000", over, 2000, {0});
    Generator upper = ten;
    upper.temperature = 1.6;
    upper.overconfidentAbove = 0.8;
    add("upper-overconfident-10c-n5000", upper, 5000, {0});
    Generator under = ten;
    under.temperature = 0.8;
    add("underconfident-10c-n500", under, 500, {0});
    Generator binary;
    binary.classes = 2;
    binary.separation = 1.5;
    add("binary-n500", binary, 500, {0, 1});
    Generator imbalanced = binary;
    imbalanced.priors = {0.98, 0.02};
    for (int64_t n : {250, 500, 1000, 2500})
        add("imbalanced-binary-2pc-n" + std::to_string(n), imbalanced, n, {1});
    Generator three;
    three.classes = 3;
    three.separation = 1.2;
    add("3class-n300", three, 300, {0});
    Generator rare = ten;
    rare.classes = 20;
    rare.priors.assign(20, 0.998 / 19);
    rare.priors[19] = 0.002;
    add("rare-class-20c-n3000", rare, 3000, {0, 19});
    Generator sharp;
    sharp.classes = 5;
    sharp.separation = 4.0;
    add("near-perfect-5c-n1000", sharp, 1000, {0});
    Generator small = sharp;
    small.separation = 1.8;
    add("small-5c-n100", small, 100, {0});
    add("rare-class-20c-n12000", rare, 12000, {0, 19});
    Generator pair = ten;
    pair.extraA = 0.8;
    pair.extraB = 0.5;
    add("paired-10c-n2000", pair, 2000, {0});
    Generator smallPair = pair;
    smallPair.classes = 5;
    for (int64_t n : {150, 300, 600})
        add("paired-5c-n" + std::to_string(n), smallPair, n, {0});
    Generator nullPair = ten;
    nullPair.extraA = 0.6;
    nullPair.extraB = 0.6; // the same error rate, independent errors
    add("paired-null-10c-n2000", nullPair, 2000, {});
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    int simulations = 1000;
    int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::string only;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--simulations"))
            simulations = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--threads"))
            threads = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--only"))
            only = argv[i + 1];
    }
    std::printf("# coverage of nominal 95%% intervals, %d simulations per scenario, population "
                "of %lld samples\n",
                simulations, static_cast<long long>(kPopulation));
    std::printf("%-29s %-42s %8s %8s %8s %8s %8s\n", "scenario", "metric (method)", "truth",
                "coverage", "width", "bias", "reported");
    for (const Scenario &s : scenarios())
        if (only.empty() || s.name.find(only) != std::string::npos)
            runScenario(s, simulations, threads);
    return 0;
}
