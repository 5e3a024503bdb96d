// The Curves tab draws exactly core's curves of the curves chosen, with legend entries
// that carry the file's AUROC and AP values and intervals ("n/a" and the reason where one
// is withheld) and the micro average's area computed from its pooled histogram; the
// picker filters at 1000 classes; an older file says it has no curves; each task shows
// the curves it has; top-k has Wilson intervals; the hover text names the threshold; the
// compare view overlays two models' curves and reliability diagrams.
#include "common/filterchecklist.h"
#include "common/resultformat.h"
#include "compare/comparecurvesview.h"
#include "compare/compareview.h"
#include "curvefixtures.h"
#include "models/curvechoicemodel.h"
#include "plots/curvebuilder.h"
#include "plots/curveplot.h"
#include "plots/curvespanel.h"
#include "results/curvesview.h"
#include "results/resultsview.h"

#include "metrics/curves.h"
#include "result/resultfile.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {
// Class c's (kMicroCurve: every class's) positive and negative score histograms, read
// from the file's sparse lists.
struct Histograms
{
    std::vector<double> positive;
    std::vector<double> negative;
};

Histograms histogramsOf(const QJsonObject &model, int c)
{
    const QJsonObject scores = model[QStringLiteral("curves")][QStringLiteral("scores")].toObject();
    const int bins = scores[QStringLiteral("bins")].toInt();
    Histograms h{std::vector<double>(static_cast<size_t>(bins), 0.0),
                 std::vector<double>(static_cast<size_t>(bins), 0.0)};
    const QJsonArray classes = scores[QStringLiteral("classes")].toArray();
    for (int k = 0; k < classes.size(); ++k) {
        if (c != kMicroCurve && k != c)
            continue;
        for (const char *side : {"positive", "negative"}) {
            const QJsonObject sparse = classes[k][QLatin1String(side)].toObject();
            const QJsonArray at = sparse[QStringLiteral("bins")].toArray();
            const QJsonArray counts = sparse[QStringLiteral("counts")].toArray();
            auto &out = side[0] == 'p' ? h.positive : h.negative;
            for (int i = 0; i < at.size(); ++i)
                out[static_cast<size_t>(at[i].toInt())] += counts[i].toDouble();
        }
    }
    return h;
}

// The Mann-Whitney AUROC of binned scores, a pair in one bin counting one half.
double mannWhitney(const Histograms &h)
{
    double below = 0, wins = 0, p = 0, n = 0;
    for (size_t b = 0; b < h.positive.size(); ++b) {
        wins += h.positive[b] * (below + 0.5 * h.negative[b]);
        below += h.negative[b];
        p += h.positive[b];
        n += h.negative[b];
    }
    return wins / (p * n);
}

QString valueText(const QJsonObject &metric)
{
    return ResultFormat::number(metric[QStringLiteral("value")].toDouble(), 3);
}

QString intervalText(const QJsonObject &metric)
{
    const QJsonArray ci = metric[QStringLiteral("ci")].toArray();
    return ResultFormat::interval({ci[0].toDouble(), ci[1].toDouble()}, 3);
}

// Points equal to the last bit.
bool samePoints(const QCPGraph *graph, const std::vector<double> &x, const std::vector<double> &y)
{
    if (graph->dataCount() != static_cast<int>(x.size()))
        return false;
    for (int i = 0; i < graph->dataCount(); ++i)
        if (graph->dataMainKey(i) != x[static_cast<size_t>(i)]
            || graph->dataMainValue(i) != y[static_cast<size_t>(i)])
            return false;
    return true;
}
} // namespace

class tst_CurvesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void graphsForTheSelection_data();
    void graphsForTheSelection();
    void curvesAreCoresCurves_data();
    void curvesAreCoresCurves();
    void legendCarriesTheFileValues_data();
    void legendCarriesTheFileValues();
    void microAreaIsThePooledAuroc();
    void withheldIntervalReadsNa();
    void thousandClassPicker();
    void olderFileSaysSo();
    void tasksHaveTheirCurves_data();
    void tasksHaveTheirCurves();
    void topKHasWilsonIntervals();
    void confidenceCurveStartsAtTheAccuracy();
    void hoverShowsTheThreshold();
    void compareOverlayHasTwoGraphsPerCurve_data();
    void compareOverlayHasTwoGraphsPerCurve();
    void compareReliabilityDiagrams();

