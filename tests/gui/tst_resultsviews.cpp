// The results views show exactly the file's numbers: heatmap cells (counts and
// shares), per-class bar heights and error-bar extents, calibration bars, the summary's
// configuration, ranks and coverage line; and they stay usable at 1000 classes. An
// interval the engine withheld shows "n/a" with its reason, and draws no error bar.
#include "common/metricnames.h"
#include "common/resultformat.h"
#include "models/rankstablemodel.h"
#include "models/tableroles.h"
#include "plots/calibrationplot.h"
#include "plots/classaxisticker.h"
#include "plots/confusioncolormap.h"
#include "plots/confusionmatrixplot.h"
#include "plots/perclassplot.h"
#include "results/calibrationview.h"
#include "results/confusionmatrixview.h"
#include "results/perclassview.h"
#include "results/resultsummaryview.h"
#include "results/resultsview.h"
#include "syntheticresult.h"

#include "result/resultfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>

namespace {
const char *kDemo = DISTEVAL_GUI_TEST_DATA "/fashion-mnist-demo.json";

// The file read independently of the core reader.
QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

double jsonNumber(const QJsonValue &v)
{
    return v.isNull() ? std::nan("") : v.toDouble();
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) <= 1e-12 * qMax(1.0, std::abs(b));
}
} // namespace

class tst_ResultsViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void confusionCellsAreTheFileCounts_data();
    void confusionCellsAreTheFileCounts();
    void confusionSharesAndLogScale();
    void confusionToolTipAndCellText();
    void perClassBarsAndErrorBars_data();
    void perClassBarsAndErrorBars();
    void perClassSortingAndWorstN();
    void calibrationBarsAreTheFileBins();
    void summaryConfigurationRanksAndCoverage();
    void coverageProblemIsShown();
    void ranksOnSeveralHosts();
    void thousandClassesStayReadable();
    void unreadableFileIsExplained();
    void withheldIntervalsInTheSummary();
    void noErrorBarWithoutAnInterval();

private:
    QTemporaryDir m_dir;
    QString m_large;
    QJsonObject m_demo;
};

void tst_ResultsViews::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_demo = readJson(QString::fromLatin1(kDemo));
    QCOMPARE(m_demo.value(QStringLiteral("models")).toArray().size(), 2);
    SyntheticResultSpec spec;
    spec.classes = 1000;
    spec.samples = 60000;
    spec.worldSize = 3;
    spec.bootstrapReplicates = 50;
    m_large = m_dir.filePath(QStringLiteral("large.json"));
    std::ofstream(m_large.toStdString()) << disteval::serializeResult(makeSyntheticResult(spec));
}

void tst_ResultsViews::confusionCellsAreTheFileCounts_data()
{
    QTest::addColumn<int>("model");
    QTest::newRow("model 1") << 0;
    QTest::newRow("model 2") << 1;
}

void tst_ResultsViews::confusionCellsAreTheFileCounts()
{
    QFETCH(int, model);
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(QString::fromLatin1(kDemo)));
    view.setModelIndex(model);
    ConfusionMatrixPlot *plot = view.confusionView()->plot();
    const QJsonArray rows
            = m_demo[QStringLiteral("models")][model][QStringLiteral("confusion_matrix")].toArray();
    QCOMPARE(plot->numClasses(), rows.size());
    QCPColorMapData *data = plot->colorMap()->data();
    QCOMPARE(data->keySize(), 10);
    QCOMPARE(data->valueSize(), 10);
    for (int t = 0; t < rows.size(); ++t)
        for (int p = 0; p < rows.size(); ++p)
            QCOMPARE(data->cell(p, t), rows[t].toArray()[p].toDouble());
    // Class names on both axes, in class order.
    const QJsonArray names
            = m_demo[QStringLiteral("dataset")][QStringLiteral("class_names")].toArray();
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(plot->xTicker()->names().at(i), names[i].toString());
        QCOMPARE(plot->yTicker()->names().at(i), names[i].toString());
    }
}

