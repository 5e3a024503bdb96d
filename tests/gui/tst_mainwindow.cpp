// The window on the offscreen platform: settings, drag and drop, dataset inspection,
// a whole run through the fake engine, the result summary.
#include "app/mainwindow.h"
#include "fakeenginerun.h"
#include "results/resultsummaryview.h"
#include "results/resultsview.h"
#include "run/runcontroller.h"
#include "run/runview.h"
#include "setup/checkpointlistwidget.h"
#include "setup/metriclistwidget.h"
#include "setup/runsetupwidget.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWheelEvent>

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void settingsPersist();
    void windowStaysNarrow();
    void dropAddsCheckpointsAndDataset();
    void datasetIsInspectedBeforeTheRun();
    void badDatasetIsExplained();
    void badClassNamesAreExplained();
    void runNeedsAPassedDatasetCheck();
    void wheelChangesOnlyAFocusedField();
    void brokenCheckpointStopsBeforeMpirun();
    void failureMessageLeavesWithTheNextRun();
    void probeSuggestsRanks();
    void wholeRunShowsProgressAndResult();
    void failedRunShowsTheEngineMessage();
    void unreadableResultIsExplained();
    void copyCommand();
    void metricFiles();
    void brokenMetricStopsBeforeMpirun();
    void durations();

private:
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("disteval-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
}

void tst_MainWindow::init()
{
    QSettings().clear();
}

void tst_MainWindow::settingsPersist()
{
    QByteArray splitterState;
    {
        MainWindow window;
        window.show();
        RunConfig config = fakeRunConfig(m_dir, QStringLiteral("--generate"), 3);
        config.batchSize = 64;
        config.device = RunConfig::Device::Cpu;
        window.setup()->setConfig(config, true);
        window.resize(900, 600);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({300, 600});
        splitterState = splitter->saveState();
        window.close(); // saves
    }
    MainWindow window;
    const RunConfig back = window.setup()->config();
    QCOMPARE(back.ranks, 3);
    QCOMPARE(back.batchSize, 64);
    QCOMPARE(back.device, RunConfig::Device::Cpu);
    QCOMPARE(back.mpirunPath, QStringLiteral(DISTEVAL_FAKE_ENGINE));
    QCOMPARE(back.extraMpirunArguments, QStringLiteral("--generate"));
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->saveState(),
             splitterState);
    QCOMPARE(window.size(), QSize(900, 600));
    // Every tab's controls together stay well below that (windowStaysNarrow).
    QVERIFY2(window.minimumSizeHint().width() <= 800,
             qPrintable(QString::number(window.minimumSizeHint().width())));
}

// The window's minimum width (the set-up's and every tab's minimum together) stays at most
// 800 px, also with results of every task open (long texts in the Samples tab): the
// regression plots side by side at 260 px each once made it 946 px, and a window restored
// at 900 px grew.
void tst_MainWindow::windowStaysNarrow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.minimumSizeHint().width() <= 800,
             qPrintable(QString::number(window.minimumSizeHint().width())));
    for (const char *name : {"fashion-mnist-demo", "task-regression-2-targets", "task-segmentation",
                             "task-multilabel"}) {
        QVERIFY(window.openResult(
                QStringLiteral(DISTEVAL_GUI_TEST_DATA "/%1.json").arg(QLatin1String(name))));
        QVERIFY2(window.minimumSizeHint().width() <= 800,
                 qPrintable(QString::fromLatin1(name) + QLatin1Char(' ')
                            + QString::number(window.minimumSizeHint().width())));
    }
    window.resize(800, 600);
    QCOMPARE(window.width(), 800);
}

