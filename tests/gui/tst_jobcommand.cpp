// The command line the app runs and the one "Copy command" gives.
#include "run/jobcommand.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class tst_JobCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void argumentList();
    void oversubscribeOnlyWhenRanksExceedCores_data();
    void oversubscribeOnlyWhenRanksExceedCores();
    void copiedCommandHasNoSocket();
    void extraArguments();
    void shellQuoteSurvivesAShell_data();
    void shellQuoteSurvivesAShell();
    void resultPath();
    void settingsRoundTrip();
    void taskOptions_data();
    void taskOptions();
    void taskSettingsRoundTrip();
    void masksFolder();
    void metricFiles_data();
    void metricFiles();
    void metricFilesRoundTrip();
};

namespace {
RunConfig sampleConfig()
{
    RunConfig c;
    c.checkpoints = {QStringLiteral("/m/a.pt"), QStringLiteral("/m/b b.pt")};
    c.dataPath = QStringLiteral("/d/test");
    c.classNamesFile = QStringLiteral("/d/names.txt");
    c.outputDirectory = QStringLiteral("/out");
    c.ranks = 4;
    c.device = RunConfig::Device::Cuda;
    c.batchSize = 128;
    c.bootstrapReplicates = 500;
    c.confidence = 0.9;
    return c;
}
} // namespace

void tst_JobCommand::argumentList()
{
    const JobCommand command = JobCommand::build(
            sampleConfig(),
            {QStringLiteral("/usr/bin/mpirun"), QStringLiteral("/opt/disteval-engine"), 8},
            QStringLiteral("/out/r.json"), QStringLiteral("/tmp/disteval-1-ab"));
    QCOMPARE(command.program(), QStringLiteral("/usr/bin/mpirun"));
    const QStringList expected{QStringLiteral("-np"),
                               QStringLiteral("4"),
                               QStringLiteral("-x"),
                               QStringLiteral("DISTEVAL_PROGRESS_TOKEN"),
                               QStringLiteral("/opt/disteval-engine"),
                               QStringLiteral("--model"),
                               QStringLiteral("/m/a.pt"),
                               QStringLiteral("--model"),
                               QStringLiteral("/m/b b.pt"),
                               QStringLiteral("--data"),
                               QStringLiteral("/d/test"),
                               QStringLiteral("--class-names"),
                               QStringLiteral("/d/names.txt"),
                               QStringLiteral("--batch-size"),
                               QStringLiteral("128"),
                               QStringLiteral("--threads"),
                               QStringLiteral("2"),
                               QStringLiteral("--device"),
                               QStringLiteral("cuda"),
                               QStringLiteral("--bootstrap"),
                               QStringLiteral("500"),
                               QStringLiteral("--confidence"),
                               QStringLiteral("0.9"),
                               QStringLiteral("--output"),
                               QStringLiteral("/out/r.json"),
                               QStringLiteral("--save-predictions"),
                               QStringLiteral("--progress-socket"),
                               QStringLiteral("/tmp/disteval-1-ab")};
    QCOMPARE(command.arguments(), expected);
}

void tst_JobCommand::oversubscribeOnlyWhenRanksExceedCores_data()
{
    QTest::addColumn<int>("ranks");
    QTest::addColumn<int>("cores");
    QTest::addColumn<bool>("oversubscribe");
    QTest::newRow("fewer ranks") << 2 << 8 << false;
    QTest::newRow("as many") << 8 << 8 << false;
    QTest::newRow("more ranks") << 9 << 8 << true;
}

void tst_JobCommand::oversubscribeOnlyWhenRanksExceedCores()
{
    QFETCH(int, ranks);
    QFETCH(int, cores);
    QFETCH(bool, oversubscribe);
    RunConfig config = sampleConfig();
    config.ranks = ranks;
    const JobCommand command
            = JobCommand::build(config, {QStringLiteral("mpirun"), QStringLiteral("e"), cores},
                                QStringLiteral("r"), {});
    QCOMPARE(command.arguments().contains(QStringLiteral("--oversubscribe")), oversubscribe);
    QVERIFY(!command.arguments().contains(QStringLiteral("--allow-run-as-root")));
    // Threads per rank never drop below one.
    QVERIFY(command.arguments()
                    .at(command.arguments().indexOf(QStringLiteral("--threads")) + 1)
                    .toInt()
            >= 1);
}

