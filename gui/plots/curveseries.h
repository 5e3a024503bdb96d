#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>
#include <limits>

// One curve of a CurvePlot: its points, what its legend entry and tooltips say, and how it
// is drawn. CurveBuilder makes them from a result; the views only colour them.
struct CurveSeries
{
    int curve = 0;         // the class (label) it is of, kMicroCurve or kMacroCurve; 0 else
    QString name;          // in tooltips: "Dress", "Micro average", "A: Dress"
    QString valueName;     // what y is, in tooltips; empty: the kind's (CurvePlot)
    QString legend;        // the legend entry, with the curve's area and interval
    QString legendToolTip; // why the area has no interval, how it was computed
    QVector<double> x;
    QVector<double> y;
    QVector<double> threshold; // the probability each point is cut at; may be empty
    QVector<double> lower;     // an interval per point (top-k), drawn as error bars; may
    QVector<double> upper;     // be empty
    QStringList pointNotes;    // a line per point for its tooltip (counts); may be empty
    // ROC and precision-recall: the class's positive and negative samples, for the counts
    // behind a point in its tooltip.
    int64_t positives = 0;
    int64_t negatives = 0;
    // Precision-recall: the class's prevalence, the precision of guessing, as a dotted line.
    double chance = std::numeric_limits<double>::quiet_NaN();
    QColor color = QColor(0x1f, 0x77, 0xb4);
    Qt::PenStyle penStyle = Qt::SolidLine;
    double width = 1.6;
    bool steps = false;   // precision holds from the previous point's recall (a PR curve)
    bool markers = false; // a marker on every point (top-k, reliability)
};
