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
#include "screenshotkit.h"
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

QString data(const char *name)
{
    return QStringLiteral(DISTEVAL_GUI_TEST_DATA "/%1.json").arg(QLatin1String(name));
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const std::optional<screenshots::Session> session
            = screenshots::start(app, "disteval_task_screenshots");
    if (!session)
        return 2;
    const QDir &out = session->out;
    const QString &suffix = session->suffix;
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
    ok &= screenshots::save(&window, out, QStringLiteral("task-segmentation-summary"), suffix);
    tabs->setCurrentWidget(results->perClassView());
    ok &= screenshots::save(results, out, QStringLiteral("task-segmentation-iou"), suffix);
    tabs->setCurrentWidget(results->confusionView());
    ok &= screenshots::save(results, out, QStringLiteral("task-segmentation-confusion"), suffix);

    if (!window.openResult(data("task-multilabel")))
        return 1;
    tabs->setCurrentWidget(results->perClassView());
    ok &= screenshots::save(results, out, QStringLiteral("task-multilabel-per-label"), suffix);

    if (!window.openResult(data("task-regression-2-targets")))
        return 1;
    tabs->setCurrentWidget(results->summaryView());
    ok &= screenshots::save(&window, out, QStringLiteral("task-regression-summary"), suffix);
    tabs->setCurrentWidget(results->perTargetView());
    ok &= screenshots::save(results, out, QStringLiteral("task-regression-per-target"), suffix);
    window.tabs()->setCurrentWidget(window.compareView());
    ok &= screenshots::save(window.compareView(), out, QStringLiteral("task-regression-compare"),
                            suffix);
    return ok ? 0 : 1;
}
