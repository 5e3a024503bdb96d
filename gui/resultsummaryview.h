#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

// A summary of a result file: every model's metrics with their confidence intervals
// (the full results views with plots come later).
class ResultSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultSummaryView(QWidget *parent);

    // Reads `path` with disteval::readResultFile. On failure shows the reason, sets
    // `error` and returns false; never throws.
    bool loadResult(const QString &path, QString *error = nullptr);
    void clear();

    QString resultPath() const { return m_path; }
    QTableWidget *table() const { return m_table; }
    QString headerText() const;

private:
    QLabel *m_header = nullptr;
    QTableWidget *m_table = nullptr;
    QString m_path;
};
