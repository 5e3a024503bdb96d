// Renders the app's windows to PNG files for docs/screenshots (scripts/screenshots.sh),
// from real runs of the demo: disteval-engine under mpirun on the demo checkpoints and
// the Fashion-MNIST test set, set up with Help › Open the Demo. The first start (no
// engine found, the getting-started text), the set-up with the dataset inspected, a run
// in the middle, its summary, its samples as a gallery of the thumbnails the engine
// renders, a checkpoint the engine cannot load, the comparison of the two checkpoints,
// the run history, and McNemar's discordant samples of two runs from the history.
//
//   disteval_screenshots OUTPUT_DIR [LANGUAGE]
//
// The engine comes from $DISTEVAL_ENGINE, the demo from $DISTEVAL_DEMO_DIR and
// $DISTEVAL_FASHION_MNIST (app/demofiles.h); mpirun from the PATH.
#include "app/demofiles.h"
#include "app/gettingstarteddialog.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "common/samplerenderer.h"
#include "compare/compareview.h"
#include "history/historyview.h"
#include "history/runhistory.h"
#include "results/resultsview.h"
#include "run/runcontroller.h"
#include "samples/samplegallery.h"
#include "samples/samplesview.h"
#include "samples/sampletablemodel.h"
#include "screenshotkit.h"
#include "setup/runsetupwidget.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace {
// Runs the event loop until `done` or `timeoutMs`; returns `done()`.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// Runs what the set-up holds to its end; false when it did not succeed.
bool runToTheEnd(MainWindow &window)
{
    window.setup()->inspectDataset();
    waitFor([&] { return window.setup()->inspectionOk(); }, 30000);
    window.startRun();
    return waitFor([&] { return !window.controller()->isActive(); }, 300000)
           && window.controller()->state() == RunController::State::Succeeded;
}

// The samples view in its gallery, once the thumbnails on screen are there.
bool showGallery(SamplesView *samples, SamplesView::Preset preset)
{
    samples->gallery()->setMode(SampleGallery::Mode::Gallery);
    samples->setPreset(preset);
    if (auto *split = samples->findChild<QSplitter *>())
        split->setSizes({520, 290});
    const QAbstractItemModel *model = samples->tableModel();
    return waitFor(
            [&] {
                const QList<qint64> wanted = samples->gallery()->wantedIndices();
                return model->rowCount() > 0 && !wanted.isEmpty() && !samples->renderer()->busy()
                       && !model->index(0, 0).data(Qt::DecorationRole).isNull();
            },
            60000);
}

