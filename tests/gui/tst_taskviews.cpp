// The other tasks (docs/TASKS.md) in the window (offscreen): each task's result opens
// without a crash and shows its metrics in the views the task has; IoU bars and per-label
// bars with their intervals; Compare without McNemar, ΔF1 or matrices where the task has
// none; history comparisons across tasks refused; the set-up's task options, the
// per-sample predictions they allow, and what the engine's inspection preselects.
#include "app/mainwindow.h"
#include "compare/compareview.h"
#include "compare/historycomparison.h"
#include "comparisonfixtures.h"
#include "fakeenginerun.h"
#include "models/comparisontablemodel.h"
#include "models/perclasstablemodel.h"
#include "plots/confusionmatrixplot.h"
#include "plots/deltaf1plot.h"
#include "plots/perclassplot.h"
#include "results/calibrationview.h"
#include "results/confusionmatrixview.h"
#include "results/perclassview.h"
#include "results/pertargetview.h"
#include "results/resultsummaryview.h"
#include "results/resultsview.h"
#include "setup/runsetupwidget.h"
#include "setup/taskoptionswidget.h"
#include "taskfixtures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace taskfixtures;

class tst_TaskViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void eachTaskOpens_data();
    void eachTaskOpens();
    void iouBarsWithIntervals();
    void perLabelBars();
    void compareWithoutMcnemar();
    void historyAcrossTasks();
    void taskOptions();
    void inspectionSuggestsTheTask_data();
    void inspectionSuggestsTheTask();

private:
    QTemporaryDir m_dir;
};

void tst_TaskViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("disteval-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_taskviews"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void tst_TaskViews::init()
{
    QSettings().clear();
}

void tst_TaskViews::eachTaskOpens_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("matrix");
    QTest::addColumn<bool>("perClass");
    QTest::addColumn<bool>("perTarget");
    QTest::addColumn<QString>("heading"); // of the task line ("" for classification)
    QTest::newRow("classification") << "fashion-mnist-demo" << true << true << false << QString();
    QTest::newRow("segmentation") << "task-segmentation" << true << true << false
                                  << "Task: Dense classification";
    QTest::newRow("tokens") << "task-tokens" << true << true << false
                            << "Task: Dense classification";
    QTest::newRow("multi-label") << "task-multilabel" << false << true << false
                                 << "Task: Multi-label classification";
    QTest::newRow("regression, 2 targets")
            << "task-regression-2-targets" << false << false << true << "Task: Regression";
    QTest::newRow("regression, 1 target")
            << "task-regression-1-target" << false << false << true << "Task: Regression";
}

// Opened in the window, every view the task has is shown (each model once) and holds the
// file's metrics; the views it has not are hidden.
void tst_TaskViews::eachTaskOpens()
{
    QFETCH(QString, file);
    QFETCH(bool, matrix);
    QFETCH(bool, perClass);
    QFETCH(bool, perTarget);
    QFETCH(QString, heading);
    const QByteArray name = file.toLatin1();
    MainWindow window;
    window.show();
    QVERIFY(window.openResult(path(name.constData())));
    ResultsView *results = window.resultsView();
    QTabWidget *tabs = results->tabs();
    QCOMPARE(tabs->isTabVisible(tabs->indexOf(results->confusionView())), matrix);
    QCOMPARE(tabs->isTabVisible(tabs->indexOf(results->calibrationView())), matrix);
    QCOMPARE(tabs->isTabVisible(tabs->indexOf(results->perClassView())), perClass);
    QCOMPARE(tabs->isTabVisible(tabs->indexOf(results->perTargetView())), perTarget);
    const QJsonObject doc = json(name.constData());
    const QJsonArray models = doc[QStringLiteral("models")].toArray();
    QTableView *summary = results->summaryView()->table();
    QCOMPARE(summary->model()->rowCount(),
             static_cast<int>(models[0][QStringLiteral("metrics")].toObject().size()));
    const QString header = results->headerText();
    if (heading.isEmpty())
        QVERIFY(!header.contains(QStringLiteral("Task:")));
    else
        QVERIFY2(header.contains(heading), qPrintable(header));
    for (int m = 0; m < models.size(); ++m) {
        results->setModelIndex(m);
        for (int t = 0; t < tabs->count(); ++t)
            if (tabs->isTabVisible(t)) {
                tabs->setCurrentIndex(t);
                QCoreApplication::processEvents();
            }
        if (perClass)
            QCOMPARE(results->perClassView()->table()->model()->rowCount(),
                     models[m][QStringLiteral("per_class")].toArray().size());
        if (perTarget)
            QCOMPARE(results->perTargetView()->table()->model()->rowCount(),
                     models[m][QStringLiteral("per_target")].toArray().size());
    }
    if (perTarget)
        QVERIFY(results->perTargetView()->notesText().contains(QStringLiteral("fewer than 300")));
}

