// The run history (add, rename, delete and undo, pending runs picked up at the next
// start), the History tab, and closing the window during a run (cancel, keep open, or
// let it finish in the background) with the fake engine.
#include "app/closerundialog.h"
#include "app/mainwindow.h"
#include "common/resultformat.h"
#include "compare/compareview.h"
#include "comparisonfixtures.h"
#include "fakeenginerun.h"
#include "history/historyview.h"
#include "history/runhistory.h"
#include "run/runcontroller.h"
#include "setup/runsetupwidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <cmath>

class tst_History : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addKeepsACopyWithItsSidecar();
    void renameDeleteUndoRoundTrip();
    void historyViewListsAndActs();
    void pendingRunIsPickedUpNextTime();
    void pendingRunWithoutResult();
    void jobAliveChecksTheProcess();
    void twoModelRunFillsCompareAndHistory();
    void repeatedRunsAndEveryModel();
    void stateAndDateAreReadable();
    void compareTwoHistoryRunsInTheWindow();
    void closeDuringRunKeepOpen();
    void closeDuringRunCancel();
    void closeDuringRunFinishInBackground();

private:
    QString runFile(const QString &name, const std::string &model, int wrongEvery, bool sidecar);

    QTemporaryDir m_dir;
};

namespace {
// Clicks `button` of the close dialog as soon as it is shown.
void answerCloseDialog(const char *button)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    const QString name = QString::fromLatin1(button);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name] {
        auto *dialog = qobject_cast<CloseRunDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        dialog->findChild<QAbstractButton *>(name)->click();
    });
    timer->start();
}

RunConfig backgroundConfig(const QTemporaryDir &output, const QString &extra)
{
    RunConfig config = fakeRunConfig(output, extra, 2);
    config.checkpoints = {fakeCheckpoint(output, QStringLiteral("a.pt")),
                          fakeCheckpoint(output, QStringLiteral("a-better.pt"))};
    return config;
}
} // namespace

void tst_History::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("disteval-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_history"));
    QVERIFY(m_dir.isValid());
}

void tst_History::init()
{
    QSettings().clear();
    QDir(RunHistory::defaultFolder()).removeRecursively();
}

QString tst_History::runFile(const QString &name, const std::string &model, int wrongEvery,
                             bool sidecar)
{
    SyntheticRun run;
    run.models = {{model, wrongEvery, 0}};
    run.sidecar = sidecar;
    return writeSyntheticRun(m_dir.path(), name, run);
}