void tst_MainWindow::dropAddsCheckpointsAndDataset()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString a = fakeCheckpoint(m_dir, QStringLiteral("a.pt"));
    const QString b = fakeCheckpoint(m_dir, QStringLiteral("b.pt"));
    const QString gone = m_dir.filePath(QStringLiteral("gone.pt"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b), QUrl::fromLocalFile(gone),
                  QUrl::fromLocalFile(QStringLiteral("/data/fashion"))});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    const RunConfig config = window.setup()->config();
    QCOMPARE(config.checkpoints, (QStringList{a, b, gone}));
    QCOMPARE(config.dataPath, QStringLiteral("/data/fashion"));
    // Dropped checkpoints become recent ones; one that is not there is flagged, not kept.
    const QStringList recent
            = QSettings().value(QStringLiteral("recent/checkpoints")).toStringList();
    QVERIFY(recent.contains(a));
    QVERIFY(!recent.contains(gone));
    auto *list = window.setup()->findChild<CheckpointListWidget *>();
    QVERIFY(list->problemOf(gone).contains(QStringLiteral("does not exist")));
    QVERIFY(list->problemOf(a).isEmpty());
}

void tst_MainWindow::datasetIsInspectedBeforeTheRun()
{
    MainWindow window;
    RunConfig config = fakeRunConfig(m_dir, QString());
    window.setup()->setConfig(config, true);
    QSignalSpy inspected(window.setup(), &RunSetupWidget::inspectionFinished);
    window.setup()->inspectDataset();
    QTRY_COMPARE_WITH_TIMEOUT(inspected.count(), 1, 10000);
    QCOMPARE(inspected.at(0).at(0).toBool(), true);
    QVERIFY(window.setup()->inspectionOk());
    QCOMPARE(window.setup()->inspection().numSamples, 600);
    QCOMPARE(window.setup()->inspection().numClasses, 3);
    const QString text = window.setup()->inspectionText();
    QVERIFY2(text.contains(QStringLiteral("600")) && text.contains(QStringLiteral("idx"))
                     && text.contains(QStringLiteral("1×4×4"))
                     && text.contains(QStringLiteral("dog")),
             qPrintable(text));
}

void tst_MainWindow::badDatasetIsExplained()
{
    MainWindow window;
    RunConfig config = fakeRunConfig(m_dir, QString());
    config.dataPath = QStringLiteral("/data/bad-file.bin");
    window.setup()->setConfig(config, true);
    QSignalSpy inspected(window.setup(), &RunSetupWidget::inspectionFinished);
    window.setup()->inspectDataset();
    QTRY_COMPARE_WITH_TIMEOUT(inspected.count(), 1, 10000);
    QCOMPARE(inspected.at(0).at(0).toBool(), false);
    const QString text = window.setup()->inspectionText();
    QVERIFY2(text.contains(QStringLiteral("not a dataset the engine can read"))
                     && text.contains(QStringLiteral("dataset cannot be read"))
                     && text.contains(QStringLiteral("/data/bad-file.bin: not a dataset")),
             qPrintable(text));
}

// A class-names file with the wrong number of lines is the file's problem: no model was
// looked at, and the dataset itself is fine.
void tst_MainWindow::badClassNamesAreExplained()
{
    MainWindow window;
    RunConfig config = fakeRunConfig(m_dir, QString());
    config.classNamesFile = m_dir.filePath(QStringLiteral("two-names.txt"));
    QFile names(config.classNamesFile);
    QVERIFY(names.open(QIODevice::WriteOnly));
    names.write("cat\ndog\n");
    names.close();
    window.setup()->setConfig(config, true);
    QSignalSpy inspected(window.setup(), &RunSetupWidget::inspectionFinished);
    window.setup()->inspectDataset();
    QTRY_COMPARE_WITH_TIMEOUT(inspected.count(), 1, 10000);
    const QString text = window.setup()->inspectionText();
    QVERIFY2(text.contains(QStringLiteral("The class-names file does not fit this dataset."))
                     && text.contains(QStringLiteral("has 2 names")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("not a dataset")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("number of outputs")), qPrintable(text));
}

