// The tasks' core (core/tasks): Poisson weights that depend on the sample alone,
// replicate tables that add the same whatever the order or the split over ranks, the
// metrics of a row against hand-computed values (scikit-learn's definitions), the
// binned average precision and its bounds, withheld intervals, and result files of every
// task through a write/read round trip.

#include "metrics/averageprecision.h"
#include "report/textreport.h"
#include "result/resultfile.h"
#include "tasks/replicatetable.h"
#include "tasks/tasklayout.h"
#include "tasks/tasksummary.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <numeric>

using namespace disteval;

namespace {

double kNaN()
{
    return std::numeric_limits<double>::quiet_NaN();
}

std::vector<int64_t> packed(const ReplicateTable &t)
{
    std::vector<int64_t> words(t.packedWords());
    t.pack(words.data());
    return words;
}

// Adds the packed words of several tables, as MPI_SUM does.
ReplicateTable reduced(const std::vector<ReplicateTable> &parts)
{
    std::vector<int64_t> sum(parts.front().packedWords(), 0);
    for (const ReplicateTable &p : parts) {
        const std::vector<int64_t> w = packed(p);
        for (size_t i = 0; i < w.size(); ++i)
            sum[i] += w[i];
    }
    ReplicateTable out(parts.front().replicates(), parts.front().countColumns(),
                       parts.front().sumColumns());
    out.unpack(sum.data());
    return out;
}

void addRegressionSample(ReplicateTable &t, int64_t index, double y, double prediction,
                         uint64_t seed)
{
    std::vector<int32_t> w;
    poissonWeights(seed, index, t.replicates(), w);
    const int64_t one = 1;
    const double e = prediction - y;
    const double sums[5] = {std::fabs(e), e * e, e, y, y * y};
    t.add(&one, sums, w);
}

} // namespace