private:
    QTemporaryDir m_dir;
    CurveFixtures m_files;
};

void tst_CurvesView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_files.make(m_dir);
}

void tst_CurvesView::graphsForTheSelection_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QVector<int>>("chosen"); // empty: the default
    QTest::addColumn<int>("curves");
    const auto roc = static_cast<int>(CurveKind::Roc);
    const auto pr = static_cast<int>(CurveKind::PrecisionRecall);
    QTest::newRow("ROC, default: averages and 10 classes") << roc << QVector<int>{} << 12;
    QTest::newRow("PR, default: no macro curve") << pr << QVector<int>{} << 11;
    QTest::newRow("ROC, micro and class 3") << roc << QVector<int>{kMicroCurve, 3} << 2;
    QTest::newRow("PR, macro only") << pr << QVector<int>{kMacroCurve} << 0;
    QTest::newRow("ROC, macro and classes 0, 9") << roc << QVector<int>{kMacroCurve, 0, 9} << 3;
    QTest::newRow("confidence") << static_cast<int>(CurveKind::Confidence) << QVector<int>{} << 2;
    QTest::newRow("top-k") << static_cast<int>(CurveKind::TopK) << QVector<int>{} << 1;
}

void tst_CurvesView::graphsForTheSelection()
{
    QFETCH(int, kind);
    QFETCH(QVector<int>, chosen);
    QFETCH(int, curves);
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(m_files.ten));
    QVERIFY(view.tabs()->isTabVisible(view.tabs()->indexOf(view.curvesView())));
    CurvesView *cv = view.curvesView();
    QVERIFY(cv->panel()->hasKinds());
    QCOMPARE(cv->panel()->kindBox()->count(), 4);
    QVERIFY(cv->panel()->setKind(static_cast<CurveKind>(kind)));
    if (!chosen.isEmpty())
        cv->choices()->setChecked(chosen);
    CurvePlot *plot = cv->plot();
    QVERIFY(plot);
    QCOMPARE(plot->curveCount(), curves);
    QCOMPARE(plot->legendTexts().size(), curves);
    int drawn = 0;
    for (int i = 0; i < plot->curveCount(); ++i)
        drawn += plot->curveGraph(i)->dataCount() > 0;
    QCOMPARE(drawn, curves);
    // The reference line: the ROC diagonal; for precision-recall the prevalences instead.
    QCOMPARE(plot->referenceLine() != nullptr, kind == static_cast<int>(CurveKind::Roc));
    if (kind == static_cast<int>(CurveKind::PrecisionRecall))
        QCOMPARE(plot->chanceLineCount() > 0, curves > 0);
    view.tabs()->setCurrentWidget(cv);
    QCOMPARE(view.currentPlot(), plot);
}

void tst_CurvesView::curvesAreCoresCurves_data()
{
    QTest::addColumn<int>("model");
    QTest::newRow("model 1") << 0;
    QTest::newRow("model 2") << 1;
}

void tst_CurvesView::curvesAreCoresCurves()
{
    QFETCH(int, model);
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(m_files.ten));
    view.setModelIndex(model);
    const disteval::RocHistogram &h
            = view.result()->models[static_cast<size_t>(model)].curves.scores;
    CurvesView *cv = view.curvesView();
    cv->choices()->setChecked({kMicroCurve, kMacroCurve, 2, 6});
    CurvePlot *plot = cv->plot();
    QCOMPARE(plot->curveCount(), 4);
    const disteval::RocCurve micro = disteval::rocCurve(h, disteval::kMicroAverage);
    const disteval::RocCurve macro = disteval::macroRocCurve(h);
    QVERIFY(samePoints(plot->curveGraph(0), micro.fpr, micro.tpr));
    QVERIFY(samePoints(plot->curveGraph(1), macro.fpr, macro.tpr));
    for (int i : {2, 3}) {
        const disteval::RocCurve c = disteval::rocCurve(h, i == 2 ? 2 : 6);
        QVERIFY(samePoints(plot->curveGraph(i), c.fpr, c.tpr));
        QCOMPARE(plot->curve(i).threshold.size(), static_cast<int>(c.threshold.size()));
    }
    QVERIFY(cv->panel()->setKind(CurveKind::PrecisionRecall));
    QCOMPARE(plot->curveCount(), 3); // no macro precision-recall curve
    const disteval::PrecisionRecallCurve pr = disteval::precisionRecallCurve(h, 6);
    QVERIFY(samePoints(plot->curveGraph(2), pr.recall, pr.precision));
    QCOMPARE(plot->curveGraph(2)->lineStyle(), QCPGraph::lsStepRight);
}

