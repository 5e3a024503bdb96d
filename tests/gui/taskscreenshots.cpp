// Renders the results of the other tasks (docs/TASKS.md) to PNG files for
// docs/screenshots (scripts/screenshots.sh): a segmentation result (summary with the
// IoU metrics, per-class IoU bars, the confusion matrix over pixels), a multi-label
// result (per-label F1 bars with the average precision) and a regression result with two
// targets (summary, Per Target, Compare), all written by the real engine
// (tests/gui/data/task-*.json), and the set-up's task options for regression.
//
//   disteval_task_screenshots OUTPUT_DIR [LANGUAGE]
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "common/runconfig.h"
#include "compare/compareview.h"
#include "results/confusionmatrixview.h"
#include "results/perclassview.h"
#include "results/pertargetview.h"
#include "results/resultsummaryview.h"
#include "results/resultsview.h"
#include "setup/runsetupwidget.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>

#include <cstdio>

namespace {
void settle(int ms = 300)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *widget, const QDir &out, const QString &name, const QString &suffix)
{
    settle();
    const QString path = out.filePath(name + suffix + QStringLiteral(".png"));
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

QString data(const char *name)
{
    return QStringLiteral(DISTEVAL_GUI_TEST_DATA "/%1.json").arg(QLatin1String(name));
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
        std::fprintf(stderr, "usage: disteval_task_screenshots OUTPUT_DIR [LANGUAGE]\n");
        return 2;
    }
    const QDir out(args.at(1));
    const QString language = args.size() > 2 ? args.at(2) : QStringLiteral("en");
    const QString suffix
            = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    LanguageManager::install(&app, language);
    bool ok = true;

    MainWindow window;
    window.resize(1500, 950);
    window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({330, 1170});
    RunConfig config;
    config.task = RunConfig::Task::Regression;
    config.outputIndex = 1;
    window.setup()->setConfig(config, true);
    window.show();
    ResultsView *results = window.resultsView();
    QTabWidget *tabs = results->tabs();

    if (!window.openResult(data("task-segmentation")))
        return 1;
    tabs->setCurrentWidget(results->summaryView());
    ok &= save(&window, out, QStringLiteral("task-segmentation-summary"), suffix);
    tabs->setCurrentWidget(results->perClassView());
    ok &= save(results, out, QStringLiteral("task-segmentation-iou"), suffix);
    tabs->setCurrentWidget(results->confusionView());
    ok &= save(results, out, QStringLiteral("task-segmentation-confusion"), suffix);

    if (!window.openResult(data("task-multilabel")))
        return 1;
    tabs->setCurrentWidget(results->perClassView());
    ok &= save(results, out, QStringLiteral("task-multilabel-per-label"), suffix);

    if (!window.openResult(data("task-regression-2-targets")))
        return 1;
    tabs->setCurrentWidget(results->summaryView());
    ok &= save(&window, out, QStringLiteral("task-regression-summary"), suffix);
    tabs->setCurrentWidget(results->perTargetView());
    ok &= save(results, out, QStringLiteral("task-regression-per-target"), suffix);
    window.tabs()->setCurrentWidget(window.compareView());
    ok &= save(window.compareView(), out, QStringLiteral("task-regression-compare"), suffix);
    return ok ? 0 : 1;
}
