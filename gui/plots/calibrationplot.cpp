#include "plots/calibrationplot.h"

#include "common/resultformat.h"

#include <cmath>

CalibrationPlot::CalibrationPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("calibrationPlot"));
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(),
                                 QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    plotLayout()->addElement(0, 0, m_title);

    QCPAxisRect *top = axisRect();
    top->axis(QCPAxis::atLeft)->setLabel(tr("Accuracy"));
    top->axis(QCPAxis::atLeft)->setRange(0, 1);
    top->axis(QCPAxis::atBottom)->setRange(0, 1);
    top->axis(QCPAxis::atBottom)->setTickLabels(false);
    top->axis(QCPAxis::atLeft)->grid()->setSubGridVisible(false);

    m_countRect = new QCPAxisRect(this);
    plotLayout()->addElement(2, 0, m_countRect);
    plotLayout()->setRowStretchFactor(1, 3);
    plotLayout()->setRowStretchFactor(2, 1);
    m_countRect->axis(QCPAxis::atBottom)->setLabel(tr("Confidence (largest softmax probability)"));
    m_countRect->axis(QCPAxis::atBottom)->setRange(0, 1);
    m_countRect->axis(QCPAxis::atLeft)->setLabel(tr("Samples"));
    m_countRect->axis(QCPAxis::atLeft)->ticker()->setTickCount(3);
    auto *margins = new QCPMarginGroup(this);
    top->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_countRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    connect(top->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            m_countRect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::setRange));

    m_diagonal = addGraph(top->axis(QCPAxis::atBottom), top->axis(QCPAxis::atLeft));
    m_diagonal->setName(tr("Perfect calibration"));
    m_diagonal->setPen(QPen(QColor(0x80, 0x80, 0x80), 1.2, Qt::DashLine));
    m_diagonal->setData({0.0, 1.0}, {0.0, 1.0});

    m_accuracy = new QCPBars(top->axis(QCPAxis::atBottom), top->axis(QCPAxis::atLeft));
    m_accuracy->setName(tr("Accuracy in bin"));
    m_accuracy->setPen(QPen(QColor(0x21, 0x71, 0xb5)));
    m_accuracy->setBrush(QColor(0x6b, 0xae, 0xd6, 200));

    m_confidence = addGraph(top->axis(QCPAxis::atBottom), top->axis(QCPAxis::atLeft));
    m_confidence->setName(tr("Mean confidence in bin"));
    m_confidence->setLineStyle(QCPGraph::lsNone);
    m_confidence->setScatterStyle(QCPScatterStyle(
            QCPScatterStyle::ssDiamond, QColor(0xd9, 0x48, 0x01), QColor(0xfd, 0x8d, 0x3c), 8));

    m_counts
            = new QCPBars(m_countRect->axis(QCPAxis::atBottom), m_countRect->axis(QCPAxis::atLeft));
    m_counts->setName(tr("Samples"));
    m_counts->setPen(QPen(QColor(0x52, 0x52, 0x52)));
    m_counts->setBrush(QColor(0xbd, 0xbd, 0xbd));

    legend->setVisible(true);
    legend->removeItem(legend->itemCount() - 1); // the sample counts speak for themselves
    top->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    for (QCPAxisRect *rect : {top, m_countRect})
        rect->setRangeDrag(Qt::Orientations());
}

void CalibrationPlot::setCalibration(const std::vector<disteval::ReliabilityBin> &bins,
                                     const disteval::MetricValue *ece,
                                     const disteval::MetricValue *debiased)
{
    QVector<double> centres, accuracy, confidenceKeys, confidence, countKeys, counts;
    double width = 1.0 / 15;
    double maxCount = 0;
    for (const disteval::ReliabilityBin &bin : bins) {
        const double centre = (bin.lower + bin.upper) / 2;
        width = bin.upper - bin.lower;
        countKeys << centre;
        counts << static_cast<double>(bin.count);
        maxCount = qMax(maxCount, static_cast<double>(bin.count));
        if (bin.count == 0 || std::isnan(bin.accuracy))
            continue;
        centres << centre;
        accuracy << bin.accuracy;
        confidenceKeys << centre;
        confidence << bin.meanConfidence;
    }
    m_accuracy->setWidth(width * 0.92);
    m_accuracy->setData(centres, accuracy, true);
    m_confidence->setData(confidenceKeys, confidence, true);
    m_counts->setWidth(width * 0.92);
    m_counts->setData(countKeys, counts, true);
    m_countRect->axis(QCPAxis::atLeft)->setRange(0, maxCount > 0 ? maxCount * 1.08 : 1);
    m_eceText = ece ? tr("Expected calibration error (ECE): %1")
                                .arg(ResultFormat::valueWithInterval(*ece))
                    : tr("Expected calibration error (ECE): %1").arg(ResultFormat::notAvailable());
    if (debiased)
        m_eceText = tr("%1 · debiased: %2").arg(m_eceText, ResultFormat::number(debiased->value));
    m_title->setText(m_eceText);
}

QString CalibrationPlot::eceText() const
{
    return m_eceText;
}