void tst_CurvesView::legendCarriesTheFileValues_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("ROC: AUROC") << static_cast<int>(CurveKind::Roc);
    QTest::newRow("PR: AP") << static_cast<int>(CurveKind::PrecisionRecall);
}

void tst_CurvesView::legendCarriesTheFileValues()
{
    QFETCH(int, kind);
    const bool roc = kind == static_cast<int>(CurveKind::Roc);
    const QJsonObject model = readJson(m_files.ten)[QStringLiteral("models")][0].toObject();
    const QJsonArray perClass = model[QStringLiteral("per_class")].toArray();
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(m_files.ten));
    CurvesView *cv = view.curvesView();
    QVERIFY(cv->panel()->setKind(static_cast<CurveKind>(kind)));
    const QStringList legend = cv->plot()->legendTexts();
    QCOMPARE(legend.size(), roc ? 12 : 11);
    QVERIFY(legend[0].startsWith(QStringLiteral("Micro average · ")));
    int first = 1;
    if (roc) {
        const QJsonObject macro
                = model[QStringLiteral("metrics")][QStringLiteral("macro_auroc")].toObject();
        QCOMPARE(legend[1], QStringLiteral("Macro average · AUROC %1 %2")
                                    .arg(valueText(macro), intervalText(macro)));
        first = 2;
    }
    for (int c = 0; c < 10; ++c) {
        const QJsonObject entry = perClass[c].toObject();
        const QJsonObject metric
                = entry[roc ? QStringLiteral("auroc") : QStringLiteral("average_precision")]
                          .toObject();
        QVERIFY(!metric[QStringLiteral("ci")].isNull());
        QCOMPARE(legend[first + c],
                 QStringLiteral("%1 · %2 %3 %4")
                         .arg(entry[QStringLiteral("name")].toString(),
                              roc ? QStringLiteral("AUROC") : QStringLiteral("AP"),
                              valueText(metric), intervalText(metric)));
    }
}

void tst_CurvesView::microAreaIsThePooledAuroc()
{
    const QJsonObject model = readJson(m_files.ten)[QStringLiteral("models")][0].toObject();
    const double area = mannWhitney(histogramsOf(model, kMicroCurve));
    const disteval::ResultFile r = disteval::readResultFile(m_files.ten.toStdString());
    const CurveSeries micro = CurveBuilder::scoreCurve(r, 0, CurveKind::Roc, kMicroCurve);
    const double trapezoids
            = CurveBuilder::rocArea(std::vector<double>(micro.x.begin(), micro.x.end()),
                                    std::vector<double>(micro.y.begin(), micro.y.end()));
    QVERIFY2(std::abs(trapezoids - area) < 1e-12, qPrintable(QString::number(trapezoids - area)));
    QCOMPARE(micro.legend,
             QStringLiteral("Micro average · AUROC %1").arg(ResultFormat::number(area, 3)));
    QVERIFY(micro.legendToolTip.contains(QStringLiteral("no interval")));
    // A class's own areas from its curves are the file's AUROC and AP.
    const QJsonObject four = model[QStringLiteral("per_class")][4].toObject();
    const double file
            = four[QStringLiteral("auroc")].toObject()[QStringLiteral("value")].toDouble();
    QVERIFY(std::abs(mannWhitney(histogramsOf(model, 4)) - file) < 1e-12);
    const CurveSeries pr = CurveBuilder::scoreCurve(r, 0, CurveKind::PrecisionRecall, 4);
    const double ap = CurveBuilder::averagePrecision(std::vector<double>(pr.x.begin(), pr.x.end()),
                                                     std::vector<double>(pr.y.begin(), pr.y.end()));
    const double fileAp = four[QStringLiteral("average_precision")]
                                  .toObject()[QStringLiteral("value")]
                                  .toDouble();
    QVERIFY2(std::abs(ap - fileAp) < 1e-12, qPrintable(QString::number(ap - fileAp)));
}

