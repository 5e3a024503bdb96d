#include "samples/sampleselection.h"

#include <QCoreApplication>

#include <cstring>

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

SampleSelection selectSamples(const disteval::SamplesFile &file, const SampleFilter &f)
{
    SampleSelection out;
    const disteval::SampleRecordCodec codec = file.codec();
    const disteval::SamplesLayout &l = codec.layout();
    if (f.model < 0 || f.model >= l.models || (f.otherModel >= 0 && f.otherModel >= l.models)) {
        out.error = QCoreApplication::translate("SampleSelection", "no such model in the records");
        return out;
    }
    const bool needsOther = f.outcome == SampleFilter::Outcome::RightWhereOtherWrong
                            || f.outcome == SampleFilter::Outcome::WrongWhereOtherRight;
    try {
        file.forEach([&](int64_t index, const uint8_t *r) {
            ++out.scanned;
            if (disteval::loadInt32(r) != 1)
                return;
            const uint8_t *p = codec.modelPart(r, f.model);
            const bool correct = isCorrect(codec, r, f.model);
            switch (f.outcome) {
            case SampleFilter::Outcome::Any:
                break;
            case SampleFilter::Outcome::Mistakes:
                if (correct)
                    return;
                break;
            case SampleFilter::Outcome::Correct:
                if (!correct)
                    return;
                break;
            case SampleFilter::Outcome::RightWhereOtherWrong:
            case SampleFilter::Outcome::WrongWhereOtherRight: {
                if (!needsOther || f.otherModel < 0)
                    return;
                const bool other = isCorrect(codec, r, f.otherModel);
                const bool wanted = f.outcome == SampleFilter::Outcome::RightWhereOtherWrong
                                            ? correct && !other
                                            : !correct && other;
                // a sample the other model has no prediction for is in neither group
                if (!wanted
                    || (l.task == Task::Classification
                        && disteval::loadInt32(codec.modelPart(r, f.otherModel)) < 0))
                    return;
                break;
            }
            }
            SampleRow row;
            row.index = index;
            switch (l.task) {
            case Task::Classification: {
                const int label = disteval::loadInt32(r + 4);
                const int predicted = disteval::loadInt32(p);
                if (!inRange(label, f.trueFirst, f.trueLast)
                    || !inRange(predicted, f.predictedFirst, f.predictedLast))
                    return;
                row.key[0] = label;
                row.key[1] = predicted;
                row.key[2] = l.topK > 0 ? disteval::loadFloat32(p + 8 + 4 * l.topK) : 0;
                row.key[3] = disteval::loadFloat32(p + 4);
                break;
            }
            case Task::DenseClassification:
                row.key[0] = disteval::loadFloat32(p);
                row.key[1] = disteval::loadFloat32(p + 4);
                row.key[2] = static_cast<double>(disteval::loadInt64(r + 8));
                break;
            case Task::MultiLabel: {
                const int64_t bytes = setBytes(l);
                row.key[0] = bitCount(r + 4, bytes);
                row.key[1] = bitCount(p, bytes);
                int wrong = 0;
                for (int64_t i = 0; i < bytes; ++i)
                    wrong += __builtin_popcount(static_cast<unsigned>(r[4 + i] ^ p[i]));
                row.key[2] = wrong;
                break;
            }
            case Task::Regression: {
                const int t = std::clamp(f.target, 0, l.units - 1);
                row.key[0] = disteval::loadFloat64(r + 8 + 8 * t);
                row.key[1] = disteval::loadFloat64(p + 8 * t);
                row.key[2] = row.key[1] - row.key[0];
                break;
            }
            }
            out.rows.push_back(row);
        });
    } catch (const disteval::SamplesFileError &e) {
        out.rows.clear();
        out.error = QString::fromStdString(e.what());
    }
    return out;
}