void tst_ResultsViews::confusionSharesAndLogScale()
{
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(QString::fromLatin1(kDemo)));
    ConfusionMatrixView *cmView = view.confusionView();
    ConfusionMatrixPlot *plot = cmView->plot();
    const QJsonArray rows
            = m_demo[QStringLiteral("models")][0][QStringLiteral("confusion_matrix")].toArray();
    auto count = [&](int t, int p) {
        return rows[t].toArray()[p].toDouble();
    };
    double rowSum[10] = {}, columnSum[10] = {};
    for (int t = 0; t < 10; ++t)
        for (int p = 0; p < 10; ++p) {
            rowSum[t] += count(t, p);
            columnSum[p] += count(t, p);
        }

    cmView->normalizationBox()->setCurrentIndex(1); // rows: % of the true class
    QCOMPARE(plot->normalization(), ConfusionMatrixPlot::Normalization::ByTrueClass);
    for (int t = 0; t < 10; ++t)
        for (int p = 0; p < 10; ++p)
            QVERIFY(same(plot->colorMap()->data()->cell(p, t), 100 * count(t, p) / rowSum[t]));
    QCOMPARE(plot->colorMap()->dataRange().upper, 100.0);

    cmView->normalizationBox()->setCurrentIndex(2); // columns: % of the predicted class
    for (int t = 0; t < 10; ++t)
        for (int p = 0; p < 10; ++p)
            QVERIFY(same(plot->colorMap()->data()->cell(p, t), 100 * count(t, p) / columnSum[p]));

    cmView->normalizationBox()->setCurrentIndex(0);
    cmView->logScaleBox()->setChecked(true);
    QCOMPARE(plot->colorMap()->dataScaleType(), QCPAxis::stLogarithmic);
    for (int t = 0; t < 10; ++t)
        for (int p = 0; p < 10; ++p) {
            const double cell = plot->colorMap()->data()->cell(p, t);
            if (count(t, p) == 0)
                QVERIFY(std::isnan(cell)); // no place for zero on a log scale: left white
            else
                QCOMPARE(cell, count(t, p));
        }
    QVERIFY(plot->colorMap()->dataRange().lower > 0);
}

void tst_ResultsViews::confusionToolTipAndCellText()
{
    ResultsView view(nullptr);
    view.resize(1100, 800);
    QVERIFY(view.loadResult(QString::fromLatin1(kDemo)));
    view.tabs()->setCurrentWidget(view.confusionView());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ConfusionMatrixPlot *plot = view.confusionView()->plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QVERIFY(plot->drewCellText()); // 10 classes: the counts fit in the cells
    // Shirt predicted for T-shirt/top: 197 of 1000 true T-shirts, of 1113 predicted shirts.
    const QString tip = plot->toolTipText(0, 6);
    QVERIFY2(tip.contains(QStringLiteral("True class: T-shirt/top")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Predicted class: Shirt")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Count: 197")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("19.70%")), qPrintable(tip));
    double shirts = 0;
    const QJsonArray rows
            = m_demo[QStringLiteral("models")][0][QStringLiteral("confusion_matrix")].toArray();
    for (const QJsonValue &row : rows)
        shirts += row.toArray()[6].toDouble();
    QVERIFY2(tip.contains(QString::number(100 * 197 / shirts, 'f', 2) + QLatin1Char('%')),
             qPrintable(tip));
    // The cell under the centre of cell (true 3, predicted 5) is that cell.
    const QPointF centre(plot->xAxis->coordToPixel(5), plot->yAxis->coordToPixel(3));
    const auto cell = plot->cellAt(centre);
    QVERIFY(cell.has_value());
    QCOMPARE(cell->first, 3);
    QCOMPARE(cell->second, 5);
    QVERIFY(!plot->cellAt(QPointF(1, 1)).has_value());
}

void tst_ResultsViews::perClassBarsAndErrorBars_data()
{
    QTest::addColumn<int>("metricIndex");
    QTest::addColumn<QString>("key");
    QTest::newRow("f1") << 0 << QStringLiteral("f1");
    QTest::newRow("precision") << 1 << QStringLiteral("precision");
    QTest::newRow("recall") << 2 << QStringLiteral("recall");
}

