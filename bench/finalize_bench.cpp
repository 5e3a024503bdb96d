// Finalization cost: the fused reduction, every metric and all intervals (B bootstrap
// replicates) for one model, on one rank, as a function of the number of classes and
// of the number of non-zero confusion-matrix cells.
//
// Synthetic statistics: N samples spread evenly over C classes, a given accuracy, each
// class's errors spread evenly over `spread` other classes; calibration and ROC
// histograms filled to match. Prints the median of several repetitions.
//
// Usage: disteval-bench-finalize [--repeats R]   (run with mpirun -np 1 or directly)

#include "evaluation/modelsummary.h"
#include "evaluation/sufficientstats.h"
#include "runtime/mpicontext.h"
#include "runtime/statsreduction.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

using namespace disteval;
using Clock = std::chrono::steady_clock;

// CPU time of the calling thread: what "on one core" costs, unaffected by other
// processes waiting for the same cores (wall time is printed too).
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

namespace {
SufficientStats makeStats(int classes, int64_t n, double accuracy, int spread, int rocBins)
{
    SufficientStats s(classes, rocBins);
    const int64_t perClass = n / classes;
    const int64_t correct = static_cast<int64_t>(accuracy * perClass);
    const int64_t wrong = perClass - correct;
    for (int c = 0; c < classes; ++c) {
        s.confusion.add(c, c, correct);
        for (int k = 1; k <= spread; ++k)
            s.confusion.add(c, (c + k) % classes, wrong / spread + (k <= wrong % spread ? 1 : 0));
    }
    const int64_t total = s.confusion.total();
    s.topKHits = static_cast<int64_t>(0.95 * total);
    s.lossSum.add(0.6 * static_cast<double>(total));
    s.lossSquareSum.add(0.8 * static_cast<double>(total));
    for (int f = 0; f < CalibrationHistogram::kFineBins; ++f) {
        const double conf = (f + 0.5) / CalibrationHistogram::kFineBins;
        const int64_t inBin = total / CalibrationHistogram::kFineBins;
        s.calibration.countCorrect[f] = static_cast<int64_t>(inBin * conf);
        s.calibration.countWrong[f] = inBin - s.calibration.countCorrect[f];
        s.calibration.confidenceSumCorrect[f].add(conf * s.calibration.countCorrect[f]);
        s.calibration.confidenceSumWrong[f].add(conf * s.calibration.countWrong[f]);
    }
    for (int c = 0; c < classes; ++c)
        for (int b = 0; b < rocBins; ++b) {
            s.roc.positive[static_cast<size_t>(c) * rocBins + b]
                    = (b > rocBins / 2) ? perClass / (rocBins / 2) : 0;
            s.roc.negative[static_cast<size_t>(c) * rocBins + b] = (total - perClass) / rocBins;
        }
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Timing
{
    double reduce = 0, summary = 0, cpu = 0;
};

Timing measure(const MpiContext &mpi, int classes, int64_t n, int spread, int bootstrap,
               int repeats)
{
    const int rocBins = std::min(8192, std::max(256, (1 << 20) / classes));
    std::vector<double> reduceTimes, summaryTimes, cpuTimes;
    const SufficientStats base = makeStats(classes, n, 0.8, spread, rocBins);
    std::vector<std::string> names(static_cast<size_t>(classes), "class");
    BootstrapSettings settings;
    settings.replicates = bootstrap;
    for (int r = 0; r < repeats; ++r) {
        std::vector<SufficientStats> stats{base};
        std::vector<double> seconds;
        const double c0 = threadCpuSeconds();
        auto t0 = Clock::now();
        reduceStatistics(mpi, stats, seconds, 1.0, false);
        auto t1 = Clock::now();
        ModelResult m = summarizeModel(stats[0], names, settings, 0);
        auto t2 = Clock::now();
        cpuTimes.push_back(threadCpuSeconds() - c0);
        if (m.metrics.empty())
            std::puts("no metrics?");
        reduceTimes.push_back(std::chrono::duration<double>(t1 - t0).count());
        summaryTimes.push_back(std::chrono::duration<double>(t2 - t1).count());
    }
    return {median(reduceTimes), median(summaryTimes), median(cpuTimes)};
}
} // namespace

int main(int argc, char **argv)
{
    MpiContext mpi(&argc, &argv);
    int repeats = 5;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--repeats") == 0)
            repeats = std::max(1, std::atoi(argv[i + 1]));
    if (mpi.rank() != 0)
        return 0;
    std::printf("finalization on one rank, B=1000 bootstrap replicates, median of %d runs\n",
                repeats);
    std::printf("%8s %10s %8s %10s %10s %10s %10s %10s\n", "classes", "samples", "spread",
                "nonzero", "reduce_s", "metrics_s", "total_s", "cpu_s");
    struct Case
    {
        int classes;
        int64_t n;
        int spread;
    };
    const Case cases[]
            = {{1000, 1000000, 10}, {10, 1000000, 9},    {100, 1000000, 10},  {2000, 1000000, 10},
               {1000, 1000000, 1},  {1000, 1000000, 50}, {1000, 10000000, 10}};
    for (const Case &c : cases) {
        const Timing t = measure(mpi, c.classes, c.n, c.spread, 1000, repeats);
        std::printf("%8d %10lld %8d %10lld %10.4f %10.4f %10.4f %10.4f\n", c.classes,
                    static_cast<long long>(c.n), c.spread,
                    static_cast<long long>(c.classes) * (c.spread + 1), t.reduce, t.summary,
                    t.reduce + t.summary, t.cpu);
    }
    return 0;
}
