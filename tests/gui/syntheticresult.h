#pragma once

#include "result/resultfile.h"

#include <cstdint>

// Synthetic but internally consistent result files for the GUI tests, screenshots and
// benchmarks, made with the same core code the engine uses (SufficientStats ->
// summarizeModel): a classifier that is right about 80% of the time (less for "hard"
// classes), confuses each class mostly with a few neighbours, and is slightly
// over-confident. Each class's log-odds scores spread over overlapping Gaussians
// (syntheticscores.h) and the true class ranks among the logits as a classifier's would,
// so the curves (ROC, precision-recall, confidence, top-k) look like curves.
// Deterministic for a given seed. With 10 classes the classes carry
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

// Gives the models of a classification, dense classification or multi-label result that
// has no curves (the task results in tests/gui/data, written by an engine before result
// schema 4) curves that fit their counts, as the result validator requires: per class
// (label) its support in positive scores and the other samples (elements) in negative
// ones; for the two classification tasks the confidence histograms (every sample or
// element once, the matrix's diagonal right), for classification the true-class ranks.
// Raises the schema version to 4. Regression results are left alone.
void addSyntheticCurves(disteval::ResultFile &result, uint64_t seed = 1);
