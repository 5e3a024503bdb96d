#include "app/mainwindow.h"

#include "app/closerundialog.h"
#include "app/demofiles.h"
#include "app/helpmenu.h"
#include "app/runhistorytracker.h"
#include "app/slurmscriptdialog.h"
#include "common/recentfiles.h"
#include "compare/compareview.h"
#include "compare/historycomparison.h"
#include "history/historyview.h"
#include "history/runhistory.h"
#include "results/resultsview.h"
#include "run/jobcommand.h"
#include "run/runcontroller.h"
#include "run/runview.h"
#include "setup/checkpointlistwidget.h"
#include "setup/runsetupwidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

#include <algorithm>

namespace {
bool isCheckpoint(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pt") || suffix == QLatin1String("pth")
           || suffix == QLatin1String("ts");
}

bool isResultFile(const QString &path)
{
    return QFileInfo(path).suffix().toLower() == QLatin1String("json");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("disteval"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/disteval.png")));
    setAcceptDrops(true);

    m_controller = new RunController(this);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_setupScroll = new QScrollArea(m_mainSplitter);
    m_setupScroll->setWidgetResizable(true);
    m_setupScroll->setFrameShape(QFrame::NoFrame);
    m_setup = new RunSetupWidget(m_setupScroll);
    m_setupScroll->setWidget(m_setup);
    m_setupScroll->setMinimumWidth(m_setup->minimumSizeHint().width() + 20);

    m_tabs = new QTabWidget(m_mainSplitter);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_runView = new RunView(m_controller, m_tabs);
    m_resultsView = new ResultsView(m_tabs);
    m_tabs->addTab(m_runView, tr("Run"));
    m_tabs->addTab(m_resultsView, tr("Results"));
    m_history = new RunHistory(QString(), this);
    m_historyTracker = new RunHistoryTracker(m_controller, m_history, this);
    m_compareView = new CompareView(m_tabs);
    m_historyView = new HistoryView(m_history, m_tabs);
    m_tabs->addTab(m_compareView, tr("Compare"));
    m_tabs->addTab(m_historyView, tr("History"));
    m_mainSplitter->addWidget(m_setupScroll);
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_mainSplitter);

    m_stateLabel = new QLabel(statusBar());
    statusBar()->addPermanentWidget(m_stateLabel);

    createActions();
    createMenus();

    connect(m_controller, &RunController::stateChanged, this, &MainWindow::updateActions);
    connect(m_controller, &RunController::succeeded, this, &MainWindow::onRunSucceeded);
    connect(m_controller, &RunController::failed, this, &MainWindow::onRunFailed);
    connect(m_controller, &RunController::cancelled, this,
            [this] { statusBar()->showMessage(tr("The run was cancelled."), 10000); });
    connect(m_setup, &RunSetupWidget::changed, this, &MainWindow::updateActions);
    connect(m_setup, &RunSetupWidget::inspectionFinished, this, &MainWindow::updateActions);
    connect(m_setup, &RunSetupWidget::copyCommandRequested, this, &MainWindow::copyCommand);
    connect(m_setup, &RunSetupWidget::slurmScriptRequested, this, &MainWindow::showSlurmScript);
    connect(m_resultsView, &ResultsView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_compareView, &CompareView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_historyView, &HistoryView::openRequested, this,
            [this](const QString &path) { openResult(path); });
    connect(m_historyView, &HistoryView::compareRequested, this, &MainWindow::compareHistoryRuns);
    connect(m_historyTracker, &RunHistoryTracker::recordFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The run was not added to the history: %1").arg(error), 15000);
    });

    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::restoreSettings()
{
    QSettings settings;
    const bool hasRanks = settings.contains(QStringLiteral("run/ranks"));
    m_setup->setConfig(RunConfig::load(settings), hasRanks);
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(defaultSize(available));
        move(available.center() - rect().center());
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_mainSplitter->restoreState(
                settings.value(QStringLiteral("window/mainSplitter")).toByteArray())) {
        // The set-up gets a third of the window at most, the tabs the rest.
        const int setup = std::clamp(
                width() / 3, m_setupScroll->minimumWidth(),
                std::max(m_setupScroll->minimumWidth(), m_setup->sizeHint().width() + 20));
        m_mainSplitter->setSizes({setup, std::max(1, width() - setup)});
    }
    m_runView->splitter()->restoreState(
            settings.value(QStringLiteral("window/runSplitter")).toByteArray());
}

QSize MainWindow::defaultSize(const QRect &available)
{
    const QSize most(available.width() * 9 / 10, available.height() * 9 / 10);
    return most.boundedTo(QSize(1600, 1000));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    m_setup->config().save(settings);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/runSplitter"), m_runView->splitter()->saveState());
}

void MainWindow::queryEngine()
{
    m_setup->probeEngine();
    m_setup->inspectDataset();
}

void MainWindow::startRun()
{
    if (m_controller->isActive())
        return;
    // The last run's outcome is no news for this one.
    statusBar()->clearMessage();
    saveSettings();
    m_tabs->setCurrentWidget(m_runView);
    m_controller->start(m_setup->config());
}

void MainWindow::onRunSucceeded(const QString &path)
{
    RecentFiles(recentResultsKey()).add(path);
    if (openResult(path))
        statusBar()->showMessage(tr("The run finished."), 10000);
}

