#include "results/resultsummaryview.h"

#include "common/resulttable.h"
#include "common/tasktext.h"
#include "models/configurationmodel.h"
#include "models/metricstablemodel.h"
#include "models/rankstablemodel.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace {
QTableView *makeTable(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    QTableView *table = makeResultTable(objectName, model, parent);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}
} // namespace

ResultSummaryView::ResultSummaryView(QWidget *parent)
    : QWidget(parent)
{
    m_header = new QLabel(tr("No result open. Run an evaluation, or open a result file."), this);
    m_header->setObjectName(QStringLiteral("resultHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metricsModel = new MetricsTableModel(this);
    m_configModel = new ConfigurationModel(this);
    m_ranksModel = new RanksTableModel(this);
    m_table = makeTable(QStringLiteral("metricsTable"), m_metricsModel, this);
    m_config = makeTable(QStringLiteral("configTable"), m_configModel, this);
    m_ranks = makeTable(QStringLiteral("ranksTable"), m_ranksModel, this);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("metricNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setStyleSheet(QStringLiteral("color: #404040;"));
    m_notes->hide();
    m_coverage = new QLabel(this);
    m_coverage->setObjectName(QStringLiteral("coverage"));
    m_coverage->setWordWrap(true);
    m_coverage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("resultWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #a04000;"));
    m_warnings->hide();

    auto *metricsBox = new QWidget(this);
    auto *metricsLayout = new QVBoxLayout(metricsBox);
    metricsLayout->setContentsMargins(0, 0, 0, 0);
    metricsLayout->addWidget(m_table, 1);
    metricsLayout->addWidget(m_notes);

    auto *ranksBox = new QWidget(this);
    auto *ranksLayout = new QVBoxLayout(ranksBox);
    ranksLayout->setContentsMargins(0, 0, 0, 0);
    ranksLayout->addWidget(m_ranks, 1);
    ranksLayout->addWidget(m_coverage);

    // The metrics across the whole width (one value and interval column per model), the
    // configuration and the ranks side by side below them.
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->setObjectName(QStringLiteral("summaryDetailsSplitter"));
    details->setChildrenCollapsible(false);
    details->addWidget(m_config);
    details->addWidget(ranksBox);
    details->setStretchFactor(0, 1);
    details->setStretchFactor(1, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("summarySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(metricsBox);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_warnings);
}

QString ResultSummaryView::headerText() const
{
    return m_header->text();
}

QString ResultSummaryView::coverageText() const
{
    return m_coverage->text();
}

QString ResultSummaryView::notesText() const
{
    return m_notes->text();
}

void ResultSummaryView::clear()
{
    m_metricsModel->setResult(nullptr);
    m_configModel->setResult(nullptr, QString());
    m_ranksModel->setResult(nullptr);
    m_notes->clear();
    m_notes->hide();
    m_coverage->clear();
    m_warnings->clear();
    m_warnings->hide();
}

void ResultSummaryView::showError(const QString &message)
{
    clear();
    m_header->setText(message);
}

void ResultSummaryView::setResult(std::shared_ptr<const disteval::ResultFile> result,
                                  const QString &path)
{
    clear();
    if (!result) {
        m_header->setText(tr("No result open. Run an evaluation, or open a result file."));
        return;
    }
    const QLocale locale;
    const int percent = static_cast<int>(std::lround(result->statistics.confidence * 100));
    m_header->setText(tr("%1\nDataset: %2 (%3 samples, %4) · %5 rank(s) · engine %6 · %7\n"
                         "Intervals: %8% confidence, %9 bootstrap replicates.")
                              .arg(QDir::toNativeSeparators(path),
                                   QString::fromStdString(result->dataset.path),
                                   locale.toString(static_cast<qint64>(result->dataset.numSamples)),
                                   TaskText::units(result->task, result->dataset.numClasses),
                                   locale.toString(result->worldSize),
                                   QString::fromStdString(result->engineVersion),
                                   QString::fromStdString(result->created),
                                   locale.toString(percent),
                                   locale.toString(result->statistics.bootstrapReplicates)));
    m_metricsModel->setResult(result);
    m_table->resizeColumnsToContents();
    if (result->task != disteval::Task::Classification)
        m_header->setText(m_header->text() + QLatin1Char('\n') + TaskText::taskLine(*result));
    QStringList notes = m_metricsModel->intervalNotes();
    if (!m_metricsModel->eceNote().isEmpty())
        notes << m_metricsModel->eceNote();
    notes << TaskText::notes(*result);
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    m_configModel->setResult(result, path);
    m_config->resizeColumnToContents(0);
    m_ranksModel->setResult(result);
    m_ranks->resizeColumnsToContents();
    bool exact = false;
    m_coverage->setText(RanksTableModel::coverageText(*result, &exact));
    m_coverage->setStyleSheet(exact ? QStringLiteral("color: #1a7f37;")
                                    : QStringLiteral("color: #b00020; font-weight: bold;"));
    if (!result->warnings.empty()) {
        QStringList lines;
        for (const std::string &w : result->warnings)
            lines << QString::fromStdString(w);
        m_warnings->setText(tr("Warnings from the engine:\n%1").arg(lines.join(QLatin1Char('\n'))));
        m_warnings->show();
    }
}
