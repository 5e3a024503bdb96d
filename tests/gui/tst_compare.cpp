// The Compare view and the comparison exports: exactly the file's numbers in the table,
// the ΔF1 bars and error bars and the matrices; history pairing against core's
// compareRuns; refused and unpaired comparisons explained.
#include "common/comparisontext.h"
#include "common/resultformat.h"
#include "compare/compareview.h"
#include "compare/historycomparison.h"
#include "comparisonfixtures.h"
#include "export/comparisonexport.h"
#include "export/csvexporter.h"
#include "export/reportwriter.h"
#include "export/resultexport.h"
#include "models/comparisontablemodel.h"
#include "models/tableroles.h"
#include "pdftext.h"
#include "plots/classaxisticker.h"
#include "plots/confusioncolormap.h"
#include "plots/confusiondifferenceplot.h"
#include "plots/confusionmatrixplot.h"
#include "plots/deltaf1plot.h"

#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <memory>

class tst_Compare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tableShowsTheFilesNumbers();
    void barsAndErrorBarsAreTheFilesDeltas();
    void deltaLegendAndErrorBarsDrawnClear();
    void matricesAndDifference();
    void matricesAreWideEnoughForEveryLabel();
    void pairChooserWithThreeModels();
    void resultWithoutComparisons();
    void pairedHistoryRunsMatchCompareRuns();
    void differentDataIsRefused();
    void runsWithoutSidecarsAreUnpaired();
    void csvExport();
    void pdfExport();
    void resultExportsCarryComparisons();
    void fewSamplesSayWhy();

private:
    std::shared_ptr<const disteval::ResultFile> threeModels();

    QTemporaryDir m_dir;
    QString m_threeModels;
};

namespace {
bool excludesZero(const disteval::DeltaValue &d)
{
    return d.ci.defined() && (d.ci.lower > 0 || d.ci.upper < 0);
}

struct Bar
{
    double value = 0;
    double minus = 0;
    double plus = 0;
    QCPBars *set = nullptr;
};

// Every bar of the plot by key, with its error bar.
std::map<int, Bar> barsOf(DeltaF1Plot *plot)
{
    std::map<int, Bar> bars;
    for (QCPBars *set : {plot->betterBars(), plot->worseBars(), plot->neutralBars()}) {
        QCPErrorBars *errors = plot->errorBarsOf(set);
        int i = 0;
        for (auto it = set->data()->constBegin(); it != set->data()->constEnd(); ++it, ++i) {
            const QCPErrorBarsData e = errors->data()->at(i);
            bars[static_cast<int>(it->key)] = {it->value, e.errorMinus, e.errorPlus, set};
        }
    }
    return bars;
}

SyntheticRun oneModel(const std::string &path, int wrongEvery, int shift, bool sidecar)
{
    SyntheticRun run;
    run.models = {{path, wrongEvery, shift}};
    run.sidecar = sidecar;
    return run;
}
} // namespace

void tst_Compare::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SyntheticRun run;
    run.models = {{"/m/early.pt", 4, 0}, {"/m/full.pt", 9, 1}, {"/m/same-as-early.pt", 4, 0}};
    run.classes = 5;
    m_threeModels = writeSyntheticRun(m_dir.path(), QStringLiteral("three"), run);
}

std::shared_ptr<const disteval::ResultFile> tst_Compare::threeModels()
{
    return std::make_shared<const disteval::ResultFile>(
            disteval::readResultFile(m_threeModels.toStdString()));
}

