// The Slurm batch script the app writes (gui/run/slurmscript.h, docs/CLUSTER.md): its
// #SBATCH lines, the srun step run by a real bash against JobCommand's engine arguments,
// bash's syntax check, quoting, the settings, the program the cluster test submits. The
// dialog: tst_slurmscriptdialog.
#include "run/jobcommand.h"
#include "run/slurmscript.h"
#include "slurmscriptlines.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(RunConfig)

class tst_SlurmScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sbatchLines_data();
    void sbatchLines();
    void srunCarriesTheJobCommandArguments_data();
    void srunCarriesTheJobCommandArguments();
    void engineFromTheEnvironment();
    void nothingOfTheApp();
    void docsQuoteTheScript();
    void problems_data();
    void problems();
    void settingsRoundTrip();
    void printProgram();

private:
    // Runs `script` with bash, `srun` being a stand-in that records its arguments; returns
    // them (empty, with a failed check, when bash fails).
    QStringList srunArguments(const QString &script, int cpusPerTask,
                              const QString &engineOverride = QString());

    QString m_bash;
    QTemporaryDir m_dir;
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
    c.batchSize = 128;
    c.bootstrapReplicates = 500;
    c.confidence = 0.9;
    return c;
}

SlurmScript::Options options(int nodes, int tasks, int gpus, int cpus,
                             const QString &time = QStringLiteral("00:30:00"),
                             const QString &partition = QString())
{
    SlurmScript::Options o;
    o.nodes = nodes;
    o.tasksPerNode = tasks;
    o.gpusPerNode = gpus;
    o.cpusPerTask = cpus;
    o.timeLimit = time;
    o.partition = partition;
    return o;
}

} // namespace

void tst_SlurmScript::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("disteval-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_slurmscript"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    // A stand-in for srun: writes its arguments, NUL-separated, to $SRUN_ARGS.
    QDir(m_dir.path()).mkpath(QStringLiteral("bin"));
    QFile srun(m_dir.filePath(QStringLiteral("bin/srun")));
    QVERIFY(srun.open(QIODevice::WriteOnly));
    srun.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done > \"$SRUN_ARGS\"\n");
    srun.close();
    srun.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QStringList tst_SlurmScript::srunArguments(const QString &script, int cpusPerTask,
                                           const QString &engineOverride)
{
    const QString path = m_dir.filePath(QStringLiteral("job.sbatch"));
    const QString record = m_dir.filePath(QStringLiteral("srun-args"));
    QFile::remove(record);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(script.toUtf8());
    file.close();
    QProcess check;
    check.start(m_bash, {QStringLiteral("-n"), path});
    if (!check.waitForFinished(10000) || check.exitCode() != 0) {
        qWarning("bash -n: %s", check.readAllStandardError().constData());
        return {};
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("bin")) + QLatin1Char(':')
                                               + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("SLURM_CPUS_PER_TASK"), QString::number(cpusPerTask));
    env.insert(QStringLiteral("SRUN_ARGS"), record);
    env.remove(QStringLiteral("DISTEVAL_ENGINE"));
    if (!engineOverride.isEmpty())
        env.insert(QStringLiteral("DISTEVAL_ENGINE"), engineOverride);
    QProcess job;
    job.setProcessEnvironment(env);
    job.start(m_bash, {path});
    if (!job.waitForFinished(10000) || job.exitCode() != 0) {
        qWarning("bash: %s", job.readAllStandardError().constData());
        return {};
    }
    QFile recorded(record);
    if (!recorded.open(QIODevice::ReadOnly))
        return {};
    QStringList arguments;
    for (const QByteArray &a : recorded.readAll().split('\0'))
        arguments << QString::fromUtf8(a);
    arguments.removeLast(); // after the last NUL
    return arguments;
}

void tst_SlurmScript::sbatchLines_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<int>("cpus");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("partition");
    QTest::addColumn<QStringList>("expected");
    // docs/cluster/disteval.sbatch's job.
    QTest::newRow("the recipe's 2 x 2 GPUs")
            << 2 << 2 << 2 << 1 << "00:30:00" << QString()
            << words({"#SBATCH --job-name=disteval", "#SBATCH --nodes=2",
                      "#SBATCH --ntasks-per-node=2", "#SBATCH --gres=gpu:2",
                      "#SBATCH --cpus-per-task=1", "#SBATCH --time=00:30:00"});
    // No GPU: no --gres line at all.
    QTest::newRow("CPU only, a partition")
            << 3 << 8 << 0 << 4 << "1-12:00:00"
            << "cpu,short"
            << words({"#SBATCH --job-name=disteval", "#SBATCH --partition=cpu,short",
                      "#SBATCH --nodes=3", "#SBATCH --ntasks-per-node=8",
                      "#SBATCH --cpus-per-task=4", "#SBATCH --time=1-12:00:00"});
    QTest::newRow("one node, 4 GPUs, minutes")
            << 1 << 4 << 4 << 16 << "90"
            << "gpu"
            << words({"#SBATCH --job-name=disteval", "#SBATCH --partition=gpu", "#SBATCH --nodes=1",
                      "#SBATCH --ntasks-per-node=4", "#SBATCH --gres=gpu:4",
                      "#SBATCH --cpus-per-task=16", "#SBATCH --time=90"});
}

