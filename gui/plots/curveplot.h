#pragma once

#include "plots/qcp.h"

#include "common/curvekind.h"
#include "plots/curveseries.h"

#include <QVector>

// The plot of the Curves tab, the compare view's overlays and their exports: any number
// of CurveSeries on the axes of one CurveKind, with its reference line (the ROC
// diagonal, perfect calibration) or, for precision-recall, each curve's chance level (its
// class's prevalence), and a legend to the right of the axes that names every curve with
// its area and interval (at most kMaxLegendItems entries; the rest are drawn without
// one). Hovering a point shows its curve, threshold and values; hovering a legend entry
// shows why its interval is missing or how its area was computed. The wheel zooms, a
// drag pans, a double click goes back to the whole curve.
class CurvePlot : public QCustomPlot
{
    Q_OBJECT

public:
    static constexpr int kMaxLegendItems = 16;

    explicit CurvePlot(QWidget *parent);

    // Axes, labels, ranges and reference line of `kind`; `elements`: the units are
    // elements (pixels, tokens) rather than samples. Removes the curves.
    void setKind(CurveKind kind, bool elements = false);
    CurveKind kind() const { return m_kind; }
    // Replaces the curves (drawn in this order, the first on top of the legend).
    void setCurves(const QVector<CurveSeries> &curves);
    void setInteractive(bool interactive);

    int curveCount() const { return m_curves.size(); }
    const CurveSeries &curve(int index) const { return m_curves.at(index); }
    QCPGraph *curveGraph(int index) const { return m_graphs.value(index); }
    QCPErrorBars *errorBars(int index) const { return m_errorBars.value(index); }
    // The ROC diagonal or the diagonal of perfect calibration; nullptr for other kinds.
    QCPGraph *referenceLine() const { return m_reference; }
    // The precision-recall chance levels drawn (one per prevalence and colour).
    int chanceLineCount() const { return m_chanceLines.size(); }
    // The legend's entries for the curves, in order, and how many curves have none.
    QStringList legendTexts() const;
    int curvesWithoutLegend() const;
    // Where curves have no legend entry, a sentence that says so; "" otherwise.
    QString legendNote() const;
    // What hovering `pos` (widget coordinates) shows: a legend entry's explanation or the
    // nearest point's curve, threshold and values; "" over nothing.
    QString toolTipAt(const QPointF &pos) const;

private:
    void addCurve(int index);
    void addChanceLine(double prevalence, const QColor &color);
    void resetRanges();
    QString pointText(int curve, int point) const;
    QString countsText(const CurveSeries &series, int point) const;
    QString xName() const;
    QString yName() const;

    CurveKind m_kind = CurveKind::Roc;
    bool m_elements = false;
    QVector<CurveSeries> m_curves;
    QVector<QCPGraph *> m_graphs;
    QVector<QCPErrorBars *> m_errorBars;
    QVector<QCPGraph *> m_chanceLines;
    QCPGraph *m_reference = nullptr;
};