void tst_CurvesView::withheldIntervalReadsNa()
{
    const QJsonObject shirt
            = readJson(m_files.small)[QStringLiteral("models")][0][QStringLiteral("per_class")][6]
                      .toObject();
    const QJsonObject ap = shirt[QStringLiteral("average_precision")].toObject();
    QVERIFY(ap[QStringLiteral("ci")].isNull());
    const QString reason = ap[QStringLiteral("ci_reason")].toString();
    QVERIFY(!reason.isEmpty());
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(m_files.small));
    CurvesView *cv = view.curvesView();
    QVERIFY(cv->panel()->setKind(CurveKind::PrecisionRecall));
    cv->choices()->setChecked({6});
    view.tabs()->setCurrentWidget(cv);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    CurvePlot *plot = cv->plot();
    QCOMPARE(plot->curveCount(), 1);
    QCOMPARE(plot->legendTexts().constFirst(),
             QStringLiteral("Shirt · AP %1, interval n/a").arg(valueText(ap)));
    QVERIFY2(plot->curve(0).legendToolTip.contains(reason),
             qPrintable(plot->curve(0).legendToolTip));
    // Pointing at the legend entry explains it.
    plot->replot();
    QCPAbstractLegendItem *item = plot->legend->itemWithPlottable(plot->curveGraph(0));
    QVERIFY(item);
    QVERIFY(plot->toolTipAt(item->rect().center()).contains(reason));
}

void tst_CurvesView::thousandClassPicker()
{
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(m_files.large));
    CurvesView *cv = view.curvesView();
    FilterCheckList *picker = cv->panel()->picker();
    QCOMPARE(cv->choices()->rowCount(), 1002);
    QCOMPARE(picker->shownCount(), 1002);
    // At first: the averages and the three classes with the lowest AUROC.
    const QVector<int> first = cv->choices()->checkedCurves();
    QCOMPARE(first.size(), 5);
    const disteval::ModelResult &m = view.result()->models[0];
    for (int i = 2; i < 5; ++i)
        for (const disteval::PerClassResult &pc : m.perClass)
            if (!first.contains(pc.index))
                QVERIFY(pc.auroc.value >= m.perClass[static_cast<size_t>(first[i])].auroc.value);
    QCOMPARE(cv->plot()->curveCount(), 5);
    QVERIFY(cv->panel()->noteText().contains(QStringLiteral("lowest AUROC")));

    picker->filterEdit()->setText(QStringLiteral("0042"));
    QCOMPARE(picker->shownCount(), 1);
    QCOMPARE(picker->shownText(0), QStringLiteral("class 0042"));
    picker->filterEdit()->setText(QStringLiteral("CLASS 01"));
    QCOMPARE(picker->shownCount(), 100);
    picker->checkShown();
    const auto alreadyIn = std::count_if(first.begin() + 2, first.end(),
                                         [](int c) { return c >= 100 && c < 200; });
    QCOMPARE(cv->choices()->checkedCurves().size(), 5 + 100 - alreadyIn);
    QCOMPARE(cv->plot()->curveCount(), cv->choices()->checkedCurves().size());
    QCOMPARE(cv->plot()->legendTexts().size(), CurvePlot::kMaxLegendItems);
    QVERIFY(cv->panel()->noteText().contains(QStringLiteral("The legend names the first 16")));
    picker->filterEdit()->setText(QStringLiteral("micro"));
    QCOMPARE(picker->shownCount(), 1);
    picker->uncheckAll();
    QCOMPARE(cv->choices()->checkedCurves().size(), 0);
    QCOMPARE(cv->plot()->curveCount(), 0);
}