// A checkpoint cut short: still a zip archive by its first bytes, so it passes the app's
// own check, and the engine says what is wrong with it.
QString damagedCopy(const QString &checkpoint, const QDir &dir)
{
    QFile in(checkpoint);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QString path = dir.filePath(QStringLiteral("fashion-cnn-damaged.pt"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(in.read(4096));
    return path;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const std::optional<screenshots::Session> session
            = screenshots::start(app, "disteval_screenshots");
    if (!session)
        return 2;
    QDir(RunHistory::defaultFolder()).removeRecursively(); // a fresh history each time
    const QDir &out = session->out;
    const QString &suffix = session->suffix;
    const QByteArray engine = qgetenv("DISTEVAL_ENGINE");
    const DemoFiles demo = DemoFiles::find();
    if (engine.isEmpty() || !demo.complete()) {
        std::fprintf(stderr, "disteval_screenshots: set DISTEVAL_ENGINE, and the demo "
                             "(DISTEVAL_DEMO_DIR, DISTEVAL_FASHION_MNIST) must be complete\n");
        return 2;
    }
    QTemporaryDir results;
    bool ok = true;
    const QSize size(1280, 800);

    // The first start of an app that finds no engine: the set-up says so first.
    {
        qunsetenv("DISTEVAL_ENGINE");
        MainWindow first;
        first.resize(size);
        first.show();
        first.queryEngine();
        ok &= screenshots::save(&first, out, QStringLiteral("first-start"), suffix, 400);
        first.showGettingStartedOnFirstStart();
        ok &= screenshots::save(first.gettingStarted(), out, QStringLiteral("getting-started"),
                                suffix, 400);
        qputenv("DISTEVAL_ENGINE", engine);
    }

    MainWindow window;
    window.resize(size);
    window.show();
    window.queryEngine();
    RunConfig config = window.setup()->config();
    config.ranks = 2;
    config.outputDirectory = results.path();
    window.setup()->setConfig(config, true);
    ok &= window.openDemo();
    waitFor([&] { return window.setup()->inspectionOk(); }, 30000);
    ok &= screenshots::save(&window, out, QStringLiteral("main-window"), suffix, 400);

    // The demo run, in the middle and at its end. The demo evaluates in about a second:
    // taken at the first report past a fifth, after a short settle, so that it is still
    // running (not writing its result, nor over).
    RunController *controller = window.controller();
    window.startRun();
    waitFor(
            [&] {
                return controller->progress().total() > 0
                       && controller->progress().done() * 100
                                  >= controller->progress().total() * 20;
            },
            120000);
    ok &= screenshots::save(&window, out, QStringLiteral("run-view"), suffix, 60);
    waitFor([&] { return !controller->isActive(); }, 300000);
    ok &= controller->state() == RunController::State::Succeeded;
    ok &= screenshots::save(&window, out, QStringLiteral("results"), suffix, 400);

    // Its samples: the most confident mistakes as a gallery of the engine's thumbnails.
    ResultsView *resultsView = window.resultsView();
    SamplesView *samples = resultsView->samplesView();
    resultsView->tabs()->setCurrentWidget(samples);
    ok &= showGallery(samples, SamplesView::ConfidentMistakes);
    ok &= screenshots::save(&window, out, QStringLiteral("samples-gallery"), suffix, 400);
    samples->gallery()->setMode(SampleGallery::Mode::List);
    ok &= screenshots::save(&window, out, QStringLiteral("samples-list"), suffix, 400);
    resultsView->tabs()->setCurrentIndex(0);

    // Its comparison of the two checkpoints.
    CompareView *compare = window.compareView();
    window.tabs()->setCurrentWidget(compare);
    const QStringList tabs{QStringLiteral("compare-view"), QStringLiteral("compare-delta-f1"),
                           QStringLiteral("compare-matrices"),
                           QStringLiteral("compare-difference")};
    for (int t = 0; t < tabs.size(); ++t) {
        compare->tabs()->setCurrentIndex(t);
        ok &= screenshots::save(&window, out, tabs[t], suffix, 400);
    }

    // A checkpoint the engine cannot load.
    const RunConfig demoRun = window.setup()->config();
    config = demoRun;
    config.checkpoints = {damagedCopy(demo.checkpoints.first(), QDir(results.path()))};
    window.setup()->setConfig(config, true);
    runToTheEnd(window);
    ok &= screenshots::save(&window, out, QStringLiteral("run-failed"), suffix, 400);

    // Each checkpoint on its own, with its per-sample predictions: the history then holds
    // three runs, and the two single ones compare pairwise.
    QStringList ids;
    for (const QString &checkpoint : demo.checkpoints) {
        config = demoRun;
        config.checkpoints = {checkpoint};
        window.setup()->setConfig(config, true);
        ok &= runToTheEnd(window);
        ids.prepend(window.history()->entries().constFirst().id);
    }
    window.setup()->setConfig(demoRun, true);
    window.tabs()->setCurrentWidget(window.historyView());
    window.historyView()->select(ids);
    ok &= screenshots::save(&window, out, QStringLiteral("history"), suffix, 400);

    // The two runs compared from the history: the samples one gets right and the other
    // wrong, from their two records files.
    window.compareHistoryRuns(ids.value(1), ids.value(0));
    SamplesView *discordant = compare->samplesView();
    compare->tabs()->setCurrentWidget(discordant);
    ok &= compare->tabs()->isTabVisible(compare->tabs()->indexOf(discordant));
    ok &= showGallery(discordant, SamplesView::WrongWhereOther);
    ok &= screenshots::save(&window, out, QStringLiteral("compare-discordant"), suffix, 400);
    return ok ? 0 : 1;
}
