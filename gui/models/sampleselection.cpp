#include "models/sampleselection.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <queue>

using disteval::Task;

namespace {
int bitCount(const uint8_t *p, int64_t bytes)
{
    int n = 0;
    for (int64_t i = 0; i < bytes; ++i)
        n += __builtin_popcount(p[i]);
    return n;
}

int64_t setBytes(const disteval::SamplesLayout &l)
{
    return (static_cast<int64_t>(l.units) + 7) / 8;
}

bool inRange(int value, int first, int last)
{
    return first < 0 || (value >= first && value <= last);
}

// Calls visit(index, record of a, record of b) for every sample, reading both files in
// chunks; without `b` both records are a's.
template<typename Visit>
void forEachPair(const disteval::SamplesFile &a, const disteval::SamplesFile *b, Visit visit)
{
    if (!b || b == &a) {
        a.forEach([&](int64_t i, const uint8_t *r) { visit(i, r, r); });
        return;
    }
    const int64_t ra = a.recordBytes(), rb = b->recordBytes();
    const int64_t chunk = std::max<int64_t>(1, (int64_t(4) << 20) / std::max(ra, rb));
    std::vector<uint8_t> bufferA, bufferB;
    for (int64_t first = 0; first < a.size(); first += chunk) {
        const int64_t count = std::min(chunk, a.size() - first);
        a.readRaw(first, count, bufferA);
        b->readRaw(first, count, bufferB);
        for (int64_t i = 0; i < count; ++i)
            visit(first + i, bufferA.data() + i * ra, bufferB.data() + i * rb);
    }
}

// Whether a sample whose own correctness is `correct` passes the filter's outcome;
// `other` and `otherRecord` are the other model's records for the discordant outcomes.
bool outcomeWanted(const SampleFilter &f, const disteval::SampleRecordCodec &codec,
                   const uint8_t *r, bool correct, const disteval::SampleRecordCodec &other,
                   const uint8_t *otherRecord)
{
    using Outcome = SampleFilter::Outcome;
    switch (f.outcome) {
    case Outcome::Any:
        return true;
    case Outcome::Mistakes:
        return !correct;
    case Outcome::Correct:
        return correct;
    case Outcome::RightWhereOtherWrong:
    case Outcome::WrongWhereOtherRight: {
        if (f.otherModel < 0)
            return false;
        // a sample either model has no prediction for is in neither group
        if (codec.layout().task == Task::Classification
            && (disteval::loadInt32(codec.modelPart(r, f.model)) < 0
                || disteval::loadInt32(other.modelPart(otherRecord, f.otherModel)) < 0))
            return false;
        const bool otherCorrect = isCorrect(other, otherRecord, f.otherModel);
        return f.outcome == Outcome::RightWhereOtherWrong ? correct && !otherCorrect
                                                          : !correct && otherCorrect;
    }
    }
    return false;
}

// The row of a sample by the task's keys; false when it is outside the filter's cells.
bool rowOf(const disteval::SampleRecordCodec &codec, const uint8_t *r, const SampleFilter &f,
           SampleRow *row)
{
    const disteval::SamplesLayout &l = codec.layout();
    const uint8_t *p = codec.modelPart(r, f.model);
    switch (l.task) {
    case Task::Classification: {
        const int label = disteval::loadInt32(r + 4);
        const int predicted = disteval::loadInt32(p);
        if (!inRange(label, f.trueFirst, f.trueLast)
            || !inRange(predicted, f.predictedFirst, f.predictedLast))
            return false;
        row->key[0] = label;
        row->key[1] = predicted;
        row->key[2] = l.topK > 0 ? disteval::loadFloat32(p + 8 + 4 * l.topK) : 0;
        row->key[3] = disteval::loadFloat32(p + 4);
        return true;
    }
    case Task::DenseClassification:
        row->key[0] = disteval::loadFloat32(p);
        row->key[1] = disteval::loadFloat32(p + 4);
        row->key[2] = static_cast<double>(disteval::loadInt64(r + 8));
        return true;
    case Task::MultiLabel: {
        const int64_t bytes = setBytes(l);
        row->key[0] = bitCount(r + 4, bytes);
        row->key[1] = bitCount(p, bytes);
        int wrong = 0;
        for (int64_t i = 0; i < bytes; ++i)
            wrong += __builtin_popcount(static_cast<unsigned>(r[4 + i] ^ p[i]));
        row->key[2] = wrong;
        return true;
    }
    case Task::Regression: {
        const int t = std::clamp(f.target, 0, l.units - 1);
        row->key[0] = disteval::loadFloat64(r + 8 + 8 * t);
        row->key[1] = disteval::loadFloat64(p + 8 * t);
        row->key[2] = row->key[1] - row->key[0];
        return true;
    }
    }
    return false;
}
} // namespace

bool isCorrect(const disteval::SampleRecordCodec &codec, const uint8_t *record, int model)
{
    const disteval::SamplesLayout &l = codec.layout();
    const uint8_t *p = codec.modelPart(record, model);
    switch (l.task) {
    case Task::Classification:
        return disteval::loadInt32(p) >= 0
               && disteval::loadInt32(p) == disteval::loadInt32(record + 4);
    case Task::MultiLabel:
        return std::memcmp(record + 4, p, static_cast<size_t>(setBytes(l))) == 0;
    case Task::DenseClassification:
    case Task::Regression:
        return false;
    }
    return false;
}