void tst_CurvesView::olderFileSaysSo()
{
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(QString::fromLatin1(kOlderResult)));
    QVERIFY(view.tabs()->isTabVisible(view.tabs()->indexOf(view.curvesView())));
    CurvesView *cv = view.curvesView();
    QVERIFY(!cv->panel()->hasKinds());
    QVERIFY(!cv->plot());
    QVERIFY(cv->panel()->messageText().contains(QStringLiteral("holds no curves")));
    QVERIFY(cv->panel()->messageText().contains(QStringLiteral("older")));
    view.tabs()->setCurrentWidget(cv);
    QVERIFY(!view.currentPlot());
    QVERIFY(!view.exportPlotAction()->isEnabled());
    // A newer file clears the message.
    QVERIFY(view.loadResult(m_files.ten));
    QVERIFY(cv->panel()->messageText().isEmpty());
    QVERIFY(cv->plot());
}

void tst_CurvesView::tasksHaveTheirCurves_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("tab");
    QTest::addColumn<QStringList>("kinds");
    const QString regression
            = QStringLiteral(DISTEVAL_GUI_TEST_DATA "/task-regression-2-targets.json");
    QTest::newRow("classification")
            << QString() << true
            << QStringList{QStringLiteral("ROC"), QStringLiteral("Precision–recall"),
                           QStringLiteral("Confidence threshold"),
                           QStringLiteral("Top-k accuracy")};
    QTest::newRow("dense") << QStringLiteral("dense") << true
                           << QStringList{QStringLiteral("ROC"), QStringLiteral("Precision–recall"),
                                          QStringLiteral("Confidence threshold")};
    QTest::newRow("multi-label") << QStringLiteral("multi") << true
                                 << QStringList{QStringLiteral("ROC"),
                                                QStringLiteral("Precision–recall")};
    QTest::newRow("regression") << regression << false << QStringList{};
}

void tst_CurvesView::tasksHaveTheirCurves()
{
    QFETCH(QString, path);
    QFETCH(bool, tab);
    QFETCH(QStringList, kinds);
    if (path.isEmpty())
        path = m_files.ten;
    else if (path == QLatin1String("dense"))
        path = m_files.dense;
    else if (path == QLatin1String("multi"))
        path = m_files.multi;
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(path));
    QCOMPARE(view.tabs()->isTabVisible(view.tabs()->indexOf(view.curvesView())), tab);
    QStringList shown;
    for (int i = 0; i < view.curvesView()->panel()->kindBox()->count(); ++i)
        shown << view.curvesView()->panel()->kindBox()->itemText(i);
    QCOMPARE(shown, kinds);
    if (path == m_files.multi) { // labels, with the label's name in the legend
        view.curvesView()->choices()->setChecked({1});
        QVERIFY(view.curvesView()->plot()->legendTexts().constFirst().startsWith(
                ResultFormat::className(*view.result(), 1) + QStringLiteral(" · AUROC")));
    }
}