void tst_SlurmScript::sbatchLines()
{
    QFETCH(int, nodes);
    QFETCH(int, tasks);
    QFETCH(int, gpus);
    QFETCH(int, cpus);
    QFETCH(QString, time);
    QFETCH(QString, partition);
    QFETCH(QStringList, expected);
    const SlurmScript::Options o = options(nodes, tasks, gpus, cpus, time, partition);
    QCOMPARE(SlurmScript::problem(sampleConfig(), o), QString());
    const QString script = SlurmScript::generate(
            sampleConfig(), o, QStringLiteral("disteval-engine"), QStringLiteral("/out/r.json"));
    QVERIFY(script.startsWith(QStringLiteral("#!/bin/bash\n")));
    QCOMPARE(sbatchLinesOf(script), expected);
    // sbatch reads #SBATCH lines only before the first command.
    const qsizetype firstCommand = script.indexOf(QStringLiteral("\nset -euo pipefail\n"));
    QVERIFY(firstCommand > script.lastIndexOf(QStringLiteral("#SBATCH")));
    QVERIFY(script.contains(QStringLiteral("srun --mpi=pmix --kill-on-bad-exit=1 \"$engine\"")));
    QVERIFY(script.contains(QStringLiteral("--threads \"${SLURM_CPUS_PER_TASK:-1}\"")));
    QVERIFY(script.contains(gpus > 0 ? QStringLiteral("--device cuda")
                                     : QStringLiteral("--device cpu")));
}

void tst_SlurmScript::srunCarriesTheJobCommandArguments_data()
{
    QTest::addColumn<RunConfig>("config");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<int>("cpus");
    QTest::addColumn<QString>("engine");
    RunConfig c = sampleConfig();
    QTest::newRow("CPU, one node") << c << 1 << 4 << 0 << 2 << QStringLiteral("disteval-engine");
    c.metricFiles = {QStringLiteral("/metrics/brier.pt"), QStringLiteral("/metrics/ece.pt")};
    QTest::newRow("GPUs, two metrics")
            << c << 2 << 2 << 2 << 8 << QStringLiteral("/opt/disteval/bin/disteval-engine");
    c = sampleConfig();
    c.task = RunConfig::Task::Regression;
    c.outputIndex = 1;
    c.savePredictions = false;
    c.classNamesFile.clear();
    QTest::newRow("regression, no predictions")
            << c << 4 << 1 << 1 << 32 << QStringLiteral("disteval-engine");
    c = sampleConfig();
    c.masksFolder = QStringLiteral("/voc/masks");
    c.hasIgnoreIndex = true;
    c.classDim = RunConfig::ClassDim::Second;
    QTest::newRow("segmentation folders") << c << 2 << 4 << 4 << 4 << QStringLiteral("e");
    // Spaces, quotes, $, backticks and globs in every path, the engine's too.
    c = sampleConfig();
    c.checkpoints = {QStringLiteral("/m/it's a model.pt"), QStringLiteral("/m/$HOME `id` *.pt")};
    c.dataPath = QStringLiteral("/d/my \"data\" set");
    c.classNamesFile = QStringLiteral("/d/names; rm -rf x.txt");
    c.metricFiles = {QStringLiteral("/x/a b\\c.pt"), QStringLiteral("/x/模型 Größe.pt")};
    c.outputKey = QStringLiteral("lo gits");
    QTest::newRow("spaces and quotes")
            << c << 2 << 2 << 0 << 3 << QStringLiteral("/opt/my tools/it's/disteval-engine");
}