void tst_TaskViews::iouBarsWithIntervals()
{
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(path("task-segmentation")));
    PerClassView *pc = view.perClassView();
    QCOMPARE(pc->metricBox()->itemText(0), QStringLiteral("IoU"));
    QCOMPARE(pc->plot()->metric(), PerClassPlot::Metric::Iou);
    QVERIFY(!pc->table()->isColumnHidden(PerClassTableModel::IouColumn));
    QVERIFY(!pc->table()->isColumnHidden(PerClassTableModel::AveragePrecisionColumn));
    QVERIFY(pc->table()->isColumnHidden(PerClassTableModel::AveragePrecisionIntervalColumn));
    QVERIFY(pc->table()->isColumnHidden(PerClassTableModel::AurocIntervalColumn));
    for (int m = 0; m < 2; ++m) {
        view.setModelIndex(m);
        const QJsonArray classes = json("task-segmentation")[QStringLiteral("models")][m]
                                                            [QStringLiteral("per_class")]
                                                                    .toArray();
        PerClassPlot *plot = pc->plot();
        QCOMPARE(plot->bars()->data()->size(), classes.size());
        for (int i = 0; i < classes.size(); ++i) {
            const QJsonValue iou = classes[plot->displayedClasses()[i]][QStringLiteral("iou")];
            const QCPBarsData &bar = *(plot->bars()->data()->at(i));
            QCOMPARE(bar.value, valueOf(iou));
            const QCPErrorBarsData &error = plot->errorBars()->data()->at(i);
            QVERIFY(same(bar.value - error.errorMinus, boundOf(iou, 0)));
            QVERIFY(same(bar.value + error.errorPlus, boundOf(iou, 1)));
        }
        QVERIFY(plot->toolTipText(0).contains(QStringLiteral("IoU: ")));
    }
    // A classification result afterwards: the classic metrics, no IoU column.
    QVERIFY(view.loadResult(path("fashion-mnist-demo")));
    QCOMPARE(pc->metricBox()->itemText(0), QStringLiteral("F1"));
    QVERIFY(pc->table()->isColumnHidden(PerClassTableModel::IouColumn));
}

void tst_TaskViews::perLabelBars()
{
    ResultsView view(nullptr);
    QVERIFY(view.loadResult(path("task-multilabel")));
    QCOMPARE(view.tabs()->tabText(view.tabs()->indexOf(view.perClassView())),
             QStringLiteral("Per Label"));
    PerClassView *pc = view.perClassView();
    QCOMPARE(pc->plot()->xAxis->label(), QStringLiteral("Label"));
    const int ap = pc->metricBox()->findData(int(PerClassPlot::Metric::AveragePrecision));
    QVERIFY(ap >= 0);
    const QJsonArray labels
            = json("task-multilabel")[QStringLiteral("models")][0][QStringLiteral("per_class")]
                      .toArray();
    // F1 first, with its Wilson intervals.
    PerClassPlot *plot = pc->plot();
    QCOMPARE(plot->metric(), PerClassPlot::Metric::F1);
    for (int i = 0; i < labels.size(); ++i) {
        const QCPErrorBarsData &error = plot->errorBars()->data()->at(i);
        const QJsonValue f1 = labels[plot->displayedClasses()[i]][QStringLiteral("f1")];
        QVERIFY(same(plot->bars()->data()->at(i)->value - error.errorMinus, boundOf(f1, 0)));
    }
    // The average precision: bars of the file's values, no error bars (no interval).
    pc->metricBox()->setCurrentIndex(ap);
    QCOMPARE(plot->metric(), PerClassPlot::Metric::AveragePrecision);
    for (int i = 0; i < labels.size(); ++i) {
        const QJsonValue v
                = labels[plot->displayedClasses()[i]][QStringLiteral("average_precision")];
        QCOMPARE(plot->bars()->data()->at(i)->value, valueOf(v));
        QVERIFY(std::isnan(plot->errorBars()->data()->at(i).errorMinus));
    }
    QVERIFY(plot->toolTipText(0).contains(QStringLiteral("Average precision: ")));
    QVERIFY(!pc->table()->isColumnHidden(PerClassTableModel::AveragePrecisionColumn));
}

