// Renders the app's windows to PNG files for docs/screenshots (scripts/screenshots.sh):
// the main window with a dataset inspected, the run view in the middle of a run driven
// by the fake engine, a failed run, and the result summary.
//
//   disteval_screenshots OUTPUT_DIR [LANGUAGE]
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "compare/compareview.h"
#include "comparisonfixtures.h"
#include "history/historyview.h"
#include "history/runhistory.h"
#include "results/resultsummaryview.h"
#include "run/runcontroller.h"
#include "run/runview.h"
#include "setup/runsetupwidget.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

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

void settle(int ms = 300)
{
    waitFor([] { return false; }, ms);
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

RunConfig demoConfig(const QString &output, const QString &extra)
{
    RunConfig config;
    config.checkpoints = {QStringLiteral("/home/ada/models/fashion_mlp.pt"),
                          QStringLiteral("/home/ada/models/fashion_cnn.pt")};
    config.dataPath = QStringLiteral("/home/ada/data/fashion-mnist/t10k-images-idx3-ubyte");
    config.outputDirectory = output;
    config.ranks = 4;
    config.device = RunConfig::Device::Cpu;
    config.batchSize = 256;
    config.bootstrapReplicates = 1000;
    config.confidence = 0.95;
    config.mpirunPath = QStringLiteral(DISTEVAL_FAKE_ENGINE);
    config.enginePath = QStringLiteral(DISTEVAL_FAKE_ENGINE);
    config.extraMpirunArguments = extra;
    return config;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QApplication::setOrganizationName(QStringLiteral("disteval-screenshots"));
    QApplication::setApplicationName(QStringLiteral("disteval"));
    QSettings().clear();
    QDir(RunHistory::defaultFolder()).removeRecursively(); // a fresh history each time
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: disteval_screenshots OUTPUT_DIR [LANGUAGE]\n");
        return 2;
    }
    const QDir out(args.at(1));
    const QString language = args.size() > 2 ? args.at(2) : QStringLiteral("en");
    const QString suffix
            = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    LanguageManager::install(&app, language);
    QTemporaryDir results;
    bool ok = true;

    MainWindow window;
    window.resize(1280, 800);
    window.setup()->setConfig(
            demoConfig(results.path(),
                       QStringLiteral("--generate --samples 10000 --rate 850 --delay-ms 120")),
            true);
    window.show();
    window.queryEngine();
    waitFor([&] { return window.setup()->inspectionOk(); }, 10000);
    ok &= save(&window, out.filePath(QStringLiteral("main-window%1.png").arg(suffix)));

    // Mid-run.
    window.startRun();
    RunController *controller = window.controller();
    waitFor(
            [&] {
                return controller->progress().total() > 0
                       && controller->progress().done() * 100
                                  >= controller->progress().total() * 55;
            },
            20000);
    ok &= save(&window, out.filePath(QStringLiteral("run-view%1.png").arg(suffix)));

    // Finished: the summary.
    waitFor([&] { return !controller->isActive(); }, 20000);
    ok &= save(&window, out.filePath(QStringLiteral("results%1.png").arg(suffix)));

    // A failed run.
    window.setup()->setConfig(
            demoConfig(results.path(),
                       QStringLiteral("--transcript %1/model_error.ndjson --exit 4 --stderr "
                                      "\"disteval-engine: error: cannot load 'broken.pt': not "
                                      "a TorchScript archive\"")
                               .arg(QStringLiteral(DISTEVAL_GUI_TEST_DATA))),
            true);
    window.startRun();
    waitFor([&] { return !controller->isActive(); }, 20000);
    ok &= save(&window, out.filePath(QStringLiteral("run-failed%1.png").arg(suffix)));

    // Two Fashion-MNIST-like runs of two checkpoints (made with core), with their
    // per-sample predictions, compared from the history.
    SyntheticRun early;
    early.classes = 10;
    early.samples = 10000;
    early.replicates = 1000;
    early.sidecar = true;
    early.dataPath = "/home/ada/data/fashion-mnist/t10k-images-idx3-ubyte";
    early.classNames = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                        "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    early.models = {
            {"/home/ada/models/fashion-cnn-early.pt", 0, 0, {6, 40, 5, 9, 5, 25, 3, 14, 30, 18}}};
    early.created = "2025-06-01T10:15:00Z";
    SyntheticRun full = early;
    full.created = "2025-06-01T11:30:00Z";
    full.models = {
            {"/home/ada/models/fashion-cnn-full.pt", 0, 1, {9, 45, 8, 11, 6, 60, 4, 22, 50, 30}}};
    RunHistory *history = window.history();
    const QString idA = history->addResult(writeSyntheticRun(
            results.path(), QStringLiteral("fashion-cnn-early-20250601-101500"), early));
    const QString idB = history->addResult(writeSyntheticRun(
            results.path(), QStringLiteral("fashion-cnn-full-20250601-113000"), full));
    history->rename(idA, QStringLiteral("CNN after 2 epochs"));
    history->rename(idB, QStringLiteral("CNN after 20 epochs"));
    window.resize(1600, 960); // room for three matrices side by side
    window.compareHistoryRuns(idA, idB);
    CompareView *compare = window.compareView();
    compare->tabs()->setCurrentIndex(0);
    ok &= save(&window, out.filePath(QStringLiteral("compare-view%1.png").arg(suffix)));
    compare->tabs()->setCurrentIndex(1);
    ok &= save(&window, out.filePath(QStringLiteral("compare-delta-f1%1.png").arg(suffix)));
    compare->tabs()->setCurrentIndex(2);
    ok &= save(&window, out.filePath(QStringLiteral("compare-matrices%1.png").arg(suffix)));
    window.tabs()->setCurrentWidget(window.historyView());
    window.historyView()->select({idA, idB});
    ok &= save(&window, out.filePath(QStringLiteral("history%1.png").arg(suffix)));
    return ok ? 0 : 1;
}