// Run is offered only for a dataset that passed the engine's check.
void tst_MainWindow::runNeedsAPassedDatasetCheck()
{
    MainWindow window;
    auto *run = window.findChild<QAction *>(QStringLiteral("runAction"));
    QVERIFY(run);
    QSignalSpy inspected(window.setup(), &RunSetupWidget::inspectionFinished);
    RunConfig config = fakeRunConfig(m_dir, QString());
    config.dataPath = QStringLiteral("/data/bad-file.bin");
    window.setup()->setConfig(config, true);
    window.setup()->inspectDataset();
    QTRY_COMPARE_WITH_TIMEOUT(inspected.count(), 1, 10000);
    QVERIFY(!run->isEnabled());
    QVERIFY(run->toolTip().contains(QStringLiteral("check")));
    config.dataPath = QStringLiteral("/data/t10k-images-idx3-ubyte");
    window.setup()->setConfig(config, true);
    QVERIFY(!run->isEnabled()); // not before the check has answered
    window.setup()->inspectDataset();
    QTRY_COMPARE_WITH_TIMEOUT(inspected.count(), 2, 10000);
    QVERIFY(run->isEnabled());
}

// Scrolling the form over a spin box scrolls the form; the value changes only once the
// field has the focus (bootstrap replicates went from 1000 to 200 on the way down).
void tst_MainWindow::wheelChangesOnlyAFocusedField()
{
    MainWindow window;
    window.resize(1000, 420); // the form is taller than its scroll area
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bootstrap = window.setup()->findChild<QSpinBox *>(QStringLiteral("bootstrap"));
    auto *scroll = window.findChild<QScrollArea *>();
    QVERIFY(bootstrap && scroll);
    QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
    bootstrap->setValue(1000);
    window.setFocus();
    auto wheel = [&] {
        const QPointF at = bootstrap->rect().center();
        QWheelEvent event(at, bootstrap->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(bootstrap, &event);
    };
    const int before = scroll->verticalScrollBar()->value();
    wheel();
    QCOMPARE(bootstrap->value(), 1000);
    QVERIFY(scroll->verticalScrollBar()->value() > before); // the form scrolled instead
    bootstrap->setFocus();
    QTRY_VERIFY(bootstrap->hasFocus());
    wheel();
    QCOMPARE(bootstrap->value(), 900);
}

// A broken checkpoint is named before mpirun starts, and never offered as recent.
void tst_MainWindow::brokenCheckpointStopsBeforeMpirun()
{
    MainWindow window;
    RunConfig config = fakeRunConfig(m_dir, QStringLiteral("--generate"));
    const QString broken = m_dir.filePath(QStringLiteral("broken.pt"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a zip archive");
    file.close();
    config.checkpoints = {broken};
    window.setup()->setConfig(config, true);
    QSettings().setValue(QStringLiteral("recent/checkpoints"), QStringList{broken});
    QSignalSpy finished(window.controller(), &RunController::finished);
    window.startRun();
    QCOMPARE(finished.count(), 1); // at once, no job was started
    QCOMPARE(window.controller()->failure().kind, RunController::Failure::Kind::CheckpointInvalid);
    QVERIFY(window.controller()->command().isEmpty());
    const QString text = window.runView()->failureText();
    QVERIFY2(text.contains(QStringLiteral("A model checkpoint cannot be loaded."))
                     && text.contains(QStringLiteral("broken.pt is not a TorchScript archive")),
             qPrintable(text));
    QVERIFY(!QSettings()
                     .value(QStringLiteral("recent/checkpoints"))
                     .toStringList()
                     .contains(broken));
}

// "The job ended with exit code 1." must not stay in the status bar during the next run.
void tst_MainWindow::failureMessageLeavesWithTheNextRun()
{
    MainWindow window;
    window.show();
    QSignalSpy finished(window.controller(), &RunController::finished);
    window.setup()->setConfig(fakeRunConfig(m_dir, QStringLiteral("--generate --exit 1")), true);
    window.startRun();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const QString failure = window.controller()->failure().summary;
    QCOMPARE(window.statusBar()->currentMessage(), failure);
    window.setup()->setConfig(fakeRunConfig(m_dir, QStringLiteral("--generate")), true);
    window.startRun();
    QVERIFY(window.statusBar()->currentMessage() != failure);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QCOMPARE(window.controller()->state(), RunController::State::Succeeded);
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("The run finished."));
}

void tst_MainWindow::probeSuggestsRanks()
{
    MainWindow window; // no ranks in the settings: the probe decides
    RunConfig config = fakeRunConfig(m_dir, QString(), 1);
    window.setup()->setConfig(config, false);
    window.setup()->probeEngine();
    // The fake reports 8 cores and no GPU: 4 ranks.
    QTRY_COMPARE(window.setup()->config().ranks, 4);
    auto *info = window.setup()->findChild<QLabel *>(QStringLiteral("machineInfo"));
    QVERIFY(info->text().contains(QStringLiteral("8")));
}

void tst_MainWindow::wholeRunShowsProgressAndResult()
{
    MainWindow window;
    window.show();
    window.setup()->setConfig(fakeRunConfig(m_dir, QStringLiteral("--generate --delay-ms 2"), 2),
                              true);
    QSignalSpy finished(window.controller(), &RunController::finished);
    QSignalSpy hello(window.controller(), &RunController::helloReceived);
    window.startRun();
    QCOMPARE(window.tabs()->currentWidget(), window.runView());
    QVERIFY(!window.setup()->findChild<QSpinBox *>(QStringLiteral("ranks"))->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(hello.count(), 1, 10000);
    QCOMPARE(window.runView()->rankBarCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(window.controller()->state(), RunController::State::Succeeded);
    // The result opens in the summary.
    QCOMPARE(window.tabs()->currentWidget(), window.resultsView());
    QCOMPARE(window.resultsView()->resultPath(), window.controller()->resultPath());
    const QAbstractItemModel *table = window.resultsView()->summaryView()->table()->model();
    QVERIFY(table->rowCount() >= 10);
    QCOMPARE(table->index(0, 0).data().toString(), QStringLiteral("Accuracy"));
    QVERIFY(table->index(0, 2).data().toString().startsWith(QLatin1Char('[')));
    QCOMPARE(table->index(0, 3).data().toString(), QStringLiteral("Wilson"));
    QVERIFY(window.resultsView()->headerText().contains(QStringLiteral("95% confidence")));
    // The log pane holds the command and the phases.
    QVERIFY(window.runView()->logText().contains(QStringLiteral("--progress-socket")));
    QVERIFY(window.runView()->logText().contains(QStringLiteral("Evaluating")));
    QVERIFY(window.runView()->failureText().isEmpty());
    QVERIFY(window.setup()->findChild<QSpinBox *>(QStringLiteral("ranks"))->isEnabled());
}

void tst_MainWindow::failedRunShowsTheEngineMessage()
{
    MainWindow window;
    window.show();
    window.setup()->setConfig(fakeRunConfig(m_dir, QStringLiteral("--transcript %1 --exit 4")
                                                           .arg(transcript("model_error.ndjson"))),
                              true);
    QSignalSpy finished(window.controller(), &RunController::finished);
    window.startRun();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const QString text = window.runView()->failureText();
    QVERIFY2(text.contains(QStringLiteral("A model checkpoint cannot be loaded."))
                     && text.contains(QStringLiteral("not a TorchScript archive")),
             qPrintable(text));
    QCOMPARE(window.tabs()->currentWidget(), window.runView());
}

void tst_MainWindow::unreadableResultIsExplained()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"schema_version\": 1}");
    file.close();
    MainWindow window;
    QVERIFY(!window.openResult(path));
    QVERIFY(window.resultsView()->headerText().contains(QStringLiteral("cannot be opened")));
    QCOMPARE(window.resultsView()->summaryView()->table()->model()->rowCount(), 0);
}

void tst_MainWindow::copyCommand()
{
    MainWindow window;
    RunConfig config = fakeRunConfig(m_dir, QStringLiteral("--hostfile hosts.txt"));
    config.checkpoints = {QStringLiteral("/models/my model.pt")};
    window.setup()->setConfig(config, true);
    const QString line = window.commandLine();
    QVERIFY2(line.startsWith(QStringLiteral(DISTEVAL_FAKE_ENGINE " -np 2 --hostfile hosts.txt ")),
             qPrintable(line));
    QVERIFY(line.contains(QStringLiteral("--model '/models/my model.pt'")));
    QVERIFY(!line.contains(QStringLiteral("--progress-socket")));
}

// The set-up's custom metrics: added (also by a drop on the list, which the window would
// otherwise take for checkpoints), a missing file shown as such, removed, one `--metric`
// each in the command, kept in the settings, and not editable during a run.
void tst_MainWindow::metricFiles()
{
    const QString brier = fakeCheckpoint(m_dir, QStringLiteral("brier.pt"));
    const QString ece = fakeCheckpoint(m_dir, QStringLiteral("my ece.pt"));
    const QString missing = m_dir.filePath(QStringLiteral("gone-metric.pt"));
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setup()->setConfig(fakeRunConfig(m_dir, QStringLiteral("--generate")), true);
        MetricListWidget *metrics = window.setup()->metricList();
        QVERIFY(metrics->isVisible());
        metrics->addMetricFiles({brier, missing});
        QCOMPARE(window.setup()->config().metricFiles, (QStringList{brier, missing}));
        QVERIFY(metrics->problemOf(brier).isEmpty());
        QVERIFY2(metrics->problemOf(missing).contains(QStringLiteral("does not exist")),
                 qPrintable(metrics->problemOf(missing)));
        QCOMPARE(metrics->list()->item(1)->toolTip(), metrics->problemOf(missing));
        QVERIFY(metrics->list()->item(1)->foreground().color() != QColor(Qt::black));
        // Removed with the button.
        auto *remove = metrics->findChild<QPushButton *>(QStringLiteral("removeMetric"));
        QVERIFY(!remove->isEnabled());
        metrics->list()->item(1)->setSelected(true);
        QVERIFY(remove->isEnabled());
        remove->click();
        QCOMPARE(window.setup()->config().metricFiles, QStringList{brier});
        // Dropped onto the list: a metric, not a checkpoint.
        const QStringList checkpoints = window.setup()->config().checkpoints;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(ece), QUrl::fromLocalFile(brier)});
        const QPoint at = metrics->list()->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(metrics->list()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(metrics->list()->viewport(), &drop);
        QCOMPARE(window.setup()->config().metricFiles, (QStringList{brier, ece}));
        QCOMPARE(window.setup()->config().checkpoints, checkpoints);
        // One --metric per file, in order, quoted in the copied command.
        QVERIFY2(window.commandLine().contains(QStringLiteral("--metric ") + brier
                                               + QStringLiteral(" --metric '") + ece
                                               + QStringLiteral("' ")),
                 qPrintable(window.commandLine()));
        // Not editable while a run is going.
        window.setup()->setEditable(false);
        QVERIFY(!metrics->isEnabled());
        QVERIFY(!metrics->findChild<QPushButton *>(QStringLiteral("addMetric"))->isEnabled());
        window.setup()->setEditable(true);
        QVERIFY(metrics->findChild<QPushButton *>(QStringLiteral("addMetric"))->isEnabled());
        window.close(); // saves
    }
    MainWindow window;
    QCOMPARE(window.setup()->config().metricFiles, (QStringList{brier, ece}));
}