void tst_Compare::tableShowsTheFilesNumbers()
{
    CompareView view(nullptr);
    const auto result = threeModels();
    QVERIFY(view.setResult(result, QStringLiteral("three.json")));
    QVERIFY(view.isPaired());
    QCOMPARE(view.pairCount(), 3);
    const double confidence = result->statistics.confidence;
    for (int p = 0; p < view.pairCount(); ++p) {
        view.setPair(p);
        const disteval::PairedComparison &c = result->comparisons[static_cast<size_t>(p)];
        QCOMPARE(view.modelA(), c.a);
        QCOMPARE(view.modelB(), c.b);
        const QAbstractItemModel *table = view.table()->model();
        QCOMPARE(table->rowCount(), static_cast<int>(disteval::comparedMetricNames().size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            const std::string name = disteval::comparedMetricNames()[static_cast<size_t>(row)];
            QCOMPARE(table->index(row, ComparisonTableModel::MetricColumn)
                             .data(ValueRole)
                             .toString(),
                     QString::fromStdString(name));
            const disteval::MetricValue *a = result->models[c.a].metric(name);
            const disteval::MetricValue *b = result->models[c.b].metric(name);
            QCOMPARE(table->index(row, ComparisonTableModel::AColumn).data(ValueRole).toDouble(),
                     a->value);
            QCOMPARE(table->index(row, ComparisonTableModel::AColumn).data().toString(),
                     ResultFormat::number(a->value) + QLatin1Char('\n')
                             + ResultFormat::interval(a->ci));
            QCOMPARE(table->index(row, ComparisonTableModel::BColumn).data().toString(),
                     ResultFormat::number(b->value) + QLatin1Char('\n')
                             + ResultFormat::interval(b->ci));
            const disteval::DeltaValue *d = c.deltaOf(name);
            QVERIFY(d);
            QCOMPARE(
                    table->index(row, ComparisonTableModel::DeltaColumn).data(ValueRole).toDouble(),
                    d->value);
            QCOMPARE(table->index(row, ComparisonTableModel::DeltaColumn).data().toString(),
                     ComparisonText::signedNumber(d->value));
            QCOMPARE(table->index(row, ComparisonTableModel::IntervalColumn).data().toString(),
                     ResultFormat::interval(d->ci));
            if (d->ci.defined()) {
                QCOMPARE(table->index(row, ComparisonTableModel::IntervalColumn)
                                 .data(ValueRole)
                                 .toDouble(),
                         d->ci.lower);
                QCOMPARE(table->index(row, ComparisonTableModel::IntervalColumn)
                                 .data(UpperRole)
                                 .toDouble(),
                         d->ci.upper);
            }
            const bool accuracy = name == "accuracy";
            if (accuracy) {
                QCOMPARE(table->index(row, ComparisonTableModel::PExactColumn)
                                 .data(ValueRole)
                                 .toDouble(),
                         c.mcnemar.pExact);
                QCOMPARE(table->index(row, ComparisonTableModel::PMidColumn)
                                 .data(ValueRole)
                                 .toDouble(),
                         c.mcnemar.pMid);
                QCOMPARE(table->index(row, ComparisonTableModel::PExactColumn).data().toString(),
                         ComparisonText::pValue(c.mcnemar.pExact));
            } else {
                QVERIFY(table->index(row, ComparisonTableModel::PExactColumn)
                                .data()
                                .toString()
                                .isEmpty());
            }
            // The rule, independently: interval excludes 0, or (accuracy) p < 1 - c.
            const bool significant
                    = excludesZero(*d) || (accuracy && c.mcnemar.pExact < 1 - confidence);
            QCOMPARE(table->index(row, ComparisonTableModel::SignificanceColumn)
                             .data(ValueRole)
                             .toBool(),
                     significant);
            // A compact marker in the cell, the reasons in its tooltip.
            const QString marker = table->index(row, ComparisonTableModel::SignificanceColumn)
                                           .data(Qt::ToolTipRole)
                                           .toString();
            QCOMPARE(marker.startsWith(QStringLiteral("Yes")), significant);
            const QString expected = !significant   ? QStringLiteral("No")
                                     : d->value > 0 ? QStringLiteral("▲ B better")
                                                    : QStringLiteral("▼ A better");
            QCOMPARE(table->index(row, ComparisonTableModel::SignificanceColumn).data().toString(),
                     expected);
            if (significant && excludesZero(*d))
                QVERIFY(marker.contains(QStringLiteral("interval excludes 0")));
        }
        QVERIFY(view.mcnemarLabel()->isVisible() || !view.isVisible());
        QVERIFY(view.mcnemarLabel()->text().contains(ResultFormat::count(c.mcnemar.b01)));
    }
    // Early vs full differs clearly; early vs its twin not at all.
    view.setPair(0);
    QVERIFY(view.table()
                    ->model()
                    ->index(0, ComparisonTableModel::SignificanceColumn)
                    .data(ValueRole)
                    .toBool());
    view.setPair(1);
    QCOMPARE(view.comparison()->mcnemar.pExact, 1.0);
    QCOMPARE(view.table()
                     ->model()
                     ->index(0, ComparisonTableModel::SignificanceColumn)
                     .data()
                     .toString(),
             QStringLiteral("No"));
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("significanceLegend"))
                    ->text()
                    .contains(QStringLiteral("interval of Δ excludes 0")));
}

