#pragma once

#include <cstdint>

namespace disteval {

// The documented limits of an evaluation (docs/ROBUSTNESS.md, "Limits"). Each is
// checked before the work that would exceed it starts, with a message naming it.

// Classes: the confusion matrix is dense (C^2 counts per model, summed across ranks,
// written to the result file, drawn by the app), so its size bounds C. At 2048 classes
// it is 4.2 million counts (32 MiB) per model.
constexpr int kMaxClasses = 2048;

// Models in one run: every pair is compared, so the work grows with the square.
constexpr int kMaxModels = 16;

// A class-names file: kMaxClasses names of up to 4 KiB.
constexpr int64_t kMaxClassNamesFileBytes = int64_t(kMaxClasses) * 4096;

// One image file of an ImageFolder.
constexpr int64_t kMaxImageFileBytes = int64_t(256) << 20;

// Scans of one JPEG: a progressive JPEG has about ten; thousands of them make a small
// file that takes minutes to decode.
constexpr int kMaxJpegScans = 100;

} // namespace disteval
