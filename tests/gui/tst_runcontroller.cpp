// The run controller against the fake engine: every way a run can go.
#include "fakeenginerun.h"
#include "run/runcontroller.h"
#include "run/runprogress.h"

#include "result/resultfile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

using State = RunController::State;
using Kind = RunController::Failure::Kind;

Q_DECLARE_METATYPE(RunController::Failure::Kind)

namespace {
// Gone, or a zombie waiting for init to reap it.
bool processGone(qint64 pid)
{
    if (::kill(static_cast<pid_t>(pid), 0) != 0)
        return true;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype paren = text.lastIndexOf(')');
    return paren > 0 && text.mid(paren + 2, 1) == "Z";
}

qint64 readPid(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}
} // namespace

class tst_RunController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generatedRunSucceeds();
    void transcriptRunSucceeds();
    void failures_data();
    void failures();
    void malformedMessagesAreReportedAndSkipped();
    void rankIsNamedOnce();
    void brokenCheckpointStopsBeforeMpirun();
    void mpirunMissing();
    void engineMissing();
    void missingInputIsRefused();
    void cancelIsGraceful();
    void cancelKillsAStubbornJob();
    void serverIsOwnerOnlyAndUniquePerRun();
    void tokenStaysOutOfTheCommandLine();
    void onlyOneRunAtATime();
    void throughputOfAFinishedRun();

private:
    QTemporaryDir m_output;
};

void tst_RunController::initTestCase()
{
    QVERIFY(m_output.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(DISTEVAL_FAKE_ENGINE)), DISTEVAL_FAKE_ENGINE);
    qRegisterMetaType<RunController::Failure>();
}

