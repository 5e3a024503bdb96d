// McNemar's discordant samples of two runs of the history (gui/compare, gui/samples):
// two result files of one model each, with per-sample records and predictions sidecars
// written here from known labels and predictions; their history comparison pairs them
// with core's compareRuns, and the Compare tab's Discordant Samples lists, from the two
// records files, exactly McNemar's b (A right, B wrong) and c (A wrong, B right) —
// in total and summed over the true classes — leaving out the samples a run has no
// prediction for, as the test does. The history keeps a run's records with its result.
#include "compare/compareview.h"
#include "compare/historycomparison.h"
#include "history/runhistory.h"
#include "models/sampleselection.h"
#include "samples/samplesview.h"
#include "samples/sampletablemodel.h"
#include "samplesfixtures.h"
#include "syntheticresult.h"

#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>

namespace {
constexpr int kSamples = 2000;

// Run A's and run B's truths: the labels and predictions of the synthetic result's two
// models (B's shuffled within each true class), B without a prediction for 3 samples.
void truthsOf(const disteval::ResultFile &both, SamplesTruth *a, SamplesTruth *b)
{
    std::mt19937 rng(11);
    const int classes = both.dataset.numClasses;
    for (SamplesTruth *t : {a, b}) {
        t->classes = classes;
        t->predicted.resize(1);
        t->confidence.resize(1);
    }
    for (int label = 0; label < classes; ++label) {
        std::vector<int> row;
        for (int p = 0; p < classes; ++p)
            for (int64_t k = 0; k < both.models[0].confusion.at(label, p); ++k) {
                a->labels.push_back(label);
                a->predicted[0].push_back(p);
            }
        for (int p = 0; p < classes; ++p)
            for (int64_t k = 0; k < both.models[1].confusion.at(label, p); ++k)
                row.push_back(p);
        std::shuffle(row.begin(), row.end(), rng);
        b->predicted[0].insert(b->predicted[0].end(), row.begin(), row.end());
    }
    b->labels = a->labels;
    for (int i : {5, 700, 1900})
        b->predicted[0][static_cast<size_t>(i)] = -1;
    for (SamplesTruth *t : {a, b})
        for (size_t i = 0; i < t->labels.size(); ++i)
            t->confidence[0].push_back(0.3f + 0.6f * static_cast<float>(rng() % 1000) / 1000.0f);
}

disteval::ResultFile runOf(const disteval::ResultFile &both, int model)
{
    disteval::ResultFile r = both;
    r.models = {both.models[static_cast<size_t>(model)]};
    r.comparisons.clear();
    return r;
}
} // namespace

class TestHistorySamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        SyntheticResultSpec spec;
        spec.models = 2;
        spec.samples = kSamples;
        const disteval::ResultFile both = makeSyntheticResult(spec);
        truthsOf(both, &m_a, &m_b);
        m_pathA = saveWithRecords(m_dir.path(), QStringLiteral("run-a"), runOf(both, 0), m_a,
                                  "00000000000000b1", true);
        m_pathB = saveWithRecords(m_dir.path(), QStringLiteral("run-b"), runOf(both, 1), m_b,
                                  "00000000000000b2", true);
    }

    void discordantGroupsHaveMcNemarsCounts()
    {
        const HistoryComparison::Outcome outcome = HistoryComparison::compare(
                m_pathA, m_pathB, QStringLiteral("A"), QStringLiteral("B"));
        QCOMPARE(outcome.kind, HistoryComparison::Kind::Paired);
        QCOMPARE(outcome.excluded, int64_t(3));
        CompareView view(nullptr);
        view.setOutcome(outcome, QStringLiteral("A"), QStringLiteral("B"));
        SamplesView *samples = view.samplesView();
        QVERIFY(view.tabs()->isTabVisible(view.tabs()->indexOf(samples)));
        const disteval::PairedComparison *c = view.comparison();
        QVERIFY(c);
        // counted here, leaving out what compareRuns leaves out
        int64_t onlyA = 0, onlyB = 0;
        for (size_t i = 0; i < m_a.labels.size(); ++i) {
            const int pa = m_a.predicted[0][i], pb = m_b.predicted[0][i];
            if (pa < 0 || pb < 0)
                continue;
            onlyA += pa == m_a.labels[i] && pb != m_a.labels[i];
            onlyB += pb == m_a.labels[i] && pa != m_a.labels[i];
        }
        QVERIFY(onlyA > 0 && onlyB > 0);
        QCOMPARE(c->mcnemar.b10, onlyA);
        QCOMPARE(c->mcnemar.b01, onlyB);

        samples->setPreset(SamplesView::RightWhereOther);
        QCOMPARE(samples->tableModel()->rowCount(), static_cast<int>(c->mcnemar.b10));
        samples->setPreset(SamplesView::WrongWhereOther);
        QCOMPARE(samples->tableModel()->rowCount(), static_cast<int>(c->mcnemar.b01));
        // per true class: every listed sample of that class, the classes adding up to c
        int64_t total = 0;
        for (int k = 0; k < m_a.classes; ++k) {
            samples->setTrueClass(k);
            for (qint64 i : samples->listedIndices())
                QCOMPARE(m_a.labels[static_cast<size_t>(i)], k);
            total += samples->tableModel()->rowCount();
        }
        QCOMPARE(total, c->mcnemar.b01);
        samples->setTrueClass(-1);
        // the listed samples are the run's own: B's predictions are those of B's records
        samples->setPreset(SamplesView::RightWhereOther);
        for (int r = 0; r < samples->tableModel()->rowCount(); ++r) {
            const SampleRow &row = samples->tableModel()->row(r);
            QCOMPARE(m_a.predicted[0][static_cast<size_t>(row.index)],
                     static_cast<int>(row.key[1]));
            QVERIFY(m_b.predicted[0][static_cast<size_t>(row.index)]
                    != m_a.labels[static_cast<size_t>(row.index)]);
        }
        // and from B's side (B as the listed model, A the other)
        samples->setModelIndex(1);
        samples->setOtherModel(0);
        samples->setPreset(SamplesView::RightWhereOther);
        QCOMPARE(samples->tableModel()->rowCount(), static_cast<int>(c->mcnemar.b01));
    }

    void recordsOfOtherSamplesAreRefused()
    {
        QTemporaryDir dir;
        SamplesTruth shorter = m_b;
        shorter.labels.resize(100);
        shorter.predicted[0].resize(100);
        shorter.confidence[0].resize(100);
        disteval::ResultFile b = disteval::readResultFile(m_pathB.toStdString());
        b.dataset.numSamples = 100;
        const QString pathB = saveWithRecords(dir.path(), QStringLiteral("short"), b, shorter,
                                              "00000000000000b3");
        b.samplesFile = "short.samples-00000000000000b3.bin"; // as saveWithRecords names it
        b.predictionsRunId = "00000000000000b3";
        const disteval::ResultFile a = disteval::readResultFile(m_pathA.toStdString());
        auto combined = std::make_shared<disteval::ResultFile>(a);
        combined->models.push_back(b.models[0]);
        SamplesView view(nullptr);
        QVERIFY(!view.setRunPair(combined, 1, std::make_shared<disteval::ResultFile>(a), m_pathA,
                                 std::make_shared<disteval::ResultFile>(b), pathB));
        QVERIFY2(
                view.statusLabel()->text().contains(QStringLiteral("different numbers of samples")),
                qPrintable(view.statusLabel()->text()));
    }

    void theHistoryKeepsTheRecords()
    {
        QTemporaryDir folder;
        RunHistory history(folder.path());
        QString error;
        const QString id = history.addResult(m_pathA, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        const QString kept = history.find(id)->resultPath();
        const disteval::ResultFile r = disteval::readResultFile(kept.toStdString());
        QVERIFY(QFileInfo::exists(
                QFileInfo(kept).dir().filePath(QString::fromStdString(r.samplesFile))));
        SamplesView view(nullptr);
        QVERIFY(view.setResult(std::make_shared<disteval::ResultFile>(r), kept));
        QCOMPARE(view.tableModel()->rowCount(), kSamples);
    }

private:
    QTemporaryDir m_dir;
    SamplesTruth m_a, m_b;
    QString m_pathA, m_pathB;
};

QTEST_MAIN(TestHistorySamples)
#include "tst_historysamples.moc"