void tst_Compare::barsAndErrorBarsAreTheFilesDeltas()
{
    CompareView view(nullptr);
    const auto result = threeModels();
    QVERIFY(view.setResult(result, QStringLiteral("three.json")));
    view.setPair(0);
    const disteval::PairedComparison &c = result->comparisons[0];
    DeltaF1Plot *plot = view.deltaPlot();
    const QVector<int> order = plot->order();
    QCOMPARE(order.size(), result->dataset.numClasses);
    const std::map<int, Bar> bars = barsOf(plot);
    QCOMPARE(static_cast<int>(bars.size()), result->dataset.numClasses);
    double previous = std::numeric_limits<double>::infinity();
    for (int k = 0; k < order.size(); ++k) {
        const disteval::DeltaValue &d = c.perClassDeltaF1[static_cast<size_t>(order[k])];
        const Bar &bar = bars.at(k);
        QCOMPARE(bar.value, d.value);                // bar height
        QCOMPARE(bar.value - bar.minus, d.ci.lower); // error-bar extents
        QCOMPARE(bar.value + bar.plus, d.ci.upper);
        QVERIFY(d.value <= previous); // sorted by effect
        previous = d.value;
        QCPBars *expected = !excludesZero(d) ? plot->neutralBars()
                            : d.value > 0    ? plot->betterBars()
                                             : plot->worseBars();
        QCOMPARE(bar.set, expected);
    }
    QVERIFY(plot->toolTipText(0).contains(
            ResultFormat::number(c.perClassDeltaF1[static_cast<size_t>(order[0])].value)));
}

// The legend has a row of its own above the bars, and each interval is one line through
// the bar's end (QCPErrorBars draws two ticks with a gap at the value otherwise).
void tst_Compare::deltaLegendAndErrorBarsDrawnClear()
{
    CompareView view(nullptr);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setResult(threeModels(), QStringLiteral("three.json"));
    view.tabs()->setCurrentIndex(1);
    DeltaF1Plot *plot = view.deltaPlot();
    plot->replot();
    QVERIFY(plot->legend->visible());
    QVERIFY(plot->legend->layout() != plot->axisRect()->insetLayout());
    QVERIFY2(!plot->legend->outerRect().intersects(plot->axisRect()->rect()),
             "the legend covers the bars");
    for (QCPBars *bars : {plot->betterBars(), plot->worseBars(), plot->neutralBars()})
        QCOMPARE(plot->errorBarsOf(bars)->symbolGap(), 0.0);
}

void tst_Compare::matricesAreWideEnoughForEveryLabel()
{
    SyntheticRun run;
    run.models = {{"/m/early.pt", 4, 0}, {"/m/full.pt", 9, 1}};
    run.classes = 10;
    run.classNames = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                      "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    const auto result = std::make_shared<const disteval::ResultFile>(disteval::readResultFile(
            writeSyntheticRun(m_dir.path(), QStringLiteral("ten"), run).toStdString()));
    CompareView view(nullptr);
    view.resize(1000, 700); // the Compare tab of a window on a 1366 × 768 screen
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setResult(result, QStringLiteral("ten.json"));
    view.tabs()->setCurrentIndex(2);
    for (ConfusionMatrixPlot *plot : {view.matrixA(), view.matrixB()}) {
        plot->replot();
        const QRect cells = plot->axisRect()->rect();
        QVERIFY2(cells.width() >= 0.6 * cells.height(),
                 qPrintable(QStringLiteral("%1 x %2").arg(cells.width()).arg(cells.height())));
        // Every class name on both axes.
        QVERIFY2(plot->xTicker()->maxLabels() >= 10,
                 qPrintable(QString::number(plot->xTicker()->maxLabels())));
        QVERIFY(plot->yTicker()->maxLabels() >= 10);
    }
}