void tst_JobCommand::copiedCommandHasNoSocket()
{
    const JobCommand command = JobCommand::build(
            sampleConfig(), {QStringLiteral("mpirun"), QStringLiteral("disteval-engine"), 8},
            QStringLiteral("/out/r.json"), QString());
    QVERIFY(!command.arguments().contains(QStringLiteral("--progress-socket")));
    QVERIFY(!command.arguments().contains(QStringLiteral("-x")));
    QCOMPARE(command.shellLine(),
             QStringLiteral("mpirun -np 4 disteval-engine --model /m/a.pt --model '/m/b b.pt' "
                            "--data /d/test --class-names /d/names.txt --batch-size 128 "
                            "--threads 2 --device cuda --bootstrap 500 --confidence 0.9 "
                            "--output /out/r.json --save-predictions"));
}

void tst_JobCommand::extraArguments()
{
    RunConfig config = sampleConfig();
    config.ranks = 16;
    config.extraMpirunArguments
            = QStringLiteral("--hostfile \"/my hosts.txt\" --oversubscribe --mca btl ^openib");
    const JobCommand command = JobCommand::build(
            config, {QStringLiteral("mpirun"), QStringLiteral("e"), 8}, QStringLiteral("r"), {});
    const QStringList a = command.arguments();
    QCOMPARE(a.mid(0, 8),
             (QStringList{QStringLiteral("-np"), QStringLiteral("16"), QStringLiteral("--hostfile"),
                          QStringLiteral("/my hosts.txt"), QStringLiteral("--oversubscribe"),
                          QStringLiteral("--mca"), QStringLiteral("btl"),
                          QStringLiteral("^openib")}));
    QCOMPARE(a.count(QStringLiteral("--oversubscribe")), 1); // not added twice
    QCOMPARE(a.at(8), QStringLiteral("e"));

    config.extraMpirunArguments = QStringLiteral("--hostfile \"unterminated");
    QString error;
    QVERIFY(JobCommand::build(config, {QStringLiteral("mpirun"), QStringLiteral("e"), 8},
                              QStringLiteral("r"), {}, &error)
                    .isEmpty());
    QVERIFY(!error.isEmpty());
}

void tst_JobCommand::shellQuoteSurvivesAShell_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("plain") << QStringLiteral("/data/mnist");
    QTest::newRow("space") << QStringLiteral("/my data/set 1");
    QTest::newRow("single quote") << QStringLiteral("it's");
    QTest::newRow("dollar and backtick") << QStringLiteral("$HOME `id` $(id)");
    QTest::newRow("glob") << QStringLiteral("*.pt");
    QTest::newRow("empty") << QString();
    QTest::newRow("unicode") << QStringLiteral("模型 Größe.pt");
}

void tst_JobCommand::shellQuoteSurvivesAShell()
{
    QFETCH(QString, argument);
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("printf '%s' ") + JobCommand::shellQuote(argument)});
    QVERIFY(shell.waitForFinished(5000));
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), argument);
}

void tst_JobCommand::resultPath()
{
    RunConfig config = sampleConfig();
    const QDateTime when(QDate(2025, 3, 4), QTime(5, 6, 7));
    QCOMPARE(JobCommand::resultPathFor(config, when),
             QStringLiteral("/out/a-20250304-050607.json"));
    config.checkpoints.clear();
    QCOMPARE(JobCommand::resultPathFor(config, when),
             QStringLiteral("/out/result-20250304-050607.json"));
    // No folder chosen: the documented default, never the working directory (a desktop
    // launcher's is $HOME or /).
    config.outputDirectory.clear();
    const QString path = JobCommand::resultPathFor(config, when);
    QCOMPARE(QFileInfo(path).absolutePath(), RunConfig::defaultOutputDirectory());
    QVERIFY(RunConfig::defaultOutputDirectory().endsWith(QStringLiteral("/disteval")));
    QVERIFY(QFileInfo(path).absolutePath() != QDir::currentPath());
}

void tst_JobCommand::settingsRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    RunConfig config = sampleConfig();
    config.mpirunPath = QStringLiteral("/opt/ompi/bin/mpirun");
    config.extraMpirunArguments = QStringLiteral("--hostfile h");
    config.savePredictions = false;
    config.save(settings);
    const RunConfig back = RunConfig::load(settings);
    QCOMPARE(back.checkpoints, config.checkpoints);
    QCOMPARE(back.dataPath, config.dataPath);
    QCOMPARE(back.classNamesFile, config.classNamesFile);
    QCOMPARE(back.ranks, 4);
    QCOMPARE(back.device, RunConfig::Device::Cuda);
    QCOMPARE(back.batchSize, 128);
    QCOMPARE(back.bootstrapReplicates, 500);
    QCOMPARE(back.confidence, 0.9);
    QCOMPARE(back.mpirunPath, config.mpirunPath);
    QCOMPARE(back.extraMpirunArguments, config.extraMpirunArguments);
    QCOMPARE(back.savePredictions, false);
    QVERIFY(RunConfig().savePredictions); // on by default, so history runs pair
    // Garbage in the settings falls back to the defaults.
    settings.setValue(QStringLiteral("run/ranks"), -3);
    settings.setValue(QStringLiteral("run/device"), QStringLiteral("tpu"));
    settings.setValue(QStringLiteral("run/confidence"), 7);
    const RunConfig fallback = RunConfig::load(settings);
    QCOMPARE(fallback.ranks, RunConfig().ranks);
    QCOMPARE(fallback.device, RunConfig::Device::Auto);
    QCOMPARE(fallback.confidence, 0.95);
    QCOMPARE(suggestedRanks(true, 4, 32), 4);
    QCOMPARE(suggestedRanks(false, 0, 16), 8);
    QCOMPARE(suggestedRanks(false, 0, 1), 1);
}

