#pragma once

#include "result/resultfile.h"

#include <QWidget>

#include <memory>

class QLabel;
class CalibrationPlot;

// The calibration tab: the reliability diagram with the ECE and a line on how to read it.
class CalibrationView : public QWidget
{
    Q_OBJECT

public:
    explicit CalibrationView(QWidget *parent);

    void setModel(std::shared_ptr<const disteval::ResultFile> result, int modelIndex);
    CalibrationPlot *plot() const { return m_plot; }

private:
    CalibrationPlot *m_plot = nullptr;
    QLabel *m_note = nullptr;
};
