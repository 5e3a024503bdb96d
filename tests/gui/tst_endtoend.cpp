// End to end: the real disteval-engine under `mpirun -np 2`, started by the app's run
// controller, on the demo checkpoint. Needs DISTEVAL_ENGINE, DISTEVAL_DEMO_CHECKPOINT and
// DISTEVAL_DEMO_DATA (set by tests/gui/CMakeLists.txt); fails, and says what is
// missing, when they are not there.
#include "run/runcontroller.h"

#include "result/resultfile.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class tst_EndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoRanksThroughTheRunController();
};

void tst_EndToEnd::twoRanksThroughTheRunController()
{
    const QString engine = qEnvironmentVariable("DISTEVAL_ENGINE");
    const QString checkpoint = qEnvironmentVariable("DISTEVAL_DEMO_CHECKPOINT");
    const QString data = qEnvironmentVariable("DISTEVAL_DEMO_DATA");
    QVERIFY2(
            QFileInfo(engine).isExecutable(),
            qPrintable(
                    QStringLiteral("disteval-engine not found: DISTEVAL_ENGINE='%1'").arg(engine)));
    QVERIFY2(QFileInfo::exists(checkpoint),
             qPrintable(QStringLiteral("demo checkpoint not found: DISTEVAL_DEMO_CHECKPOINT='%1' "
                                       "(see docs/DEMO.md)")
                                .arg(checkpoint)));
    QVERIFY2(QFileInfo::exists(data),
             qPrintable(
                     QStringLiteral("demo dataset not found: DISTEVAL_DEMO_DATA='%1'").arg(data)));

    QTemporaryDir output;
    QVERIFY(output.isValid());
    RunConfig config;
    config.checkpoints = {checkpoint};
    config.dataPath = data;
    config.outputDirectory = output.path();
    config.ranks = 2;
    config.device = RunConfig::Device::Cpu;
    config.batchSize = 256;
    config.bootstrapReplicates = 200;
    config.enginePath = engine;
    // Root (as in CI containers) needs Open MPI's consent; never part of what users run.
    config.extraMpirunArguments = qEnvironmentVariable("DISTEVAL_E2E_MPIRUN_ARGS");
    if (::geteuid() == 0)
        config.extraMpirunArguments += QStringLiteral(" --allow-run-as-root");

    RunController controller;
    QSignalSpy hello(&controller, &RunController::helloReceived);
    QSignalSpy progress(&controller, &RunController::progressChanged);
    QSignalSpy finished(&controller, &RunController::finished);
    QStringList log;
    connect(&controller, &RunController::logLine, this,
            [&log](const QString &line) { log << line; });
    QVERIFY(controller.start(config));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 540000);
    QVERIFY2(controller.state() == RunController::State::Succeeded,
             qPrintable(controller.failure().summary + QLatin1Char('\n')
                        + controller.failure().details + QStringLiteral("\n--- log ---\n")
                        + log.join(QLatin1Char('\n'))));

    // The engine spoke the protocol: hello for two ranks, progress to the end.
    QCOMPARE(hello.count(), 1);
    QCOMPARE(controller.progress().worldSize(), 2);
    QVERIFY(progress.count() >= 2);
    QCOMPARE(controller.progress().done(), controller.progress().total());
    QCOMPARE(controller.progress().total(), controller.progress().numSamples());

    // And wrote a complete result for the whole dataset.
    const disteval::ResultFile result
            = disteval::readResultFile(controller.resultPath().toStdString());
    QCOMPARE(result.worldSize, 2);
    QCOMPARE(result.models.size(), size_t(1));
    QCOMPARE(result.dataset.numSamples, controller.progress().numSamples());
    QCOMPARE(result.models[0].evaluatedSamples + result.models[0].nonFiniteSamples,
             result.dataset.numSamples);
    int64_t covered = 0;
    for (const disteval::RankInfo &rank : result.ranks)
        covered += rank.count;
    QCOMPARE(covered, result.dataset.numSamples);
    const disteval::MetricValue *accuracy = result.models[0].metric("accuracy");
    QVERIFY(accuracy);
    QVERIFY(accuracy->value > 0.5 && accuracy->value <= 1.0); // a trained demo model
    QVERIFY(accuracy->ci.lower <= accuracy->value && accuracy->value <= accuracy->ci.upper);
}

QTEST_GUILESS_MAIN(tst_EndToEnd)
#include "tst_endtoend.moc"
