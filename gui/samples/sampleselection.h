#pragma once

#include "result/samplesfile.h"

#include <QString>

#include <cstdint>
#include <vector>

// Which samples of a run's records (result/samplesfile.h) a gallery lists, and the
// numbers it sorts them by. The records are scanned once per selection, in chunks, so a
// file of a million samples is never held whole; what is kept is one SampleRow per
// selected sample.
struct SampleFilter
{
    enum class Outcome { Any = 1, Mistakes, Correct, RightWhereOtherWrong, WrongWhereOtherRight };
    int model = 0;
    // Classification: a block of confusion-matrix cells (true in [trueFirst, trueLast],
    // predicted in [predictedFirst, predictedLast]); -1 for any.
    int trueFirst = -1, trueLast = -1;
    int predictedFirst = -1, predictedLast = -1;
    Outcome outcome = Outcome::Any;
    int otherModel = -1; // for the two discordant outcomes (McNemar's groups)
    int target = 0;      // regression: the target the keys are of
};

// One selected sample: its global index and up to four numbers, by task —
//   classification: label, predicted class, confidence (top probability), loss;
//   dense: accuracy, mean IoU, evaluated elements;
//   multi-label: true labels, predicted labels, wrong labels (counts);
//   regression: target, prediction, residual (prediction - target) of `target`.
struct SampleRow
{
    int64_t index = 0;
    double key[4] = {0, 0, 0, 0};
};

// What a selection holds; `error` is set (translated) when the records cannot be read.
struct SampleSelection
{
    std::vector<SampleRow> rows;
    int64_t scanned = 0;
    QString error;
};

// Whether the sample's prediction by `model` is right: classification the label,
// multi-label the exact set; dense and regression have no per-sample correctness.
bool isCorrect(const disteval::SampleRecordCodec &codec, const uint8_t *record, int model);

SampleSelection selectSamples(const disteval::SamplesFile &file, const SampleFilter &filter);