void tst_ResultsViews::perClassBarsAndErrorBars()
{
    QFETCH(int, metricIndex);
    QFETCH(QString, key);
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(QString::fromLatin1(kDemo)));
    view.perClassView()->metricBox()->setCurrentIndex(metricIndex);
    PerClassPlot *plot = view.perClassView()->plot();
    const QJsonArray classes
            = m_demo[QStringLiteral("models")][0][QStringLiteral("per_class")].toArray();
    QCOMPARE(plot->displayedClasses().size(), classes.size());
    QCOMPARE(plot->bars()->data()->size(), classes.size());
    QCOMPARE(plot->errorBars()->data()->size(), classes.size());
    // One line through each bar's end, not two ticks with a gap at the value.
    QCOMPARE(plot->errorBars()->symbolGap(), 0.0);
    for (int i = 0; i < classes.size(); ++i) {
        const QJsonObject metric = classes[plot->displayedClasses()[i]].toObject()[key].toObject();
        const double value = metric[QStringLiteral("value")].toDouble();
        const QJsonArray ci = metric[QStringLiteral("ci")].toArray();
        const QCPBarsData &bar = *(plot->bars()->data()->at(i));
        QCOMPARE(bar.key, double(i));
        QCOMPARE(bar.value, value);
        const QCPErrorBarsData &error = plot->errorBars()->data()->at(i);
        // The error bar spans exactly the file's interval.
        QVERIFY(same(bar.value - error.errorMinus, ci[0].toDouble()));
        QVERIFY(same(bar.value + error.errorPlus, ci[1].toDouble()));
    }
    const QString tip = plot->toolTipText(0);
    QVERIFY2(tip.contains(QStringLiteral("T-shirt/top"))
                     && tip.contains(QStringLiteral("Support: 1,000")),
             qPrintable(tip));
}

void tst_ResultsViews::perClassSortingAndWorstN()
{
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(QString::fromLatin1(kDemo)));
    PerClassView *pc = view.perClassView();
    PerClassPlot *plot = pc->plot();
    pc->sortBox()->setCurrentIndex(1); // by value, ascending
    for (int i = 1; i < plot->bars()->data()->size(); ++i)
        QVERIFY(plot->bars()->data()->at(i - 1)->value <= plot->bars()->data()->at(i)->value);
    pc->subsetBox()->setCurrentIndex(1); // worst N
    pc->subsetCount()->setValue(3);
    QCOMPARE(plot->displayedClasses().size(), 3);
    const QJsonArray classes
            = m_demo[QStringLiteral("models")][0][QStringLiteral("per_class")].toArray();
    QVector<double> f1;
    for (const QJsonValue &c : classes)
        f1 << c[QStringLiteral("f1")][QStringLiteral("value")].toDouble();
    std::sort(f1.begin(), f1.end());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(plot->bars()->data()->at(i)->value, f1[i]);
    pc->subsetBox()->setCurrentIndex(2); // best N
    QCOMPARE(plot->displayedClasses().size(), 3);
    QVERIFY(plot->bars()->data()->at(0)->value >= f1[f1.size() - 3]);
    // The table lists every class with its support.
    QCOMPARE(pc->table()->model()->rowCount(), classes.size());
    QCOMPARE(pc->table()->model()->index(0, 2).data().toString(), QStringLiteral("1,000"));
}

void tst_ResultsViews::calibrationBarsAreTheFileBins()
{
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(QString::fromLatin1(kDemo)));
    CalibrationPlot *plot = view.calibrationView()->plot();
    const QJsonArray bins
            = m_demo[QStringLiteral("models")][0][QStringLiteral("calibration")].toArray();
    QCOMPARE(bins.size(), 15);
    QCOMPARE(plot->countBars()->data()->size(), 15);
    int filled = 0;
    for (int b = 0; b < bins.size(); ++b) {
        const QJsonObject bin = bins[b].toObject();
        QCOMPARE(plot->countBars()->data()->at(b)->value, bin[QStringLiteral("count")].toDouble());
        if (bin[QStringLiteral("count")].toInt() == 0)
            continue;
        const double centre = (bin[QStringLiteral("lower")].toDouble()
                               + bin[QStringLiteral("upper")].toDouble())
                              / 2;
        QVERIFY(same(plot->accuracyBars()->data()->at(filled)->key, centre));
        QCOMPARE(plot->accuracyBars()->data()->at(filled)->value,
                 jsonNumber(bin[QStringLiteral("accuracy")]));
        QCOMPARE(plot->confidenceMarkers()->data()->at(filled)->value,
                 jsonNumber(bin[QStringLiteral("confidence")]));
        ++filled;
    }
    QCOMPARE(plot->accuracyBars()->data()->size(), filled);
    const QJsonObject ece
            = m_demo[QStringLiteral("models")][0][QStringLiteral("metrics")][QStringLiteral("ece")]
                      .toObject();
    QVERIFY2(plot->eceText().contains(
                     QString::number(ece[QStringLiteral("value")].toDouble(), 'f', 4)),
             qPrintable(plot->eceText()));
}