void MainWindow::compareHistoryRuns(const QString &idA, const QString &idB)
{
    const RunHistory::Entry *a = m_history->find(idA);
    const RunHistory::Entry *b = m_history->find(idB);
    if (!a || !b)
        return;
    const HistoryComparison::Outcome outcome
            = HistoryComparison::compare(a->resultPath(), b->resultPath(), a->name, b->name);
    m_compareView->setOutcome(outcome, a->name, b->name);
    m_tabs->setCurrentWidget(m_compareView);
}

void MainWindow::onRunFailed()
{
    const RunController::Failure &failure = m_controller->failure();
    statusBar()->showMessage(failure.summary, 15000);
    // A checkpoint that cannot be loaded is not offered again under Recent.
    if (failure.code == QLatin1String("model_invalid")) {
        RecentFiles recent(CheckpointListWidget::recentKey());
        for (const QString &checkpoint : m_setup->config().checkpoints)
            if (failure.details.contains(QFileInfo(checkpoint).fileName()))
                recent.remove(checkpoint);
    }
}

bool MainWindow::openResult(const QString &path)
{
    QString error;
    const bool ok = m_resultsView->loadResult(path, &error);
    m_tabs->setCurrentWidget(ok ? static_cast<QWidget *>(m_resultsView)
                                : static_cast<QWidget *>(m_tabs->currentWidget()));
    if (ok) {
        RecentFiles(recentResultsKey()).add(path);
        // Several models: their comparisons go to the Compare tab as well; a result
        // without any replaces what the tab showed before (it says why it is empty).
        m_compareView->setResult(m_resultsView->result(), QFileInfo(path).fileName(), {}, path);
    } else
        statusBar()->showMessage(error, 15000);
    return ok;
}

void MainWindow::openResultDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open result file"), QString(),
                                                      tr("Result files (*.json);;All files (*)"));
    if (!path.isEmpty() && !openResult(path))
        QMessageBox::warning(this, tr("Open result file"), m_resultsView->headerText());
}

void MainWindow::fillRecentResults()
{
    m_recentResults->clear();
    const QStringList paths = RecentFiles(recentResultsKey()).paths();
    for (const QString &path : paths) {
        QAction *action = m_recentResults->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openResult(path); });
    }
    if (paths.isEmpty())
        m_recentResults->addAction(tr("No recent results"))->setEnabled(false);
}

void MainWindow::openPaths(const QStringList &paths)
{
    QStringList checkpoints;
    for (const QString &path : paths) {
        if (isCheckpoint(path))
            checkpoints << path;
        else if (isResultFile(path))
            openResult(path);
        else
            m_setup->setDataPath(path);
    }
    if (!checkpoints.isEmpty())
        m_setup->addCheckpoints(checkpoints);
}

QString MainWindow::commandLine() const
{
    const RunConfig config = m_setup->config();
    QString error;
    const JobCommand command = JobCommand::build(
            config, JobCommand::toolsFor(config),
            JobCommand::resultPathFor(config, QDateTime::currentDateTime()), QString(), &error);
    if (command.isEmpty()) {
        statusBar()->showMessage(error, 10000);
        return {};
    }
    return command.shellLine();
}

void MainWindow::copyCommand()
{
    const QString line = commandLine();
    if (line.isEmpty())
        return;
    QApplication::clipboard()->setText(line);
    statusBar()->showMessage(tr("Command copied: %1").arg(line), 10000);
}

void MainWindow::showSlurmScript()
{
    if (!m_slurmScript)
        m_slurmScript = new SlurmScriptDialog(this);
    const RunConfig config = m_setup->config();
    m_slurmScript->setRun(config, JobCommand::toolsFor(config).engine,
                          JobCommand::resultPathFor(config, QDateTime::currentDateTime()));
    m_slurmScript->open();
}

bool MainWindow::openDemo()
{
    if (m_controller->isActive())
        return false;
    const DemoFiles demo = DemoFiles::find();
    if (!demo.complete()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Open the Demo"),
                                    demo.missingText(), QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("demoMissingMessage"));
        box->setTextFormat(Qt::RichText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    RunConfig config = m_setup->config();
    config.checkpoints = demo.checkpoints;
    config.dataPath = demo.dataset;
    config.classNamesFile = demo.classNames;
    m_setup->setConfig(config, true);
    m_setup->inspectDataset();
    m_tabs->setCurrentWidget(m_runView);
    statusBar()->showMessage(tr("The demo is set up: two checkpoints of a Fashion-MNIST "
                                "classifier on its test set. Press Run."),
                             15000);
    return true;
}

void MainWindow::showGettingStartedOnFirstStart()
{
    m_help->showGettingStartedOnFirstStart();
}

GettingStartedDialog *MainWindow::gettingStarted() const
{
    return m_help->gettingStarted();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_controller->isActive()) {
        switch (CloseRunDialog::ask(this)) {
        case CloseRunDialog::Choice::KeepOpen:
            event->ignore();
            return;
        case CloseRunDialog::Choice::CancelJob:
            m_controller->cancel(); // the controller's destructor finishes the job off
            break;
        case CloseRunDialog::Choice::FinishInBackground:
            // The history keeps it as pending; the next start picks its result up.
            m_controller->detach();
            break;
        }
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty() || m_controller->isActive())
        return;
    openPaths(paths);
    event->acceptProposedAction();
}
