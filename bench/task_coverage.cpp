// disteval-bench-task-coverage: the coverage of the Poisson-bootstrap intervals of the
// tasks (dense classification, multi-label, regression; docs/STATISTICS.md, "Tasks"), by
// simulation. Not a test: it prints a table.
//
// Each scenario draws S independent test sets of N samples from a generative model,
// runs them through exactly the engine's core (ReplicateTable with the per-sample
// Poisson weights, TaskLayout, estimateTask / pairedTaskDeltas) and counts how often
// each nominal 95% interval holds the population value, which comes from one large
// sample of the same model. Dense samples are images whose pixels share a per-image
// difficulty, so they are not independent: the bootstrap must resample images.
//
// Usage: disteval-bench-task-coverage [--simulations S] [--replicates B] [--threads T]
//        [--only NAME-PART]

#include "stats/random.h"
#include "tasks/replicatetable.h"
#include "tasks/tasklayout.h"
#include "tasks/tasksummary.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace disteval;

namespace {

// Passed as the sample count so that every interval is computed: the coverage of the
// method itself, whether or not the engine would show the interval at that N.
constexpr int64_t kUngated = int64_t(1) << 40;

double normal(Rng &rng)
{
    // Box-Muller; one value per call is enough here.
    const double u = std::max(rng.uniform(), 1e-300);
    return std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * rng.uniform());
}

// One sample's statistics in a task's layout.
using SampleFn = std::function<void(Rng &, std::vector<int64_t> &, std::vector<double> &)>;

struct Scenario
{
    std::string name;
    Task task;
    int units;
    int64_t n;
    SampleFn draw;                    // model A
    SampleFn drawPair;                // A and B on the same sample (paired scenarios), else empty
    std::vector<std::string> metrics; // checked
};

ReplicateTable fill(const Scenario &s, const TaskLayout &layout, int replicates, int64_t n,
                    uint64_t seed, ReplicateTable *second)
{
    ReplicateTable table(replicates, layout.countColumns(), layout.sumColumns());
    if (second)
        *second = ReplicateTable(replicates, layout.countColumns(), layout.sumColumns());
    Rng rng(seed, 1);
    std::vector<int64_t> counts(static_cast<size_t>(layout.countColumns()));
    std::vector<double> sums(static_cast<size_t>(layout.sumColumns()));
    std::vector<int32_t> weights;
    for (int64_t i = 0; i < n; ++i) {
        poissonWeights(seed, i, replicates, weights);
        if (second) {
            // drawPair writes A then B into one buffer twice the width.
            std::vector<int64_t> c2(counts.size() * 2);
            std::vector<double> s2(sums.size() * 2);
            s.drawPair(rng, c2, s2);
            table.add(c2.data(), s2.data(), weights);
            second->add(c2.data() + counts.size(), s2.data() + sums.size(), weights);
        } else {
            std::fill(counts.begin(), counts.end(), 0);
            std::fill(sums.begin(), sums.end(), 0);
            s.draw(rng, counts, sums);
            table.add(counts.data(), sums.data(), weights);
        }
    }
    return table;
}