void tst_JobCommand::taskOptions_data()
{
    QTest::addColumn<int>("task");
    QTest::addColumn<bool>("ignore");
    QTest::addColumn<int>("classDim");
    QTest::addColumn<QString>("outputKey");
    QTest::addColumn<int>("outputIndex");
    QTest::addColumn<QStringList>("expected"); // the arguments after --output FILE
    using T = RunConfig::Task;
    using D = RunConfig::ClassDim;
    const QString save = QStringLiteral("--save-predictions");
    QTest::newRow("classification: as before") << int(T::Classification) << false << int(D::Auto)
                                               << QString() << 0 << QStringList{save};
    QTest::newRow("segmentation") << int(T::Classification) << true << int(D::Second) << QString()
                                  << 0
                                  << QStringList{QStringLiteral("--ignore-index"),
                                                 QStringLiteral("-100"),
                                                 QStringLiteral("--class-dim"), QStringLiteral("1"),
                                                 save};
    QTest::newRow("tokens, dict output")
            << int(T::Classification) << false << int(D::Last) << QStringLiteral(" logits ") << 0
            << QStringList{QStringLiteral("--class-dim"), QStringLiteral("last"),
                           QStringLiteral("--output-key"), QStringLiteral("logits"), save};
    // The ignore index and the class dimension are classification's; every task has its
    // per-sample records.
    QTest::newRow("multi-label") << int(T::MultiLabel) << true << int(D::Last) << QString() << 0
                                 << QStringList{QStringLiteral("--task"),
                                                QStringLiteral("multilabel"),
                                                QStringLiteral("--threshold"),
                                                QStringLiteral("0.35"), save};
    QTest::newRow("regression, tuple output")
            << int(T::Regression) << false << int(D::Auto) << QString() << 2
            << QStringList{QStringLiteral("--task"), QStringLiteral("regression"),
                           QStringLiteral("--output-index"), QStringLiteral("2"), save};
}

void tst_JobCommand::taskOptions()
{
    QFETCH(int, task);
    QFETCH(bool, ignore);
    QFETCH(int, classDim);
    QFETCH(QString, outputKey);
    QFETCH(int, outputIndex);
    QFETCH(QStringList, expected);
    RunConfig config = sampleConfig();
    config.task = static_cast<RunConfig::Task>(task);
    config.hasIgnoreIndex = ignore;
    config.ignoreIndex = -100;
    config.classDim = static_cast<RunConfig::ClassDim>(classDim);
    config.threshold = 0.35;
    config.outputKey = outputKey;
    config.outputIndex = outputIndex;
    const JobCommand command
            = JobCommand::build(config, {QStringLiteral("mpirun"), QStringLiteral("e"), 8},
                                QStringLiteral("/r.json"), {});
    const QStringList a = command.arguments();
    const int output = static_cast<int>(a.indexOf(QStringLiteral("--output")));
    QVERIFY(output > 0);
    QCOMPARE(a.mid(output + 2), expected);
}

void tst_JobCommand::masksFolder()
{
    RunConfig config = sampleConfig();
    config.masksFolder = QStringLiteral(" /data/voc/masks ");
    config.hasIgnoreIndex = true;
    config.ignoreIndex = 255;
    const JobCommand command
            = JobCommand::build(config, {QStringLiteral("mpirun"), QStringLiteral("e"), 8},
                                QStringLiteral("/r.json"), {});
    const QStringList a = command.arguments();
    const int output = static_cast<int>(a.indexOf(QStringLiteral("--output")));
    // Segmentation folders have per-sample records too (accuracy and IoU per image).
    QCOMPARE(a.mid(output + 2),
             (QStringList{QStringLiteral("--masks"), QStringLiteral("/data/voc/masks"),
                          QStringLiteral("--ignore-index"), QStringLiteral("255"),
                          QStringLiteral("--save-predictions")}));
    config.savePredictions = false;
    QVERIFY(!JobCommand::build(config, {QStringLiteral("mpirun"), QStringLiteral("e"), 8},
                               QStringLiteral("/r.json"), {})
                     .arguments()
                     .contains(QStringLiteral("--save-predictions")));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("m.ini")), QSettings::IniFormat);
    config.save(settings);
    QCOMPARE(RunConfig::load(settings).masksFolder, QStringLiteral(" /data/voc/masks "));
}

