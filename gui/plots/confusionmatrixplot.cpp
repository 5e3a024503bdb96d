#include "plots/confusionmatrixplot.h"

#include "common/resultformat.h"
#include "plots/classaxisticker.h"
#include "plots/confusioncolormap.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// White to dark blue, like matplotlib's "Blues" that scikit-learn's plots use.
QCPColorGradient blues()
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(0xf7, 0xfb, 0xff));
    gradient.setColorStopAt(0.25, QColor(0xc6, 0xdb, 0xef));
    gradient.setColorStopAt(0.5, QColor(0x6b, 0xae, 0xd6));
    gradient.setColorStopAt(0.75, QColor(0x21, 0x71, 0xb5));
    gradient.setColorStopAt(1.0, QColor(0x08, 0x30, 0x6b));
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(Qt::white);
    gradient.setLevelCount(256);
    return gradient;
}

double share(int64_t count, int64_t total)
{
    return total > 0 ? 100.0 * static_cast<double>(count) / static_cast<double>(total) : kNaN;
}
} // namespace

ConfusionMatrixPlot::ConfusionMatrixPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("confusionMatrixPlot"));
    setNoAntialiasingOnDrag(true);
    setPlottingHint(QCP::phCacheLabels, true);

    m_map = ConfusionColorMap::createOn(this, m_xTicker, m_yTicker);
    xAxis->setLabel(tr("Predicted class"));
    yAxis->setLabel(tr("True class"));
    m_map->setCellText([this](int predicted, int truth) { return cellText(truth, predicted); });
    m_map->data()->setSize(0, 0); // nothing to show until setMatrix()

    m_scale = new QCPColorScale(this);
    plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(14);
    // The map takes the scale's gradient once linked, so set it on the scale.
    m_map->setColorScale(m_scale);
    m_scale->setGradient(blues());
    auto *margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange &range) { clampRange(xAxis, range); });
    connect(yAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange &range) { clampRange(yAxis, range); });
    setInteractive(true);
}

void ConfusionMatrixPlot::setInteractive(bool interactive)
{
    setInteractions(interactive ? QCP::Interactions(QCP::iRangeDrag | QCP::iRangeZoom)
                                : QCP::Interactions());
}

void ConfusionMatrixPlot::setMatrix(disteval::ConfusionMatrix matrix, const QStringList &names)
{
    m_matrix = std::move(matrix);
    m_rowSums = m_matrix.rowSums();
    m_columnSums = m_matrix.columnSums();
    const int n = m_matrix.numClasses();
    m_names.clear();
    for (int i = 0; i < n; ++i)
        m_names << (i < names.size() && !names.at(i).isEmpty() ? names.at(i) : QString::number(i));
    m_xTicker->setNames(m_names);
    m_yTicker->setNames(m_names);
    m_map->data()->setSize(n, n);
    m_map->data()->setRange(QCPRange(0, qMax(1, n - 1)), QCPRange(0, qMax(1, n - 1)));
    rebuild();
    resetZoom();
}

void ConfusionMatrixPlot::setNormalization(Normalization normalization)
{
    if (m_normalization == normalization)
        return;
    m_normalization = normalization;
    rebuild();
}

void ConfusionMatrixPlot::setLogScale(bool logScale)
{
    if (m_logScale == logScale)
        return;
    m_logScale = logScale;
    rebuild();
}

void ConfusionMatrixPlot::resetZoom()
{
    const int n = qMax(1, m_matrix.numClasses());
    xAxis->setRange(-0.5, n - 0.5);
    yAxis->setRange(-0.5, n - 0.5);
}

double ConfusionMatrixPlot::displayedValue(int trueClass, int predictedClass) const
{
    if (!isCell(trueClass, predictedClass))
        return kNaN;
    const int64_t count = m_matrix.at(trueClass, predictedClass);
    switch (m_normalization) {
    case Normalization::Counts:
        return static_cast<double>(count);
    case Normalization::ByTrueClass:
        return share(count, m_rowSums[trueClass]);
    case Normalization::ByPredictedClass:
        return share(count, m_columnSums[predictedClass]);
    }
    return kNaN;
}

QString ConfusionMatrixPlot::cellText(int trueClass, int predictedClass) const
{
    if (!isCell(trueClass, predictedClass))
        return QString();
    if (m_normalization == Normalization::Counts)
        return ResultFormat::count(m_matrix.at(trueClass, predictedClass));
    const double value = displayedValue(trueClass, predictedClass);
    return std::isfinite(value) ? QLocale().toString(value, 'f', 1) : QString();
}

QString ConfusionMatrixPlot::className(int index) const
{
    return index >= 0 && index < m_names.size() ? m_names.at(index) : QString();
}

QString ConfusionMatrixPlot::toolTipText(int trueClass, int predictedClass) const
{
    if (!isCell(trueClass, predictedClass))
        return QString();
    const int64_t count = m_matrix.at(trueClass, predictedClass);
    return tr("True class: %1\nPredicted class: %2\nCount: %3\n"
              "Share of the true class (row): %4\nShare of the predicted class (column): %5")
            .arg(className(trueClass), className(predictedClass), ResultFormat::count(count),
                 ResultFormat::percent(share(count, m_rowSums[trueClass]) / 100.0, 2),
                 ResultFormat::percent(share(count, m_columnSums[predictedClass]) / 100.0, 2));
}