// A metric file that cannot be one is named before mpirun starts.
void tst_MainWindow::brokenMetricStopsBeforeMpirun()
{
    MainWindow window;
    RunConfig config = fakeRunConfig(m_dir, QStringLiteral("--generate"));
    config.metricFiles = {m_dir.filePath(QStringLiteral("no-such-metric.pt"))};
    window.setup()->setConfig(config, true);
    QSignalSpy finished(window.controller(), &RunController::finished);
    window.startRun();
    QCOMPARE(finished.count(), 1); // at once, no job was started
    QCOMPARE(window.controller()->failure().kind, RunController::Failure::Kind::MetricInvalid);
    QCOMPARE(window.controller()->failure().code, QStringLiteral("metric_invalid"));
    QVERIFY(window.controller()->command().isEmpty());
    const QString text = window.runView()->failureText();
    QVERIFY2(text.contains(QStringLiteral("A custom metric cannot be used."))
                     && text.contains(QStringLiteral("no-such-metric.pt does not exist")),
             qPrintable(text));
}

void tst_MainWindow::durations()
{
    QCOMPARE(RunView::formatDuration(0), QStringLiteral("00:00"));
    QCOMPARE(RunView::formatDuration(65.4), QStringLiteral("01:05"));
    QCOMPARE(RunView::formatDuration(3725), QStringLiteral("1:02:05"));
    QCOMPARE(RunView::formatDuration(-1), QStringLiteral("--:--"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
