// What a new user meets on the first start: the engine found in the build tree and the
// installed layout, or said missing first with a button to locate it; Help › Open the
// Demo; the getting-started text; results in a documented folder; a window that shows
// the whole summary.
#include "app/demofiles.h"
#include "app/gettingstarteddialog.h"
#include "app/mainwindow.h"
#include "common/runconfig.h"
#include "common/toollocator.h"
#include "results/resultsummaryview.h"
#include "results/resultsview.h"
#include "setup/enginenotice.h"
#include "setup/runsetupwidget.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
void touch(const QString &path, const QByteArray &bytes = "PK\x03\x04")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

class tst_FirstStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void engineCandidates_data();
    void engineCandidates();
    void missingEngineIsSaidFirst();
    void demoIsSetUp();
    void missingDemoSaysHowToMakeIt();
    void buildTreeHasTheClassNames();
    void gettingStartedOnFirstStartOnly();
    void resultsGoToTheDocumentedFolder();
    void defaultSizeShowsTheWholeSummary_data();
    void defaultSizeShowsTheWholeSummary();

private:
    QTemporaryDir m_dir;
};

void tst_FirstStart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("disteval-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_firststart"));
    QVERIFY(m_dir.isValid());
}

void tst_FirstStart::init()
{
    QSettings().clear();
    qunsetenv("DISTEVAL_ENGINE");
    qunsetenv("DISTEVAL_DEMO_DIR");
    qunsetenv("DISTEVAL_FASHION_MNIST");
}

void tst_FirstStart::engineCandidates_data()
{
    QTest::addColumn<QString>("appDir");
    QTest::addColumn<QString>("engine");
    // Installed: both programs in <prefix>/bin.
    QTest::newRow("installed") << QStringLiteral("/usr/bin")
                               << QStringLiteral("/usr/bin/disteval-engine");
    // The build tree of the README: build/gui/disteval and build/engine/disteval-engine.
    QTest::newRow("build tree") << QStringLiteral("/src/build/gui")
                                << QStringLiteral("/src/build/engine/disteval-engine");
}

void tst_FirstStart::engineCandidates()
{
    QFETCH(QString, appDir);
    QFETCH(QString, engine);
    QVERIFY2(ToolLocator::engineCandidates(appDir).contains(engine),
             qPrintable(ToolLocator::engineCandidates(appDir).join(QLatin1Char(' '))));
}

