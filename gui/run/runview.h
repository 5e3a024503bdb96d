#pragma once

#include "run/runcontroller.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;

// The live view of a run: one progress bar per rank, the overall bar, throughput,
// elapsed time and ETA, the job's own output, Cancel, and, when the run fails, what
// went wrong in plain words.
class RunView : public QWidget
{
    Q_OBJECT

public:
    RunView(RunController *controller, QWidget *parent);

    QSplitter *splitter() const { return m_splitter; }
    QString logText() const;
    QString failureText() const;
    int rankBarCount() const { return m_rankBars.size(); }

    // "1:02:03" / "02:03"
    static QString formatDuration(double seconds);

private:
    void onStateChanged(RunController::State state);
    void onHello(int worldSize);
    void onProgress();
    void onLogLine(const QString &text, RunController::LogSource source);
    void onFailed(const RunController::Failure &failure);
    void refreshTimes();
    void clearRanks();

    RunController *m_controller = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_stats = nullptr;
    QProgressBar *m_overall = nullptr;
    QWidget *m_rankArea = nullptr;
    QGridLayout *m_rankGrid = nullptr;
    QList<QProgressBar *> m_rankBars;
    QList<QLabel *> m_rankLabels;
    QList<QLabel *> m_rankRates;
    QLabel *m_failure = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer m_clockTimer;
};