void tst_Compare::matricesAndDifference()
{
    CompareView view(nullptr);
    const auto result = threeModels();
    view.setResult(result, QStringLiteral("three.json"));
    view.setPair(0);
    const disteval::ModelResult &a = result->models[0];
    const disteval::ModelResult &b = result->models[1];
    QCOMPARE(view.matrixA()->matrix().counts(), a.confusion.counts());
    QCOMPARE(view.matrixB()->matrix().counts(), b.confusion.counts());
    ConfusionDifferencePlot *difference = view.differencePlot();
    QCOMPARE(difference->numClasses(), result->dataset.numClasses);
    int64_t maxAbs = 0;
    for (int t = 0; t < difference->numClasses(); ++t)
        for (int p = 0; p < difference->numClasses(); ++p) {
            QCOMPARE(difference->difference(t, p), b.confusion.at(t, p) - a.confusion.at(t, p));
            QCOMPARE(difference->colorMap()->data()->cell(p, t),
                     static_cast<double>(b.confusion.at(t, p) - a.confusion.at(t, p)));
            maxAbs = std::max<int64_t>(maxAbs, std::abs(difference->difference(t, p)));
        }
    // Symmetric around zero: white means no change.
    QCOMPARE(difference->colorMap()->dataRange().lower, -static_cast<double>(maxAbs));
    QCOMPARE(difference->colorMap()->dataRange().upper, static_cast<double>(maxAbs));
}

void tst_Compare::pairChooserWithThreeModels()
{
    CompareView view(nullptr);
    view.show();
    view.setResult(threeModels(), QStringLiteral("three.json"));
    QVERIFY(view.pairChoiceShown());
    QCOMPARE(view.pairChooser()->count(), 3);
    QVERIFY(view.pairChooser()->itemText(2).contains(QStringLiteral("full.pt")));
    view.pairChooser()->setCurrentIndex(2);
    QCOMPARE(view.modelA(), 1);
    QCOMPARE(view.modelB(), 2);
    QVERIFY(view.table()
                    ->model()
                    ->headerData(ComparisonTableModel::AColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("full.pt")));

    // Two models: nothing to choose.
    SyntheticRun run;
    run.models = {{"/m/a.pt", 4, 0}, {"/m/b.pt", 6, 0}};
    CompareView two(nullptr);
    two.show();
    two.setResult(
            std::make_shared<const disteval::ResultFile>(disteval::readResultFile(
                    writeSyntheticRun(m_dir.path(), QStringLiteral("two"), run).toStdString())),
            QStringLiteral("two.json"));
    QVERIFY(!two.pairChoiceShown());
}

void tst_Compare::resultWithoutComparisons()
{
    CompareView view(nullptr);
    const QString path = writeSyntheticRun(m_dir.path(), QStringLiteral("single"),
                                           oneModel("/m/a.pt", 4, 0, false));
    QVERIFY(!view.setResult(std::make_shared<const disteval::ResultFile>(
                                    disteval::readResultFile(path.toStdString())),
                            QStringLiteral("single.json")));
    QVERIFY(!view.hasComparison());
    QVERIFY(!view.exportAction()->isEnabled());
}