void tst_History::addKeepsACopyWithItsSidecar()
{
    QTemporaryDir folder;
    RunHistory history(folder.path());
    QVERIFY(history.entries().isEmpty());
    const QString path = runFile(QStringLiteral("copy"), "/m/net.pt", 5, true);
    QString error;
    const QString id = history.addResult(path, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    const RunHistory::Entry *e = history.find(id);
    QVERIFY(e);
    QCOMPARE(e->status, RunHistory::Status::Finished);
    QVERIFY(e->resultPath().startsWith(folder.path()));
    QVERIFY(QFileInfo::exists(e->resultPath()));
    QVERIFY(e->hasPredictions());
    QVERIFY(QFileInfo::exists(e->predictionsPath()));
    QCOMPARE(e->name, QStringLiteral("net.pt"));
    const disteval::ResultFile original = disteval::readResultFile(path.toStdString());
    QCOMPARE(e->accuracy, original.models[0].metric("accuracy")->value);
    QCOMPARE(e->macroF1, original.models[0].metric("macro_f1")->value);
    QCOMPARE(e->numSamples, original.dataset.numSamples);
    // The copy outlives the original.
    QFile::remove(path);
    RunHistory again(folder.path());
    QCOMPARE(again.entries().size(), 1);
    QVERIFY(QFileInfo::exists(again.entries()[0].resultPath()));
    // Not a result file: refused with the reader's reason, nothing recorded.
    QFile junk(m_dir.filePath(QStringLiteral("junk.json")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{");
    junk.close();
    QVERIFY(again.addResult(junk.fileName(), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(again.entries().size(), 1);
}

void tst_History::renameDeleteUndoRoundTrip()
{
    QTemporaryDir folder;
    RunHistory history(folder.path());
    QSignalSpy changed(&history, &RunHistory::changed);
    const QString first = history.addResult(runFile(QStringLiteral("r1"), "/m/one.pt", 5, false));
    const QString second = history.addResult(runFile(QStringLiteral("r2"), "/m/two.pt", 6, true));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QCOMPARE(history.entries().size(), 2);
    QCOMPARE(history.entries()[0].id, second); // newest first

    QVERIFY(history.rename(first, QStringLiteral("  baseline  ")));
    QCOMPARE(history.find(first)->name, QStringLiteral("baseline"));
    QVERIFY(!history.rename(first, QStringLiteral("   "))); // empty names are refused
    QCOMPARE(RunHistory(folder.path()).find(first)->name, QStringLiteral("baseline"));

    QVERIFY(!history.canUndoRemove());
    QVERIFY(history.remove(first));
    QVERIFY(!history.find(first));
    QVERIFY(history.canUndoRemove());
    QCOMPARE(history.undoRemove(), first);
    QCOMPARE(history.find(first)->name, QStringLiteral("baseline"));
    QVERIFY(QFileInfo::exists(history.find(first)->resultPath()));
    QCOMPARE(history.entries().size(), 2);
    QCOMPARE(history.entries()[1].id, first); // back in its place

    // Two deletes undo last-first.
    QVERIFY(history.remove(first));
    QVERIFY(history.remove(second));
    QVERIFY(history.entries().isEmpty());
    QCOMPARE(history.undoRemove(), second);
    QCOMPARE(history.undoRemove(), first);
    QVERIFY(history.undoRemove().isEmpty());
    QVERIFY(history.find(second)->hasPredictions());
    QVERIFY(changed.count() >= 7);

    // What is deleted when the app closes stays deleted.
    QVERIFY(history.remove(second));
    RunHistory next(folder.path());
    QVERIFY(!next.find(second));
    QVERIFY(next.find(first));
    QVERIFY(!next.canUndoRemove());
}

void tst_History::historyViewListsAndActs()
{
    QTemporaryDir folder;
    RunHistory history(folder.path());
    const QString a = history.addResult(runFile(QStringLiteral("v1"), "/m/one.pt", 5, true));
    const QString b = history.addResult(runFile(QStringLiteral("v2"), "/m/two.pt", 9, false));
    HistoryView view(&history, nullptr);
    view.show();
    QTreeWidget *list = view.list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QTreeWidgetItem *top = list->topLevelItem(0);
    QCOMPARE(top->text(HistoryView::NameColumn), QStringLiteral("two.pt"));
    QCOMPARE(top->text(HistoryView::ModelsColumn), QStringLiteral("two.pt"));
    QCOMPARE(top->text(HistoryView::DatasetColumn), QStringLiteral("test-images.idx"));
    QCOMPARE(top->text(HistoryView::AccuracyColumn),
             ResultFormat::number(history.find(b)->accuracy));
    QCOMPARE(top->text(HistoryView::MacroF1Column), ResultFormat::number(history.find(b)->macroF1));
    QCOMPARE(top->text(HistoryView::PredictionsColumn), QStringLiteral("none"));
    QCOMPARE(list->topLevelItem(1)->text(HistoryView::PredictionsColumn), QStringLiteral("saved"));
    QCOMPARE(top->text(HistoryView::StatusColumn), QStringLiteral("Finished"));

    // Open one; compare exactly two (older first).
    QSignalSpy open(&view, &HistoryView::openRequested);
    QSignalSpy compare(&view, &HistoryView::compareRequested);
    view.select({a});
    QVERIFY(view.openAction()->isEnabled());
    QVERIFY(!view.compareAction()->isEnabled());
    view.openAction()->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open[0][0].toString(), history.find(a)->resultPath());
    view.select({a, b});
    QVERIFY(view.compareAction()->isEnabled());
    view.compareAction()->trigger();
    QCOMPARE(compare.count(), 1);
    QCOMPARE(compare[0][0].toString(), a);
    QCOMPARE(compare[0][1].toString(), b);

    // Rename shows; delete and undo through the view.
    history.rename(a, QStringLiteral("first try"));
    QCOMPARE(list->topLevelItem(1)->text(HistoryView::NameColumn), QStringLiteral("first try"));
    view.select({a});
    QVERIFY(!view.undoAction()->isEnabled());
    view.deleteAction()->trigger();
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(view.statusLabel()->text().contains(QStringLiteral("first try")));
    QVERIFY(view.undoAction()->isEnabled());
    view.undoAction()->trigger();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(view.selectedIds(), QStringList{a});
    QVERIFY(!view.undoAction()->isEnabled());
}

void tst_History::pendingRunIsPickedUpNextTime()
{
    QTemporaryDir folder;
    const QString output = m_dir.filePath(QStringLiteral("later.json"));
    // The job, still running: a live process whose command line names the output (the
    // shell stays, also where it would replace itself with a last command).
    QProcess job;
    job.start(QStringLiteral("/bin/sh"),
              {QStringLiteral("-c"), QStringLiteral("sleep 30; :"), output});
    QVERIFY(job.waitForStarted());
    // The new command line shows in /proc a moment after QProcess reports the start (a busy
    // machine made this race visible): wait for it as the next start of the app would find it.
    QTRY_VERIFY_WITH_TIMEOUT(RunHistory::jobAlive(job.processId(), output), 5000);
    QString id;
    {
        RunHistory history(folder.path());
        id = history.addPending(output, {QStringLiteral("/m/late.pt")}, QStringLiteral("/data/x"),
                                0);
        QVERIFY(!id.isEmpty());
        history.setPendingProcess(id, job.processId());
        QCOMPARE(history.find(id)->status, RunHistory::Status::Pending);
        QVERIFY(history.hasPending());
    }
    {
        // The next start, while the job still runs.
        RunHistory history(folder.path());
        QCOMPARE(history.find(id)->status, RunHistory::Status::Pending);
        HistoryView view(&history, nullptr);
        QCOMPARE(view.list()->topLevelItem(0)->text(HistoryView::StatusColumn),
                 QStringLiteral("Running in the background"));
    }
    job.kill();
    job.waitForFinished();
    // The job wrote its result (and sidecar) and ended; the next start imports it.
    SyntheticRun run;
    run.models = {{"/m/late.pt", 5, 0}};
    run.sidecar = true;
    QCOMPARE(writeSyntheticRun(m_dir.path(), QStringLiteral("later"), run), output);
    RunHistory next(folder.path());
    const RunHistory::Entry *e = next.find(id);
    QVERIFY(e);
    QCOMPARE(e->status, RunHistory::Status::Finished);
    QVERIFY(QFileInfo::exists(e->resultPath()));
    QVERIFY(e->hasPredictions());
    QVERIFY(std::isfinite(e->accuracy));
    QVERIFY(!next.hasPending());
}

void tst_History::pendingRunWithoutResult()
{
    QTemporaryDir folder;
    const QString id = RunHistory(folder.path())
                               .addPending(m_dir.filePath(QStringLiteral("never.json")),
                                           {QStringLiteral("/m/x.pt")}, QString(), 0);
    RunHistory next(folder.path());
    QCOMPARE(next.find(id)->status, RunHistory::Status::NoResult);
    HistoryView view(&next, nullptr);
    QCOMPARE(view.list()->topLevelItem(0)->text(HistoryView::StatusColumn),
             QStringLiteral("Ended without result"));
    view.select({id});
    QVERIFY(!view.openAction()->isEnabled());
    QVERIFY(view.deleteAction()->isEnabled());
}

void tst_History::jobAliveChecksTheProcess()
{
    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(sleeper.waitForStarted());
    // /proc/PID/cmdline shows the new program only once exec has completed, which may be a
    // moment after QProcess reports the start.
    QTRY_VERIFY_WITH_TIMEOUT(RunHistory::jobAlive(sleeper.processId(), QStringLiteral("30")), 5000);
    // Another program under that pid (its command line does not name the output).
    QVERIFY(!RunHistory::jobAlive(sleeper.processId(), QStringLiteral("/out/r.json")));
    sleeper.kill();
    sleeper.waitForFinished();
    QVERIFY(!RunHistory::jobAlive(0, QString()));
}

void tst_History::twoModelRunFillsCompareAndHistory()
{
    MainWindow window;
    window.show();
    window.setup()->setConfig(backgroundConfig(m_dir, QStringLiteral("--generate --delay-ms 1")),
                              true);
    QVERIFY(window.setup()->config().savePredictions);
    QSignalSpy finished(window.controller(), &RunController::finished);
    window.startRun();
    QVERIFY(window.controller()->command().arguments().contains(
            QStringLiteral("--save-predictions")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(window.controller()->state(), RunController::State::Succeeded);
    // The run joined the history, sidecar included.
    QCOMPARE(window.history()->entries().size(), 1);
    const RunHistory::Entry &e = window.history()->entries()[0];
    QCOMPARE(e.status, RunHistory::Status::Finished);
    QVERIFY(e.hasPredictions());
    QCOMPARE(e.models.size(), 2);
    // Its comparison is in the Compare tab.
    QVERIFY(window.compareView()->hasComparison());
    QVERIFY(window.compareView()->isPaired());
    QCOMPARE(window.compareView()->pairCount(), 1);
    QVERIFY(window.compareView()->comparison()->deltaOf("accuracy")->value > 0);
    // Both models' accuracy and macro F1 in the history, not the first model's only.
    QCOMPARE(e.accuracies.size(), 2);
    QVERIFY(e.accuracies[1] > e.accuracies[0]); // "a-better.pt" gets more samples right
    QCOMPARE(window.historyView()->list()->topLevelItem(0)->text(HistoryView::AccuracyColumn),
             ResultFormat::number(e.accuracies[0]) + QStringLiteral(" · ")
                     + ResultFormat::number(e.accuracies[1]));

    // A result with one model replaces the comparison shown.
    QVERIFY(window.openResult(runFile(QStringLiteral("single"), "/m/one.pt", 5, false)));
    QVERIFY(!window.compareView()->hasComparison());
    QCOMPARE(window.compareView()->pairCount(), 0);
}

// Runs of the same checkpoints get names that tell them apart; every model's metrics
// survive a restart; entries written before that keep their first model's values.
void tst_History::repeatedRunsAndEveryModel()
{
    QTemporaryDir folder;
    SyntheticRun run;
    run.models = {{"/m/early.pt", 3, 0}, {"/m/full.pt", 9, 1}};
    const QString file = writeSyntheticRun(m_dir.path(), QStringLiteral("pair"), run);
    QString first, second, third;
    {
        RunHistory history(folder.path());
        first = history.addResult(file);
        second = history.addResult(file);
        third = history.addPending(m_dir.filePath(QStringLiteral("x.json")),
                                   {QStringLiteral("/m/early.pt"), QStringLiteral("/m/full.pt")},
                                   QStringLiteral("/data"), 0);
        QCOMPARE(history.find(first)->name, QStringLiteral("early.pt, full.pt"));
        QCOMPARE(history.find(second)->name, QStringLiteral("early.pt, full.pt (2)"));
        QCOMPARE(history.find(third)->name, QStringLiteral("early.pt, full.pt (3)"));
    }
    RunHistory again(folder.path());
    const RunHistory::Entry *e = again.find(first);
    QVERIFY(e);
    const disteval::ResultFile result = disteval::readResultFile(file.toStdString());
    QCOMPARE(e->accuracies.size(), 2);
    QCOMPARE(e->accuracies[1], result.models[1].metric("accuracy")->value);
    QCOMPARE(e->macroF1s[1], result.models[1].metric("macro_f1")->value);
    QCOMPARE(e->accuracy, e->accuracies[0]);

    // An entry of an earlier version: only "accuracy" and "macro_f1".
    const QString entry = QDir(e->folder).filePath(QStringLiteral("entry.json"));
    QFile json(entry);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    json.close();
    o.remove(QStringLiteral("models_accuracy"));
    o.remove(QStringLiteral("models_macro_f1"));
    QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.write(QJsonDocument(o).toJson());
    json.close();
    RunHistory old(folder.path());
    QCOMPARE(old.find(first)->accuracies, QList<double>{e->accuracy});
}

// The state column shows its whole text however narrow the list; the date reads the
// same in every language.
void tst_History::stateAndDateAreReadable()
{
    QTemporaryDir folder;
    RunHistory history(folder.path());
    history.addPending(m_dir.filePath(QStringLiteral("long-running.json")),
                       {QStringLiteral("/models/a-checkpoint-with-a-rather-long-name.pt"),
                        QStringLiteral("/models/and-another-one-with-a-long-name.pt")},
                       QStringLiteral("/data/a/very/long/path/to/the/test-images.idx"),
                       QCoreApplication::applicationPid());
    HistoryView view(&history, nullptr);
    view.resize(800, 300); // the History tab of a window on a 1366 × 768 screen
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTreeWidget *list = view.list();
    QHeaderView *header = list->header();
    const int state = HistoryView::StatusColumn;
    QCOMPARE(list->topLevelItem(0)->text(state), QStringLiteral("Running in the background"));
    QVERIFY2(header->sectionSize(state)
                     >= list->fontMetrics().horizontalAdvance(list->topLevelItem(0)->text(state)),
             qPrintable(QString::number(header->sectionSize(state))));
    QVERIFY2(header->sectionViewportPosition(state) + header->sectionSize(state)
                     <= list->viewport()->width(),
             "the state column runs off the list");

    const QDateTime started = history.entries().constFirst().started;
    const QString expected = started.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    // The locales that English (chosen or the system's) and German install.
    const QLocale before;
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::English, QLocale::UnitedKingdom),
                                  QLocale(QLocale::German, QLocale::Germany), QLocale::c()}) {
        QLocale::setDefault(locale);
        HistoryView shown(&history, nullptr);
        QCOMPARE(shown.list()->topLevelItem(0)->text(HistoryView::DateColumn), expected);
    }
    QLocale::setDefault(before);
}

void tst_History::compareTwoHistoryRunsInTheWindow()
{
    MainWindow window;
    window.show();
    RunHistory *history = window.history();
    const QString a = history->addResult(runFile(QStringLiteral("w1"), "/m/one.pt", 4, true));
    const QString b = history->addResult(runFile(QStringLiteral("w2"), "/m/two.pt", 8, true));
    window.historyView()->select({a, b});
    window.historyView()->compareAction()->trigger();
    QCOMPARE(window.tabs()->currentWidget(), window.compareView());
    QVERIFY(window.compareView()->isPaired());
    QVERIFY(window.compareView()->title().contains(QStringLiteral("one.pt")));

    const QString c = history->addResult(runFile(QStringLiteral("w3"), "/m/three.pt", 8, false));
    window.historyView()->select({a, c});
    window.historyView()->compareAction()->trigger();
    QVERIFY(!window.compareView()->isPaired());
    QVERIFY(window.compareView()->noticeLabel()->isVisible());
    QVERIFY(window.compareView()->noticeLabel()->text().contains(QStringLiteral("Unpaired")));
}

void tst_History::closeDuringRunKeepOpen()
{
    MainWindow window;
    window.show();
    window.setup()->setConfig(fakeRunConfig(m_dir, QStringLiteral("--generate --delay-ms 60"), 2),
                              true);
    QSignalSpy hello(window.controller(), &RunController::helloReceived);
    window.startRun();
    QTRY_COMPARE_WITH_TIMEOUT(hello.count(), 1, 10000);
    answerCloseDialog("keepOpenButton");
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY(window.controller()->isActive());
    QSignalSpy finished(window.controller(), &RunController::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(window.controller()->state(), RunController::State::Succeeded);
}

void tst_History::closeDuringRunCancel()
{
    MainWindow window;
    window.show();
    window.setup()->setConfig(
            fakeRunConfig(m_dir, QStringLiteral("--generate --delay-ms 60 --hang"), 2), true);
    QSignalSpy hello(window.controller(), &RunController::helloReceived);
    window.startRun();
    QTRY_COMPARE_WITH_TIMEOUT(hello.count(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.history()->hasPending(), 5000);
    answerCloseDialog("cancelJobButton");
    QVERIFY(window.close());
    QCOMPARE(window.controller()->state(), RunController::State::Cancelling);
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), RunController::State::Cancelled, 10000);
    // A cancelled run is not kept.
    QVERIFY(window.history()->entries().isEmpty());
    QVERIFY(RunHistory().entries().isEmpty());
}

void tst_History::closeDuringRunFinishInBackground()
{
    QString output;
    {
        auto *window = new MainWindow;
        window->show();
        window->setup()->setConfig(
                backgroundConfig(m_dir, QStringLiteral("--generate --delay-ms 200 --samples 4000")),
                true);
        QSignalSpy hello(window->controller(), &RunController::helloReceived);
        window->startRun();
        QTRY_COMPARE_WITH_TIMEOUT(hello.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->history()->hasPending(), 5000);
        output = window->controller()->resultPath();
        QVERIFY(!QFileInfo::exists(output));
        const qint64 pid = window->controller()->jobProcessId();
        QVERIFY(pid > 0);
        QSignalSpy ended(window->controller(), &RunController::finished);
        answerCloseDialog("finishInBackgroundButton");
        QVERIFY(window->close());
        QCOMPARE(window->controller()->state(), RunController::State::Idle);
        delete window; // the app goes away; the job must not go with it
        QCOMPARE(ended.count(), 0);
        // Meanwhile, a new start shows it as running in the background.
        RunHistory meanwhile;
        QCOMPARE(meanwhile.entries().size(), 1);
        QCOMPARE(meanwhile.entries()[0].status, RunHistory::Status::Pending);
        QVERIFY(RunHistory::jobAlive(pid, output));
    }
    // The job finishes on its own and writes its result (and sidecar).
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(output), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!RunHistory().hasPending(), 10000);
    // Next start: the history holds the finished run, paired-ready.
    MainWindow next;
    QCOMPARE(next.history()->entries().size(), 1);
    const RunHistory::Entry &e = next.history()->entries()[0];
    QCOMPARE(e.status, RunHistory::Status::Finished);
    QVERIFY(QFileInfo::exists(e.resultPath()));
    QVERIFY(e.hasPredictions());
    QCOMPARE(next.historyView()->list()->topLevelItem(0)->text(HistoryView::StatusColumn),
             QStringLiteral("Finished"));
}

QTEST_MAIN(tst_History)
#include "tst_history.moc"
