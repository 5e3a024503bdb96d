#pragma once

#include "plots/qcp.h"

#include "result/resultfile.h"

// The reliability diagram of the engine's 15-bin calibration histogram: per confidence
// bin the accuracy (bars, one bin wide), the mean confidence (markers) and the diagonal
// of perfect calibration; below it the number of samples per bin; the title gives the
// expected calibration error with its interval and, where the result has it, the
// debiased ECE. Empty bins have no bar.
class CalibrationPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit CalibrationPlot(QWidget *parent);

    // `ece` and `debiased` may be null (not in the result; version-1 files have no
    // debiased ECE).
    void setCalibration(const std::vector<disteval::ReliabilityBin> &bins,
                        const disteval::MetricValue *ece,
                        const disteval::MetricValue *debiased = nullptr);
    QString eceText() const;

    QCPBars *accuracyBars() const { return m_accuracy; }
    QCPGraph *confidenceMarkers() const { return m_confidence; }
    QCPBars *countBars() const { return m_counts; }
    QCPTextElement *title() const { return m_title; }

private:
    QCPTextElement *m_title = nullptr;
    QCPBars *m_accuracy = nullptr;
    QCPGraph *m_confidence = nullptr;
    QCPGraph *m_diagonal = nullptr;
    QCPBars *m_counts = nullptr;
    QCPAxisRect *m_countRect = nullptr;
    QString m_eceText;
};