void tst_JobCommand::taskSettingsRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    RunConfig config = sampleConfig();
    config.task = RunConfig::Task::MultiLabel;
    config.hasIgnoreIndex = true;
    config.ignoreIndex = -100;
    config.classDim = RunConfig::ClassDim::Last;
    config.threshold = 0.3;
    config.outputKey = QStringLiteral("logits");
    config.outputIndex = 3;
    config.save(settings);
    RunConfig back = RunConfig::load(settings);
    QCOMPARE(back.task, RunConfig::Task::MultiLabel);
    QVERIFY(back.hasIgnoreIndex);
    QCOMPARE(back.ignoreIndex, qint64(-100));
    QCOMPARE(back.classDim, RunConfig::ClassDim::Last);
    QCOMPARE(back.threshold, 0.3);
    QCOMPARE(back.outputKey, QStringLiteral("logits"));
    QCOMPARE(back.outputIndex, 3);
    config.hasIgnoreIndex = false;
    config.save(settings);
    QVERIFY(!RunConfig::load(settings).hasIgnoreIndex);
    // Garbage falls back to the defaults.
    settings.setValue(QStringLiteral("run/task"), QStringLiteral("dense"));
    settings.setValue(QStringLiteral("run/classDim"), QStringLiteral("2"));
    settings.setValue(QStringLiteral("run/threshold"), 1.5);
    settings.setValue(QStringLiteral("run/outputIndex"), -1);
    back = RunConfig::load(settings);
    QCOMPARE(back.task, RunConfig::Task::Classification);
    QCOMPARE(back.classDim, RunConfig::ClassDim::Auto);
    QCOMPARE(back.threshold, 0.5);
    QCOMPARE(back.outputIndex, 0);
}

void tst_JobCommand::metricFiles_data()
{
    QTest::addColumn<QStringList>("metrics");
    QTest::newRow("none") << QStringList();
    QTest::newRow("one") << QStringList{QStringLiteral("/metrics/brier.pt")};
    QTest::newRow("two, one with a space") << QStringList{QStringLiteral("/metrics/brier.pt"),
                                                          QStringLiteral("/my metrics/ece.pt")};
}

// One `--metric FILE` per metric file, in the list's order, after the class names; the
// copied command quotes them.
void tst_JobCommand::metricFiles()
{
    QFETCH(QStringList, metrics);
    RunConfig config = sampleConfig();
    config.metricFiles = metrics;
    const JobCommand command
            = JobCommand::build(config, {QStringLiteral("mpirun"), QStringLiteral("e"), 8},
                                QStringLiteral("/r.json"), {});
    const QStringList a = command.arguments();
    QCOMPARE(a.count(QStringLiteral("--metric")), metrics.size());
    const int names = static_cast<int>(a.indexOf(QStringLiteral("--class-names")));
    QVERIFY(names > 0);
    QStringList expected;
    for (const QString &metric : metrics)
        expected << QStringLiteral("--metric") << metric;
    expected << QStringLiteral("--batch-size");
    QCOMPARE(a.mid(names + 2, expected.size()), expected);
    if (metrics.size() == 2)
        QVERIFY(command.shellLine().contains(
                QStringLiteral("--metric /metrics/brier.pt --metric '/my metrics/ece.pt' ")));
    // The engine arguments are the command's after the engine.
    QCOMPARE(JobCommand::engineArguments(config, QStringLiteral("/r.json"), 2),
             a.mid(a.indexOf(QStringLiteral("e")) + 1));
}

void tst_JobCommand::metricFilesRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    RunConfig config = sampleConfig();
    QCOMPARE(RunConfig::load(settings).metricFiles, QStringList()); // none by default
    config.metricFiles = {QStringLiteral("/metrics/brier.pt"), QStringLiteral("/my metrics/é.pt")};
    config.save(settings);
    QCOMPARE(RunConfig::load(settings).metricFiles, config.metricFiles);
    config.metricFiles.clear();
    config.save(settings);
    QCOMPARE(RunConfig::load(settings).metricFiles, QStringList());
}

QTEST_GUILESS_MAIN(tst_JobCommand)
#include "tst_jobcommand.moc"
