#pragma once

namespace disteval {

// Start-up and phase timings for performance work (docs/BENCHMARKS.md, "Start-up"):
// with DISTEVAL_TIMINGS set in the environment, every mark prints
// "disteval-engine: timing: <phase> <seconds since the process started>" to stderr;
// without it a mark costs one branch. The time before main() (the dynamic loader
// mapping LibTorch's libraries) is the first mark's time since the process's start as
// the kernel recorded it, at the kernel's clock-tick resolution (10 ms).
class PhaseTimer
{
public:
    // Takes the time origin (call first thing in main); prints nothing.
    static void start();
    static void mark(const char *phase);
    static bool enabled();
};

} // namespace disteval