void tst_RunController::generatedRunSucceeds()
{
    RunController controller;
    QSignalSpy succeeded(&controller, &RunController::succeeded);
    QSignalSpy hello(&controller, &RunController::helloReceived);
    QSignalSpy progress(&controller, &RunController::progressChanged);
    QSignalSpy phases(&controller, &RunController::phaseChanged);
    QSignalSpy finished(&controller, &RunController::finished);
    QSignalSpy states(&controller, &RunController::stateChanged);

    QVERIFY(controller.start(fakeRunConfig(m_output, QStringLiteral("--generate"), 3)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(controller.state(), State::Succeeded);
    QCOMPARE(succeeded.count(), 1);
    QCOMPARE(hello.count(), 1);
    QCOMPARE(hello.at(0).at(0).toInt(), 3);
    QCOMPARE(hello.at(0).at(1).toLongLong(), 1000);
    QCOMPARE(controller.progress().worldSize(), 3);
    QVERIFY(progress.count() >= 15);
    QCOMPARE(phases.count(), 4);
    QCOMPARE(phases.last().at(0).toString(), QStringLiteral("writing"));
    // Every rank reached its total; the overall numbers add up.
    for (int rank = 0; rank < 3; ++rank) {
        const RunController::RankProgress p = controller.rankProgress(rank);
        QVERIFY(p.reported);
        QCOMPARE(p.done, p.total);
    }
    QCOMPARE(controller.progress().total(), 1000);
    QCOMPARE(controller.progress().done(), 1000);
    QCOMPARE(controller.progress().etaSeconds(), 0.0);
    // Starting -> Running -> Succeeded.
    QCOMPARE(states.count(), 3);
    QCOMPARE(states.at(1).at(0).value<State>(), State::Running);

    // The result the engine reported is a real result file.
    const QString path = succeeded.at(0).at(0).toString();
    QCOMPARE(path, controller.resultPath());
    QVERIFY(path.startsWith(m_output.path()));
    const disteval::ResultFile result = disteval::readResultFile(path.toStdString());
    QCOMPARE(result.worldSize, 3);
    QCOMPARE(result.models.size(), size_t(1));
}

void tst_RunController::transcriptRunSucceeds()
{
    // The success transcript of docs/protocol.md, replayed.
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    QSignalSpy protocolErrors(&controller, &RunController::protocolError);
    QStringList log;
    connect(&controller, &RunController::logLine, this,
            [&log](const QString &line) { log << line; });
    QVERIFY(controller.start(fakeRunConfig(
            m_output, QStringLiteral("--transcript %1 --stdout \"engine stdout line\"")
                              .arg(transcript("success.ndjson")))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(controller.state(), State::Succeeded);
    QCOMPARE(protocolErrors.count(), 0);
    QCOMPARE(controller.progress().total(), 1000);
    QCOMPARE(controller.progress().done(), 1000);
    QCOMPARE(controller.rankProgress(0).total, 512);
    QCOMPARE(controller.rankProgress(1).total, 488);
    // The engine's log messages and its stdout reach the log pane.
    QVERIFY(log.contains(QStringLiteral("engine stdout line")));
    QVERIFY(log.filter(QStringLiteral("non-finite logits")).size() == 1);
    QVERIFY(QFile::exists(controller.resultPath()));
}

void tst_RunController::failures_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("mustMention"); // in summary + details

    QTest::newRow("model cannot be loaded")
            << QStringLiteral("--transcript %1 --exit 4 --stderr \"disteval-engine: error: "
                              "cannot load 'broken.pt'\"")
                       .arg(transcript("model_error.ndjson"))
            << Kind::EngineError << QStringLiteral("model_invalid")
            << QStringList{QStringLiteral("model checkpoint cannot be loaded"),
                           QStringLiteral("Rank 0: cannot load 'broken.pt': not a TorchScript")};
    QTest::newRow("bad data, before connecting")
            << QStringLiteral("--no-connect --exit 3 --stderr \"disteval-engine: error: "
                              "/data/x: not an IDX file (bad magic number)\"")
            << Kind::EngineError << QString()
            << QStringList{QStringLiteral("dataset cannot be read"),
                           QStringLiteral("not an IDX file (bad magic number)")};
    QTest::newRow("rank crashes") << QStringLiteral(
            "--generate --exit 139 --stderr \"mpirun noticed that process "
            "rank 1 with PID 4242 on node ws01 exited on signal 11 "
            "(Segmentation fault).\"")
                                  << Kind::EngineError << QString()
                                  << QStringList{
                                             QStringLiteral("Rank 1 crashed (Segmentation fault)"),
                                             QStringLiteral("mpirun noticed")};
    QTest::newRow("wrong token") << QStringLiteral("--transcript %1 --keep-token --hang")
                                            .arg(transcript("success.ndjson"))
                                 << Kind::WrongToken << QString()
                                 << QStringList{QStringLiteral("wrong token")};
    QTest::newRow("unknown protocol version")
            << QStringLiteral("--transcript %1 --hang").arg(transcript("unknown_version.ndjson"))
            << Kind::UnsupportedVersion << QString()
            << QStringList{QStringLiteral("version 2"), QStringLiteral("version 1")};
    QTest::newRow("no hello")
            << QStringLiteral("--transcript %1 --hang").arg(transcript("no_hello.ndjson"))
            << Kind::ProtocolViolation << QString()
            << QStringList{QStringLiteral("did not start with a hello")};
    QTest::newRow("exit 0 without a result")
            << QStringLiteral("--transcript %1").arg(transcript("no_result.ndjson"))
            << Kind::NoResult << QString()
            << QStringList{QStringLiteral("without reporting a result")};
}

void tst_RunController::failures()
{
    QFETCH(QString, arguments);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    QFETCH(QStringList, mustMention);

    RunController controller;
    controller.setKillTimeoutMs(3000);
    QSignalSpy failed(&controller, &RunController::failed);
    QSignalSpy finished(&controller, &RunController::finished);
    QSignalSpy succeeded(&controller, &RunController::succeeded);
    QVERIFY(controller.start(fakeRunConfig(m_output, arguments)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(controller.state(), State::Failed);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(succeeded.count(), 0);
    const RunController::Failure failure = controller.failure();
    QCOMPARE(failure.kind, kind);
    QCOMPARE(failure.code, code);
    const QString text = failure.summary + QLatin1Char('\n') + failure.details;
    for (const QString &phrase : mustMention)
        QVERIFY2(text.contains(phrase, Qt::CaseInsensitive), qPrintable(text));
}

void tst_RunController::malformedMessagesAreReportedAndSkipped()
{
    RunController controller;
    QSignalSpy protocolErrors(&controller, &RunController::protocolError);
    QSignalSpy finished(&controller, &RunController::finished);
    QVERIFY(controller.start(fakeRunConfig(
            m_output, QStringLiteral("--transcript %1").arg(transcript("malformed.ndjson")))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    // A missing field, not JSON, an unknown type, a rank outside the run: each one is a
    // visible error, and the run goes on to its result.
    QCOMPARE(protocolErrors.count(), 4);
    QVERIFY(protocolErrors.at(0).at(0).toString().contains(QStringLiteral("missing field")));
    QVERIFY(protocolErrors.at(2).at(0).toString().contains(QStringLiteral("teleport")));
    QVERIFY(protocolErrors.at(3).at(0).toString().contains(QStringLiteral("rank 7")));
    QCOMPARE(controller.state(), State::Succeeded);
    QCOMPARE(controller.progress().done(), 1000);
}

// With several ranks the engine's message names the failing rank itself ("rank 0: ..."):
// the app shows it once, "Rank 0: cannot load ...", not "Rank 0: rank 0: ...".
void tst_RunController::rankIsNamedOnce()
{
    QFile source(transcript("model_error.ndjson"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray lines = source.readAll();
    lines.replace("\"message\":\"cannot load", "\"message\":\"rank 0: cannot load");
    const QString path = m_output.filePath(QStringLiteral("rank_named.ndjson"));
    QFile named(path);
    QVERIFY(named.open(QIODevice::WriteOnly));
    named.write(lines);
    named.close();
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    QVERIFY(controller.start(
            fakeRunConfig(m_output, QStringLiteral("--transcript %1 --exit 4").arg(path))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const QString details = controller.failure().details;
    QVERIFY2(details.startsWith(QStringLiteral("Rank 0: cannot load 'broken.pt'")),
             qPrintable(details));
    QCOMPARE(details.count(QStringLiteral("rank 0"), Qt::CaseInsensitive), 1);
}

void tst_RunController::brokenCheckpointStopsBeforeMpirun()
{
    RunConfig config = fakeRunConfig(m_output, QStringLiteral("--generate"));
    const QString empty = m_output.filePath(QStringLiteral("empty.pt"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    config.checkpoints << empty << m_output.filePath(QStringLiteral("missing.pt"));
    RunController controller;
    QSignalSpy logged(&controller, &RunController::logLine);
    QVERIFY(!controller.start(config));
    QCOMPARE(controller.failure().kind, Kind::CheckpointInvalid);
    QCOMPARE(controller.failure().code, QStringLiteral("model_invalid"));
    QVERIFY(controller.failure().details.contains(QStringLiteral("empty.pt is empty")));
    QVERIFY(controller.failure().details.contains(QStringLiteral("missing.pt does not exist")));
    // The good one is not named, and nothing was started.
    QVERIFY(!controller.failure().details.contains(QStringLiteral("demo_mlp.pt")));
    QVERIFY(controller.command().isEmpty());
    QCOMPARE(controller.jobProcessId(), 0);
}

void tst_RunController::mpirunMissing()
{
    RunConfig config = fakeRunConfig(m_output, QString());
    config.mpirunPath = QStringLiteral("/nonexistent/bin/mpirun");
    RunController controller;
    QSignalSpy failed(&controller, &RunController::failed);
    QVERIFY(!controller.start(config));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(controller.state(), State::Failed);
    QCOMPARE(controller.failure().kind, Kind::MpirunMissing);
    QVERIFY(controller.failure().summary.contains(QStringLiteral("/nonexistent/bin/mpirun")));
    QVERIFY(controller.failure().summary.contains(QStringLiteral("Open MPI")));
}

void tst_RunController::engineMissing()
{
    RunConfig config = fakeRunConfig(m_output, QString());
    config.enginePath = QStringLiteral("/nonexistent/disteval-engine");
    RunController controller;
    QVERIFY(!controller.start(config));
    QCOMPARE(controller.failure().kind, Kind::EngineMissing);
    QVERIFY(controller.failure().summary.contains(QStringLiteral("/nonexistent/disteval-engine")));
}

void tst_RunController::missingInputIsRefused()
{
    RunConfig config = fakeRunConfig(m_output, QString());
    config.checkpoints.clear();
    RunController controller;
    QVERIFY(!controller.start(config));
    QCOMPARE(controller.failure().kind, Kind::Setup);
    config = fakeRunConfig(m_output, QStringLiteral("--generate \"unbalanced"));
    QVERIFY(!controller.start(config));
    QVERIFY(controller.failure().summary.contains(QStringLiteral("quote")));
}

void tst_RunController::cancelIsGraceful()
{
    const QString pidFile = m_output.filePath(QStringLiteral("graceful.pid"));
    RunController controller;
    controller.setKillTimeoutMs(10000);
    QSignalSpy hello(&controller, &RunController::helloReceived);
    QSignalSpy cancelled(&controller, &RunController::cancelled);
    QSignalSpy finished(&controller, &RunController::finished);
    QStringList log;
    connect(&controller, &RunController::logLine, this,
            [&log](const QString &line) { log << line; });
    QVERIFY(controller.start(
            fakeRunConfig(m_output, QStringLiteral("--transcript %1 --hang --spawn-rank %2")
                                            .arg(transcript("success.ndjson"), pidFile))));
    QTRY_COMPARE_WITH_TIMEOUT(hello.count(), 1, 20000);
    QTRY_VERIFY(readPid(pidFile) > 0);
    const qint64 rankPid = readPid(pidFile);
    QElapsedTimer clock;
    clock.start();
    controller.cancel();
    QCOMPARE(controller.state(), State::Cancelling);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(controller.state(), State::Cancelled);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY2(clock.elapsed() < 5000, "SIGTERM alone should have stopped the job");
    // The fake mpirun got SIGTERM (and said so on stderr) and took its rank with it.
    QVERIFY(log.contains(QStringLiteral("fake engine: terminated by SIGTERM")));
    QTRY_VERIFY(processGone(rankPid));
}

void tst_RunController::cancelKillsAStubbornJob()
{
    const QString pidFile = m_output.filePath(QStringLiteral("stubborn.pid"));
    RunController controller;
    controller.setKillTimeoutMs(500);
    QSignalSpy hello(&controller, &RunController::helloReceived);
    QSignalSpy finished(&controller, &RunController::finished);
    QVERIFY(controller.start(fakeRunConfig(
            m_output, QStringLiteral("--transcript %1 --hang --ignore-sigterm --spawn-rank %2")
                              .arg(transcript("success.ndjson"), pidFile))));
    QTRY_COMPARE_WITH_TIMEOUT(hello.count(), 1, 20000);
    QTRY_VERIFY(readPid(pidFile) > 0);
    const qint64 rankPid = readPid(pidFile);
    controller.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(controller.state(), State::Cancelled);
    // Both the "mpirun" and its "rank" ignored SIGTERM; the group kill got both.
    QTRY_VERIFY_WITH_TIMEOUT(processGone(rankPid), 5000);
}

void tst_RunController::serverIsOwnerOnlyAndUniquePerRun()
{
    RunController controller;
    QSignalSpy hello(&controller, &RunController::helloReceived);
    QSignalSpy finished(&controller, &RunController::finished);
    QVERIFY(controller.start(fakeRunConfig(
            m_output, QStringLiteral("--transcript %1 --hang").arg(transcript("success.ndjson")))));
    QTRY_COMPARE_WITH_TIMEOUT(hello.count(), 1, 20000);
    const QString first = controller.serverName();
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(first).constData(), &info), 0);
    QVERIFY(S_ISSOCK(info.st_mode));
    QCOMPARE(info.st_mode & 077, 0u); // nobody but the owner may connect
    QCOMPARE(info.st_uid, ::getuid());
    controller.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(!QFile::exists(first)); // removed with the run

    QVERIFY(controller.start(fakeRunConfig(m_output, QStringLiteral("--generate"))));
    QVERIFY(controller.serverName() != first);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
}

void tst_RunController::tokenStaysOutOfTheCommandLine()
{
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    QVERIFY(controller.start(fakeRunConfig(m_output, QStringLiteral("--generate"))));
    const QStringList arguments = controller.command().arguments();
    // The token travels in the environment; argv only names the variable for mpirun.
    const int x = arguments.indexOf(QStringLiteral("-x"));
    QVERIFY(x >= 0);
    QCOMPARE(arguments.at(x + 1), QStringLiteral("DISTEVAL_PROGRESS_TOKEN"));
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QString &argument : arguments)
        QVERIFY2(!hex64.match(argument).hasMatch(), qPrintable(argument));
    QCOMPARE(arguments.at(arguments.indexOf(QStringLiteral("--progress-socket")) + 1),
             controller.serverName());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(controller.state(), State::Succeeded); // so the engine did get the token
}

void tst_RunController::onlyOneRunAtATime()
{
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    QVERIFY(controller.start(fakeRunConfig(m_output, QStringLiteral("--generate"))));
    QVERIFY(controller.isActive());
    QVERIFY(!controller.start(fakeRunConfig(m_output, QStringLiteral("--generate"))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(controller.state(), State::Succeeded);
}

void tst_RunController::throughputOfAFinishedRun()
{
    disteval::protocol::Hello hello;
    hello.worldSize = 2;
    hello.numSamples = 300;
    hello.shards = {{0, 0, 200}, {1, 200, 100}};
    RunProgress progress;
    progress.start(hello);
    auto report = [&progress](int rank, qint64 done, qint64 total, double rate, double seconds) {
        disteval::protocol::Progress p;
        p.rank = rank;
        p.done = done;
        p.total = total;
        p.samplesPerSecond = rate;
        p.elapsedSeconds = seconds;
        QVERIFY(progress.update(p));
    };
    // While ranks work: the rates of those still working.
    report(0, 100, 200, 50, 2);
    report(1, 100, 100, 40, 2.5);
    QCOMPARE(progress.samplesPerSecond(), 50.0);
    // All done (the result being written): all samples over the slowest rank's time.
    report(0, 200, 200, 50, 4);
    QCOMPARE(progress.samplesPerSecond(), 300.0 / 4);
}

QTEST_GUILESS_MAIN(tst_RunController)
#include "tst_runcontroller.moc"