void tst_Compare::pairedHistoryRunsMatchCompareRuns()
{
    const QString a = writeSyntheticRun(m_dir.path(), QStringLiteral("run-a"),
                                        oneModel("/m/early.pt", 4, 0, true));
    const QString b = writeSyntheticRun(m_dir.path(), QStringLiteral("run-b"),
                                        oneModel("/m/full.pt", 9, 2, true));
    const HistoryComparison::Outcome outcome
            = HistoryComparison::compare(a, b, QStringLiteral("early"), QStringLiteral("full"));
    QCOMPARE(outcome.kind, HistoryComparison::Kind::Paired);
    QVERIFY(outcome.result);
    QCOMPARE(outcome.modelsOfA, 1);
    QCOMPARE(outcome.result->models.size(), size_t(2));
    QCOMPARE(outcome.result->comparisons.size(), size_t(1));

    // Core, directly, with run A's settings.
    const disteval::ResultFile ra = disteval::readResultFile(a.toStdString());
    disteval::BootstrapSettings settings;
    settings.replicates = ra.statistics.bootstrapReplicates;
    settings.confidence = ra.statistics.confidence;
    settings.seed = ra.statistics.seed;
    int64_t excluded = -1;
    const disteval::PairedComparison expected = disteval::compareRuns(
            disteval::readPredictionsFile(
                    QString(m_dir.filePath(QStringLiteral("run-a.predictions.bin"))).toStdString()),
            0,
            disteval::readPredictionsFile(
                    QString(m_dir.filePath(QStringLiteral("run-b.predictions.bin"))).toStdString()),
            0, settings, &excluded);
    QCOMPARE(excluded, int64_t(0));
    const disteval::PairedComparison &got = outcome.result->comparisons[0];
    QCOMPARE(got.a, 0);
    QCOMPARE(got.b, 1);
    QCOMPARE(got.mcnemar.b01, expected.mcnemar.b01);
    QCOMPARE(got.mcnemar.b10, expected.mcnemar.b10);
    QCOMPARE(got.mcnemar.pExact, expected.mcnemar.pExact);
    QCOMPARE(got.mcnemar.pMid, expected.mcnemar.pMid);
    QCOMPARE(got.delta.size(), expected.delta.size());
    for (size_t i = 0; i < got.delta.size(); ++i) {
        QCOMPARE(got.delta[i].first, expected.delta[i].first);
        QCOMPARE(got.delta[i].second.value, expected.delta[i].second.value);
        QCOMPARE(got.delta[i].second.ci.lower, expected.delta[i].second.ci.lower);
        QCOMPARE(got.delta[i].second.ci.upper, expected.delta[i].second.ci.upper);
    }
    for (size_t k = 0; k < got.perClassDeltaF1.size(); ++k)
        QCOMPARE(got.perClassDeltaF1[k].value, expected.perClassDeltaF1[k].value);

    // And the view shows those numbers, paired, labelled by the runs' names.
    CompareView view(nullptr);
    view.setOutcome(outcome, QStringLiteral("early"), QStringLiteral("full"));
    QVERIFY(view.isPaired());
    QVERIFY(view.noticeLabel()->text().isEmpty());
    QCOMPARE(view.table()
                     ->model()
                     ->index(0, ComparisonTableModel::DeltaColumn)
                     .data(ValueRole)
                     .toDouble(),
             expected.deltaOf("accuracy")->value);
    QCOMPARE(view.table()
                     ->model()
                     ->index(0, ComparisonTableModel::PExactColumn)
                     .data(ValueRole)
                     .toDouble(),
             expected.mcnemar.pExact);
    QVERIFY(view.table()
                    ->model()
                    ->headerData(ComparisonTableModel::AColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("early")));
}

void tst_Compare::differentDataIsRefused()
{
    SyntheticRun other = oneModel("/m/full.pt", 9, 2, true);
    other.fingerprint = "fingerprint-of-other-data";
    other.dataPath = "/data/other.idx";
    const QString a = writeSyntheticRun(m_dir.path(), QStringLiteral("data-a"),
                                        oneModel("/m/early.pt", 4, 0, true));
    const QString b = writeSyntheticRun(m_dir.path(), QStringLiteral("data-b"), other);
    const HistoryComparison::Outcome outcome
            = HistoryComparison::compare(a, b, QStringLiteral("early"), QStringLiteral("other"));
    QCOMPARE(outcome.kind, HistoryComparison::Kind::Refused);
    QVERIFY2(outcome.message.contains(QStringLiteral("different fingerprints")),
             qPrintable(outcome.message));

    CompareView view(nullptr);
    view.show();
    view.setOutcome(outcome, QStringLiteral("early"), QStringLiteral("other"));
    QVERIFY(!view.hasComparison());
    QVERIFY(view.noticeLabel()->isVisible());
    QVERIFY(view.noticeLabel()->text().contains(QStringLiteral("cannot be compared")));
    QVERIFY(view.noticeLabel()->text().contains(outcome.message));
    QCOMPARE(view.table()->model()->rowCount(), 0);
    // No empty table (once headed "1 2 ... 8") where nothing was compared.
    QVERIFY(!view.tabs()->isVisible());
    QVERIFY(!view.table()->isVisible());

    // A different number of samples is refused too, with its own reason.
    SyntheticRun shorter = oneModel("/m/full.pt", 9, 2, true);
    shorter.samples = 400;
    const QString c = writeSyntheticRun(m_dir.path(), QStringLiteral("data-c"), shorter);
    const HistoryComparison::Outcome samples
            = HistoryComparison::compare(a, c, QStringLiteral("a"), QStringLiteral("c"));
    QCOMPARE(samples.kind, HistoryComparison::Kind::Refused);
    QVERIFY2(samples.message.contains(QStringLiteral("numbers of samples")),
             qPrintable(samples.message));
}

