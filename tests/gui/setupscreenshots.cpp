// Renders the run set-up with its custom metrics and the Slurm batch script dialog to PNG
// files for docs/screenshots (scripts/screenshots.sh): setup-metrics.png (the set-up
// form, Advanced open, one metric file missing) and slurm-script.png (2 nodes x 4 GPUs).
// The fake engine (tests/gui/fakeengine.cpp) answers --probe and --inspect, as in the
// GUI tests, so no LibTorch is needed; its dataset has three classes (cat, dog, bird).
//
//   disteval_setup_screenshots OUTPUT_DIR [LANGUAGE]
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/slurmscriptdialog.h"
#include "common/runconfig.h"
#include "fakeenginerun.h"
#include "run/jobcommand.h"
#include "screenshotkit.h"
#include "setup/runsetupwidget.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

#include <cstdio>

namespace {

// The same set-up as a cluster user has it: every file under /shared (a file system every
// node sees), the engine on the nodes' PATH.
RunConfig onTheCluster(RunConfig config)
{
    for (QString &checkpoint : config.checkpoints)
        checkpoint = QStringLiteral("/shared/models/") + QFileInfo(checkpoint).fileName();
    for (QString &metric : config.metricFiles)
        metric = QStringLiteral("/shared/metrics/") + QFileInfo(metric).fileName();
    return config;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const std::optional<screenshots::Session> session
            = screenshots::start(app, "disteval_setup_screenshots");
    if (!session)
        return 2;
    const QDir &out = session->out;
    const QString &suffix = session->suffix;
    // The fake engine, found as the real one is: through $DISTEVAL_ENGINE.
    qputenv("DISTEVAL_ENGINE", DISTEVAL_FAKE_ENGINE);
    QTemporaryDir files;
    bool ok = true;

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    RunConfig config;
    config.checkpoints = {fakeCheckpoint(files, QStringLiteral("pets-resnet18.pt")),
                          fakeCheckpoint(files, QStringLiteral("pets-resnet50.pt"))};
    config.metricFiles = {fakeCheckpoint(files, QStringLiteral("brier.pt")),
                          fakeCheckpoint(files, QStringLiteral("ece-15-bins.pt")),
                          files.filePath(QStringLiteral("top2-accuracy.pt"))};
    config.dataPath = QStringLiteral("/shared/data/pets/test-images-idx3-ubyte");
    config.outputDirectory = QStringLiteral("/shared/results");
    config.ranks = 4;
    window.setup()->setConfig(config, true);
    window.queryEngine();
    for (int i = 0; i < 100 && !window.setup()->inspectionOk(); ++i)
        screenshots::settle(100);
    ok &= window.setup()->inspectionOk();
    window.setup()
            ->findChild<QWidget *>(QStringLiteral("advancedToggle"))
            ->setProperty("checked", true);
    ok &= screenshots::save(window.setup(), out, QStringLiteral("setup-metrics"), suffix);

    window.setup()->findChild<QPushButton *>(QStringLiteral("slurmScript"))->click();
    auto *dialog = window.findChild<SlurmScriptDialog *>(QStringLiteral("slurmScriptDialog"));
    if (!dialog)
        return 1;
    const RunConfig cluster = onTheCluster(window.setup()->config());
    dialog->setRun(
            cluster, QStringLiteral("disteval-engine"),
            JobCommand::resultPathFor(cluster, QDateTime(QDate(2025, 6, 1), QTime(14, 5, 0))));
    dialog->findChild<QSpinBox *>(QStringLiteral("slurmNodes"))->setValue(2);
    dialog->findChild<QSpinBox *>(QStringLiteral("slurmTasksPerNode"))->setValue(4);
    dialog->findChild<QSpinBox *>(QStringLiteral("slurmGpusPerNode"))->setValue(4);
    dialog->findChild<QSpinBox *>(QStringLiteral("slurmCpusPerTask"))->setValue(8);
    dialog->findChild<QLineEdit *>(QStringLiteral("slurmTime"))
            ->setText(QStringLiteral("02:00:00"));
    dialog->findChild<QLineEdit *>(QStringLiteral("slurmPartition"))
            ->setText(QStringLiteral("gpu"));
    ok &= !dialog->script().isEmpty();
    ok &= screenshots::save(dialog, out, QStringLiteral("slurm-script"), suffix);
    return ok ? 0 : 1;
}
