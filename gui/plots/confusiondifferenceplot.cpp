#include "plots/confusiondifferenceplot.h"

#include "common/resultformat.h"
#include "plots/classaxisticker.h"
#include "plots/confusioncolormap.h"

#include <QLocale>
#include <QToolTip>

#include <cmath>

namespace {
// ColorBrewer's RdBu, reversed: blue for fewer, white for none, red for more.
QCPColorGradient diverging()
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(0x21, 0x66, 0xac));
    gradient.setColorStopAt(0.25, QColor(0x92, 0xc5, 0xde));
    gradient.setColorStopAt(0.5, QColor(0xf7, 0xf7, 0xf7));
    gradient.setColorStopAt(0.75, QColor(0xf4, 0xa5, 0x82));
    gradient.setColorStopAt(1.0, QColor(0xb2, 0x18, 0x2b));
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setLevelCount(256);
    return gradient;
}

QString signedCount(int64_t value)
{
    const QString text = ResultFormat::count(value);
    return value > 0 ? QLatin1Char('+') + text : text;
}
} // namespace

ConfusionDifferencePlot::ConfusionDifferencePlot(QWidget *parent)
    : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("confusionDifferencePlot"));
    setPlottingHint(QCP::phCacheLabels, true);
    m_map = ConfusionColorMap::createOn(this, m_xTicker, m_yTicker);
    xAxis->setLabel(tr("Predicted class"));
    yAxis->setLabel(tr("True class"));
    m_map->setCellText([this](int predicted, int truth) {
        const int64_t d = difference(truth, predicted);
        return d == 0 ? QString() : signedCount(d);
    });
    m_scale = new QCPColorScale(this);
    plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(14);
    m_map->setColorScale(m_scale);
    m_scale->setGradient(diverging());
    m_scale->setLabel(tr("Count of B − count of A"));
    auto *margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    setInteractive(true);
    setMouseTracking(true);
    connect(this, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        if (const auto cell = cellAt(event->position()))
            QToolTip::showText(event->globalPosition().toPoint(),
                               toolTipText(cell->first, cell->second), this);
        else
            QToolTip::hideText();
    });
}

void ConfusionDifferencePlot::setInteractive(bool interactive)
{
    setInteractions(interactive ? QCP::Interactions(QCP::iRangeDrag | QCP::iRangeZoom)
                                : QCP::Interactions());
}

bool ConfusionDifferencePlot::setMatrices(const disteval::ConfusionMatrix &a,
                                          const disteval::ConfusionMatrix &b,
                                          const QStringList &names)
{
    const bool same = a.numClasses() == b.numClasses();
    m_numClasses = same ? a.numClasses() : 0;
    m_a = same ? a.counts() : std::vector<int64_t>();
    m_b = same ? b.counts() : std::vector<int64_t>();
    m_difference.assign(m_a.size(), 0);
    m_maxAbs = 0;
    for (size_t i = 0; i < m_a.size(); ++i) {
        m_difference[i] = m_b[i] - m_a[i];
        m_maxAbs = std::max<int64_t>(m_maxAbs, std::abs(m_difference[i]));
    }
    const int n = m_numClasses;
    m_names.clear();
    for (int i = 0; i < n; ++i)
        m_names << (i < names.size() && !names.at(i).isEmpty() ? names.at(i) : QString::number(i));
    m_xTicker->setNames(m_names);
    m_yTicker->setNames(m_names);
    m_map->data()->setSize(n, n);
    m_map->data()->setRange(QCPRange(0, qMax(1, n - 1)), QCPRange(0, qMax(1, n - 1)));
    for (int t = 0; t < n; ++t)
        for (int p = 0; p < n; ++p)
            m_map->data()->setCell(p, t, static_cast<double>(difference(t, p)));
    const double range = static_cast<double>(std::max<int64_t>(1, m_maxAbs));
    m_map->setDataRange(QCPRange(-range, range));
    xAxis->setRange(-0.5, qMax(1, n) - 0.5);
    yAxis->setRange(-0.5, qMax(1, n) - 0.5);
    replot();
    return same;
}

int64_t ConfusionDifferencePlot::difference(int trueClass, int predictedClass) const
{
    if (trueClass < 0 || predictedClass < 0 || trueClass >= m_numClasses
        || predictedClass >= m_numClasses)
        return 0;
    return m_difference[static_cast<size_t>(trueClass) * m_numClasses + predictedClass];
}

std::optional<std::pair<int, int>> ConfusionDifferencePlot::cellAt(const QPointF &pos) const
{
    if (m_numClasses == 0 || !axisRect()->rect().contains(pos.toPoint()))
        return std::nullopt;
    const int predicted = static_cast<int>(std::lround(xAxis->pixelToCoord(pos.x())));
    const int truth = static_cast<int>(std::lround(yAxis->pixelToCoord(pos.y())));
    if (predicted < 0 || predicted >= m_numClasses || truth < 0 || truth >= m_numClasses)
        return std::nullopt;
    return std::make_pair(truth, predicted);
}

QString ConfusionDifferencePlot::toolTipText(int trueClass, int predictedClass) const
{
    const size_t i = static_cast<size_t>(trueClass) * m_numClasses + predictedClass;
    return tr("True class: %1\nPredicted class: %2\nA: %3\nB: %4\nB − A: %5")
            .arg(m_names.value(trueClass), m_names.value(predictedClass),
                 ResultFormat::count(m_a[i]), ResultFormat::count(m_b[i]),
                 signedCount(m_difference[i]));
}

void ConfusionDifferencePlot::updateLayout()
{
    QCustomPlot::updateLayout();
    const QFontMetricsF metrics(xAxis->tickLabelFont());
    const int xLabels = ClassAxisTicker::labelsThatFit(axisRect()->width(), metrics.height());
    const int yLabels = ClassAxisTicker::labelsThatFit(
            axisRect()->height(), QFontMetricsF(yAxis->tickLabelFont()).height());
    if (xLabels != m_xTicker->maxLabels() || yLabels != m_yTicker->maxLabels()) {
        m_xTicker->setMaxLabels(xLabels);
        m_yTicker->setMaxLabels(yLabels);
        QCustomPlot::updateLayout();
    }
}