void run(const Scenario &s, int simulations, int replicates, int threads)
{
    const TaskLayout layout(s.task, s.units, false);
    const bool paired = static_cast<bool>(s.drawPair);
    // Population values: one large sample (no replicates needed).
    const int64_t population = s.task == Task::DenseClassification ? 40000 : 400000;
    ReplicateTable popB;
    const ReplicateTable pop = fill(s, layout, 0, population, 987654321, paired ? &popB : nullptr);
    TaskLayout::Values pa, pb;
    layout.values(pop, 0, ZeroDivision::Zero, nullptr, pa);
    if (paired)
        layout.values(popB, 0, ZeroDivision::Zero, nullptr, pb);
    const std::vector<std::string> &names = layout.scalarNames();
    std::vector<size_t> columns;
    for (const std::string &m : s.metrics)
        columns.push_back(
                static_cast<size_t>(std::find(names.begin(), names.end(), m) - names.begin()));

    std::vector<std::atomic<int>> covered(s.metrics.size());
    std::vector<std::atomic<int>> defined(s.metrics.size());
    std::vector<double> width(s.metrics.size(), 0);
    std::mutex lock;
    std::atomic<int> next{0};
    auto worker = [&] {
        for (int sim; (sim = next++) < simulations;) {
            ReplicateTable b;
            const ReplicateTable a
                    = fill(s, layout, replicates, s.n, 1000 + sim, paired ? &b : nullptr);
            if (paired) {
                const auto deltas
                        = pairedTaskDeltas(layout, a, b, kUngated, 0.95, ZeroDivision::Zero);
                for (size_t k = 0; k < s.metrics.size(); ++k)
                    for (const auto &[name, d] : deltas)
                        if (name == s.metrics[k] && d.ci.defined()) {
                            const double truth = pb.scalars[columns[k]] - pa.scalars[columns[k]];
                            ++defined[k];
                            covered[k] += d.ci.lower <= truth && truth <= d.ci.upper;
                            std::lock_guard<std::mutex> g(lock);
                            width[k] += d.ci.upper - d.ci.lower;
                        }
                continue;
            }
            const TaskEstimates e = estimateTask(layout, a, kUngated, 0.95, ZeroDivision::Zero);
            for (size_t k = 0; k < s.metrics.size(); ++k) {
                const MetricValue &m = e.scalars[columns[k]];
                if (!m.ci.defined())
                    continue;
                const double truth = pa.scalars[columns[k]];
                ++defined[k];
                covered[k] += m.ci.lower <= truth && truth <= m.ci.upper;
                std::lock_guard<std::mutex> g(lock);
                width[k] += m.ci.upper - m.ci.lower;
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(worker);
    for (std::thread &t : pool)
        t.join();
    for (size_t k = 0; k < s.metrics.size(); ++k) {
        const int d = defined[k];
        const int64_t minimum
                = paired ? kMinPairedBootstrapSamples : layout.minimumSamples(s.metrics[k]);
        std::printf("%-36s %-20s N=%-5lld coverage %.3f  (%4d of %d defined, mean width %.4f)  "
                    "%s\n",
                    s.name.c_str(), (paired ? "delta " + s.metrics[k] : s.metrics[k]).c_str(),
                    static_cast<long long>(s.n), d ? double(covered[k]) / d : NAN, d, simulations,
                    d ? width[k] / d : NAN, s.n >= minimum ? "shown" : "withheld by the engine");
        std::fflush(stdout);
    }
}

// Regression: y ~ N(0, 1) per target, prediction = 0.8 y + error with heavy tails
// (a t-like scale mixture), so |e| and e^2 are skewed.
void regressionSample(Rng &rng, int targets, double bias, std::vector<int64_t> &counts,
                      std::vector<double> &sums, size_t offsetC = 0, size_t offsetS = 0)
{
    counts[offsetC] = 1;
    for (int k = 0; k < targets; ++k) {
        const double y = normal(rng) * (1 + k);
        const double scale = rng.uniform() < 0.1 ? 3.0 : 0.5;
        const double e = 0.8 * y - y + bias + scale * normal(rng);
        double *t = sums.data() + offsetS + 5 * static_cast<size_t>(k);
        t[0] = std::fabs(e);
        t[1] = e * e;
        t[2] = e;
        t[3] = y;
        t[4] = y * y;
    }
}

// Multi-label: C labels with prevalence 0.1 .. 0.5 sharing a per-sample factor; the
// logit is the label's evidence plus noise.
void multiLabelSample(Rng &rng, int c, double noise, std::vector<int64_t> &counts,
                      std::vector<double> &sums)
{
    const double shared = normal(rng);
    int64_t tp = 0, truth = 0, predicted = 0;
    bool exact = true;
    for (int k = 0; k < c; ++k) {
        const double prevalence = 0.1 + 0.4 * k / std::max(1, c - 1);
        const bool y = rng.uniform() < prevalence + 0.08 * std::tanh(shared);
        const double z = (y ? 1.2 : -1.2) + noise * normal(rng) + 0.5 * shared;
        const bool p = z >= 0;
        counts[static_cast<size_t>(k)] = y && p;
        counts[static_cast<size_t>(c + k)] = y;
        counts[static_cast<size_t>(2 * c + k)] = p;
        tp += y && p;
        truth += y;
        predicted += p;
        exact = exact && y == p;
    }
    counts[static_cast<size_t>(3 * c)] = 1;
    counts[static_cast<size_t>(3 * c + 1)] = exact;
    sums[0] = truth + predicted ? 2.0 * tp / double(truth + predicted) : 0.0;
}

// Dense: an image of `pixels` pixels; its difficulty d ~ U(0, 0.6) is the chance a
// pixel is mislabelled (to a random other class); class frequencies are image-specific
// (one dominant class per image), so pixels of one image are strongly dependent.
void denseSample(Rng &rng, int c, int pixels, double extra, std::vector<int64_t> &counts,
                 std::vector<double> &sums)
{
    const double difficulty = 0.6 * rng.uniform() + extra;
    const int dominant = static_cast<int>(rng.below(static_cast<uint64_t>(c)));
    for (int i = 0; i < pixels; ++i) {
        const int y = rng.uniform() < 0.6 ? dominant
                                          : static_cast<int>(rng.below(static_cast<uint64_t>(c)));
        // Both draws always, so two models on one stream see the same pixels.
        const double u = rng.uniform();
        const int other = static_cast<int>((y + 1 + rng.below(static_cast<uint64_t>(c - 1))) % c);
        const int p = u < difficulty ? other : y;
        counts[static_cast<size_t>(y)] += p == y;
        counts[static_cast<size_t>(c + y)] += 1;
        counts[static_cast<size_t>(2 * c + p)] += 1;
    }
    sums[0] = 0;
}

} // namespace

int main(int argc, char **argv)
{
    int simulations = 400;
    int replicates = 1000;
    int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::string only;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--simulations"))
            simulations = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--replicates"))
            replicates = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--threads"))
            threads = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--only"))
            only = argv[i + 1];
    }
    std::printf("Poisson-bootstrap coverage of nominal 95%% intervals: %d simulations, B = %d\n",
                simulations, replicates);
    std::vector<Scenario> scenarios;
    for (int64_t n : {30, 100, 300, 1000}) {
        Scenario s{"regression, 2 targets, heavy tails",
                   Task::Regression,
                   2,
                   n,
                   [](Rng &r, std::vector<int64_t> &c, std::vector<double> &v) {
                       regressionSample(r, 2, 0.1, c, v);
                   },
                   {},
                   {"mae", "rmse", "r2", "mean_bias"}};
        scenarios.push_back(s);
    }
    for (int64_t n : {30, 200, 1000}) {
        Scenario s{"multi-label, 5 labels, correlated",
                   Task::MultiLabel,
                   5,
                   n,
                   [](Rng &r, std::vector<int64_t> &c, std::vector<double> &v) {
                       multiLabelSample(r, 5, 1.0, c, v);
                   },
                   {},
                   {"micro_f1", "macro_f1", "samples_f1", "subset_accuracy", "hamming_loss"}};
        scenarios.push_back(s);
    }
    for (int64_t n : {30, 100, 400}) {
        Scenario s{"dense, 4 classes, 256 px, clustered",
                   Task::DenseClassification,
                   4,
                   n,
                   [](Rng &r, std::vector<int64_t> &c, std::vector<double> &v) {
                       denseSample(r, 4, 256, 0.0, c, v);
                   },
                   {},
                   {"accuracy", "mean_iou", "fw_iou", "macro_f1"}};
        scenarios.push_back(s);
    }
    for (int64_t n : {300, 1000}) {
        Scenario s{"paired regression, bias 0.1 vs 0.2",
                   Task::Regression,
                   1,
                   n,
                   {},
                   [](Rng &r, std::vector<int64_t> &c, std::vector<double> &v) {
                       // The same target for both models; errors correlated (a shared
                       // part) but each with a part of its own.
                       const double y = normal(r);
                       const double shared = normal(r) * (r.uniform() < 0.1 ? 3.0 : 0.5);
                       const double bias[2] = {0.1, 0.2};
                       for (int m = 0; m < 2; ++m) {
                           const double e = -0.2 * y + bias[m] + shared + 0.3 * normal(r);
                           c[static_cast<size_t>(m)] = 1;
                           double *t = v.data() + 5 * m;
                           t[0] = std::fabs(e);
                           t[1] = e * e;
                           t[2] = e;
                           t[3] = y;
                           t[4] = y * y;
                       }
                   },
                   {"mae", "r2"}};
        scenarios.push_back(s);
        Scenario d{"paired dense, difficulty +0.05",
                   Task::DenseClassification,
                   4,
                   n,
                   {},
                   [](Rng &r, std::vector<int64_t> &c, std::vector<double> &v) {
                       // The same image for both (the same stream): B errs on the pixels
                       // A errs on and, at the higher difficulty, some more.
                       (void)v;
                       Rng copy = r;
                       std::vector<int64_t> a(13), b(13);
                       std::vector<double> sa(1), sb(1);
                       denseSample(r, 4, 256, 0.0, a, sa);
                       denseSample(copy, 4, 256, 0.05, b, sb);
                       std::copy(a.begin(), a.end(), c.begin());
                       std::copy(b.begin(), b.end(), c.begin() + 13);
                   },
                   {"mean_iou", "accuracy"}};
        scenarios.push_back(d);
    }
    for (const Scenario &s : scenarios)
        if (only.empty() || s.name.find(only) != std::string::npos)
            run(s, simulations, replicates, threads);
    return 0;
}
