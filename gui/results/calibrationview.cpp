#include "results/calibrationview.h"

#include "plots/calibrationplot.h"

#include <QLabel>
#include <QVBoxLayout>

CalibrationView::CalibrationView(QWidget *parent)
    : QWidget(parent)
{
    m_plot = new CalibrationPlot(this);
    m_plot->setMinimumSize(320, 300);
    m_note = new QLabel(tr("Samples are grouped into 15 equal-width bins of their confidence. "
                           "A well-calibrated model's bars reach the diagonal; bars below it "
                           "mean over-confidence."),
                        this);
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_note);
}

void CalibrationView::setModel(std::shared_ptr<const disteval::ResultFile> result, int modelIndex)
{
    if (!result || modelIndex < 0 || modelIndex >= static_cast<int>(result->models.size())) {
        m_plot->setCalibration({}, nullptr);
    } else {
        const disteval::ModelResult &model = result->models[modelIndex];
        m_plot->setCalibration(model.calibration, model.metric("ece"));
    }
    m_plot->replot();
}