void tst_ResultsViews::summaryConfigurationRanksAndCoverage()
{
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(QString::fromLatin1(kDemo)));
    ResultSummaryView *summary = view.summaryView();
    QStringList config;
    const QAbstractItemModel *configuration = summary->configTable()->model();
    for (int r = 0; r < configuration->rowCount(); ++r)
        config << configuration->index(r, 0).data().toString() + QLatin1Char('=')
                          + configuration->index(r, 1).data().toString();
    const QString sha = m_demo[QStringLiteral("models")][0][QStringLiteral("sha256")].toString();
    QVERIFY(config.contains(QStringLiteral("Model 1: SHA-256=") + sha));
    QVERIFY(config.contains(QStringLiteral("World size=2")));
    QVERIFY(config.contains(QStringLiteral("Devices=cpu")));
    QVERIFY(config.contains(QStringLiteral("Engine version=0.1.0")));
    QVERIFY(config.contains(QStringLiteral("Created=")
                            + m_demo[QStringLiteral("created")].toString()));
    QVERIFY(config.contains(QStringLiteral("Samples=10,000")));

    const QJsonArray ranks = m_demo[QStringLiteral("ranks")].toArray();
    const QAbstractItemModel *table = summary->ranksTable()->model();
    QCOMPARE(table->rowCount(), ranks.size());
    for (int r = 0; r < ranks.size(); ++r) {
        const QJsonObject rank = ranks[r].toObject();
        QCOMPARE(table->index(r, 3).data().toString(),
                 QLocale().toString(rank[QStringLiteral("first")].toInteger()));
        QCOMPARE(table->index(r, 4).data().toString(),
                 QLocale().toString(rank[QStringLiteral("count")].toInteger()));
        const double rate = rank[QStringLiteral("count")].toDouble()
                            / rank[QStringLiteral("seconds")].toDouble();
        QCOMPARE(table->index(r, 6).data().toString(), QLocale().toString(rate, 'f', 1));
    }
    QVERIFY2(summary->coverageText().contains(QStringLiteral("exactly once")),
             qPrintable(summary->coverageText()));
    // Metrics with their intervals, "n/a" never for the demo.
    QCOMPARE(summary->table()->model()->index(0, 0).data().toString(), QStringLiteral("Accuracy"));
    const QJsonObject accuracy = m_demo[QStringLiteral("models")][0][QStringLiteral("metrics")]
                                       [QStringLiteral("accuracy")]
                                               .toObject();
    QCOMPARE(summary->table()->model()->index(0, 1).data().toString(),
             QString::number(accuracy[QStringLiteral("value")].toDouble(), 'f', 4));
}

void tst_ResultsViews::coverageProblemIsShown()
{
    disteval::ResultFile result = disteval::readResultFile(kDemo);
    bool exact = false;
    QString text = RanksTableModel::coverageText(result, &exact);
    QVERIFY(exact);
    result.ranks[1].count -= 1; // one sample never evaluated
    text = RanksTableModel::coverageText(result, &exact);
    QVERIFY(!exact);
    QVERIFY2(text.contains(QStringLiteral("sample 9,999 was not evaluated")), qPrintable(text));
    result.ranks[1].count += 2;
    result.ranks[1].first -= 1; // one sample twice
    text = RanksTableModel::coverageText(result, &exact);
    QVERIFY(!exact);
    QVERIFY2(text.contains(QStringLiteral("overlap")), qPrintable(text));
    const QString twice = ResultFormat::count(result.ranks[1].first);
    QVERIFY2(text.contains(QStringLiteral("sample %1 was evaluated more than once").arg(twice)),
             qPrintable(text));
}

