// The main window's actions, menus and tool bar, and what they allow in each state of a
// run (the window itself: mainwindow.cpp).
#include "app/helpmenu.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "results/resultsview.h"
#include "run/runcontroller.h"
#include "setup/runsetupwidget.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

void MainWindow::createActions()
{
    m_addCheckpoints = new QAction(tr("&Add Checkpoints..."), this);
    m_addCheckpoints->setShortcut(QKeySequence::Open);
    connect(m_addCheckpoints, &QAction::triggered, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
                this, tr("Add model checkpoints"), QString(),
                tr("TorchScript checkpoints (*.pt *.pth *.ts);;All files (*)"));
        if (!paths.isEmpty())
            m_setup->addCheckpoints(paths);
    });
    m_openResult = new QAction(tr("Open &Result..."), this);
    m_openResult->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openResult, &QAction::triggered, this, &MainWindow::openResultDialog);
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_run = new QAction(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("runAction"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_run->setToolTip(tr("Start the evaluation"));
    connect(m_run, &QAction::triggered, this, &MainWindow::startRun);
    m_cancel = new QAction(tr("&Cancel Run"), this);
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    connect(m_cancel, &QAction::triggered, m_controller, &RunController::cancel);
    m_copyCommand = new QAction(tr("Copy &Command"), this);
    m_copyCommand->setToolTip(tr("Copy the equivalent mpirun command line"));
    connect(m_copyCommand, &QAction::triggered, this, &MainWindow::copyCommand);
    m_slurmScriptAction = new QAction(tr("&Slurm Batch Script..."), this);
    m_slurmScriptAction->setToolTip(tr("A Slurm batch script (sbatch) for this set-up"));
    connect(m_slurmScriptAction, &QAction::triggered, this, &MainWindow::showSlurmScript);

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_run);
    m_toolBar->addAction(m_cancel);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_copyCommand);
    m_toolBar->addAction(m_openResult);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addCheckpoints);
    file->addAction(m_openResult);
    m_recentResults = file->addMenu(tr("Recent Results"));
    connect(m_recentResults, &QMenu::aboutToShow, this, &MainWindow::fillRecentResults);
    file->addSeparator();
    file->addAction(m_resultsView->exportReportAction());
    file->addAction(m_resultsView->exportPlotAction());
    file->addAction(m_resultsView->copyPlotAction());
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_run);
    run->addAction(m_cancel);
    run->addAction(m_copyCommand);
    run->addAction(m_slurmScriptAction);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    m_languages = new QActionGroup(this);
    const QString current = LanguageManager::configuredLanguage();
    for (const LanguageManager::Language &l : LanguageManager::available()) {
        QAction *action = language->addAction(l.nativeName);
        action->setCheckable(true);
        action->setChecked(l.code == current);
        action->setData(l.code);
        m_languages->addAction(action);
    }
    connect(m_languages, &QActionGroup::triggered, this, [this](QAction *action) {
        LanguageManager::setConfiguredLanguage(action->data().toString());
        statusBar()->showMessage(tr("The language changes when disteval is started again."), 10000);
    });

    m_help = new HelpMenu(this);
    menuBar()->addMenu(m_help);
    connect(m_help, &HelpMenu::openDemoRequested, this, &MainWindow::openDemo);
}

void MainWindow::updateActions()
{
    const bool active = m_controller->isActive();
    const RunConfig config = m_setup->config();
    // Run only what can run: the dataset must have passed the engine's check.
    QString notReady;
    if (config.checkpoints.isEmpty() || config.dataPath.isEmpty())
        notReady = tr("Choose at least one checkpoint and a dataset first");
    else if (!m_setup->inspectionOk())
        notReady = tr("The dataset has not passed the engine's check (see below the dataset)");
    m_run->setEnabled(!active && notReady.isEmpty());
    m_run->setToolTip(notReady.isEmpty() ? tr("Start the evaluation") : notReady);
    m_cancel->setEnabled(m_controller->state() == RunController::State::Starting
                         || m_controller->state() == RunController::State::Running);
    m_setup->setEditable(!active);
    switch (m_controller->state()) {
    case RunController::State::Idle:
        m_stateLabel->setText(tr("Ready"));
        break;
    case RunController::State::Starting:
    case RunController::State::Running:
        m_stateLabel->setText(tr("Running"));
        break;
    case RunController::State::Cancelling:
        m_stateLabel->setText(tr("Cancelling"));
        break;
    case RunController::State::Succeeded:
        m_stateLabel->setText(tr("Finished"));
        break;
    case RunController::State::Failed:
        m_stateLabel->setText(tr("Failed"));
        break;
    case RunController::State::Cancelled:
        m_stateLabel->setText(tr("Cancelled"));
        break;
    }
}
