#include "results/calibrationview.h"

#include "common/metricnames.h"
#include "plots/calibrationplot.h"

#include <QLabel>
#include <QVBoxLayout>

CalibrationView::CalibrationView(QWidget *parent)
    : QWidget(parent)
{
    m_plot = new CalibrationPlot(this);
    m_plot->setMinimumSize(320, 300);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("calibrationNote"));
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_note);
}

QString CalibrationView::noteText() const
{
    return m_note->text();
}

void CalibrationView::setModel(std::shared_ptr<const disteval::ResultFile> result, int modelIndex)
{
    QString note = result && result->task == disteval::Task::DenseClassification
                           ? tr("Elements (pixels, tokens) are grouped into 15 equal-width bins "
                                "of their confidence. A well-calibrated model's bars reach the "
                                "diagonal; bars below it mean over-confidence.")
                           : tr("Samples are grouped into 15 equal-width bins of their "
                                "confidence. A well-calibrated model's bars reach the diagonal; "
                                "bars below it mean over-confidence.");
    if (!result || modelIndex < 0 || modelIndex >= static_cast<int>(result->models.size())) {
        m_plot->setCalibration({}, nullptr);
    } else {
        const disteval::ModelResult &model = result->models[modelIndex];
        m_plot->setCalibration(model.calibration, model.metric("ece"),
                               model.metric("ece_debiased"));
        const disteval::MetricValue *ece = model.metric("ece");
        if (ece && ece->method == "bound")
            note += QLatin1Char('\n') + tr("ECE: %1").arg(MetricNames::eceIntervalNote());
    }
    m_note->setText(note);
    m_plot->replot();
}
