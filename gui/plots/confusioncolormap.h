#pragma once

#include "plots/qcp.h"

#include <functional>

// A colour map that also writes each cell's value into the cell, for the visible cells
// only and only when every visible cell's text fits (so a zoomed-out 1000-class matrix
// draws no text at all and costs nothing extra). Text is dark on light cells and light
// on dark ones.
class ClassAxisTicker;

class ConfusionColorMap : public QCPColorMap
{
    Q_OBJECT

public:
    // Text of the cell at (key index, value index), i.e. (predicted, true).
    using CellText = std::function<QString(int keyIndex, int valueIndex)>;

    ConfusionColorMap(QCPAxis *keyAxis, QCPAxis *valueAxis);

    // Lays `plot` out as a confusion-matrix grid (class-name tickers on both axes, made
    // here; true classes downwards; predicted-class labels rotated; no grid) and returns
    // the colour map on it, with a cell font one point smaller than the plot's. Axis
    // titles stay with the caller, whose translation context they belong to.
    static ConfusionColorMap *createOn(QCustomPlot *plot, QSharedPointer<ClassAxisTicker> &xTicker,
                                       QSharedPointer<ClassAxisTicker> &yTicker);

    void setCellText(CellText cellText) { m_cellText = std::move(cellText); }
    void setCellFont(const QFont &font) { m_cellFont = font; }
    // Whether the last draw wrote values into the cells.
    bool drewCellText() const { return m_drewCellText; }

protected:
    void draw(QCPPainter *painter) override;

private:
    void drawCellText(QCPPainter *painter);

    CellText m_cellText;
    QFont m_cellFont;
    bool m_drewCellText = false;
};
