#include "result/resultvalidation.h"

#include <cmath>
#include <map>

namespace disteval {

namespace {
// Room for the rounding of a value computed near a bound (1 + 1e-16 from a sum).
constexpr double kSlack = 1e-9;

struct Range
{
    double low;
    double high;
};

// The values each known metric can take.
const std::map<std::string, Range> &metricRanges()
{
    static const std::map<std::string, Range> ranges = {
            {"accuracy", {0, 1}},
            {"balanced_accuracy", {0, 1}},
            {"top5_accuracy", {0, 1}},
            {"loss", {0, INFINITY}},
            {"macro_f1", {0, 1}},
            {"weighted_f1", {0, 1}},
            {"macro_precision", {0, 1}},
            {"macro_recall", {0, 1}},
            {"weighted_precision", {0, 1}},
            {"weighted_recall", {0, 1}},
            {"cohen_kappa", {-INFINITY, 1}},
            {"mcc", {-1, 1}},
            {"ece", {0, 1}},
            {"ece_debiased", {0, 1}},
            {"macro_auroc", {0, 1}},
            {"mean_iou", {0, 1}},
            {"fw_iou", {0, 1}},
            {"mean_dice", {0, 1}},
            {"subset_accuracy", {0, 1}},
            {"hamming_loss", {0, 1}},
            {"micro_f1", {0, 1}},
            {"samples_f1", {0, 1}},
            {"micro_precision", {0, 1}},
            {"micro_recall", {0, 1}},
            {"mean_average_precision", {0, 1}},
            {"mae", {0, INFINITY}},
            {"mse", {0, INFINITY}},
            {"rmse", {0, INFINITY}},
            {"r2", {-INFINITY, 1}},
            {"max_error", {0, INFINITY}},
            {"mean_bias", {-INFINITY, INFINITY}},
    };
    return ranges;
}

[[noreturn]] void fail(const std::string &where, const std::string &what)
{
    throw ResultFileError(where + ": " + what);
}

std::string show(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

void checkIn(double v, Range r, const std::string &where)
{
    if (std::isnan(v))
        return; // undefined: written as null
    if (!(v >= r.low - kSlack && v <= r.high + kSlack))
        fail(where, "value " + show(v) + " is impossible (outside [" + show(r.low) + ", "
                            + show(r.high) + "])");
}

void checkMetric(const MetricValue &m, Range r, const std::string &where)
{
    checkIn(m.value, r, where + ".value");
    if (!m.ci.defined())
        return;
    checkIn(m.ci.lower, r, where + ".ci[0]");
    checkIn(m.ci.upper, r, where + ".ci[1]");
    if (m.ci.lower > m.ci.upper)
        fail(where + ".ci", "the interval [" + show(m.ci.lower) + ", " + show(m.ci.upper)
                                    + "] has its lower bound above its upper bound");
}

// A difference of two values in `r` lies in [r.low - r.high, r.high - r.low].
Range differenceOf(Range r)
{
    return {r.low - r.high, r.high - r.low};
}

std::string indexed(const std::string &where, size_t i)
{
    return where + "[" + std::to_string(i) + "]";
}
// The curves' histograms count the samples (elements) the model was evaluated on: every
// class's positives are its support, positives and negatives together every one of
// them; the confidence histograms hold each once, the right ones as the matrix's
// diagonal does.
void checkCurves(const ModelResult &m, Task task, const std::string &w)
{
    const ModelCurves &c = m.curves;
    const bool confusion = task == Task::Classification || task == Task::DenseClassification;
    const int64_t total = confusion ? m.confusion.total() : m.evaluatedSamples;
    if (c.hasScores()) {
        const size_t bins = static_cast<size_t>(c.scores.numBins);
        for (size_t k = 0; k < static_cast<size_t>(c.scores.numClasses); ++k) {
            int64_t pos = 0, neg = 0;
            for (size_t b = 0; b < bins; ++b) {
                pos += c.scores.positive[k * bins + b];
                neg += c.scores.negative[k * bins + b];
                if (pos < 0 || neg < 0)
                    fail(indexed(w + ".scores.classes", k), "counts overflow");
            }
            const int64_t support = k < m.perClass.size() ? m.perClass[k].support : -1;
            if (pos != support || pos + neg != total)
                fail(indexed(w + ".scores.classes", k),
                     std::to_string(pos) + " positives and " + std::to_string(neg)
                             + " negatives, but the class has " + std::to_string(support) + " of "
                             + std::to_string(total));
        }
    }
    int64_t counted = 0, right = 0;
    for (size_t b = 0; b < c.confidenceCorrect.size(); ++b) {
        right += c.confidenceCorrect[b];
        counted += c.confidenceCorrect[b] + c.confidenceWrong[b];
        if (right < 0 || counted < 0)
            fail(w + ".confidence", "counts overflow");
    }
    if (c.hasConfidence() && (counted != total || (confusion && right != m.confusion.trace())))
        fail(w + ".confidence", "holds " + std::to_string(counted) + " samples ("
                                        + std::to_string(right) + " right), the model evaluated "
                                        + std::to_string(total));
    int64_t hits = 0;
    for (const int64_t h : c.rankHits)
        if ((hits += h) > total || hits < 0)
            fail(w + ".rank_hits", "more hits than samples");
}
} // namespace

void validateResultValues(const ResultFile &r)
{
    const Range unit{0, 1};
    if (r.worldSize > kMaxWorldSize)
        fail("world_size", "value " + std::to_string(r.worldSize) + " is impossible (at most "
                                   + std::to_string(kMaxWorldSize) + " ranks)");
    if (!r.ranks.empty()) {
        if (static_cast<int64_t>(r.ranks.size()) != r.worldSize)
            fail("ranks", std::to_string(r.ranks.size()) + " entries for world size "
                                  + std::to_string(r.worldSize));
        int64_t covered = 0;
        for (size_t i = 0; i < r.ranks.size(); ++i) {
            const RankInfo &ri = r.ranks[i];
            if (ri.rank != static_cast<int>(i))
                fail(indexed("ranks", i) + ".rank", "expected " + std::to_string(i));
            if (ri.count > 0 && ri.first != covered)
                fail(indexed("ranks", i) + ".first",
                     "the ranks' shards must follow one another (expected "
                             + std::to_string(covered) + ")");
            covered += ri.count;
            if (!(ri.seconds >= 0) && !std::isnan(ri.seconds))
                fail(indexed("ranks", i) + ".seconds", "negative");
        }
        if (covered != r.dataset.numSamples)
            fail("ranks", "the shards cover " + std::to_string(covered)
                                  + " samples, the dataset has "
                                  + std::to_string(r.dataset.numSamples));
    }
    const std::map<std::string, Range> &ranges = metricRanges();
    for (size_t mi = 0; mi < r.models.size(); ++mi) {
        const ModelResult &m = r.models[mi];
        const std::string w = indexed("models", mi);
        const bool dense = r.task == Task::DenseClassification;
        const bool confusion = dense || r.task == Task::Classification;
        const int64_t total = m.confusion.total();
        if (dense && total != m.evaluatedElements)
            fail(w + ".confusion_matrix", "holds " + std::to_string(total)
                                                  + " elements but evaluated_elements is "
                                                  + std::to_string(m.evaluatedElements));
        if (m.evaluatedElements < 0 || m.ignoredElements < 0)
            fail(w + ".evaluated_elements", "negative");
        if (m.evaluatedSamples < 0 || m.evaluatedSamples > r.dataset.numSamples)
            fail(w + ".evaluated_samples", "value " + std::to_string(m.evaluatedSamples)
                                                   + " is impossible for a dataset of "
                                                   + std::to_string(r.dataset.numSamples));
        if (!dense && confusion && m.evaluatedSamples != 0 && total != m.evaluatedSamples)
            fail(w + ".confusion_matrix", "holds " + std::to_string(total)
                                                  + " samples but evaluated_samples is "
                                                  + std::to_string(m.evaluatedSamples));
        if (!dense && total + m.nonFiniteSamples > r.dataset.numSamples)
            fail(w + ".confusion_matrix", "holds more samples (" + std::to_string(total)
                                                  + ") than the dataset ("
                                                  + std::to_string(r.dataset.numSamples) + ")");
        for (const auto &[name, metric] : m.metrics) {
            const auto it = ranges.find(name);
            if (it != ranges.end())
                checkMetric(metric, it->second, w + ".metrics." + name);
        }
        if (!(m.aurocErrorBound >= 0 && m.aurocErrorBound <= 0.5) && !std::isnan(m.aurocErrorBound))
            fail(w + ".auroc_error_bound", "value " + show(m.aurocErrorBound) + " is impossible");
        const std::vector<int64_t> rows = m.confusion.rowSums();
        const std::vector<int64_t> columns = m.confusion.columnSums();
        for (size_t c = 0; c < m.perClass.size(); ++c) {
            const PerClassResult &pc = m.perClass[c];
            const std::string pw = indexed(w + ".per_class", c);
            if (pc.index != static_cast<int>(c))
                fail(pw + ".index", "expected " + std::to_string(c));
            if (confusion && pc.support != rows[c])
                fail(pw + ".support", std::to_string(pc.support)
                                              + " but the confusion matrix's row has "
                                              + std::to_string(rows[c]));
            if (confusion && pc.predicted != 0 && pc.predicted != columns[c])
                fail(pw + ".predicted", std::to_string(pc.predicted)
                                                + " but the confusion matrix's column has "
                                                + std::to_string(columns[c]));
            checkMetric(pc.precision, unit, pw + ".precision");
            checkMetric(pc.recall, unit, pw + ".recall");
            checkMetric(pc.f1, unit, pw + ".f1");
            checkMetric(pc.auroc, unit, pw + ".auroc");
            checkMetric(pc.iou, unit, pw + ".iou");
            checkMetric(pc.averagePrecision, unit, pw + ".average_precision");
        }
        checkCurves(m, r.task, w + ".curves");
        for (size_t t = 0; t < m.perTarget.size(); ++t)
            for (const auto &[name, metric] : m.perTarget[t].metrics) {
                const auto it = ranges.find(name);
                if (it != ranges.end())
                    checkMetric(metric, it->second, indexed(w + ".per_target", t) + "." + name);
            }
        for (size_t b = 0; b < m.calibration.size(); ++b) {
            const ReliabilityBin &bin = m.calibration[b];
            const std::string bw = indexed(w + ".calibration", b);
            checkIn(bin.lower, unit, bw + ".lower");
            checkIn(bin.upper, unit, bw + ".upper");
            checkIn(bin.accuracy, unit, bw + ".accuracy");
            checkIn(bin.meanConfidence, unit, bw + ".confidence");
            if (!dense && bin.count > total)
                fail(bw + ".count", "more samples than the model evaluated");
        }
    }
    for (size_t i = 0; i < r.comparisons.size(); ++i) {
        const PairedComparison &c = r.comparisons[i];
        const std::string w = indexed("comparisons", i);
        if (c.a == c.b)
            fail(w, "compares model " + std::to_string(c.a) + " with itself");
        if (c.hasMcnemar) {
            checkIn(c.mcnemar.pExact, unit, w + ".mcnemar.p_exact");
            checkIn(c.mcnemar.pMid, unit, w + ".mcnemar.p_mid");
            const int64_t paired = c.bothCorrect + c.bothWrong + c.mcnemar.b01 + c.mcnemar.b10;
            if (paired > r.dataset.numSamples)
                fail(w, "pairs " + std::to_string(paired) + " samples, more than the dataset has");
        }
        for (const auto &[name, d] : c.delta) {
            const auto it = ranges.find(name);
            if (it == ranges.end())
                continue;
            checkMetric(MetricValue(d.value, d.ci, d.method), differenceOf(it->second),
                        w + ".delta." + name);
        }
        for (size_t k = 0; k < c.perClassDeltaF1.size(); ++k) {
            const DeltaValue &d = c.perClassDeltaF1[k];
            checkMetric(MetricValue(d.value, d.ci, d.method), differenceOf(unit),
                        indexed(w + ".per_class_delta_f1", k));
        }
    }
}

} // namespace disteval
