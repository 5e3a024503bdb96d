#include "samples/regressionview.h"

#include "common/resultformat.h"
#include "models/sampleselection.h"
#include "plots/qcp.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

RegressionView::RegressionView(QWidget *parent)
    : QWidget(parent)
{
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("regressionTarget"));
    m_note = new QLabel(this);
    m_scatter = new QCustomPlot(this);
    m_scatter->setObjectName(QStringLiteral("regressionScatter"));
    m_residuals = new QCustomPlot(this);
    m_residuals->setObjectName(QStringLiteral("regressionResiduals"));
    // Small minimums: side by side they must not widen the window beyond its 800 px
    // minimum (docs/GUI.md); at the default size both are far larger.
    m_scatter->setMinimumSize(180, 180);
    m_residuals->setMinimumSize(150, 150);
    m_scatter->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Target:"), this));
    controls->addWidget(m_target);
    controls->addWidget(m_note, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_scatter);
    split->addWidget(m_residuals);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split, 1);
    connect(m_target, &QComboBox::activated, this, [this] { redraw(); });
}

void RegressionView::setRecords(std::shared_ptr<const disteval::ResultFile> result,
                                std::shared_ptr<const disteval::SamplesFile> records)
{
    m_result = std::move(result);
    m_records = std::move(records);
    m_target->clear();
    if (m_result && m_records)
        for (int t = 0; t < m_records->header().layout.units; ++t)
            m_target->addItem(ResultFormat::className(*m_result, t), t);
    m_target->setVisible(m_target->count() > 1);
    redraw();
}

void RegressionView::setModelIndex(int model)
{
    m_model = model;
    redraw();
}

void RegressionView::setTarget(int target)
{
    const int i = m_target->findData(target);
    if (i >= 0)
        m_target->setCurrentIndex(i);
    redraw();
}

void RegressionView::redraw()
{
    m_scatter->clearGraphs();
    m_residuals->clearPlottables();
    m_counts.clear();
    if (!m_records || m_records->header().layout.task != disteval::Task::Regression) {
        m_note->setText(tr("No per-sample records of a regression."));
        m_scatter->replot();
        m_residuals->replot();
        return;
    }
    SampleFilter filter;
    filter.model = m_model;
    filter.target = std::max(0, m_target->currentData().toInt());
    const SampleSelection s = selectSamples(*m_records, filter);
    QVector<double> truth, predicted, residuals;
    for (const SampleRow &r : s.rows)
        if (std::isfinite(r.key[0]) && std::isfinite(r.key[1])) {
            truth << r.key[0];
            predicted << r.key[1];
            residuals << r.key[2];
        }
    const qsizetype left = static_cast<qsizetype>(s.rows.size()) - truth.size();
    QString note = tr("%n sample(s)", nullptr, static_cast<int>(truth.size()));
    if (left > 0)
        note += QStringLiteral("; ") + tr("%1 left out (a value that is not finite)").arg(left);
    m_note->setText(s.error.isEmpty() ? note : s.error);
    if (truth.isEmpty()) {
        m_scatter->replot();
        m_residuals->replot();
        return;
    }
    const auto [lowT, highT] = std::minmax_element(truth.begin(), truth.end());
    const auto [lowP, highP] = std::minmax_element(predicted.begin(), predicted.end());
    double low = std::min(*lowT, *lowP), high = std::max(*highT, *highP);
    if (high <= low)
        high = low + 1;
    const double pad = 0.04 * (high - low);
    QCPGraph *dots = m_scatter->addGraph();
    dots->setLineStyle(QCPGraph::lsNone);
    dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(70, 130, 180, 150),
                                          QColor(70, 130, 180, 150), truth.size() > 5000 ? 2 : 4));
    dots->setData(truth, predicted);
    dots->setName(tr("Samples"));
    QCPGraph *diagonal = m_scatter->addGraph();
    diagonal->setData({low - pad, high + pad}, {low - pad, high + pad});
    diagonal->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    diagonal->setName(tr("Prediction = target"));
    m_scatter->xAxis->setLabel(tr("True value"));
    m_scatter->yAxis->setLabel(tr("Predicted value"));
    m_scatter->xAxis->setRange(low - pad, high + pad);
    m_scatter->yAxis->setRange(low - pad, high + pad);
    m_scatter->legend->setVisible(true);
    m_scatter->replot();

    // Residual histogram: Freedman–Diaconis-like width from the range, 10 to 60 bins.
    const auto [lowR, highR] = std::minmax_element(residuals.begin(), residuals.end());
    const int bins = std::clamp(static_cast<int>(std::ceil(std::sqrt(residuals.size()))), 10, 60);
    m_binStart = *lowR;
    m_binWidth = *highR > *lowR ? (*highR - *lowR) / bins : 1.0;
    m_counts.fill(0, bins);
    for (double r : residuals)
        ++m_counts[std::clamp(static_cast<int>((r - m_binStart) / m_binWidth), 0, bins - 1)];
    QVector<double> centres;
    for (int b = 0; b < bins; ++b)
        centres << m_binStart + (b + 0.5) * m_binWidth;
    auto *bars = new QCPBars(m_residuals->xAxis, m_residuals->yAxis);
    bars->setData(centres, m_counts);
    bars->setWidth(m_binWidth);
    bars->setBrush(QColor(70, 130, 180));
    bars->setPen(QPen(Qt::white));
    m_residuals->xAxis->setLabel(tr("Residual (prediction - target)"));
    m_residuals->yAxis->setLabel(tr("Samples"));
    m_residuals->xAxis->setRange(m_binStart - m_binWidth, m_binStart + (bins + 1) * m_binWidth);
    m_residuals->yAxis->setRange(0, *std::max_element(m_counts.begin(), m_counts.end()) * 1.1);
    m_residuals->replot();
}
