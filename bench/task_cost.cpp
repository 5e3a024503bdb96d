// disteval-bench-task-cost: what the sample-level Poisson bootstrap of dense outputs
// costs (docs/BENCHMARKS.md, "Tasks"). For segmentation logits [batch, C, H, W] it times
// the engine's whole per-batch accumulation (engine/tasks/taskevaluator.cpp: every
// pixel analysed, the confusion and element statistics, each image's per-class counts
// into the replicate table) with B = 0 and with B replicates, side by side in one run,
// and, given --model, the model's own forward pass on the same batch. Prints medians
// over the repeats and the memory of the replicate table per model.
//
// Usage: disteval-bench-task-cost [--classes C] [--size S] [--batch N] [--replicates B]
//                                 [--repeats R] [--threads T] [--model PATH]

#include "eval/modelrunner.h"
#include "tasks/taskevaluator.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace disteval;
using Clock = std::chrono::steady_clock;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double accumulateOnce(const TaskSettings &settings, const torch::Tensor &logits,
                      const torch::Tensor &labels, int repeat)
{
    TaskEvaluator evaluator(settings, 1);
    std::vector<int64_t> indices(static_cast<size_t>(logits.size(0)));
    for (size_t i = 0; i < indices.size(); ++i)
        indices[i] = static_cast<int64_t>(repeat * indices.size() + i);
    const auto start = Clock::now();
    evaluator.beginBatch(indices);
    evaluator.add(0, logits, labels, "bench");
    return std::chrono::duration<double>(Clock::now() - start).count();
}
} // namespace

int main(int argc, char **argv)
{
    int classes = 19, size = 512, batch = 4, replicates = 1000, repeats = 7, threads = 0;
    std::string model;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const int v = std::atoi(argv[i + 1]);
        if (flag == "--classes")
            classes = v;
        else if (flag == "--size")
            size = v;
        else if (flag == "--batch")
            batch = v;
        else if (flag == "--replicates")
            replicates = v;
        else if (flag == "--repeats")
            repeats = std::max(1, v);
        else if (flag == "--threads")
            threads = v;
        else if (flag == "--model")
            model = argv[i + 1];
    }
    if (threads > 0)
        at::set_num_threads(threads);
    c10::InferenceMode inference;
    torch::manual_seed(0);
    const torch::Tensor logits = torch::randn({batch, classes, size, size});
    torch::Tensor labels = torch::randint(0, classes, {batch, size, size}, torch::kInt64);
    // A few ignored pixels, as a mask's borders would be.
    labels.index_put_({torch::rand({batch, size, size}) < 0.05}, 255);

    TaskSettings s;
    s.task = Task::DenseClassification;
    s.units = classes;
    s.classDim = 1;
    s.hasIgnoreIndex = true;
    s.ignoreIndex = 255;
    s.aurocBins = std::clamp((1 << 20) / classes, 256, 8192);
    // The variants alternate within each repeat, so a change in the machine's load hits
    // them alike.
    std::vector<double> tPlain, tBoot, tNoRoc;
    for (int r = 0; r < repeats; ++r) {
        s.replicates = 0;
        tPlain.push_back(accumulateOnce(s, logits, labels, r));
        s.replicates = replicates;
        tBoot.push_back(accumulateOnce(s, logits, labels, r));
        const int bins = s.aurocBins;
        s.aurocBins = 0;
        tNoRoc.push_back(accumulateOnce(s, logits, labels, r));
        s.aurocBins = bins;
    }
    const double plain = median(tPlain), withBootstrap = median(tBoot), noRoc = median(tNoRoc);
    const TaskLayout layout(Task::DenseClassification, classes);
    const double tableMiB = static_cast<double>(ReplicateTable::bytesFor(
                                    replicates, layout.countColumns(), layout.sumColumns()))
                            / (1 << 20);
    std::printf("dense %d classes, %dx%d, batch %d, %d threads (median of %d):\n", classes, size,
                size, batch, at::get_num_threads(), repeats);
    std::printf("  accumulation with B = 0:    %8.1f ms per batch (%.2f ms per image)\n",
                plain * 1e3, plain * 1e3 / batch);
    std::printf("  accumulation with B = %d: %8.1f ms per batch; the bootstrap adds %.2f ms "
                "per image (%+.1f %%)\n",
                replicates, withBootstrap * 1e3, (withBootstrap - plain) * 1e3 / batch,
                100 * (withBootstrap - plain) / plain);
    std::printf("  accumulation with B = %d and --auroc-bins 0: %.1f ms per batch\n", replicates,
                noRoc * 1e3);
    std::printf("  replicate table: %.2f MiB per model (held twice during the reduction)\n",
                tableMiB);
    if (!model.empty()) {
        ModelRunner runner(model, torch::kCPU);
        const torch::Tensor inputs = torch::randn({batch, 3, size, size});
        std::vector<double> times;
        for (int r = 0; r < repeats; ++r) {
            const auto start = Clock::now();
            runner.run({inputs}, {}, {}, 0);
            times.push_back(std::chrono::duration<double>(Clock::now() - start).count());
        }
        const double forward = median(times);
        std::printf("  forward pass of %s: %8.1f ms per batch; bootstrap / forward = %.3f\n",
                    model.c_str(), forward * 1e3, (withBootstrap - plain) / forward);
    }
    return 0;
}