class tst_Tasks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void poissonWeightsDependOnTheSampleOnly()
    {
        std::vector<int32_t> a, b, c, d;
        poissonWeights(7, 12345, 1000, a);
        poissonWeights(7, 12345, 1000, b);
        poissonWeights(7, 12346, 1000, c);
        poissonWeights(8, 12345, 1000, d);
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QVERIFY(a != d);
        // Poisson(1): mean 1, variance 1, P(0) = e^-1.
        double sum = 0, squares = 0, zeros = 0;
        const int samples = 2000;
        for (int i = 0; i < samples; ++i) {
            poissonWeights(1, i, 100, a);
            for (int32_t w : a) {
                sum += w;
                squares += double(w) * w;
                zeros += w == 0;
            }
        }
        const double n = samples * 100.0;
        QVERIFY(std::fabs(sum / n - 1) < 0.01);
        QVERIFY(std::fabs(squares / n - sum * sum / (n * n) - 1) < 0.02);
        QVERIFY(std::fabs(zeros / n - std::exp(-1.0)) < 0.005);
    }

    void tablesAddTheSameInAnyOrderAndSplit()
    {
        const int b = 50;
        std::vector<double> y(200), p(200);
        for (int i = 0; i < 200; ++i) {
            y[i] = std::sin(i * 0.7) * 1e3 + i * 1e-7;
            p[i] = y[i] + std::cos(i * 1.3) * (i % 7 == 0 ? 1e6 : 1e-3);
        }
        ReplicateTable whole(b, 1, 5);
        for (int i = 0; i < 200; ++i)
            addRegressionSample(whole, i, y[i], p[i], 3);
        for (int ranks : {2, 3, 7}) {
            std::vector<ReplicateTable> parts(ranks, ReplicateTable(b, 1, 5));
            // Reversed order within each rank's contiguous shard.
            for (int i = 199; i >= 0; --i)
                addRegressionSample(parts[static_cast<size_t>(i * ranks / 200)], i, y[i], p[i], 3);
            QCOMPARE(packed(reduced(parts)), packed(whole));
        }
    }

    void denseRowAgainstHandComputedValues()
    {
        // Two images, 3 classes. Totals: tp = [3, 1, 0], support = [4, 2, 1],
        // predicted = [5, 2, 0] (7 evaluated elements, 4 correct).
        const TaskLayout layout(Task::DenseClassification, 3);
        ReplicateTable t(0, layout.countColumns(), layout.sumColumns());
        const std::vector<int32_t> none;
        const int64_t first[10] = {2, 1, 0, 2, 1, 1, 3, 1, 0, 0};
        const int64_t second[10] = {1, 0, 0, 2, 1, 0, 2, 1, 0, 0};
        const double loss[1] = {0.5};
        t.add(first, loss, none);
        t.add(second, loss, none);
        TaskLayout::Values v;
        layout.values(t, 0, ZeroDivision::Zero, nullptr, v);
        auto scalar = [&](const char *name) {
            const auto &n = layout.scalarNames();
            return v.scalars[static_cast<size_t>(std::find(n.begin(), n.end(), name) - n.begin())];
        };
        // IoU: 3/(4+5-3) = 0.5, 1/(2+2-1) = 1/3, 0/(1+0-0) = 0.
        QCOMPARE(v.units[3][0], 0.5);
        QCOMPARE(v.units[3][1], 1.0 / 3);
        QCOMPARE(v.units[3][2], 0.0);
        QCOMPARE(scalar("mean_iou"), (0.5 + 1.0 / 3 + 0) / 3);
        QCOMPARE(scalar("fw_iou"), (4 * 0.5 + 2 * (1.0 / 3) + 1 * 0) / 7);
        QCOMPARE(scalar("accuracy"), 4.0 / 7);
        QCOMPARE(scalar("loss"), 1.0 / 7);
        // F1 = Dice: 2*3/(4+5) = 2/3, 2*1/(2+2) = 1/2, 0.
        QCOMPARE(scalar("macro_f1"), (2.0 / 3 + 0.5 + 0) / 3);
        QCOMPARE(scalar("mean_dice"), scalar("macro_f1"));
    }

    void multiLabelRowAgainstHandComputedValues()
    {
        // 3 samples, 2 labels. Truth / prediction: [1,0]/[1,1], [1,1]/[1,1], [0,0]/[0,1].
        const TaskLayout layout(Task::MultiLabel, 2);
        ReplicateTable t(0, layout.countColumns(), layout.sumColumns());
        const std::vector<int32_t> none;
        const int64_t s1[8] = {1, 0, 1, 0, 1, 1, 1, 0};
        const int64_t s2[8] = {1, 1, 1, 1, 1, 1, 1, 1};
        const int64_t s3[8] = {0, 0, 0, 0, 0, 1, 1, 0};
        const double f1[3] = {2.0 / 3, 1.0, 0.0};
        t.add(s1, &f1[0], none);
        t.add(s2, &f1[1], none);
        t.add(s3, &f1[2], none);
        TaskLayout::Values v;
        layout.values(t, 0, ZeroDivision::Zero, nullptr, v);
        // tp = [2, 1], support = [2, 1], predicted = [2, 3].
        QCOMPARE(v.scalars[0], 1.0 / 3);           // subset accuracy
        QCOMPARE(v.scalars[1], 2.0 / 6);           // hamming: 2 wrong of 6
        QCOMPARE(v.scalars[2], 2.0 * 3 / (3 + 5)); // micro F1
        QCOMPARE(v.scalars[3], (1.0 + 0.5) / 2);   // macro F1: 1, 2/(1+3)
        QCOMPARE(v.scalars[4], (2 * 1.0 + 1 * 0.5) / 3);
        QCOMPARE(v.scalars[5], (2.0 / 3 + 1.0) / 3); // samples F1
        QCOMPARE(v.scalars[6], 3.0 / 5);             // micro precision
        QCOMPARE(v.scalars[7], 1.0);                 // micro recall
    }

    void regressionRowAgainstHandComputedValues()
    {
        const TaskLayout layout(Task::Regression, 1);
        ReplicateTable t(0, layout.countColumns(), layout.sumColumns());
        const double y[4] = {1, 2, 3, 4}, p[4] = {1.5, 2, 2, 5};
        for (int i = 0; i < 4; ++i)
            addRegressionSample(t, i, y[i], p[i], 0);
        TaskLayout::Values v;
        layout.values(t, 0, ZeroDivision::Zero, nullptr, v);
        // e = [0.5, 0, -1, 1]; SST = 5.
        QCOMPARE(v.scalars[0], 2.5 / 4);             // mae
        QCOMPARE(v.scalars[1], 2.25 / 4);            // mse
        QCOMPARE(v.scalars[2], std::sqrt(2.25 / 4)); // rmse
        QCOMPARE(v.scalars[3], 1 - 2.25 / 5);        // r2
        QCOMPARE(v.scalars[4], 0.5 / 4);             // mean bias
        // Constant targets: R^2 is 1 for a perfect fit, 0 otherwise (force_finite).
        ReplicateTable flat(0, 1, 5);
        addRegressionSample(flat, 0, 2, 2, 0);
        addRegressionSample(flat, 1, 2, 2, 0);
        layout.values(flat, 0, ZeroDivision::Zero, nullptr, v);
        QCOMPARE(v.scalars[3], 1.0);
        addRegressionSample(flat, 2, 2, 3, 0);
        layout.values(flat, 0, ZeroDivision::Zero, nullptr, v);
        QCOMPARE(v.scalars[3], 0.0);
    }

    void averagePrecisionOfBinnedScores()
    {
        // Distinct bins: the binned AP is the exact AP, and both bounds equal it.
        RocHistogram h(1, 4);
        // Scores from high to low: bin 3: +, bin 2: -, bin 1: +, bin 0: -.
        h.positive = {0, 1, 0, 1};
        h.negative = {1, 0, 1, 0};
        AveragePrecision ap = binnedAveragePrecision(h, 0);
        QCOMPARE(ap.value, 0.5 * (1.0 + 2.0 / 3));
        QCOMPARE(ap.lower, ap.value);
        QCOMPARE(ap.upper, ap.value);
        // One bin with a positive and a negative (tied): scikit-learn's tie value
        // 0.5 * 1 + 0.5 * 2/3 with one positive ranked first; bounds: all positives
        // before / after the negative.
        h.positive = {1, 0, 0, 1};
        h.negative = {0, 0, 0, 1};
        ap = binnedAveragePrecision(h, 0);
        QCOMPARE(ap.value, 0.5 * 0.5 + 0.5 * (2.0 / 3));
        QCOMPARE(ap.upper, 0.5 * 1.0 + 0.5 * (2.0 / 3));
        QCOMPARE(ap.lower, 0.5 * 0.5 + 0.5 * (2.0 / 3));
        h.positive = {0, 0, 0, 0};
        QVERIFY(std::isnan(binnedAveragePrecision(h, 0).value));
    }

    void intervalsWithheldOnSmallSets()
    {
        const TaskLayout layout(Task::Regression, 1);
        ReplicateTable t(200, 1, 5);
        for (int i = 0; i < 120; ++i)
            addRegressionSample(t, i, i * 0.1, i * 0.1 + std::sin(i), 0);
        const TaskEstimates e = estimateTask(layout, t, 120, 0.95, ZeroDivision::Zero);
        QVERIFY(e.scalars[0].ci.defined()); // mae from 100 samples
        QCOMPARE(QString::fromStdString(e.scalars[0].method), QString("poisson-bootstrap"));
        QVERIFY(e.scalars[0].ci.lower < e.scalars[0].value);
        QVERIFY(!e.scalars[2].ci.defined()); // rmse needs 300
        QVERIFY(QString::fromStdString(e.scalars[2].ciReason).contains("fewer than 300 samples"));
        const auto deltas = pairedTaskDeltas(layout, t, t, 120, 0.95, ZeroDivision::Zero);
        QCOMPARE(deltas.front().second.value, 0.0);
        QVERIFY(!deltas.front().second.ci.defined());
    }

    void resultFilesOfEveryTaskRoundTrip()
    {
        for (Task task : {Task::DenseClassification, Task::MultiLabel, Task::Regression}) {
            ResultFile r;
            r.task = task;
            r.engineVersion = "0.1.0";
            r.created = "2026-12-02T00:00:00Z";
            r.dataset.path = "/d.pt";
            r.dataset.format = "tensor-file";
            r.dataset.numSamples = 40;
            r.dataset.numClasses = 2;
            r.dataset.classNames = {"a", "b"};
            r.dataset.labelShape = task == Task::DenseClassification ? std::vector<int64_t>{4, 4}
                                                                     : std::vector<int64_t>{2};
            const TaskLayout layout(task, 2);
            ReplicateTable t(20, layout.countColumns(), layout.sumColumns());
            std::vector<int32_t> w;
            for (int i = 0; i < 40; ++i) {
                poissonWeights(0, i, 20, w);
                std::vector<int64_t> counts(static_cast<size_t>(layout.countColumns()), 0);
                std::vector<double> sums(static_cast<size_t>(layout.sumColumns()), 0.25 * (i % 3));
                if (task == Task::Regression) {
                    counts[0] = 1;
                } else {
                    // tp, support, predicted per class; then top-5 hits (dense) or the
                    // sample and its exact match (multi-label).
                    if (task == Task::DenseClassification)
                        counts = {i % 2, 0, 1, 1, 1, 1, 0};
                    else // label a true, predicted every other sample; label b neither
                        counts = {i % 2, 0, 1, 0, i % 2, 0, 1, i % 2};
                }
                t.add(counts.data(), sums.data(), w);
            }
            ModelResult m;
            if (task == Task::Regression) {
                m = summariseRegression(layout, t, {0.5, 0.75}, {"a", "b"}, 0.95);
            } else if (task == Task::MultiLabel) {
                // The labels' scores, as the counts have them: a is true for every
                // sample, b for none (the curves' histograms must agree, or the reader
                // refuses the file).
                RocHistogram scores(2, 8);
                scores.positive[5] = 40;
                scores.negative[8 + 2] = 40;
                m = summariseMultiLabel(layout, t, scores, {"a", "b"}, 0.95, ZeroDivision::Zero);
            } else {
                const ClassTotals totals = layout.classTotals(t, 0);
                m.confusion = ConfusionMatrix(
                        2, {totals.truePositives[0], totals.support[0] - totals.truePositives[0],
                            totals.support[1] - totals.truePositives[1], totals.truePositives[1]});
                m.metrics.emplace_back("accuracy", MetricValue(0.5, {0.4, 0.6}, "wilson"));
                m.metrics.emplace_back("macro_f1", MetricValue(0.5, {0.4, 0.6}, "bca"));
                for (int c = 0; c < 2; ++c) {
                    PerClassResult pc;
                    pc.index = c;
                    pc.name = c ? "b" : "a";
                    pc.support = totals.support[static_cast<size_t>(c)];
                    pc.precision = pc.recall = pc.f1 = pc.auroc
                            = MetricValue(0.5, {0.4, 0.6}, "wilson");
                    m.perClass.push_back(pc);
                }
                applyDenseEstimates(m, layout,
                                    estimateTask(layout, t, 40, 0.95, ZeroDivision::Zero));
                m.evaluatedElements = m.confusion.total();
                m.ignoredElements = 3;
            }
            m.path = "/m.pt";
            m.sha256 = std::string(64, 'a');
            // The user's metrics (--metric) travel with every task.
            m.customMetrics.emplace_back("brier",
                                         MetricValue(0.25, {0.2, 0.3}, "poisson-bootstrap"));
            m.customMetrics.emplace_back(
                    "my_mae", MetricValue(1.5, {kNaN(), kNaN()}, "", "fewer than 30 samples"));
            m.evaluatedSamples = 40;
            r.models.push_back(m);
            r.models.push_back(m);
            PairedComparison pc;
            pc.a = 0;
            pc.b = 1;
            pc.hasMcnemar = false;
            pc.delta = pairedTaskDeltas(layout, t, t, 40, 0.95, ZeroDivision::Zero);
            pc.customDelta.emplace_back("brier",
                                        DeltaValue{0.0, {kNaN(), kNaN()}, "", "fewer than 300"});
            r.comparisons.push_back(pc);
            const std::string text = serializeResult(r);
            ResultFile back;
            try {
                back = parseResult(text);
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QString::fromStdString(taskName(task) + ": " + e.what())));
            }
            QCOMPARE(back.task, task);
            QCOMPARE(back.dataset.labelShape, r.dataset.labelShape);
            const std::string again = serializeResult(back);
            if (again != text) {
                size_t at = 0;
                while (at < text.size() && text[at] == again[at])
                    ++at;
                QFAIL(qPrintable(QString::fromStdString(
                        taskName(task) + ": differs at: " + text.substr(at > 80 ? at - 80 : 0, 160)
                        + "\n vs \n" + again.substr(at > 80 ? at - 80 : 0, 160))));
            }
            QVERIFY(!back.comparisons.front().hasMcnemar);
            QCOMPARE(back.models.front().customMetrics.size(), size_t(2));
            QCOMPARE(back.comparisons.front().customDelta.size(), size_t(1));
            // The text report names the task's units and columns, and no McNemar line.
            const QString report = QString::fromStdString(formatTextReport(back));
            QVERIFY(!report.contains("McNemar"));
            QVERIFY(report.contains("paired Poisson bootstrap"));
            if (task == Task::Regression) {
                QVERIFY(report.contains("2 targets"));
                QVERIFY(report.contains("max_error"));
            } else if (task == Task::DenseClassification) {
                QVERIFY(report.contains("iou"));
                QVERIFY(report.contains("elements evaluated, 3 ignored"));
            } else {
                QVERIFY(report.contains("2 labels"));
            }
            if (task == Task::Regression)
                QCOMPARE(back.models.front().perTarget.size(), size_t(2));
        }
        // A file without "task" is classification.
        ResultFile plain = parseResult(serializeResult([] {
            ResultFile r;
            r.engineVersion = "0";
            r.created = "x";
            r.dataset.path = "d";
            r.dataset.format = "idx";
            r.dataset.numSamples = 1;
            r.dataset.numClasses = 1;
            r.dataset.classNames = {"a"};
            ModelResult m;
            m.path = "m";
            m.sha256 = "s";
            m.confusion = ConfusionMatrix(1, {1});
            m.metrics.emplace_back("accuracy", MetricValue(1, {0.2, 1}, "wilson"));
            m.metrics.emplace_back("macro_f1", MetricValue(1, {0.2, 1}, "bca"));
            PerClassResult pc;
            pc.name = "a";
            pc.support = 1;
            m.perClass.push_back(pc);
            r.models.push_back(m);
            return r;
        }()));
        QCOMPARE(plain.task, Task::Classification);
    }
};

QTEST_APPLESS_MAIN(tst_Tasks)
#include "tst_tasks.moc"
