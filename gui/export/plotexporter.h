#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

class QCustomPlot;

// Writes a plot as PNG (at a chosen resolution) or SVG (vector, through QSvgGenerator
// and QCustomPlot's painter output), or copies it to the clipboard.
class PlotExporter
{
    Q_DECLARE_TR_FUNCTIONS(PlotExporter)

public:
    static constexpr int kDefaultDpi = 300;

    // `size` is the plot's size in logical pixels at 96 dpi (empty: its current size).
    // A PNG is scaled by dpi / 96 and records the dpi in its header. On failure returns
    // false and sets `error`.
    static bool savePng(QCustomPlot *plot, const QString &path, int dpi, QSize size,
                        QString *error);
    static bool saveSvg(QCustomPlot *plot, const QString &path, QSize size, QString *error);
    // By the suffix of `path`: .png or .svg (anything else is an error).
    static bool save(QCustomPlot *plot, const QString &path, int dpi, QSize size, QString *error);
    static void copyToClipboard(QCustomPlot *plot);
    static bool isPlotFile(const QString &path);
};