void tst_TaskViews::compareWithoutMcnemar()
{
    MainWindow window;
    window.show();
    CompareView *compare = window.compareView();
    QTabWidget *tabs = compare->tabs();
    const int delta = tabs->indexOf(compare->deltaPlot()->parentWidget()->parentWidget());
    QVERIFY(delta > 0);
    for (const char *file : {"task-regression-2-targets", "task-multilabel", "task-segmentation"}) {
        QVERIFY(window.openResult(path(file)));
        QVERIFY(compare->hasComparison());
        QVERIFY(compare->mcnemarLabel()->isHidden());
        QTableView *table = compare->table();
        QVERIFY(table->isColumnHidden(ComparisonTableModel::PExactColumn));
        QVERIFY(table->isColumnHidden(ComparisonTableModel::PMidColumn));
        QCOMPARE(table->model()->rowCount(),
                 static_cast<int>(
                         disteval::taskComparedMetricNames(window.resultsView()->result()->task)
                                 .size()));
        QVERIFY(!tabs->isTabVisible(delta));
        const bool dense = QLatin1String(file) == QLatin1String("task-segmentation");
        QCOMPARE(tabs->isTabVisible(
                         tabs->indexOf(compare->matrixA()->parentWidget()->parentWidget())),
                 dense);
        QVERIFY(tabs->isTabVisible(tabs->currentIndex()));
    }
    // Classification again: McNemar, p-values and the ΔF1 are back.
    SyntheticRun run;
    run.models = {{"/m/early.pt", 3, 0}, {"/m/full.pt", 9, 1}};
    QVERIFY(window.openResult(writeSyntheticRun(m_dir.path(), QStringLiteral("pair"), run)));
    QVERIFY(!compare->mcnemarLabel()->isHidden());
    QVERIFY(!compare->table()->isColumnHidden(ComparisonTableModel::PExactColumn));
    QVERIFY(tabs->isTabVisible(delta) && tabs->isTabEnabled(delta));
}

void tst_TaskViews::historyAcrossTasks()
{
    HistoryComparison::Outcome outcome = HistoryComparison::compare(
            path("task-regression-1-target"), path("task-segmentation"), QStringLiteral("a"),
            QStringLiteral("b"));
    QCOMPARE(outcome.kind, HistoryComparison::Kind::Refused);
    QVERIFY2(outcome.message.contains(QStringLiteral("different tasks")),
             qPrintable(outcome.message));
    outcome = HistoryComparison::compare(path("task-multilabel"), path("task-multilabel"),
                                         QStringLiteral("a"), QStringLiteral("b"));
    QCOMPARE(outcome.kind, HistoryComparison::Kind::Unpaired);
    QVERIFY(outcome.message.contains(QStringLiteral("classification only")));
    QCOMPARE(outcome.result->models.size(), size_t(4));
}