// The srun step carries exactly the engine arguments of JobCommand::build for the same
// set-up (without mpirun's own and the progress socket), as bash passes them, plus
// --no-progress; the threads are SLURM_CPUS_PER_TASK, the device follows the GPUs.
void tst_SlurmScript::srunCarriesTheJobCommandArguments()
{
    if (m_bash.isEmpty())
        QSKIP("bash is not installed: the script cannot be run");
    QFETCH(RunConfig, config);
    QFETCH(int, nodes);
    QFETCH(int, tasks);
    QFETCH(int, gpus);
    QFETCH(int, cpus);
    QFETCH(QString, engine);
    const SlurmScript::Options o = options(nodes, tasks, gpus, cpus);
    const QString result
            = JobCommand::resultPathFor(config, QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7)));
    QCOMPARE(SlurmScript::problem(config, o), QString());
    const QString script = SlurmScript::generate(config, o, engine, result);
    const QStringList srun = srunArguments(script, cpus);
    QVERIFY2(!srun.isEmpty(), qPrintable(script));

    RunConfig same = config;
    same.ranks = o.ranks();
    same.device = gpus > 0 ? RunConfig::Device::Cuda : RunConfig::Device::Cpu;
    const JobCommand command
            = JobCommand::build(same, {QStringLiteral("mpirun"), engine, o.ranks() * cpus}, result,
                                QStringLiteral("/tmp/disteval-socket"));
    QStringList expected = command.arguments();
    expected = expected.mid(expected.indexOf(engine)); // mpirun's own arguments go
    const qsizetype socket = expected.indexOf(QStringLiteral("--progress-socket"));
    QVERIFY(socket > 0);
    expected.remove(socket, 2);
    expected.prepend(QStringLiteral("--kill-on-bad-exit=1"));
    expected.prepend(QStringLiteral("--mpi=pmix"));
    expected << QStringLiteral("--no-progress");
    QCOMPARE(srun, expected);
    for (const QString &metric : config.metricFiles)
        QVERIFY(srun.contains(metric));
}

void tst_SlurmScript::engineFromTheEnvironment()
{
    if (m_bash.isEmpty())
        QSKIP("bash is not installed: the script cannot be run");
    const QString script = SlurmScript::generate(sampleConfig(), options(1, 1, 0, 1),
                                                 QStringLiteral("/app/disteval-engine"),
                                                 QStringLiteral("/out/r.json"));
    QCOMPARE(srunArguments(script, 1).at(2), QStringLiteral("/app/disteval-engine"));
    QCOMPARE(srunArguments(script, 1, QStringLiteral("/cluster/bin/disteval-engine")).at(2),
             QStringLiteral("/cluster/bin/disteval-engine"));
}

// What only the app's own runs have stays out: mpirun, the progress socket and its
// token, anything for root.
void tst_SlurmScript::nothingOfTheApp()
{
    RunConfig config = sampleConfig();
    config.extraMpirunArguments = QStringLiteral("--allow-run-as-root --oversubscribe");
    const QString script
            = SlurmScript::generate(config, options(2, 2, 2, 4), QStringLiteral("disteval-engine"),
                                    QStringLiteral("/out/r.json"));
    for (const char *absent : {"mpirun", "progress-socket", "DISTEVAL_PROGRESS_TOKEN",
                               "allow-run-as-root", "oversubscribe", " -np "})
        QVERIFY2(!script.contains(QLatin1String(absent)), absent);
    // Every line of the step ends in a continuation but the last.
    const QStringList lines = script.trimmed().split(QLatin1Char('\n'));
    const qsizetype srun = lines.indexOf(QRegularExpression(QStringLiteral("^srun .*")));
    QVERIFY(srun > 0);
    for (qsizetype i = srun; i < lines.size() - 1; ++i) {
        QVERIFY2(lines.at(i).endsWith(QStringLiteral(" \\")), qPrintable(lines.at(i)));
        QVERIFY2(lines.at(i).size() <= 92, qPrintable(lines.at(i)));
    }
    QVERIFY(lines.constLast().endsWith(QStringLiteral("--no-progress")));
}