void tst_Compare::runsWithoutSidecarsAreUnpaired()
{
    const QString a = writeSyntheticRun(m_dir.path(), QStringLiteral("plain-a"),
                                        oneModel("/m/early.pt", 4, 0, false));
    const QString b = writeSyntheticRun(m_dir.path(), QStringLiteral("plain-b"),
                                        oneModel("/m/full.pt", 9, 2, true));
    const HistoryComparison::Outcome outcome
            = HistoryComparison::compare(a, b, QStringLiteral("early"), QStringLiteral("full"));
    QCOMPARE(outcome.kind, HistoryComparison::Kind::Unpaired);
    QVERIFY(outcome.message.contains(QStringLiteral("\"early\"")));
    QVERIFY(outcome.result->comparisons.empty());

    CompareView view(nullptr);
    view.show();
    view.setOutcome(outcome, QStringLiteral("early"), QStringLiteral("full"));
    QVERIFY(view.hasComparison());
    QVERIFY(!view.isPaired());
    QVERIFY(view.noticeLabel()->isVisible());
    QVERIFY(view.noticeLabel()->text().startsWith(QStringLiteral("Unpaired comparison.")));
    QVERIFY(!view.mcnemarLabel()->isVisible());
    // Each run's own values and intervals; no paired interval, no test.
    const disteval::MetricValue *accuracyA = outcome.result->models[0].metric("accuracy");
    const disteval::MetricValue *accuracyB = outcome.result->models[1].metric("accuracy");
    QCOMPARE(view.table()->model()->index(0, ComparisonTableModel::AColumn).data().toString(),
             ComparisonTableModel::valueText(*accuracyA));
    QCOMPARE(view.table()->model()->index(0, ComparisonTableModel::BColumn).data().toString(),
             ComparisonTableModel::valueText(*accuracyB));
    QCOMPARE(view.table()
                     ->model()
                     ->index(0, ComparisonTableModel::DeltaColumn)
                     .data(ValueRole)
                     .toDouble(),
             accuracyB->value - accuracyA->value);
    QCOMPARE(
            view.table()->model()->index(0, ComparisonTableModel::IntervalColumn).data().toString(),
            QStringLiteral("—"));
    QCOMPARE(view.table()
                     ->model()
                     ->index(0, ComparisonTableModel::SignificanceColumn)
                     .data()
                     .toString(),
             QStringLiteral("not tested (unpaired)"));
    QVERIFY(!view.tabs()->isTabEnabled(1)); // no ΔF1 chart without paired intervals
}

void tst_Compare::csvExport()
{
    const auto result = threeModels();
    CompareView view(nullptr);
    view.setResult(result, QStringLiteral("three.json"));
    view.setPair(0);
    const QString target = m_dir.filePath(QStringLiteral("cmp.csv"));
    QStringList written;
    QString error;
    QVERIFY2(view.exportTo(target, &written, &error), qPrintable(error));
    QCOMPARE(written, ComparisonExport::csvPaths(target));
    QFile summary(written[0]);
    QVERIFY(summary.open(QIODevice::ReadOnly));
    const QStringList lines
            = QString::fromUtf8(summary.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + static_cast<int>(disteval::comparedMetricNames().size()));
    const QStringList header = lines[0].split(QLatin1Char(','));
    const QStringList accuracy = lines[1].split(QLatin1Char(','));
    const disteval::PairedComparison &c = result->comparisons[0];
    auto field = [&](const char *name) {
        return accuracy.value(header.indexOf(QLatin1String(name)));
    };
    QCOMPARE(field("metric"), QStringLiteral("accuracy"));
    QCOMPARE(field("delta"), CsvExporter::number(c.deltaOf("accuracy")->value));
    QCOMPARE(field("delta_ci_lower"), CsvExporter::number(c.deltaOf("accuracy")->ci.lower));
    QCOMPARE(field("p_exact"), CsvExporter::number(c.mcnemar.pExact));
    QCOMPARE(field("b01"), QString::number(c.mcnemar.b01));
    QCOMPARE(field("paired"), QStringLiteral("true"));
    QCOMPARE(field("delta").toDouble(), c.deltaOf("accuracy")->value); // round trip

    QFile perClass(written[1]);
    QVERIFY(perClass.open(QIODevice::ReadOnly));
    const QStringList rows
            = QString::fromUtf8(perClass.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + result->dataset.numClasses);
    const QStringList first = rows[1].split(QLatin1Char(','));
    QCOMPARE(first[2], QStringLiteral("0"));
    QCOMPARE(first[6], CsvExporter::number(c.perClassDeltaF1[0].value));
}

