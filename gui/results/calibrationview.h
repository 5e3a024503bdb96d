#pragma once

#include "result/resultfile.h"

#include <QWidget>

#include <memory>

class QLabel;
class CalibrationPlot;

// The calibration tab: the reliability diagram with the ECE, a line on how to read it
// and, for an ECE interval that is the conservative bound, a line on what it means.
class CalibrationView : public QWidget
{
    Q_OBJECT

public:
    explicit CalibrationView(QWidget *parent);

    void setModel(std::shared_ptr<const disteval::ResultFile> result, int modelIndex);
    CalibrationPlot *plot() const { return m_plot; }
    QString noteText() const;

private:
    CalibrationPlot *m_plot = nullptr;
    QLabel *m_note = nullptr;
};