// A result written on several nodes (a cluster run: mpirun --hostfile, srun) names every
// host in the configuration and each rank's host in the ranks table.
void tst_ResultsViews::ranksOnSeveralHosts()
{
    disteval::ResultFile result = disteval::readResultFile(kDemo);
    const int64_t n = result.dataset.numSamples;
    const char *hosts[] = {"node1", "node1", "node2", "node3"};
    result.ranks.clear();
    for (int r = 0; r < 4; ++r) {
        const int64_t first = n * r / 4;
        result.ranks.push_back({r, first, n * (r + 1) / 4 - first, 1.5, hosts[r], "cpu"});
    }
    result.worldSize = 4;
    const QString path = m_dir.filePath(QStringLiteral("cluster.json"));
    std::ofstream(path.toStdString()) << disteval::serializeResult(result);
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(path));
    ResultSummaryView *summary = view.summaryView();
    QStringList config;
    const QAbstractItemModel *configuration = summary->configTable()->model();
    for (int r = 0; r < configuration->rowCount(); ++r)
        config << configuration->index(r, 0).data().toString() + QLatin1Char('=')
                          + configuration->index(r, 1).data().toString();
    QVERIFY2(config.contains(QStringLiteral("Hosts=node1, node2, node3")),
             qPrintable(config.join(QLatin1Char('\n'))));
    QVERIFY(config.contains(QStringLiteral("World size=4")));
    const QAbstractItemModel *ranks = summary->ranksTable()->model();
    QCOMPARE(ranks->rowCount(), 4);
    QCOMPARE(ranks->headerData(RanksTableModel::HostColumn, Qt::Horizontal).toString(),
             QStringLiteral("Host"));
    for (int r = 0; r < 4; ++r)
        QCOMPARE(ranks->index(r, RanksTableModel::HostColumn).data().toString(),
                 QString::fromLatin1(hosts[r]));
    QVERIFY2(summary->coverageText().contains(QStringLiteral("exactly once")),
             qPrintable(summary->coverageText()));
}

void tst_ResultsViews::thousandClassesStayReadable()
{
    ResultsView view(nullptr);
    view.resize(1200, 900);
    QVERIFY(view.loadResult(m_large));
    view.tabs()->setCurrentWidget(view.confusionView());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ConfusionMatrixPlot *plot = view.confusionView()->plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QCOMPARE(plot->colorMap()->data()->keySize(), 1000);
    QVERIFY(!plot->drewCellText()); // cells are about a pixel: no text
    // Labels thinned so that neighbours are at least a text line apart.
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        const QVector<double> ticks = axis->tickVector();
        QVERIFY2(ticks.size() >= 5 && ticks.size() < 100,
                 qPrintable(QString::number(ticks.size())));
        const double lineHeight = QFontMetricsF(axis->tickLabelFont()).height();
        for (int i = 1; i < ticks.size(); ++i)
            QVERIFY(std::abs(axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1]))
                    >= lineHeight);
    }
    // Zoomed in to a 10 x 10 corner, every label shows and the counts fit again.
    plot->xAxis->setRange(-0.5, 9.5);
    plot->yAxis->setRange(-0.5, 9.5);
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QCOMPARE(plot->xAxis->tickVector().size(), 10);
    QVERIFY(plot->drewCellText());
    // Zooming out stops at the whole matrix.
    plot->xAxis->setRange(-500, 1500);
    QCOMPARE(plot->xAxis->range().lower, -0.5);
    QCOMPARE(plot->xAxis->range().upper, 999.5);

    // Per class: a scrolling window of bars, or the worst N.
    view.tabs()->setCurrentWidget(view.perClassView());
    PerClassView *pc = view.perClassView();
    QCOMPARE(pc->plot()->displayedClasses().size(), 1000);
    QVERIFY(pc->plot()->windowSize() < 1000);
    QVERIFY(pc->scrollBar()->isVisible());
    pc->scrollBar()->setValue(500);
    QCOMPARE(pc->plot()->firstVisible(), 500);
    pc->subsetBox()->setCurrentIndex(1);
    pc->subsetCount()->setValue(25);
    QCOMPARE(pc->plot()->displayedClasses().size(), 25);
    QVERIFY(!pc->scrollBar()->isVisible());
}