void tst_CurvesView::topKHasWilsonIntervals()
{
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(m_files.ten));
    QVERIFY(view.curvesView()->panel()->setKind(CurveKind::TopK));
    CurvePlot *plot = view.curvesView()->plot();
    QCOMPARE(plot->curveCount(), 1);
    const QJsonObject model = readJson(m_files.ten)[QStringLiteral("models")][0].toObject();
    const QJsonArray hits = model[QStringLiteral("curves")][QStringLiteral("rank_hits")].toArray();
    QCOMPARE(hits.size(), 10);
    const double accuracy
            = model[QStringLiteral("metrics")][QStringLiteral("accuracy")][QStringLiteral("value")]
                      .toDouble();
    const double top5 = model[QStringLiteral("metrics")][QStringLiteral("top5_accuracy")]
                             [QStringLiteral("value")]
                                     .toDouble();
    const int64_t samples = model[QStringLiteral("evaluated_samples")].toInteger();
    QCPGraph *graph = plot->curveGraph(0);
    QCOMPARE(graph->dataCount(), 10);
    QCPErrorBars *bars = plot->errorBars(0);
    QVERIFY(bars);
    int64_t running = 0;
    for (int k = 0; k < 10; ++k) {
        running += hits[k].toInteger();
        QCOMPARE(graph->dataMainKey(k), k + 1.0);
        QCOMPARE(graph->dataMainValue(k), static_cast<double>(running) / samples);
        const disteval::Interval ci = disteval::wilsonInterval(running, samples, 0.95);
        const QCPRange range = bars->dataValueRange(k);
        QVERIFY(std::abs(range.lower - ci.lower) < 1e-12);
        QVERIFY(std::abs(range.upper - ci.upper) < 1e-12);
    }
    QVERIFY(std::abs(graph->dataMainValue(0) - accuracy) < 1e-12);
    QVERIFY(std::abs(graph->dataMainValue(4) - top5) < 1e-12);
}

void tst_CurvesView::confidenceCurveStartsAtTheAccuracy()
{
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(m_files.ten));
    QVERIFY(view.curvesView()->panel()->setKind(CurveKind::Confidence));
    CurvePlot *plot = view.curvesView()->plot();
    QCOMPARE(plot->curveCount(), 2);
    const double accuracy = view.result()->models[0].metric("accuracy")->value;
    QCOMPARE(plot->curveGraph(0)->dataMainKey(0), 0.0);
    QVERIFY(std::abs(plot->curveGraph(0)->dataMainValue(0) - accuracy) < 1e-12);
    QCOMPARE(plot->curveGraph(1)->dataMainValue(0), 1.0); // everything kept
    // Accuracy grows as less is kept (the synthetic model's confidence means something).
    QVERIFY(plot->curveGraph(0)->dataMainValue(240) > accuracy);
    QVERIFY(plot->curveGraph(1)->dataMainValue(240) < 1.0);
}

void tst_CurvesView::hoverShowsTheThreshold()
{
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(m_files.ten));
    CurvesView *cv = view.curvesView();
    cv->choices()->setChecked({3});
    view.tabs()->setCurrentWidget(cv);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    CurvePlot *plot = cv->plot();
    plot->replot();
    const CurveSeries &s = plot->curve(0);
    const int point = s.x.size() / 2;
    const QPointF at(plot->xAxis->coordToPixel(s.x[point]), plot->yAxis->coordToPixel(s.y[point]));
    const QString tip = plot->toolTipAt(at);
    QVERIFY2(tip.startsWith(QStringLiteral("Dress\nThreshold: probability ≥ ")), qPrintable(tip));
    QVERIFY(tip.contains(
            QStringLiteral("False positive rate: %1").arg(ResultFormat::number(s.x[point], 4))));
    QVERIFY(tip.contains(QStringLiteral("positives and")));
    QVERIFY(plot->toolTipAt(QPointF(-5, -5)).isEmpty());
}

void tst_CurvesView::compareOverlayHasTwoGraphsPerCurve_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QVector<int>>("chosen");
    QTest::addColumn<int>("curves"); // of one model
    const auto roc = static_cast<int>(CurveKind::Roc);
    QTest::newRow("ROC, the averages (default)") << roc << QVector<int>{} << 2;
    QTest::newRow("ROC, averages and 2 classes")
            << roc << QVector<int>{kMicroCurve, kMacroCurve, 0, 3} << 4;
    QTest::newRow("PR, micro and a class")
            << static_cast<int>(CurveKind::PrecisionRecall) << QVector<int>{kMicroCurve, 1} << 2;
    QTest::newRow("confidence") << static_cast<int>(CurveKind::Confidence) << QVector<int>{} << 2;
    QTest::newRow("top-k") << static_cast<int>(CurveKind::TopK) << QVector<int>{} << 1;
    QTest::newRow("reliability") << static_cast<int>(CurveKind::Reliability) << QVector<int>{} << 1;
}