QString pairingProblem(const disteval::SamplesFile &a, const disteval::SamplesFile &b)
{
    const disteval::SamplesHeader &x = a.header();
    const disteval::SamplesHeader &y = b.header();
    if (x.layout.task != y.layout.task)
        return QCoreApplication::translate("SampleSelection", "the runs evaluate different tasks");
    if (x.numSamples != y.numSamples)
        return QCoreApplication::translate("SampleSelection",
                                           "the runs have different numbers of samples (%1 and %2)")
                .arg(x.numSamples)
                .arg(y.numSamples);
    if (x.layout.units != y.layout.units)
        return QCoreApplication::translate("SampleSelection",
                                           "the runs have different numbers of classes (%1 and %2)")
                .arg(x.layout.units)
                .arg(y.layout.units);
    if (x.datasetFingerprint != y.datasetFingerprint)
        return QCoreApplication::translate(
                "SampleSelection", "the runs used different datasets (their fingerprints differ)");
    return {};
}

SampleSelection selectSamples(const disteval::SamplesFile &file, const SampleFilter &f,
                              const disteval::SamplesFile *otherFile)
{
    SampleSelection out;
    const disteval::SamplesFile &second = otherFile ? *otherFile : file;
    const disteval::SampleRecordCodec codec = file.codec();
    const disteval::SampleRecordCodec other = second.codec();
    const bool discordant = f.outcome == SampleFilter::Outcome::RightWhereOtherWrong
                            || f.outcome == SampleFilter::Outcome::WrongWhereOtherRight;
    // (the other model matters only for the discordant groups: a run of one model has none)
    if (f.model < 0 || f.model >= codec.layout().models
        || (discordant && f.otherModel >= other.layout().models)) {
        out.error = QCoreApplication::translate("SampleSelection", "no such model in the records");
        return out;
    }
    if (&second != &file && !pairingProblem(file, second).isEmpty()) {
        out.error = pairingProblem(file, second);
        return out;
    }
    if (f.outcome == SampleFilter::Outcome::Any && f.trueFirst < 0 && f.predictedFirst < 0)
        out.rows.reserve(static_cast<size_t>(file.size())); // every sample: no regrowing
    const size_t sampleBytes = static_cast<size_t>(codec.layout().sampleBytes());
    bool labelsDiffer = false;
    try {
        forEachPair(file, otherFile, [&](int64_t index, const uint8_t *r, const uint8_t *o) {
            ++out.scanned;
            if (r != o && std::memcmp(r, o, sampleBytes) != 0)
                labelsDiffer = true;
            if (labelsDiffer || disteval::loadInt32(r) != 1)
                return;
            const bool correct = isCorrect(codec, r, f.model);
            if (!outcomeWanted(f, codec, r, correct, other, o))
                return;
            SampleRow row;
            row.index = index;
            if (rowOf(codec, r, f, &row))
                out.rows.push_back(row);
        });
    } catch (const disteval::SamplesFileError &e) {
        out.rows.clear();
        out.error = QString::fromStdString(e.what());
    }
    if (labelsDiffer) {
        out.rows.clear();
        out.error = QCoreApplication::translate(
                "SampleSelection", "the runs' labels differ, so they are not the same samples");
    }
    return out;
}

ClassMistakes confidentMistakesPerClass(const disteval::SamplesFile &file, int model, int k)
{
    ClassMistakes out;
    const disteval::SampleRecordCodec codec = file.codec();
    const disteval::SamplesLayout &l = codec.layout();
    if (l.task != Task::Classification || model < 0 || model >= l.models) {
        out.error = QCoreApplication::translate("SampleSelection", "no such model in the records");
        return out;
    }
    // Per class a min-heap of its k most confident mistakes so far.
    auto lessConfident = [](const SampleRow &a, const SampleRow &b) {
        return a.key[2] > b.key[2] || (a.key[2] == b.key[2] && a.index < b.index);
    };
    using Heap = std::priority_queue<SampleRow, std::vector<SampleRow>, decltype(lessConfident)>;
    std::vector<Heap> heaps(static_cast<size_t>(l.units), Heap(lessConfident));
    out.counts.assign(static_cast<size_t>(l.units), 0);
    SampleFilter f;
    f.model = model;
    try {
        file.forEach([&](int64_t index, const uint8_t *r) {
            const int label = disteval::loadInt32(r + 4);
            if (disteval::loadInt32(r) != 1 || label < 0 || label >= l.units
                || isCorrect(codec, r, model))
                return;
            SampleRow row;
            row.index = index;
            rowOf(codec, r, f, &row);
            ++out.counts[static_cast<size_t>(label)];
            Heap &heap = heaps[static_cast<size_t>(label)];
            heap.push(row);
            if (static_cast<int>(heap.size()) > k)
                heap.pop();
        });
    } catch (const disteval::SamplesFileError &e) {
        out.error = QString::fromStdString(e.what());
        return out;
    }
    out.top.resize(heaps.size());
    for (size_t c = 0; c < heaps.size(); ++c) {
        for (; !heaps[c].empty(); heaps[c].pop())
            out.top[c].push_back(heaps[c].top());
        std::reverse(out.top[c].begin(), out.top[c].end());
    }
    return out;
}
