#pragma once

#include "result/resultfile.h"

#include <QWidget>

#include <memory>

class ConfigurationModel;
class MetricsTableModel;
class QLabel;
class QSplitter;
class QTableView;
class RanksTableModel;

// The summary tab of a result: every model's metrics with their confidence intervals;
// the run's configuration (models with SHA-256, dataset, world size, devices, date,
// engine version, statistics settings, the engine's options); the per-rank table (first
// index, count, seconds, samples/s) and a coverage line that checks the ranks' shards
// cover the dataset exactly once; the engine's warnings. The tables show the models the
// PDF report prints. Under the metrics, a note for every interval that is not given
// (with its reason; the table's tooltips say it too), what the ECE's interval means and
// what the result's task needs said (TaskText::notes); the header names a task other than
// classification.
class ResultSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultSummaryView(QWidget *parent);

    void setResult(std::shared_ptr<const disteval::ResultFile> result, const QString &path);
    // Clears the view and shows `message` in its place.
    void showError(const QString &message);

    QTableView *table() const { return m_table; }
    QTableView *configTable() const { return m_config; }
    QTableView *ranksTable() const { return m_ranks; }
    QString headerText() const;
    QString coverageText() const;
    QString notesText() const;

private:
    void clear();

    QLabel *m_header = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_config = nullptr;
    QTableView *m_ranks = nullptr;
    MetricsTableModel *m_metricsModel = nullptr;
    ConfigurationModel *m_configModel = nullptr;
    RanksTableModel *m_ranksModel = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_coverage = nullptr;
    QLabel *m_warnings = nullptr;
    QSplitter *m_splitter = nullptr;
};