void tst_FirstStart::missingEngineIsSaidFirst()
{
    MainWindow window;
    window.show();
    window.queryEngine();
    QVERIFY(window.setup()->engineMissing());
    auto *notice = window.setup()->findChild<EngineNotice *>(QStringLiteral("engineNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY2(notice->message().contains(QStringLiteral("disteval-engine was not found")),
             qPrintable(notice->message()));
    QVERIFY(notice->message().contains(QStringLiteral("build tree")));
    QVERIFY(notice->locateButton()->isVisible());
    // Once it is found (here: its path set), the notice goes.
    RunConfig config = window.setup()->config();
    config.enginePath = QStringLiteral(DISTEVAL_FAKE_ENGINE);
    window.setup()->setConfig(config, true);
    window.setup()->probeEngine();
    QTRY_VERIFY(!window.setup()->engineMissing());
    QVERIFY(!notice->isVisible());
}

void tst_FirstStart::demoIsSetUp()
{
    const QString demo = m_dir.filePath(QStringLiteral("demo"));
    const QString data = m_dir.filePath(QStringLiteral("fashion-mnist"));
    touch(demo + QStringLiteral("/fashion-cnn-full.pt"));
    touch(demo + QStringLiteral("/fashion-cnn-early.pt"));
    touch(demo + QStringLiteral("/fashion-mnist-classes.txt"), "a\nb\n");
    touch(data + QStringLiteral("/t10k-images-idx3-ubyte.gz"), "\x1f\x8b");
    qputenv("DISTEVAL_DEMO_DIR", demo.toLocal8Bit());
    qputenv("DISTEVAL_FASHION_MNIST", data.toLocal8Bit());
    qputenv("DISTEVAL_ENGINE", DISTEVAL_FAKE_ENGINE);
    MainWindow window;
    window.show();
    QSignalSpy inspected(window.setup(), &RunSetupWidget::inspectionFinished);
    QVERIFY(window.openDemo());
    const RunConfig config = window.setup()->config();
    // Early first: Compare then shows what more training gained (B − A).
    QCOMPARE(config.checkpoints, (QStringList{demo + QStringLiteral("/fashion-cnn-early.pt"),
                                              demo + QStringLiteral("/fashion-cnn-full.pt")}));
    QCOMPARE(config.dataPath, data + QStringLiteral("/t10k-images-idx3-ubyte.gz"));
    QCOMPARE(config.classNamesFile, demo + QStringLiteral("/fashion-mnist-classes.txt"));
    QTRY_COMPARE(inspected.count(), 1);
}

void tst_FirstStart::missingDemoSaysHowToMakeIt()
{
    qputenv("DISTEVAL_DEMO_DIR", m_dir.filePath(QStringLiteral("nothing-here")).toLocal8Bit());
    qputenv("DISTEVAL_FASHION_MNIST", m_dir.filePath(QStringLiteral("no-data")).toLocal8Bit());
    MainWindow window;
    window.show();
    const RunConfig before = window.setup()->config();
    QVERIFY(!window.openDemo());
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("demoMissingMessage"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible()); // and not modal to the test: open(), not exec()
    const QString text = box->text();
    for (const QString &e :
         {QStringLiteral("make-demo-models.sh"), QStringLiteral("disteval-train-demo"),
          QStringLiteral("dataset-fashion-mnist"), m_dir.filePath(QStringLiteral("nothing-here"))})
        QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing: ") + e));
    QCOMPARE(window.setup()->config().checkpoints, before.checkpoints);
    box->close();
}

void tst_FirstStart::buildTreeHasTheClassNames()
{
    // The build copies the class names to <build>/demo, where the demo checkpoints go.
    const QString build = QStringLiteral(DISTEVAL_BINARY_DIR "/demo");
    const DemoFiles demo = DemoFiles::find({build}, m_dir.path());
    QCOMPARE(demo.classNames, build + QStringLiteral("/fashion-mnist-classes.txt"));
    QFile names(demo.classNames);
    QVERIFY(names.open(QIODevice::ReadOnly));
    QCOMPARE(names.readAll().count('\n'), 10);
}

void tst_FirstStart::gettingStartedOnFirstStartOnly()
{
    {
        MainWindow first;
        first.show();
        first.showGettingStartedOnFirstStart();
        QVERIFY(first.gettingStarted());
        QVERIFY(first.gettingStarted()->isVisible());
        QVERIFY(!first.gettingStarted()->isModal());
        QVERIFY(first.gettingStarted()->text().contains(QStringLiteral("Open the Demo")));
        QVERIFY(first.gettingStarted()->text().contains(RunConfig::defaultOutputDirectory()));
    }
    MainWindow second;
    second.show();
    second.showGettingStartedOnFirstStart();
    QVERIFY(!second.gettingStarted());
}

void tst_FirstStart::resultsGoToTheDocumentedFolder()
{
    RunConfig config;
    QVERIFY(config.outputDirectory.isEmpty());
    QCOMPARE(config.effectiveOutputDirectory(),
             QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                     .filePath(QStringLiteral("disteval")));
    MainWindow window;
    auto *edit = window.setup()->findChild<QLineEdit *>(QStringLiteral("outputFolder"));
    QVERIFY(edit);
    QCOMPARE(edit->placeholderText(), QDir::toNativeSeparators(config.effectiveOutputDirectory()));
}

void tst_FirstStart::defaultSizeShowsTheWholeSummary_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("1366 x 768") << QSize(1366, 768) << QSize(1229, 691);
    QTest::newRow("1920 x 1080") << QSize(1920, 1080) << QSize(1600, 972);
    QTest::newRow("2560 x 1440") << QSize(2560, 1440) << QSize(1600, 1000);
}

// On the screen this test runs on (a 1366 × 768 laptop, see main()), a window of the
// default size shows every column of the summary's metrics: the window used to open at
// 1100 × 720 with the interval column cut.
void tst_FirstStart::defaultSizeShowsTheWholeSummary()
{
    QFETCH(QSize, screen);
    QFETCH(QSize, expected);
    QCOMPARE(MainWindow::defaultSize(QRect(QPoint(0, 0), screen)), expected);
    if (QGuiApplication::primaryScreen()->size() != screen)
        return;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), expected);
    QVERIFY(window.openResult(QStringLiteral(DISTEVAL_GUI_TEST_DATA "/fashion-mnist-demo.json")));
    QTableView *table = window.resultsView()->summaryView()->table();
    QTRY_VERIFY(table->isVisible());
    int needed = 0;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        needed += std::max(static_cast<QAbstractItemView *>(table)->sizeHintForColumn(c),
                           table->horizontalHeader()->sectionSizeHint(c));
    QVERIFY2(needed <= table->viewport()->width(),
             qPrintable(QStringLiteral("%1 px of columns in %2 px")
                                .arg(needed)
                                .arg(table->viewport()->width())));
}

int main(int argc, char *argv[])
{
    // A 1366 × 768 screen (the offscreen platform's own is 800 × 600).
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366,
                   "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_FirstStart test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_firststart.moc"
