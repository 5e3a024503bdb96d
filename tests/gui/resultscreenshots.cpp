// Renders the results views to PNG files for docs/screenshots (scripts/screenshots.sh):
// the summary, confusion matrix (counts, shares of the true class), per-class chart and
// calibration of the 10-class Fashion-MNIST demo result (tests/gui/data, written by the
// real engine), the summary of a synthetic result whose class "Shirt" has 5 samples (the
// intervals the engine withholds, with their reasons) and the Compare tab of two models
// on 150 samples (no bootstrap intervals of differences), and the same views of a
// synthetic 1000-class result.
//
//   disteval_result_screenshots OUTPUT_DIR [LANGUAGE]
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "compare/compareview.h"
#include "comparisonfixtures.h"
#include "plots/confusionmatrixplot.h"
#include "plots/perclassplot.h"
#include "results/calibrationview.h"
#include "results/confusionmatrixview.h"
#include "results/perclassview.h"
#include "results/resultsummaryview.h"
#include "results/resultsview.h"
#include "screenshotkit.h"
#include "syntheticresult.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>
#include <fstream>

namespace {} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const std::optional<screenshots::Session> session
            = screenshots::start(app, "disteval_result_screenshots");
    if (!session)
        return 2;
    const QDir &out = session->out;
    const QString &language = session->language;
    const QString &suffix = session->suffix;
    bool ok = true;

    MainWindow window;
    window.resize(1500, 950);
    window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({330, 1170});
    window.show();
    ResultsView *results = window.resultsView();

    // The 10-class demo, from the real engine: the result scripts/screenshots.sh has just
    // made (DISTEVAL_SCREENSHOT_DEMO), else the test data's (an older schema's).
    const QString demo = qEnvironmentVariableIsEmpty("DISTEVAL_SCREENSHOT_DEMO")
                                 ? QStringLiteral(DISTEVAL_GUI_TEST_DATA "/fashion-mnist-demo.json")
                                 : qEnvironmentVariable("DISTEVAL_SCREENSHOT_DEMO");
    if (!window.openResult(demo))
        return 1;
    QTabWidget *tabs = results->tabs();
    tabs->setCurrentWidget(results->summaryView());
    ok &= screenshots::save(&window, out, QStringLiteral("results-summary"), suffix);
    tabs->setCurrentWidget(results->confusionView());
    ok &= screenshots::save(results, out, QStringLiteral("results-confusion"), suffix);
    results->confusionView()->normalizationBox()->setCurrentIndex(1);
    ok &= screenshots::save(results, out, QStringLiteral("results-confusion-rows"), suffix);
    results->confusionView()->normalizationBox()->setCurrentIndex(0);
    tabs->setCurrentWidget(results->perClassView());
    ok &= screenshots::save(results, out, QStringLiteral("results-per-class"), suffix);
    tabs->setCurrentWidget(results->calibrationView());
    ok &= screenshots::save(results, out, QStringLiteral("results-calibration"), suffix);

    // Two models whose class 6 has 5 samples: intervals withheld, with their reasons.
    QTemporaryDir dir;
    SyntheticResultSpec small;
    small.models = 2;
    small.smallClass = 6;
    small.smallClassSamples = 5;
    const QString withheld = dir.filePath(QStringLiteral("shirt-5-samples.json"));
    std::ofstream(withheld.toStdString()) << disteval::serializeResult(makeSyntheticResult(small));
    if (!window.openResult(withheld))
        return 1;
    tabs->setCurrentWidget(results->summaryView());
    ok &= screenshots::save(results, out, QStringLiteral("results-withheld-intervals"), suffix);
    // A comparison on 150 samples: the bootstrap intervals of the differences withheld.
    const QString few
            = writeSyntheticRun(dir.path(), QStringLiteral("150-samples"), fewSamplesRun());
    if (!window.openResult(few))
        return 1;
    window.tabs()->setCurrentWidget(window.compareView());
    ok &= screenshots::save(window.compareView(), out, QStringLiteral("compare-withheld-intervals"),
                            suffix);
    window.tabs()->setCurrentWidget(results);
    if (language != QLatin1String("en"))
        return ok ? 0 : 1;

    // A synthetic 1000-class result.
    SyntheticResultSpec spec;
    spec.classes = 1000;
    spec.samples = 50000;
    spec.worldSize = 4;
    spec.bootstrapReplicates = 200;
    const QString large = dir.filePath(QStringLiteral("synthetic-1000-classes.json"));
    std::ofstream(large.toStdString()) << disteval::serializeResult(makeSyntheticResult(spec));
    if (!window.openResult(large))
        return 1;
    tabs->setCurrentWidget(results->summaryView());
    ok &= screenshots::save(results, out, QStringLiteral("results-1000-summary"), suffix);
    tabs->setCurrentWidget(results->confusionView());
    results->confusionView()->logScaleBox()->setChecked(true);
    ok &= screenshots::save(results, out, QStringLiteral("results-1000-confusion"), suffix);
    ConfusionMatrixPlot *cm = results->confusionView()->plot();
    results->confusionView()->logScaleBox()->setChecked(false);
    cm->xAxis->setRange(99.5, 119.5);
    cm->yAxis->setRange(99.5, 119.5);
    cm->replot();
    ok &= screenshots::save(results, out, QStringLiteral("results-1000-confusion-zoomed"), suffix);
    tabs->setCurrentWidget(results->perClassView());
    results->perClassView()->scrollBar()->setValue(400);
    ok &= screenshots::save(results, out, QStringLiteral("results-1000-per-class"), suffix);
    results->perClassView()->subsetBox()->setCurrentIndex(1);
    results->perClassView()->subsetCount()->setValue(30);
    ok &= screenshots::save(results, out, QStringLiteral("results-1000-per-class-worst"), suffix);
    tabs->setCurrentWidget(results->calibrationView());
    ok &= screenshots::save(results, out, QStringLiteral("results-1000-calibration"), suffix);
    return ok ? 0 : 1;
}
