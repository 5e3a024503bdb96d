#include "run/runview.h"

#include "common/errortext.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

RunView::RunView(RunController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("runSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto *top = new QWidget(m_splitter);
    auto *topLayout = new QVBoxLayout(top);
    auto *header = new QHBoxLayout;
    m_status = new QLabel(tr("No run yet. Set up a run on the left and press Run."), top);
    m_status->setObjectName(QStringLiteral("runStatus"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel"), top);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    header->addWidget(m_status, 1);
    header->addWidget(m_cancel);
    topLayout->addLayout(header);

    m_overall = new QProgressBar(top);
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setRange(0, 1000);
    m_overall->setValue(0);
    m_overall->setFormat(QString());
    topLayout->addWidget(m_overall);
    m_stats = new QLabel(top);
    m_stats->setObjectName(QStringLiteral("runStats"));
    topLayout->addWidget(m_stats);

    m_failure = new QLabel(top);
    m_failure->setObjectName(QStringLiteral("failureText"));
    m_failure->setWordWrap(true);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failure->setFrameShape(QFrame::StyledPanel);
    m_failure->setStyleSheet(QStringLiteral(
            "QLabel { background: #fdecea; color: #611a15; padding: 8px; border-radius: 4px; }"));
    m_failure->setVisible(false);
    topLayout->addWidget(m_failure);

    auto *scroll = new QScrollArea(top);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *rankPage = new QWidget(scroll);
    auto *rankPageLayout = new QVBoxLayout(rankPage);
    rankPageLayout->setContentsMargins(0, 0, 0, 0);
    m_rankArea = new QWidget(rankPage);
    m_rankGrid = new QGridLayout(m_rankArea);
    m_rankGrid->setContentsMargins(0, 0, 0, 0);
    m_rankGrid->setColumnStretch(1, 1);
    rankPageLayout->addWidget(m_rankArea);
    rankPageLayout->addStretch(1);
    scroll->setWidget(rankPage);
    // The bars sit on the tab page itself, not on a grey viewport.
    scroll->viewport()->setAutoFillBackground(false);
    rankPage->setAutoFillBackground(false);
    topLayout->addWidget(scroll, 1);

    m_log = new QPlainTextEdit(m_splitter);
    m_log->setObjectName(QStringLiteral("logPane"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("The engine's output appears here."));
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_splitter->addWidget(top);
    m_splitter->addWidget(m_log);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_clockTimer.setInterval(500);
    connect(&m_clockTimer, &QTimer::timeout, this, &RunView::refreshTimes);
    connect(m_cancel, &QPushButton::clicked, m_controller, &RunController::cancel);
    connect(m_controller, &RunController::stateChanged, this, &RunView::onStateChanged);
    connect(m_controller, &RunController::helloReceived, this,
            [this](int worldSize) { onHello(worldSize); });
    connect(m_controller, &RunController::progressChanged, this, &RunView::onProgress);
    connect(m_controller, &RunController::phaseChanged, this,
            [this](const QString &phase) { m_status->setText(ErrorText::forPhase(phase)); });
    connect(m_controller, &RunController::logLine, this, &RunView::onLogLine);
    connect(m_controller, &RunController::failed, this, &RunView::onFailed);
}

QString RunView::logText() const
{
    return m_log->toPlainText();
}

QString RunView::failureText() const
{
    return m_failure->isVisible() || !m_failure->text().isEmpty() ? m_failure->text() : QString();
}

QString RunView::formatDuration(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("--:--");
    const qint64 s = static_cast<qint64>(seconds + 0.5);
    const qint64 h = s / 3600;
    const qint64 m = (s / 60) % 60;
    const qint64 sec = s % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
                .arg(h)
                .arg(m, 2, 10, QLatin1Char('0'))
                .arg(sec, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2")
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(sec, 2, 10, QLatin1Char('0'));
}

void RunView::onStateChanged(RunController::State state)
{
    using State = RunController::State;
    m_cancel->setEnabled(state == State::Starting || state == State::Running);
    switch (state) {
    case State::Starting:
        m_log->clear();
        m_failure->clear();
        m_failure->setVisible(false);
        clearRanks();
        m_overall->setValue(0);
        m_overall->setFormat(QString());
        m_status->setText(tr("Starting mpirun..."));
        m_clockTimer.start();
        break;
    case State::Running:
        m_status->setText(tr("Waiting for the engine..."));
        break;
    case State::Cancelling:
        m_status->setText(tr("Cancelling..."));
        break;
    case State::Succeeded:
        m_status->setText(tr("Finished."));
        m_overall->setValue(m_overall->maximum());
        break;
    case State::Failed:
        m_status->setText(tr("The run failed."));
        break;
    case State::Cancelled:
        m_status->setText(tr("The run was cancelled."));
        break;
    case State::Idle:
        break;
    }
    if (state == State::Succeeded || state == State::Failed || state == State::Cancelled)
        m_clockTimer.stop();
    refreshTimes();
}

void RunView::clearRanks()
{
    qDeleteAll(m_rankBars);
    qDeleteAll(m_rankLabels);
    qDeleteAll(m_rankRates);
    m_rankBars.clear();
    m_rankLabels.clear();
    m_rankRates.clear();
}

void RunView::onHello(int worldSize)
{
    clearRanks();
    for (int rank = 0; rank < worldSize; ++rank) {
        auto *label = new QLabel(tr("Rank %1").arg(rank), m_rankArea);
        auto *bar = new QProgressBar(m_rankArea);
        bar->setObjectName(QStringLiteral("rankProgress%1").arg(rank));
        bar->setRange(0, 1000);
        bar->setValue(0);
        bar->setMaximumHeight(18);
        auto *rate = new QLabel(m_rankArea);
        rate->setMinimumWidth(rate->fontMetrics().horizontalAdvance(QStringLiteral("000000 /s  ")));
        m_rankGrid->addWidget(label, rank, 0);
        m_rankGrid->addWidget(bar, rank, 1);
        m_rankGrid->addWidget(rate, rank, 2);
        m_rankLabels << label;
        m_rankBars << bar;
        m_rankRates << rate;
    }
    onProgress();
}

void RunView::onProgress()
{
    const QLocale locale;
    for (int rank = 0; rank < m_rankBars.size(); ++rank) {
        const RunController::RankProgress p = m_controller->rankProgress(rank);
        QProgressBar *bar = m_rankBars.at(rank);
        bar->setValue(p.total > 0 ? static_cast<int>(1000 * p.done / p.total)
                                  : (p.reported ? 1000 : 0));
        bar->setFormat(tr("%1 of %2").arg(locale.toString(p.done), locale.toString(p.total)));
        if (p.total == 0)
            bar->setFormat(tr("idle"));
        m_rankRates.at(rank)->setText(
                p.reported ? tr("%1/s").arg(locale.toString(p.samplesPerSecond, 'f', 0))
                           : QString());
    }
    const qint64 done = m_controller->progress().done();
    const qint64 total = m_controller->progress().total();
    if (total > 0) {
        m_overall->setValue(static_cast<int>(1000 * done / total));
        m_overall->setFormat(tr("%1 of %2 (%3%)")
                                     .arg(locale.toString(done), locale.toString(total),
                                          locale.toString(100.0 * done / total, 'f', 1)));
    }
    refreshTimes();
}

void RunView::refreshTimes()
{
    if (m_controller->state() == RunController::State::Idle) {
        m_stats->clear();
        return;
    }
    const QLocale locale;
    const double rate = m_controller->progress().samplesPerSecond();
    const double elapsed = m_controller->elapsedMs() / 1000.0;
    const bool active = m_controller->isActive();
    const QString eta = active ? formatDuration(m_controller->progress().etaSeconds())
                               : QStringLiteral("--:--");
    m_stats->setText(tr("Throughput: %1 samples/s    Elapsed: %2    Remaining: %3")
                             .arg(locale.toString(rate, 'f', 0), formatDuration(elapsed), eta));
}

void RunView::onLogLine(const QString &text, RunController::LogSource source)
{
    if (source == RunController::LogSource::App)
        m_log->appendPlainText(QStringLiteral("[disteval] ") + text);
    else
        m_log->appendPlainText(text);
}

void RunView::onFailed(const RunController::Failure &failure)
{
    QString text = failure.summary;
    if (!failure.details.isEmpty())
        text += QStringLiteral("\n\n") + failure.details;
    m_failure->setText(text);
    m_failure->setVisible(true);
}
