#pragma once

#include "result/resultfile.h"

#include <cstdint>

// Synthetic but internally consistent result files for the GUI tests, screenshots and
// benchmarks, made with the same core code the engine uses (SufficientStats ->
// summarizeModel): a classifier that is right about 80% of the time (less for "hard"
// classes), confuses each class mostly with a few neighbours, and is slightly
// over-confident. Deterministic for a given seed. With 10 classes the classes carry
// the Fashion-MNIST names, otherwise "class 0042"-style names. The macro AUROC's
// interval has the covariance between classes, as the engine's second pass gives it.
struct SyntheticResultSpec
{
    int classes = 10;
    int64_t samples = 10000;
    int worldSize = 2;
    int models = 1;
    int bootstrapReplicates = 100;
    uint64_t seed = 1;
    // When >= 0: this class has only `smallClassSamples` samples (its other samples go to
    // the next class), so the intervals of averages over classes are withheld below 20;
    // with 0 samples it is never predicted either.
    int smallClass = -1;
    int64_t smallClassSamples = 5;
};

disteval::ResultFile makeSyntheticResult(const SyntheticResultSpec &spec);