void tst_ResultsViews::unreadableFileIsExplained()
{
    ResultsView view(nullptr);
    QString error;
    QVERIFY(!view.loadResult(m_dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be opened")), qPrintable(error));
    QVERIFY(!view.exportReportAction()->isEnabled());
    QCOMPARE(view.confusionView()->plot()->numClasses(), 0);
}

// A result (version 2) with a class of 5 samples, opened as a file: the summary's
// metrics model answers "n/a" and the reason, the notes under it say it once per reason
// and what the ECE's interval means; the calibration view says it too.
void tst_ResultsViews::withheldIntervalsInTheSummary()
{
    SyntheticResultSpec spec;
    spec.smallClass = 6;
    spec.smallClassSamples = 5;
    const QString path = m_dir.filePath(QStringLiteral("small-class.json"));
    std::ofstream(path.toStdString()) << disteval::serializeResult(makeSyntheticResult(spec));
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(path));
    const QAbstractItemModel *metrics = view.summaryView()->table()->model();
    const QString reason = QStringLiteral(
            "class 6 (Shirt) has only 5 samples (fewer than 20): the interval of an average over "
            "classes would not be reliable");
    int withheld = 0;
    for (int row = 0; row < metrics->rowCount(); ++row) {
        const QModelIndex interval = metrics->index(row, 2);
        if (interval.data(ReasonRole).toString().isEmpty())
            continue;
        ++withheld;
        QCOMPARE(interval.data().toString(), QStringLiteral("n/a"));
        QCOMPARE(interval.data(ReasonRole).toString(), reason);
        QCOMPARE(interval.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("No interval: ") + reason);
    }
    QCOMPARE(withheld, 4); // balanced accuracy, macro recall, kappa, MCC
    const QString notes = view.summaryView()->notesText();
    QVERIFY2(notes.contains(QStringLiteral("No interval for Balanced accuracy, Macro recall, "
                                           "Cohen's kappa, Matthews correlation: ")
                            + reason),
             qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("ECE: ") + MetricNames::eceIntervalNote()),
             qPrintable(notes));
    view.setModelIndex(0);
    QVERIFY2(view.calibrationView()->noteText().contains(MetricNames::eceIntervalNote()),
             qPrintable(view.calibrationView()->noteText()));
    QVERIFY2(view.calibrationView()->plot()->eceText().contains(QStringLiteral("debiased: ")),
             qPrintable(view.calibrationView()->plot()->eceText()));

    // The version-1 demo file has neither notes nor the ECE line.
    QVERIFY(view.loadResult(QString::fromLatin1(kDemo)));
    QVERIFY(view.summaryView()->notesText().isEmpty());
    QVERIFY(!view.calibrationView()->noteText().contains(MetricNames::eceIntervalNote()));
}

// A class whose interval is not given gets its bar and no error bar (no line to 0, no
// crash), the tooltip says why; the other classes keep theirs.
void tst_ResultsViews::noErrorBarWithoutAnInterval()
{
    disteval::ResultFile result = disteval::readResultFile(kDemo);
    disteval::MetricValue &f1 = result.models[0].perClass[2].f1;
    f1.ci = {std::nan(""), std::nan("")};
    f1.method.clear();
    f1.ciReason = "the class has no samples and is never predicted";
    PerClassPlot plot(nullptr);
    plot.resize(600, 400);
    plot.setClasses(result.models[0].perClass);
    QCOMPARE(plot.displayedClasses()[2], 2);
    QCOMPARE(plot.bars()->data()->at(2)->value, f1.value);
    const QCPErrorBarsData &none = plot.errorBars()->data()->at(2);
    QVERIFY(std::isnan(none.errorMinus) && std::isnan(none.errorPlus));
    const QCPErrorBarsData &some = plot.errorBars()->data()->at(3);
    QVERIFY(std::isfinite(some.errorMinus) && std::isfinite(some.errorPlus));
    QVERIFY2(plot.toolTipText(2).contains(QStringLiteral(
                     "(no interval: the class has no samples and is never predicted)")),
             qPrintable(plot.toolTipText(2)));

    // Drawn: the error bars' near-black pen shows in the column of bar 3, nowhere in the
    // column of bar 2 (the bars are blue, the grid light grey).
    plot.replot();
    const QImage image = plot.toPixmap(600, 400).toImage();
    auto darkIn = [&](int bar) {
        const int x = qRound(plot.xAxis->coordToPixel(bar));
        int found = 0;
        for (int dx = -4; dx <= 4; ++dx)
            for (int y = plot.axisRect()->top() + 1; y < plot.axisRect()->bottom() - 1; ++y) {
                const QColor c = image.pixelColor(x + dx, y);
                if (c.red() < 0x60 && c.green() < 0x60 && c.blue() < 0x60)
                    ++found;
            }
        return found;
    };
    QVERIFY(darkIn(3) > 0);
    QCOMPARE(darkIn(2), 0);
}

QTEST_MAIN(tst_ResultsViews)
#include "tst_resultsviews.moc"
