// The bare cost of the model: forward passes of a TorchScript model over a dataset that
// is already decoded into tensors in memory, with nothing else (no MPI, no statistics,
// no startup). The engine's end-to-end time is compared against this figure.
//
// Usage: disteval-bench-forward --model M.pt --data PATH [--batch-size 256]
//                               [--threads N] [--repeats 5]
// Prints the median and the minimum seconds of one pass over all samples.

#include "data/datasetfactory.h"

#include <ATen/Parallel.h>
#include <torch/script.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <malloc.h>

int main(int argc, char **argv)
{
    std::string model, data;
    int64_t batchSize = 256;
    int threads = static_cast<int>(std::thread::hardware_concurrency());
    int repeats = 5;
    bool optimize = false;
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--optimize") { // frozen + optimize_for_inference, as the engine's default
            optimize = true;
            continue;
        }
        if (i + 1 >= argc)
            break;
        if (flag == "--model")
            model = argv[i + 1];
        else if (flag == "--data")
            data = argv[i + 1];
        else if (flag == "--batch-size")
            batchSize = std::atoll(argv[i + 1]);
        else if (flag == "--threads")
            threads = std::atoi(argv[i + 1]);
        else if (flag == "--repeats")
            repeats = std::atoi(argv[i + 1]);
        ++i;
    }
    if (model.empty() || data.empty()) {
        std::fprintf(stderr,
                     "usage: %s --model M.pt --data PATH [--batch-size N] [--threads N] "
                     "[--repeats R] [--optimize]\n",
                     argv[0]);
        return 2;
    }
    // The same allocator setting as the engine (see runEvaluation), so that the baseline
    // is not slowed by page faults the engine avoids.
    ::mallopt(M_MMAP_THRESHOLD, 256 << 20);
    ::mallopt(M_TRIM_THRESHOLD, 256 << 20);
    at::set_num_threads(threads);
    auto dataset = disteval::openDataset(data);
    std::vector<torch::Tensor> batches;
    for (int64_t first = 0; first < dataset->size(); first += batchSize)
        batches.push_back(
                dataset->load(first, std::min(batchSize, dataset->size() - first)).inputs);
    torch::jit::Module module = torch::jit::load(model);
    module.eval();
    if (optimize) {
        torch::jit::Module frozen = torch::jit::freeze(module);
        module = torch::jit::optimize_for_inference(frozen);
    }
    c10::InferenceMode guard;
    module.forward({batches.front()}); // warm-up
    std::vector<double> seconds;
    for (int r = 0; r < repeats; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        for (const torch::Tensor &b : batches)
            module.forward({b});
        seconds.push_back(
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf("forward over %lld samples, batch %lld, %d threads: median %.4f s, min %.4f s "
                "(%.0f samples/s)\n",
                static_cast<long long>(dataset->size()), static_cast<long long>(batchSize), threads,
                seconds[seconds.size() / 2], seconds.front(),
                dataset->size() / seconds[seconds.size() / 2]);
    return 0;
}
