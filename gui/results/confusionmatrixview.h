#pragma once

#include "result/resultfile.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

#include <QPointF>

class QCheckBox;
class QComboBox;
class QMouseEvent;
class QPushButton;
class ConfusionMatrixPlot;

// The confusion-matrix tab: the heatmap plus its controls (counts or shares of the
// true / predicted class, linear or log colour scale, reset zoom) and the hover
// tooltip with true class, predicted class, count, row % and column %.
class ConfusionMatrixView : public QWidget
{
    Q_OBJECT

public:
    explicit ConfusionMatrixView(QWidget *parent);

    void setModel(std::shared_ptr<const disteval::ResultFile> result, int modelIndex);
    ConfusionMatrixPlot *plot() const { return m_plot; }
    QComboBox *normalizationBox() const { return m_normalization; }
    QCheckBox *logScaleBox() const { return m_logScale; }
    // As a click on cell (trueClass, predictedClass) does; with `extend` (Shift) the
    // block from the cell clicked before to this one.
    void clickCell(int trueClass, int predictedClass, bool extend = false);

Q_SIGNALS:
    // A click on a cell (or Shift+click: a block of cells) asks for its samples.
    void cellsChosen(int trueFirst, int trueLast, int predictedFirst, int predictedLast);

private:
    void showToolTip(QMouseEvent *event);
    void pressed(QMouseEvent *event);
    void released(QMouseEvent *event);

    ConfusionMatrixPlot *m_plot = nullptr;
    QComboBox *m_normalization = nullptr;
    QCheckBox *m_logScale = nullptr;
    QPushButton *m_resetZoom = nullptr;
    QPointF m_pressedAt;
    std::optional<std::pair<int, int>> m_anchor; // the cell clicked before
};
