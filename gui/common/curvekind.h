#pragma once

#include "metrics/curves.h"

// The curves a result's histograms draw (docs/GUI.md, "Curves"): ROC and precision-recall
// per class (per label) from the score histograms, selective accuracy against a
// confidence threshold, top-k accuracy, and the reliability diagram the compare view
// overlays. No zero value: a kind is always chosen.
enum class CurveKind { Roc = 1, PrecisionRecall, Confidence, TopK, Reliability };

// Which curve of the score histograms, besides a class (0 .. C-1): every class's scores
// pooled (scikit-learn's micro average, as core's rocCurve takes it), or the mean of the
// classes' ROC curves (core's macroRocCurve; there is no macro precision-recall curve).
constexpr int kMicroCurve = disteval::kMicroAverage;
constexpr int kMacroCurve = -2;