void tst_Compare::pdfExport()
{
    CompareView view(nullptr);
    view.setResult(threeModels(), QStringLiteral("three.json"));
    const QString target = m_dir.filePath(QStringLiteral("cmp.pdf"));
    QStringList written;
    QString error;
    QVERIFY2(view.exportTo(target, &written, &error), qPrintable(error));
    QCOMPARE(written, QStringList{target});
    QFile pdf(target);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5).startsWith("%PDF"));
    QVERIFY(pdf.size() > 5000);
    // Every cell is whole: no text cut to "…", every interval on its line, the metric
    // names and the verdicts complete.
    const QString text = pdfText(target);
    QVERIFY2(!text.contains(QStringLiteral("…")), qPrintable(text));
    for (const QString &e :
         {QStringLiteral("Matthews correlation"), QStringLiteral("95% interval of Δ"),
          QStringLiteral("Significant at 5%"), QStringLiteral("Yes, B better"),
          QStringLiteral("interval excludes 0)"), QStringLiteral("Balanced accuracy")})
        QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing: ") + e));
    const disteval::PairedComparison *c = view.comparison();
    for (const auto &[name, delta] : c->delta)
        QVERIFY2(text.contains(ResultFormat::interval(delta.ci)),
                 qPrintable(ResultFormat::interval(delta.ci)));
    QVERIFY(!view.exportTo(m_dir.filePath(QStringLiteral("cmp.txt")), &written, &error));
    QVERIFY(error.contains(QStringLiteral(".pdf or .csv")));
}

