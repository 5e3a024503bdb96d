#pragma once

#include "result/resultfile.h"
#include "result/samplesfile.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QCustomPlot;
class QLabel;

// The Predictions tab of a regression result: predicted against true values (one dot
// per sample, with the line of perfect predictions) and the histogram of the residuals
// (prediction - target), for one target at a time, from the run's per-sample records.
class RegressionView : public QWidget
{
    Q_OBJECT

public:
    explicit RegressionView(QWidget *parent);

    void setRecords(std::shared_ptr<const disteval::ResultFile> result,
                    std::shared_ptr<const disteval::SamplesFile> records);
    void setModelIndex(int model);
    void setTarget(int target);
    QCustomPlot *scatterPlot() const { return m_scatter; }
    QCustomPlot *residualPlot() const { return m_residuals; }
    QComboBox *targetBox() const { return m_target; }
    // The residual histogram's bins (for tests): lower edge, width, counts.
    double binStart() const { return m_binStart; }
    double binWidth() const { return m_binWidth; }
    const QVector<double> &binCounts() const { return m_counts; }

private:
    void redraw();

    std::shared_ptr<const disteval::ResultFile> m_result;
    std::shared_ptr<const disteval::SamplesFile> m_records;
    int m_model = 0;
    QComboBox *m_target = nullptr;
    QLabel *m_note = nullptr;
    QCustomPlot *m_scatter = nullptr;
    QCustomPlot *m_residuals = nullptr;
    double m_binStart = 0, m_binWidth = 0;
    QVector<double> m_counts;
};