void tst_CurvesView::compareOverlayHasTwoGraphsPerCurve()
{
    QFETCH(int, kind);
    QFETCH(QVector<int>, chosen);
    QFETCH(int, curves);
    const auto result = std::make_shared<const disteval::ResultFile>(
            disteval::readResultFile(m_files.pair.toStdString()));
    CompareView compare(nullptr);
    QVERIFY(compare.setResult(result, QStringLiteral("pair.json")));
    CompareCurvesView *cv = compare.curvesView();
    QVERIFY(compare.tabs()->isTabVisible(compare.tabs()->indexOf(cv)));
    QCOMPARE(cv->panel()->kindBox()->count(), 5);
    QVERIFY(cv->panel()->setKind(static_cast<CurveKind>(kind)));
    if (!chosen.isEmpty())
        cv->choices()->setChecked(chosen);
    CurvePlot *plot = cv->panel()->plot();
    QCOMPARE(plot->curveCount(), 2 * curves);
    for (int i = 0; i < plot->curveCount(); i += 2) {
        QVERIFY2(plot->curve(i).legend.startsWith(QStringLiteral("A · ")),
                 qPrintable(plot->curve(i).legend));
        QVERIFY(plot->curve(i + 1).legend.startsWith(QStringLiteral("B · ")));
        QVERIFY(plot->curve(i).name.contains(QStringLiteral("early.pt")));
        QVERIFY(plot->curve(i + 1).name.contains(QStringLiteral("full.pt")));
        if (kind == static_cast<int>(CurveKind::Roc)
            || kind == static_cast<int>(CurveKind::PrecisionRecall))
            QVERIFY(plot->curve(i + 1).penStyle != Qt::SolidLine); // B dashed
        else
            QVERIFY(plot->curve(i).color != plot->curve(i + 1).color); // A blue, B orange
    }
    if (kind == static_cast<int>(CurveKind::Roc)) {
        const disteval::RocCurve a
                = disteval::rocCurve(result->models[0].curves.scores, kMicroCurve);
        const disteval::RocCurve b
                = disteval::rocCurve(result->models[1].curves.scores, kMicroCurve);
        QVERIFY(samePoints(plot->curveGraph(0), a.fpr, a.tpr));
        QVERIFY(samePoints(plot->curveGraph(1), b.fpr, b.tpr));
        QCOMPARE(plot->curve(0).color, plot->curve(1).color); // one colour per curve
    }
}

void tst_CurvesView::compareReliabilityDiagrams()
{
    const auto result = std::make_shared<const disteval::ResultFile>(
            disteval::readResultFile(m_files.pair.toStdString()));
    CompareView compare(nullptr);
    QVERIFY(compare.setResult(result, QStringLiteral("pair.json")));
    CompareCurvesView *cv = compare.curvesView();
    QVERIFY(cv->panel()->setKind(CurveKind::Reliability));
    CurvePlot *plot = cv->panel()->plot();
    QVERIFY(plot->referenceLine());
    for (int side = 0; side < 2; ++side) {
        QVector<double> x, y;
        for (const disteval::ReliabilityBin &bin :
             result->models[static_cast<size_t>(side)].calibration)
            if (bin.count > 0) {
                x << bin.meanConfidence;
                y << bin.accuracy;
            }
        QCPGraph *graph = plot->curveGraph(side);
        QCOMPARE(graph->dataCount(), x.size());
        for (int i = 0; i < x.size(); ++i) {
            QCOMPARE(graph->dataMainKey(i), x[i]);
            QCOMPARE(graph->dataMainValue(i), y[i]);
        }
    }
    // An older file: the reliability diagrams still, and the message for the rest.
    const auto older
            = std::make_shared<const disteval::ResultFile>(disteval::readResultFile(kOlderResult));
    compare.setUnpaired(older, 1, QStringLiteral("older.json"), QStringLiteral("unpaired"));
    QCOMPARE(cv->panel()->kindBox()->count(), 1);
    QVERIFY(cv->panel()->messageText().contains(QStringLiteral("holds no curves")));
}

QTEST_MAIN(tst_CurvesView)
#include "tst_curvesview.moc"
