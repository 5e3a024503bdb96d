#pragma once

#include "result/resultfile.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <memory>

class QLabel;
class QSplitter;
class QTableWidget;

// The summary tab of a result: every model's metrics with their confidence intervals;
// the run's configuration (models with SHA-256, dataset, world size, devices, date,
// engine version, statistics settings, every engine option); the per-rank table (first
// index, count, seconds, samples/s) and a coverage line that checks the ranks' shards
// cover the dataset exactly once; the engine's warnings.
class ResultSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultSummaryView(QWidget *parent);

    void setResult(std::shared_ptr<const disteval::ResultFile> result, const QString &path);
    // Clears the view and shows `message` in its place.
    void showError(const QString &message);
    void clear();

    QTableWidget *table() const { return m_table; }
    QTableWidget *configTable() const { return m_config; }
    QTableWidget *ranksTable() const { return m_ranks; }
    QString headerText() const;
    QString coverageText() const;
    // Whether the ranks' shards are contiguous, disjoint and add up to the dataset size.
    static bool coverageComplete(const disteval::ResultFile &result, QString *explanation);
    // (setting, value) rows of the configuration table, also used by the PDF report.
    static QList<QPair<QString, QString>> configurationRows(const disteval::ResultFile &result,
                                                            const QString &path);

private:
    void fillMetrics(const disteval::ResultFile &result);
    void fillConfiguration(const disteval::ResultFile &result, const QString &path);
    void fillRanks(const disteval::ResultFile &result);

    QLabel *m_header = nullptr;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_config = nullptr;
    QTableWidget *m_ranks = nullptr;
    QLabel *m_coverage = nullptr;
    QLabel *m_warnings = nullptr;
    QSplitter *m_splitter = nullptr;
};