// docs/CLUSTER.md shows the app's script for its example set-up verbatim.
void tst_SlurmScript::docsQuoteTheScript()
{
    RunConfig c;
    c.checkpoints = {QStringLiteral("/shared/models/a.pt"), QStringLiteral("/shared/models/b.pt")};
    c.dataPath = QStringLiteral("/shared/data/val.pt");
    c.classNamesFile = QStringLiteral("/shared/data/classes.txt");
    const QString script
            = SlurmScript::generate(c, options(2, 2, 2, 1), QStringLiteral("disteval-engine"),
                                    QStringLiteral("/shared/results/a-20250601-140500.json"));
    QFile doc(QStringLiteral(DISTEVAL_SOURCE_DIR "/docs/CLUSTER.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    QVERIFY2(text.contains(QStringLiteral("```bash\n") + script + QStringLiteral("```\n")),
             qPrintable(script));
}

void tst_SlurmScript::problems_data()
{
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("partition");
    QTest::addColumn<bool>("noModel");
    QTest::addColumn<QString>("problem"); // a part of the message, "" for none
    QTest::newRow("h:m:s") << "01:00:00"
                           << "" << false << "";
    QTest::newRow("minutes") << "30"
                             << "" << false << "";
    QTest::newRow("m:s") << "30:00"
                         << "" << false << "";
    QTest::newRow("days-hours") << "2-12"
                                << "" << false << "";
    QTest::newRow("days-h:m") << "2-12:30"
                              << "gpu_a100" << false << "";
    QTest::newRow("days-h:m:s") << "0-00:10:00"
                                << "a.b-c,d" << false << "";
    QTest::newRow("words") << "one hour"
                           << "" << false << "time limit";
    QTest::newRow("empty time") << ""
                                << "" << false << "time limit";
    QTest::newRow("too many colons") << "1:2:3:4"
                                     << "" << false << "time limit";
    QTest::newRow("a shell word") << "$(reboot)"
                                  << "" << false << "time limit";
    QTest::newRow("partition with a space") << "10"
                                            << "gpu long" << false << "partition";
    QTest::newRow("partition with a quote") << "10"
                                            << "gpu'" << false << "partition";
    QTest::newRow("no checkpoint") << "10"
                                   << "" << true << "checkpoint";
}

void tst_SlurmScript::problems()
{
    QFETCH(QString, time);
    QFETCH(QString, partition);
    QFETCH(bool, noModel);
    QFETCH(QString, problem);
    RunConfig config = sampleConfig();
    if (noModel)
        config.checkpoints.clear();
    const QString text = SlurmScript::problem(config, options(1, 1, 0, 1, time, partition));
    if (problem.isEmpty())
        QCOMPARE(text, QString());
    else
        QVERIFY2(text.contains(problem), qPrintable(text));
}

void tst_SlurmScript::settingsRoundTrip()
{
    QSettings settings(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const SlurmScript::Options o
            = options(3, 4, 2, 8, QStringLiteral("2-00:00:00"), QStringLiteral("gpu"));
    o.save(settings);
    SlurmScript::Options back = SlurmScript::Options::load(settings);
    QCOMPARE(back.nodes, 3);
    QCOMPARE(back.tasksPerNode, 4);
    QCOMPARE(back.gpusPerNode, 2);
    QCOMPARE(back.cpusPerTask, 8);
    QCOMPARE(back.timeLimit, QStringLiteral("2-00:00:00"));
    QCOMPARE(back.partition, QStringLiteral("gpu"));
    // Garbage keeps the defaults.
    settings.setValue(QStringLiteral("slurm/nodes"), 0);
    settings.setValue(QStringLiteral("slurm/gpusPerNode"), -1);
    settings.setValue(QStringLiteral("slurm/time"), QStringLiteral("soon"));
    settings.setValue(QStringLiteral("slurm/partition"), QStringLiteral("a b"));
    back = SlurmScript::Options::load(settings);
    const SlurmScript::Options defaults;
    QCOMPARE(back.nodes, defaults.nodes);
    QCOMPARE(back.gpusPerNode, 0);
    QCOMPARE(back.timeLimit, defaults.timeLimit);
    QCOMPARE(back.partition, QString());
    QCOMPARE(back.tasksPerNode, 4);
}

// The program the cluster test submits prints exactly the app's script.
void tst_SlurmScript::printProgram()
{
    RunConfig config;
    config.checkpoints = {QStringLiteral("/m/cnn.pt"), QStringLiteral("/m/lin ear.pt")};
    config.dataPath = QStringLiteral("/data/fashion");
    config.metricFiles = {QStringLiteral("/m/brier.pt")};
    config.batchSize = 128;
    config.bootstrapReplicates = 200;
    config.savePredictions = false;
    const SlurmScript::Options o = options(2, 2, 0, 1, QStringLiteral("00:10:00"));
    QProcess print;
    print.start(QStringLiteral(DISTEVAL_PRINT_SLURM_SCRIPT),
                words({"--engine",         "/e/disteval-engine",
                       "--model",          "/m/cnn.pt",
                       "--model",          "/m/lin ear.pt",
                       "--data",           "/data/fashion",
                       "--metric",         "/m/brier.pt",
                       "--batch-size",     "128",
                       "--bootstrap",      "200",
                       "--nodes",          "2",
                       "--tasks-per-node", "2",
                       "--gpus-per-node",  "0",
                       "--cpus-per-task",  "1",
                       "--time",           "00:10:00",
                       "--output",         "/r/app.json"}));
    QVERIFY(print.waitForFinished(10000));
    QCOMPARE(print.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(print.readAllStandardOutput()),
             SlurmScript::generate(config, o, QStringLiteral("/e/disteval-engine"),
                                   QStringLiteral("/r/app.json")));
    // A time limit sbatch would not read: the reason, no script.
    print.start(
            QStringLiteral(DISTEVAL_PRINT_SLURM_SCRIPT),
            words({"--model", "/m/cnn.pt", "--data", "/d", "--output", "/r.json", "--time", "x"}));
    QVERIFY(print.waitForFinished(10000));
    QCOMPARE(print.exitCode(), 2);
    QVERIFY(print.readAllStandardOutput().isEmpty());
    QVERIFY(print.readAllStandardError().contains("time limit"));
}

QTEST_GUILESS_MAIN(tst_SlurmScript)
#include "tst_slurmscript.moc"
