// Renders the app's windows to PNG files for docs/screenshots (scripts/screenshots.sh):
// the main window with a dataset inspected, the run view in the middle of a run driven
// by the fake engine, a failed run, and the result summary.
//
//   disteval_screenshots OUTPUT_DIR [LANGUAGE]
#include "languagemanager.h"
#include "mainwindow.h"
#include "resultsummaryview.h"
#include "runcontroller.h"
#include "runsetupwidget.h"
#include "runview.h"

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
                return controller->overallTotal() > 0
                       && controller->overallDone() * 100 >= controller->overallTotal() * 55;
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
    return ok ? 0 : 1;
}
