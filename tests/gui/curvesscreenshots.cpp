// Renders the Curves tab and the compare view's overlaid curves to PNG files for
// docs/screenshots (scripts/screenshots.sh): ROC, precision-recall, confidence threshold
// and top-k of a synthetic 10-class result, the two models of a synthetic comparison with
// their ROC curves and reliability diagrams overlaid, and the class picker of a synthetic
// 1000-class result filtered. Synthetic results (tests/gui/syntheticresult.h) until the demo's
// engine result carries curves.
//
//   disteval_curves_screenshots OUTPUT_DIR
#include "app/mainwindow.h"
#include "common/filterchecklist.h"
#include "compare/comparecurvesview.h"
#include "compare/compareview.h"
#include "comparisonfixtures.h"
#include "models/curvechoicemodel.h"
#include "plots/curvespanel.h"
#include "results/curvesview.h"
#include "results/resultsview.h"
#include "screenshotkit.h"
#include "syntheticresult.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>
#include <fstream>

namespace {

QString writeResult(const QTemporaryDir &dir, const QString &name, const SyntheticResultSpec &spec)
{
    const QString path = dir.filePath(name);
    std::ofstream(path.toStdString()) << disteval::serializeResult(makeSyntheticResult(spec));
    return path;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const std::optional<screenshots::Session> session
            = screenshots::start(app, "disteval_curves_screenshots");
    if (!session)
        return 2;
    const QDir &out = session->out;
    QTemporaryDir dir;
    bool ok = true;

    MainWindow window;
    window.resize(1500, 950);
    window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({330, 1170});
    window.show();
    ResultsView *results = window.resultsView();

    SyntheticResultSpec ten;
    ten.models = 2;
    if (!window.openResult(writeResult(dir, QStringLiteral("synthetic-10-classes.json"), ten)))
        return 1;
    CurvesView *curves = results->curvesView();
    results->tabs()->setCurrentWidget(curves);
    const std::pair<CurveKind, const char *> kinds[]
            = {{CurveKind::Roc, "curves-roc"},
               {CurveKind::PrecisionRecall, "curves-pr"},
               {CurveKind::Confidence, "curves-confidence"},
               {CurveKind::TopK, "curves-top-k"}};
    for (const auto &[kind, name] : kinds) {
        curves->panel()->setKind(kind);
        ok &= screenshots::save(results, out, QLatin1String(name));
    }

    // The two models overlaid (a run of two checkpoints compared on the same samples): the
    // averages and one class; the reliability diagrams.
    SyntheticRun pair;
    pair.models = {{"/models/fashion-cnn-early.pt", 4, 0}, {"/models/fashion-cnn-full.pt", 11, 1}};
    pair.classes = 10;
    pair.samples = 10000;
    pair.classNames = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                       "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    if (!window.openResult(writeSyntheticRun(dir.path(), QStringLiteral("two-checkpoints"), pair)))
        return 1;
    window.tabs()->setCurrentWidget(window.compareView());
    CompareCurvesView *overlay = window.compareView()->curvesView();
    window.compareView()->tabs()->setCurrentWidget(overlay);
    overlay->choices()->setChecked({kMicroCurve, kMacroCurve, 6});
    overlay->panel()->setKind(CurveKind::Roc);
    ok &= screenshots::save(window.compareView(), out, QStringLiteral("compare-curves-roc"));
    overlay->panel()->setKind(CurveKind::Reliability);
    ok &= screenshots::save(window.compareView(), out, QStringLiteral("compare-reliability"));
    window.tabs()->setCurrentWidget(results);

    // 1000 classes: the picker filtered, a block of classes checked.
    SyntheticResultSpec large;
    large.classes = 1000;
    large.samples = 50000;
    large.bootstrapReplicates = 50;
    if (!window.openResult(writeResult(dir, QStringLiteral("synthetic-1000-classes.json"), large)))
        return 1;
    results->tabs()->setCurrentWidget(curves);
    curves->panel()->setKind(CurveKind::Roc);
    curves->panel()->picker()->filterEdit()->setText(QStringLiteral("class 004"));
    curves->panel()->picker()->checkShown();
    ok &= screenshots::save(results, out, QStringLiteral("curves-1000-picker"));
    return ok ? 0 : 1;
}