// The rows follow the task; per-sample predictions (records) for every task, as the user
// chose them.
void tst_TaskViews::taskOptions()
{
    RunSetupWidget setup(nullptr);
    setup.show();
    TaskOptionsWidget *options = setup.taskOptions();
    auto *predictions = setup.findChild<QCheckBox *>(QStringLiteral("savePredictions"));
    QVERIFY(predictions);
    QVERIFY(predictions->isChecked() && predictions->isEnabled());
    QVERIFY(options->ignoreIndexBox()->isVisibleTo(&setup));
    QVERIFY(!options->thresholdBox()->isVisibleTo(&setup));
    options->taskBox()->setCurrentIndex(
            options->taskBox()->findData(RunConfig::taskName(RunConfig::Task::MultiLabel)));
    QVERIFY(options->thresholdBox()->isVisibleTo(&setup));
    QVERIFY(!options->ignoreIndexBox()->isVisibleTo(&setup));
    QVERIFY(predictions->isChecked() && predictions->isEnabled());
    options->thresholdBox()->setValue(0.4);
    options->outputKeyEdit()->setText(QStringLiteral("logits"));
    RunConfig c = setup.config();
    QCOMPARE(c.task, RunConfig::Task::MultiLabel);
    QCOMPARE(c.threshold, 0.4);
    QCOMPARE(c.outputKey, QStringLiteral("logits"));
    QVERIFY(c.savePredictions);
    predictions->setChecked(false);
    QVERIFY(!setup.config().savePredictions);
    predictions->setChecked(true);
    options->taskBox()->setCurrentIndex(0);
    QVERIFY(predictions->isChecked() && predictions->isEnabled());
    options->ignoreIndexBox()->setCurrentText(QStringLiteral("255"));
    options->masksEdit()->setText(QStringLiteral("/data/voc/masks"));
    c = setup.config();
    QVERIFY(c.hasIgnoreIndex && c.ignoreIndex == 255 && c.savePredictions);
    // A set-up restored from the settings shows its task's options.
    c.task = RunConfig::Task::Regression;
    c.outputIndex = 2;
    setup.setConfig(c, true);
    QCOMPARE(options->task(), RunConfig::Task::Regression);
    QCOMPARE(options->outputIndexBox()->value(), 2);
    QVERIFY(predictions->isEnabled() && predictions->isChecked());
    QVERIFY(setup.config().savePredictions);
    auto *browseMasks = options->findChild<QPushButton *>(QStringLiteral("browseMasks"));
    QVERIFY(browseMasks);
    setup.setEditable(false);
    QVERIFY(!predictions->isEnabled());
    QVERIFY(!browseMasks->isEnabled() && !options->masksEdit()->isEnabled());
    setup.setEditable(true);
    QVERIFY(predictions->isEnabled());
    QVERIFY(browseMasks->isEnabled() && options->masksEdit()->isEnabled());
}

void tst_TaskViews::inspectionSuggestsTheTask_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("task");
    QTest::addColumn<bool>("predictions");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("info");
    // Every task keeps its per-sample records.
    QTest::newRow("regression") << "/data/regression.pt" << int(RunConfig::Task::Regression) << true
                                << "real numbers"
                                << "Labels per sample: 2 (real numbers)";
    QTest::newRow("segmentation") << "/data/segmentation.pt" << int(RunConfig::Task::Classification)
                                  << true << "dense classification"
                                  << "Labels per sample: 4×4 (integers)";
    QTest::newRow("tokens") << "/data/tokens.pt" << int(RunConfig::Task::Classification) << true
                            << "Model inputs: input_ids, attention_mask"
                            << "Inputs: input_ids, attention_mask";
    QTest::newRow("classification")
            << "/data/t10k-images-idx3-ubyte" << int(RunConfig::Task::Classification) << true
            << QString() << "Classes: 3";
}

void tst_TaskViews::inspectionSuggestsTheTask()
{
    QFETCH(QString, data);
    QFETCH(int, task);
    QFETCH(bool, predictions);
    QFETCH(QString, note);
    QFETCH(QString, info);
    MainWindow window;
    RunConfig config = fakeRunConfig(m_dir, QString());
    config.dataPath = data;
    window.setup()->setConfig(config, true);
    QSignalSpy inspected(window.setup(), &RunSetupWidget::inspectionFinished);
    window.setup()->inspectDataset();
    QTRY_COMPARE_WITH_TIMEOUT(inspected.count(), 1, 10000);
    QVERIFY(inspected.at(0).at(0).toBool());
    TaskOptionsWidget *options = window.setup()->taskOptions();
    QCOMPARE(int(options->task()), task);
    QCOMPARE(window.setup()->config().savePredictions, predictions);
    if (note.isEmpty())
        QVERIFY(options->noteText().isEmpty());
    else
        QVERIFY2(options->noteText().contains(note), qPrintable(options->noteText()));
    QVERIFY2(window.setup()->inspectionText().contains(info),
             qPrintable(window.setup()->inspectionText()));
}

QTEST_MAIN(tst_TaskViews)
#include "tst_taskviews.moc"
