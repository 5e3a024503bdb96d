#include "plots/confusioncolormap.h"

#include "plots/classaxisticker.h"

#include <cmath>

ConfusionColorMap::ConfusionColorMap(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPColorMap(keyAxis, valueAxis)
{}

void ConfusionColorMap::draw(QCPPainter *painter)
{
    QCPColorMap::draw(painter);
    m_drewCellText = false;
    if (m_cellText)
        drawCellText(painter);
}

void ConfusionColorMap::drawCellText(QCPPainter *painter)
{
    QCPAxis *keyAxis = mKeyAxis.data();
    QCPAxis *valueAxis = mValueAxis.data();
    QCPColorMapData *map = data(); // cell() is not const in QCustomPlot 2.1
    if (!keyAxis || !valueAxis || map->keySize() == 0 || map->valueSize() == 0)
        return;
    // Cell size in pixels (cells are one unit wide, centred on whole numbers).
    const double cellWidth = std::abs(keyAxis->coordToPixel(1) - keyAxis->coordToPixel(0));
    const double cellHeight = std::abs(valueAxis->coordToPixel(1) - valueAxis->coordToPixel(0));
    const QFontMetricsF metrics(m_cellFont, painter->device());
    if (cellHeight < metrics.height() + 2 || cellWidth < metrics.averageCharWidth() * 2 + 4)
        return;

    auto visible = [](const QCPRange &range, int size, int *first, int *last) {
        *first = qMax(0, static_cast<int>(std::floor(qMin(range.lower, range.upper) + 0.5)));
        *last = qMin(size - 1, static_cast<int>(std::ceil(qMax(range.lower, range.upper) - 0.5)));
        return *first <= *last;
    };
    int firstKey = 0, lastKey = 0, firstValue = 0, lastValue = 0;
    if (!visible(keyAxis->range(), map->keySize(), &firstKey, &lastKey)
        || !visible(valueAxis->range(), map->valueSize(), &firstValue, &lastValue))
        return;

    // All or nothing: text only when the widest visible value fits its cell.
    QVector<QString> texts;
    texts.reserve((lastKey - firstKey + 1) * (lastValue - firstValue + 1));
    double widest = 0;
    for (int v = firstValue; v <= lastValue; ++v) {
        for (int k = firstKey; k <= lastKey; ++k) {
            texts.append(m_cellText(k, v));
            widest = qMax(widest, metrics.horizontalAdvance(texts.constLast()));
        }
    }
    if (widest + 4 > cellWidth)
        return;

    const bool logarithmic = dataScaleType() == QCPAxis::stLogarithmic;
    painter->save();
    painter->setFont(m_cellFont);
    int i = 0;
    for (int v = firstValue; v <= lastValue; ++v) {
        for (int k = firstKey; k <= lastKey; ++k, ++i) {
            const double z = map->cell(k, v);
            QColor text(Qt::black);
            if (std::isfinite(z) && (!logarithmic || z > 0)) {
                const QColor cell = gradient().color(z, dataRange(), logarithmic);
                if (0.299 * cell.redF() + 0.587 * cell.greenF() + 0.114 * cell.blueF() < 0.55)
                    text = Qt::white;
            }
            const double x = keyAxis->coordToPixel(k);
            const double y = valueAxis->coordToPixel(v);
            const QRectF rect(x - cellWidth / 2, y - cellHeight / 2, cellWidth, cellHeight);
            painter->setPen(text);
            painter->drawText(rect, Qt::AlignCenter, texts.at(i));
        }
    }
    painter->restore();
    m_drewCellText = true;
}

ConfusionColorMap *ConfusionColorMap::createOn(QCustomPlot *plot,
                                               QSharedPointer<ClassAxisTicker> &xTicker,
                                               QSharedPointer<ClassAxisTicker> &yTicker)
{
    xTicker.reset(new ClassAxisTicker);
    yTicker.reset(new ClassAxisTicker);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setTicker(axis == plot->xAxis ? xTicker.staticCast<QCPAxisTicker>()
                                            : yTicker.staticCast<QCPAxisTicker>());
        axis->grid()->setVisible(false);
        axis->setSubTicks(false);
        axis->setTickLengthIn(0);
        axis->setTickLengthOut(3);
    }
    plot->yAxis->setRangeReversed(true);
    plot->xAxis->setTickLabelRotation(-90);

    auto *map = new ConfusionColorMap(plot->xAxis, plot->yAxis);
    map->setInterpolate(false);
    map->setTightBoundary(false);
    QFont cellFont = plot->font();
    cellFont.setPointSizeF(qMax(6.0, cellFont.pointSizeF() - 1));
    map->setCellFont(cellFont);
    return map;
}
