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
    // For the two discordant outcomes (McNemar's groups): the other model, of the same
    // records or of the other run's (selectSamples' `other`).
    int otherModel = -1;
    int target = 0; // regression: the target the keys are of
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

// Why the records of two runs cannot be paired sample by sample (translated): another
// task, sample count, class count or dataset fingerprint; "" when they can. (Their
// labels are compared while a selection scans them.)
QString pairingProblem(const disteval::SamplesFile &a, const disteval::SamplesFile &b);

// The samples of `file` the filter selects. With `other` (the records of another run on
// the same samples, see pairingProblem) the discordant outcomes compare `model` of
// `file` with `otherModel` of `other`, so that two runs' McNemar groups are those of one
// run's two models; a sample either model has no prediction for is in neither group, as
// McNemar's counts leave it out. Samples whose labels differ between the files make
// the selection empty with an error.
SampleSelection selectSamples(const disteval::SamplesFile &file, const SampleFilter &filter,
                              const disteval::SamplesFile *other = nullptr);

// Classification: the mistakes of `model` per true class, each class's (at most) `k`
// most confident first (ties: the lower index), and how many mistakes each class has.
struct ClassMistakes
{
    std::vector<std::vector<SampleRow>> top; // [true class]
    std::vector<int64_t> counts;             // [true class]
    QString error;
};
ClassMistakes confidentMistakesPerClass(const disteval::SamplesFile &file, int model, int k);
