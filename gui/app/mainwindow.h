#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QToolBar;
class CompareView;
class GettingStartedDialog;
class HelpMenu;
class HistoryView;
class RunHistory;
class RunHistoryTracker;
class ResultsView;
class RunController;
class RunSetupWidget;
class RunView;
class SlurmScriptDialog;

// The app's window: the run setup on the left; on the right the live run view and the
// results views (summary, confusion matrix, per class, calibration, exports). Files dropped on the
// window are taken as checkpoints (.pt), result files (.json) or the dataset (anything else).
// Settings, geometry and splitters are kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static QString recentResultsKey() { return QStringLiteral("recent/results"); }

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    RunSetupWidget *setup() const { return m_setup; }
    RunController *controller() const { return m_controller; }
    RunView *runView() const { return m_runView; }
    ResultsView *resultsView() const { return m_resultsView; }
    QTabWidget *tabs() const { return m_tabs; }
    CompareView *compareView() const { return m_compareView; }
    HistoryView *historyView() const { return m_historyView; }
    RunHistory *history() const { return m_history; }

    // Probes the engine and inspects the dataset (not done in the constructor, so that
    // tests and screenshots decide when the engine is asked).
    void queryEngine();
    bool openResult(const QString &path);
    // Takes dropped or command-line paths as described above.
    void openPaths(const QStringList &paths);
    void startRun();
    // Compares two runs of the history in the Compare tab (A is the baseline).
    void compareHistoryRuns(const QString &idA, const QString &idB);
    void saveSettings() const;
    // Help › Open the Demo: fills the set-up with the demo checkpoints, the Fashion-MNIST
    // test set and its class names (DemoFiles); when they are missing, says how to make
    // them (a message box that does not block) and returns false.
    bool openDemo();
    // The getting-started text, once, on the first start (HelpMenu).
    void showGettingStartedOnFirstStart();
    GettingStartedDialog *gettingStarted() const;
    // The window's size when none is remembered: most of the screen, at most 1600 × 1000,
    // so that the summary's tables show every column.
    static QSize defaultSize(const QRect &available);
    // The equivalent command line, as copied by "Copy command" (empty with a reason in
    // the status bar when it cannot be built).
    QString commandLine() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreSettings();
    void copyCommand();
    // The Slurm batch script of the set-up (SlurmScriptDialog), window-modal.
    void showSlurmScript();
    void openResultDialog();
    void fillRecentResults();
    void updateActions();
    void onRunSucceeded(const QString &path);
    void onRunFailed();

    RunController *m_controller = nullptr;
    RunSetupWidget *m_setup = nullptr;
    QScrollArea *m_setupScroll = nullptr;
    RunView *m_runView = nullptr;
    ResultsView *m_resultsView = nullptr;
    QTabWidget *m_tabs = nullptr;
    CompareView *m_compareView = nullptr;
    HistoryView *m_historyView = nullptr;
    RunHistory *m_history = nullptr;
    RunHistoryTracker *m_historyTracker = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_stateLabel = nullptr;

    QAction *m_addCheckpoints = nullptr;
    QAction *m_openResult = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_run = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_copyCommand = nullptr;
    QAction *m_slurmScriptAction = nullptr;
    SlurmScriptDialog *m_slurmScript = nullptr;
    HelpMenu *m_help = nullptr;
    QMenu *m_recentResults = nullptr;
    QActionGroup *m_languages = nullptr;
};
