// The samples behind the numbers (gui/samples/): records files written here with the
// core's codec from known labels and predictions, then the selections, the Samples tab
// (a click on a confusion cell lists exactly that cell's samples, the presets order
// them, McNemar's discordant groups have McNemar's counts), its CSV, and the regression
// tab's scatter and residual histogram, all checked against counts computed here.
#include "models/sampleselection.h"
#include "results/confusionmatrixview.h"
#include "results/resultsview.h"
#include "samples/regressionview.h"
#include "samples/samplesview.h"
#include "samples/sampletablemodel.h"
#include "syntheticresult.h"

#include "plots/qcp.h"

#include "result/samplesfile.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>
#include <set>

using disteval::Task;

namespace {
struct Truth
{
    std::vector<int> labels;
    std::vector<std::vector<int>> predicted; // [model][sample]
    std::vector<std::vector<float>> confidence;
};

// A records file of a two-model result's samples over `classes` classes, whose labels and
// predictions are those of the result's confusion matrices.
Truth writeClassification(const QString &dir, int classes, const disteval::ResultFile &result,
                          std::string *recordsName)
{
    std::mt19937 rng(5);
    Truth t;
    disteval::SamplesHeader h;
    h.layout = disteval::SamplesLayout::forTask(Task::Classification, classes, 2);
    h.runId = "0123456789abcdef";
    int n = 0;
    for (int m = 0; m < 2; ++m) {
        h.modelPaths.push_back("m" + std::to_string(m) + ".pt");
        h.modelHashes.push_back(result.models[static_cast<size_t>(m)].sha256);
    }
    const disteval::SampleRecordCodec codec(h.layout);
    std::vector<uint8_t> bytes;
    t.predicted.resize(2);
    t.confidence.resize(2);
    // Labels and predictions laid out from the result's own confusion matrices (model 1's
    // row shuffled against model 0's), so the records and the result agree.
    const disteval::ConfusionMatrix &first = result.models[0].confusion;
    for (int label = 0; label < classes; ++label)
        for (int p = 0; p < classes; ++p)
            for (int64_t k = 0; k < first.at(label, p); ++k) {
                t.labels.push_back(label);
                t.predicted[0].push_back(p);
            }
    n = static_cast<int>(t.labels.size());
    h.numSamples = n;
    bytes.assign(static_cast<size_t>(n * h.layout.recordBytes()), 0);

    for (int label = 0; label < classes; ++label) {
        std::vector<int> row;
        for (int p = 0; p < classes; ++p)
            for (int64_t k = 0; k < result.models[1].confusion.at(label, p); ++k)
                row.push_back(p);
        std::shuffle(row.begin(), row.end(), rng);
        t.predicted[1].insert(t.predicted[1].end(), row.begin(), row.end());
    }
    for (int i = 0; i < n; ++i) {
        uint8_t *r = bytes.data() + static_cast<size_t>(i) * h.layout.recordBytes();
        const int label = t.labels[static_cast<size_t>(i)];
        disteval::storeInt32(r, 1);
        disteval::storeInt32(r + 4, label);
        for (int m = 0; m < 2; ++m) {
            const int predicted = t.predicted[static_cast<size_t>(m)][static_cast<size_t>(i)];
            const float confidence = 0.2f + 0.8f * static_cast<float>(rng() % 1000) / 1000.0f;
            t.confidence[static_cast<size_t>(m)].push_back(confidence);
            uint8_t *p = codec.modelPart(r, m);
            disteval::storeInt32(p, predicted);
            disteval::storeFloat32(p + 4, -std::log(confidence));
            for (int k = 0; k < h.layout.topK; ++k) {
                disteval::storeInt32(p + 8 + 4 * k, (predicted + k) % classes);
                disteval::storeFloat32(p + 8 + 4 * (h.layout.topK + k),
                                       k == 0 ? confidence : (1 - confidence) / h.layout.topK);
            }
        }
    }
    const std::string name = "result.samples-0123456789abcdef.bin";
    std::ofstream out((dir + QLatin1Char('/')).toStdString() + name, std::ios::binary);
    out << disteval::encodeSamplesHeader(h);
    out.write(reinterpret_cast<const char *>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    *recordsName = name;
    return t;
}

QString saveResult(const QString &dir, const disteval::ResultFile &result)
{
    const QString path = dir + QStringLiteral("/result.json");
    std::ofstream(path.toStdString()) << disteval::serializeResult(result);
    return path;
}

std::set<int64_t> indicesOf(const SampleSelection &s)
{
    std::set<int64_t> out;
    for (const SampleRow &r : s.rows)
        out.insert(r.index);
    return out;
}
} // namespace

class TestSamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SyntheticResultSpec spec;
        spec.models = 2;
        spec.samples = kSamples;
        m_result = makeSyntheticResult(spec);
        std::string name;
        m_truth = writeClassification(m_dir.path(), 10, m_result, &name);
        m_result.samplesFile = name;
        m_result.predictionsRunId = "0123456789abcdef";
        m_path = saveResult(m_dir.path(), m_result);
    }

    void selectionOfACellIsExactlyThatCell()
    {
        const auto file = disteval::openSamplesOf(m_result, m_path.toStdString());
        for (const auto &[t, p] : std::vector<std::pair<int, int>>{{3, 3}, {3, 5}, {0, 9}}) {
            SampleFilter f;
            f.model = 0;
            f.trueFirst = f.trueLast = t;
            f.predictedFirst = f.predictedLast = p;
            std::set<int64_t> expected;
            for (int i = 0; i < kSamples; ++i)
                if (m_truth.labels[static_cast<size_t>(i)] == t
                    && m_truth.predicted[0][static_cast<size_t>(i)] == p)
                    expected.insert(i);
            const SampleSelection s = selectSamples(*file, f);
            QCOMPARE(indicesOf(s), expected);
            QCOMPARE(static_cast<int64_t>(s.rows.size()), m_result.models[0].confusion.at(t, p));
        }
    }

    void discordantGroupsHaveMcNemarsCounts()
    {
        const auto file = disteval::openSamplesOf(m_result, m_path.toStdString());
        int64_t onlyA = 0, onlyB = 0;
        for (int i = 0; i < kSamples; ++i) {
            const bool a = m_truth.predicted[0][static_cast<size_t>(i)]
                           == m_truth.labels[static_cast<size_t>(i)];
            const bool b = m_truth.predicted[1][static_cast<size_t>(i)]
                           == m_truth.labels[static_cast<size_t>(i)];
            onlyA += a && !b;
            onlyB += b && !a;
        }
        SampleFilter f;
        f.model = 0;
        f.otherModel = 1;
        f.outcome = SampleFilter::Outcome::RightWhereOtherWrong;
        QCOMPARE(static_cast<int64_t>(selectSamples(*file, f).rows.size()), onlyA);
        f.outcome = SampleFilter::Outcome::WrongWhereOtherRight;
        QCOMPARE(static_cast<int64_t>(selectSamples(*file, f).rows.size()), onlyB);
        QVERIFY(onlyA > 0 && onlyB > 0);
    }

    void clickingACellListsItsSamplesInTheSamplesTab()
    {
        ResultsView view(nullptr);
        QVERIFY(view.loadResult(m_path));
        QTabWidget *tabs = view.tabs();
        QVERIFY(tabs->isTabVisible(tabs->indexOf(view.samplesView())));
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(view.regressionView())));
        view.confusionView()->clickCell(2, 7);
        QCOMPARE(tabs->currentWidget(), view.samplesView());
        SamplesView *samples = view.samplesView();
        QCOMPARE(samples->tableModel()->rowCount(),
                 static_cast<int>(m_result.models[0].confusion.at(2, 7)));
        // Shift+click: the block from (2, 7) to (4, 8)
        view.confusionView()->clickCell(4, 8, true);
        int64_t block = 0;
        for (int t = 2; t <= 4; ++t)
            for (int p = 7; p <= 8; ++p)
                block += m_result.models[0].confusion.at(t, p);
        QCOMPARE(samples->tableModel()->rowCount(), static_cast<int>(block));
        // the second model's cell
        view.setModelIndex(1);
        samples->setCells(2, 2, 7, 7);
        int second = 0;
        for (size_t i = 0; i < m_truth.labels.size(); ++i)
            second += m_truth.labels[i] == 2 && m_truth.predicted[1][i] == 7;
        QCOMPARE(samples->tableModel()->rowCount(), second);
    }

    void presetsOrderByConfidence()
    {
        SamplesView view(nullptr);
        QVERIFY(view.setResult(std::make_shared<disteval::ResultFile>(m_result), m_path));
        view.setPreset(SamplesView::ConfidentMistakes);
        const QList<qint64> listed = view.listedIndices();
        int64_t mistakes = 0;
        for (int i = 0; i < kSamples; ++i)
            mistakes += m_truth.predicted[0][static_cast<size_t>(i)]
                        != m_truth.labels[static_cast<size_t>(i)];
        QCOMPARE(listed.size(), mistakes);
        for (int i = 1; i < listed.size(); ++i)
            QVERIFY(m_truth.confidence[0][static_cast<size_t>(listed[i - 1])]
                    >= m_truth.confidence[0][static_cast<size_t>(listed[i])]);
        view.setPreset(SamplesView::UnsureCorrect);
        const QList<qint64> correct = view.listedIndices();
        QCOMPARE(correct.size(), kSamples - mistakes);
        for (int i = 1; i < correct.size(); ++i)
            QVERIFY(m_truth.confidence[0][static_cast<size_t>(correct[i - 1])]
                    <= m_truth.confidence[0][static_cast<size_t>(correct[i])]);
        // the detail plot shows the first sample's top 5
        QCOMPARE(view.detailPlot()->plottableCount(), 1);
        // CSV: a header and one line per listed sample, in the table's order
        const QString csv = m_dir.filePath(QStringLiteral("samples.csv"));
        QString error;
        QVERIFY2(view.exportCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines
                = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), correct.size() + 1);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Sample,")));
        QVERIFY(lines.at(1).startsWith(QString::number(correct.at(0)) + QLatin1Char(',')));
    }

    void aResultWithoutRecordsSaysHowToGetThem()
    {
        disteval::ResultFile plain = m_result;
        plain.samplesFile.clear();
        SamplesView view(nullptr);
        QVERIFY(!view.setResult(std::make_shared<disteval::ResultFile>(plain), m_path));
        QVERIFY(view.statusLabel()->text().contains(QStringLiteral("--save-predictions")));
    }

    void recordsOfAnotherRunAreRefused()
    {
        disteval::ResultFile other = m_result;
        other.predictionsRunId = "fedcba9876543210";
        SamplesView view(nullptr);
        QVERIFY(!view.setResult(std::make_shared<disteval::ResultFile>(other), m_path));
        QVERIFY(view.statusLabel()->text().contains(QStringLiteral("another run")));
    }

    void truncatedRecordsAreRefused()
    {
        QTemporaryDir dir;
        disteval::ResultFile r = m_result;
        std::string name;
        writeClassification(dir.path(), 10, r, &name);
        const QString path = saveResult(dir.path(), r);
        QFile records(dir.filePath(QString::fromStdString(r.samplesFile)));
        QVERIFY(records.resize(records.size() - 3));
        SamplesView view(nullptr);
        QVERIFY(!view.setResult(std::make_shared<disteval::ResultFile>(r), path));
        QVERIFY(view.statusLabel()->text().contains(QStringLiteral("truncated")));
    }

    void regressionScatterAndResiduals()
    {
        QTemporaryDir dir;
        const int n = 400;
        disteval::SamplesHeader h;
        h.layout = disteval::SamplesLayout::forTask(Task::Regression, 2, 1);
        h.runId = "00000000000000aa";
        h.numSamples = n;
        h.modelPaths = {"reg.pt"};
        h.modelHashes = {"abc"};
        std::vector<uint8_t> bytes(static_cast<size_t>(n * h.layout.recordBytes()));
        std::vector<double> residuals;
        std::mt19937 rng(3);
        std::normal_distribution<double> noise(0, 0.5);
        for (int i = 0; i < n; ++i) {
            uint8_t *r = bytes.data() + static_cast<size_t>(i) * h.layout.recordBytes();
            disteval::storeInt32(r, 1);
            for (int t = 0; t < 2; ++t) {
                const double y = i * 0.01 + t, e = noise(rng);
                disteval::storeFloat64(r + 8 + 8 * t, y);
                disteval::storeFloat64(r + 8 + 16 + 8 * t, y + e);
                if (t == 1)
                    residuals.push_back(e);
            }
        }
        {
            std::ofstream out(dir.filePath(QStringLiteral("reg.samples.bin")).toStdString(),
                              std::ios::binary);
            out << disteval::encodeSamplesHeader(h);
            out.write(reinterpret_cast<const char *>(bytes.data()),
                      static_cast<std::streamsize>(bytes.size()));
        }
        disteval::ResultFile r;
        r.task = Task::Regression;
        r.dataset.numSamples = n;
        r.dataset.classNames = {"speed", "angle"};
        r.predictionsRunId = h.runId;
        r.samplesFile = "reg.samples.bin";
        r.models.resize(1);
        r.models[0].sha256 = "abc";
        auto result = std::make_shared<disteval::ResultFile>(r);
        auto records = std::shared_ptr<const disteval::SamplesFile>(
                disteval::openSamplesOf(r, dir.filePath(QStringLiteral("r.json")).toStdString()));
        RegressionView view(nullptr);
        view.setRecords(result, records);
        QCOMPARE(view.targetBox()->count(), 2);
        view.setTarget(1);
        QCOMPARE(view.scatterPlot()->graph(0)->dataCount(), n);
        double total = 0;
        for (double c : view.binCounts())
            total += c;
        QCOMPARE(total, static_cast<double>(n));
        // every residual in the bin the histogram put it in
        const double low = *std::min_element(residuals.begin(), residuals.end());
        QCOMPARE(view.binStart(), low);
        std::vector<double> counts(static_cast<size_t>(view.binCounts().size()), 0);
        for (double e : residuals)
            ++counts[static_cast<size_t>(std::clamp(static_cast<int>((e - low) / view.binWidth()),
                                                    0, static_cast<int>(counts.size()) - 1))];
        for (size_t b = 0; b < counts.size(); ++b)
            QCOMPARE(view.binCounts()[static_cast<qsizetype>(b)], counts[b]);
    }

private:
    static constexpr int kSamples = 3000;
    QTemporaryDir m_dir;
    disteval::ResultFile m_result;
    Truth m_truth;
    QString m_path;
};

QTEST_MAIN(TestSamples)
#include "tst_samples.moc"