void tst_Compare::resultExportsCarryComparisons()
{
    // The whole-result exports (ResultExport) add the comparison tables of a multi-model
    // result next to their own.
    const auto result = threeModels();
    const QString target = m_dir.filePath(QStringLiteral("report.csv"));
    const QStringList targets = ResultExport::targets(target, *result);
    for (const QString &path : ComparisonExport::csvPaths(target))
        QVERIFY2(targets.contains(path), qPrintable(path));
    QStringList written;
    QString error;
    QVERIFY2(ResultExport::write(*result, m_threeModels, target, &written, &error),
             qPrintable(error));
    QFile summary(ComparisonExport::csvPaths(target)[0]);
    QVERIFY(summary.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(summary.readAll());
    // Three pairs of eight metrics.
    QCOMPARE(text.count(QLatin1Char('\n')),
             1 + 3 * static_cast<int>(disteval::comparedMetricNames().size()));

    // The PDF report gets a comparison section per pair (at least a page each).
    int with = 0;
    int without = 0;
    QVERIFY2(ReportWriter::writePdf(*result, m_threeModels,
                                    m_dir.filePath(QStringLiteral("r1.pdf")), &error, &with),
             qPrintable(error));
    disteval::ResultFile plain = *result;
    plain.comparisons.clear();
    QVERIFY2(ReportWriter::writePdf(plain, m_threeModels, m_dir.filePath(QStringLiteral("r2.pdf")),
                                    &error, &without),
             qPrintable(error));
    QVERIFY2(with >= without + 3, qPrintable(QStringLiteral("%1 %2").arg(with).arg(without)));
}

// 150 paired samples: the bootstrap intervals of the differences are withheld with the
// engine's reason, the accuracy's Bonett–Price interval stays; the Compare tab's model,
// its notes, the ΔF1 caption and tooltip, the CSV and the PDF all say so, for a run's own
// comparison and for two history runs compared afterwards.
void tst_Compare::fewSamplesSayWhy()
{
    const QString reason = QStringLiteral(
            "only 150 samples (fewer than 300): the paired bootstrap would not be reliable");
    const SyntheticRun run = fewSamplesRun();
    const auto result = std::make_shared<const disteval::ResultFile>(disteval::readResultFile(
            writeSyntheticRun(m_dir.path(), QStringLiteral("few"), run).toStdString()));
    CompareView view(nullptr);
    view.setResult(result, QStringLiteral("few.json"));
    auto check = [&](const QAbstractItemModel *table) {
        QCOMPARE(table->index(0, ComparisonTableModel::MethodColumn).data().toString(),
                 QStringLiteral("Bonett–Price"));
        QVERIFY(!table->index(0, ComparisonTableModel::IntervalColumn).data(ReasonRole).isValid());
        for (int row = 1; row < table->rowCount(); ++row) {
            const QModelIndex interval = table->index(row, ComparisonTableModel::IntervalColumn);
            QCOMPARE(interval.data().toString(), QStringLiteral("n/a"));
            QCOMPARE(interval.data(ReasonRole).toString(), reason);
            QCOMPARE(interval.data(Qt::ToolTipRole).toString(),
                     QStringLiteral("No interval: ") + reason);
            QCOMPARE(table->index(row, ComparisonTableModel::MethodColumn).data().toString(),
                     QStringLiteral("none"));
        }
    };
    check(view.table()->model());
    const QLabel *legend = view.findChild<QLabel *>(QStringLiteral("significanceLegend"));
    QVERIFY(legend);
    QVERIFY2(legend->text().contains(QStringLiteral("): ") + reason), qPrintable(legend->text()));
    const QLabel *caption = view.findChild<QLabel *>(QStringLiteral("deltaF1Caption"));
    QVERIFY(caption);
    QVERIFY2(caption->text().contains(QStringLiteral("no class has a paired interval"))
                     && caption->text().contains(QStringLiteral("(ΔF1): ") + reason),
             qPrintable(caption->text()));
    DeltaF1Plot *plot = view.findChild<DeltaF1Plot *>();
    QVERIFY(plot);
    QVERIFY2(plot->toolTipText(0).endsWith(QStringLiteral("No interval: ") + reason),
             qPrintable(plot->toolTipText(0)));

    // CSV: the reason and the method of each difference.
    const QString target = m_dir.filePath(QStringLiteral("few.csv"));
    QStringList written;
    QString error;
    QVERIFY2(view.exportTo(target, &written, &error), qPrintable(error));
    QFile summary(written[0]);
    QVERIFY(summary.open(QIODevice::ReadOnly));
    const QStringList lines
            = QString::fromUtf8(summary.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines[0].split(QLatin1Char(','));
    QCOMPARE(header.mid(header.size() - 4),
             (QStringList{QStringLiteral("a_ci_reason"), QStringLiteral("b_ci_reason"),
                          QStringLiteral("delta_method"), QStringLiteral("delta_ci_reason")}));
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList row = lines[i].split(QLatin1Char(','));
        QCOMPARE(row.size(), header.size());
        const bool accuracy = row[2] == QLatin1String("accuracy");
        QCOMPARE(row[header.indexOf(QStringLiteral("delta_method"))],
                 accuracy ? QStringLiteral("bonett-price") : QString());
        QCOMPARE(row[header.indexOf(QStringLiteral("delta_ci_reason"))],
                 accuracy ? QString() : reason);
        QCOMPARE(row[header.indexOf(QStringLiteral("delta_ci_lower"))].isEmpty(), !accuracy);
    }
    QFile perClass(written[1]);
    QVERIFY(perClass.open(QIODevice::ReadOnly));
    const QStringList rows
            = QString::fromUtf8(perClass.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(rows[0].endsWith(QStringLiteral(",method,ci_reason")));
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY2(rows[i].endsWith(QStringLiteral(",,") + reason), qPrintable(rows[i]));

    // PDF: the notes under both tables, the method below the interval.
    const QString pdf = m_dir.filePath(QStringLiteral("few.pdf"));
    QVERIFY2(view.exportTo(pdf, &written, &error), qPrintable(error));
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("Bonett–Price")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("No interval for Balanced accuracy, Macro F1")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("(Δ): ") + reason), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("No interval for class 0, class 1, class 2 (ΔF1): ")
                           + reason),
             qPrintable(text));
    if (!qEnvironmentVariableIsEmpty("DISTEVAL_KEEP_TEST_PDF"))
        QFile::copy(pdf, qEnvironmentVariable("DISTEVAL_KEEP_TEST_PDF"));

    // Two history runs of 150 samples, paired afterwards: the same reasons.
    SyntheticRun early = run;
    early.models = {run.models[0]};
    early.sidecar = true;
    SyntheticRun full = early;
    full.models = {run.models[1]};
    const HistoryComparison::Outcome outcome = HistoryComparison::compare(
            writeSyntheticRun(m_dir.path(), QStringLiteral("few-a"), early),
            writeSyntheticRun(m_dir.path(), QStringLiteral("few-b"), full), QStringLiteral("a"),
            QStringLiteral("b"));
    QCOMPARE(outcome.kind, HistoryComparison::Kind::Paired);
    CompareView history(nullptr);
    history.setOutcome(outcome, QStringLiteral("a"), QStringLiteral("b"));
    check(history.table()->model());
}

QTEST_MAIN(tst_Compare)
#include "tst_compare.moc"