std::optional<std::pair<int, int>> ConfusionMatrixPlot::cellAt(const QPointF &pos) const
{
    const int n = m_matrix.numClasses();
    if (n == 0 || !axisRect()->rect().contains(pos.toPoint()))
        return std::nullopt;
    const int predicted = static_cast<int>(std::lround(xAxis->pixelToCoord(pos.x())));
    const int truth = static_cast<int>(std::lround(yAxis->pixelToCoord(pos.y())));
    if (predicted < 0 || predicted >= n || truth < 0 || truth >= n)
        return std::nullopt;
    return std::make_pair(truth, predicted);
}

bool ConfusionMatrixPlot::isCell(int trueClass, int predictedClass) const
{
    const int n = m_matrix.numClasses();
    return trueClass >= 0 && trueClass < n && predictedClass >= 0 && predictedClass < n;
}

bool ConfusionMatrixPlot::drewCellText() const
{
    return m_map->drewCellText();
}

void ConfusionMatrixPlot::rebuild()
{
    const int n = m_matrix.numClasses();
    QCPColorMapData *data = m_map->data();
    double minPositive = std::numeric_limits<double>::infinity();
    double maximum = 0;
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            double value = displayedValue(t, p);
            if (std::isfinite(value) && value > 0) {
                minPositive = std::min(minPositive, value);
                maximum = std::max(maximum, value);
            }
            // A logarithmic scale has no place for zero: such cells stay white.
            if (m_logScale && !(value > 0))
                value = kNaN;
            data->setCell(p, t, value);
        }
    }
    if (!(maximum > 0))
        maximum = 1;
    if (!std::isfinite(minPositive))
        minPositive = maximum;
    QCPRange range;
    if (m_normalization != Normalization::Counts)
        range = m_logScale ? QCPRange(std::min(minPositive, 100.0) * 0.999, 100) : QCPRange(0, 100);
    else
        range = m_logScale ? QCPRange(std::min(1.0, minPositive), maximum) : QCPRange(0, maximum);
    if (m_logScale && range.upper <= range.lower)
        range.upper = range.lower * 10;
    m_map->setDataScaleType(m_logScale ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    m_map->setDataRange(range);
    updateScale();
}

void ConfusionMatrixPlot::updateScale()
{
    QCPAxis *axis = m_scale->axis();
    if (m_logScale) {
        QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
        axis->setTicker(ticker);
        axis->setNumberFormat(QStringLiteral("g"));
        axis->setNumberPrecision(9);
    } else {
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setNumberFormat(QStringLiteral("g"));
        axis->setNumberPrecision(6);
    }
    switch (m_normalization) {
    case Normalization::Counts:
        m_scale->setLabel(m_logScale ? tr("Count (log scale)") : tr("Count"));
        break;
    case Normalization::ByTrueClass:
        m_scale->setLabel(m_logScale ? tr("% of the true class (log scale)")
                                     : tr("% of the true class"));
        break;
    case Normalization::ByPredictedClass:
        m_scale->setLabel(m_logScale ? tr("% of the predicted class (log scale)")
                                     : tr("% of the predicted class"));
        break;
    }
}

void ConfusionMatrixPlot::clampRange(QCPAxis *axis, const QCPRange &range)
{
    const double low = -0.5;
    const double high = qMax(1, m_matrix.numClasses()) - 0.5;
    QCPRange clamped = range;
    const double size = qBound(qMin(2.0, high - low), clamped.size(), high - low);
    if (size != clamped.size()) {
        const double centre = clamped.center();
        clamped = QCPRange(centre - size / 2, centre + size / 2);
    }
    if (clamped.lower < low)
        clamped = QCPRange(low, low + size);
    if (clamped.upper > high)
        clamped = QCPRange(high - size, high);
    if (clamped.lower != range.lower || clamped.upper != range.upper)
        axis->setRange(clamped);
}

bool ConfusionMatrixPlot::updateLabelDensity()
{
    const QFontMetricsF metrics(xAxis->tickLabelFont());
    // Rotated labels need their height divided by the sine of the angle between them.
    const double angle = std::abs(xAxis->tickLabelRotation()) * M_PI / 180.0;
    const double xLabel = angle > 0.1 ? metrics.height() / std::sin(angle)
                                      : metrics.horizontalAdvance(QStringLiteral("MMMMMMMM"));
    const int xLabels = ClassAxisTicker::labelsThatFit(axisRect()->width(), xLabel);
    const int yLabels = ClassAxisTicker::labelsThatFit(
            axisRect()->height(), QFontMetricsF(yAxis->tickLabelFont()).height());
    const bool changed = xLabels != m_xTicker->maxLabels() || yLabels != m_yTicker->maxLabels();
    m_xTicker->setMaxLabels(xLabels);
    m_yTicker->setMaxLabels(yLabels);
    // With more than one cell per pixel, nearest-pixel scaling would drop whole rows
    // and columns; smooth scaling averages them instead. Sharp cells when zoomed in.
    const bool dense = xAxis->range().size() > axisRect()->width()
                       || yAxis->range().size() > axisRect()->height();
    if (dense != m_map->interpolate())
        m_map->setInterpolate(dense);
    return changed;
}

void ConfusionMatrixPlot::updateLayout()
{
    QCustomPlot::updateLayout();
    // Ticks are made before the layout; when the axis length changed the label
    // density with it, lay out again with the right number of labels.
    if (updateLabelDensity())
        QCustomPlot::updateLayout();
}
