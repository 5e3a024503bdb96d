#pragma once

#include "plots/qcp.h"

#include "metrics/confusionmatrix.h"

#include <QSharedPointer>
#include <QStringList>

#include <optional>

class ClassAxisTicker;
class ConfusionColorMap;

// The confusion matrix as a heatmap: predicted class on the horizontal axis, true class
// on the vertical one (row 0 at the top, as scikit-learn draws it), a colour-scale
// legend on the right. Shows counts or shares of the true (row) or predicted (column)
// class, on a linear or logarithmic colour scale; writes values into the cells when
// they fit; thins the class-name labels so they never overlap. Wheel zoom and drag pan
// stay inside the matrix. Used by ConfusionMatrixView and, off screen, by the report
// and the plot exports.
class ConfusionMatrixPlot : public QCustomPlot
{
    Q_OBJECT

public:
    enum class Normalization { Counts = 1, ByTrueClass, ByPredictedClass };

    explicit ConfusionMatrixPlot(QWidget *parent);

    // `names` may be shorter than the matrix (missing names become the index).
    void setMatrix(disteval::ConfusionMatrix matrix, const QStringList &names);
    void setNormalization(Normalization normalization);
    Normalization normalization() const { return m_normalization; }
    void setLogScale(bool logScale);
    bool logScale() const { return m_logScale; }
    // Zoom and pan with the mouse (on in the app, off for exports).
    void setInteractive(bool interactive);
    void resetZoom();

    int numClasses() const { return m_matrix.numClasses(); }
    const disteval::ConfusionMatrix &matrix() const { return m_matrix; }
    // What the heatmap shows in the cell (count, or percent of the row / column); NaN
    // for a share of an empty row or column.
    double displayedValue(int trueClass, int predictedClass) const;
    QString cellText(int trueClass, int predictedClass) const;
    QString toolTipText(int trueClass, int predictedClass) const;
    // The (true, predicted) cell under a widget position, if any.
    std::optional<std::pair<int, int>> cellAt(const QPointF &pos) const;
    QString className(int index) const;
    bool isCell(int trueClass, int predictedClass) const;

    ConfusionColorMap *colorMap() const { return m_map; }
    ClassAxisTicker *xTicker() const { return m_xTicker.data(); }
    ClassAxisTicker *yTicker() const { return m_yTicker.data(); }
    bool drewCellText() const;

protected:
    void updateLayout() override;

private:
    void rebuild();
    void updateScale();
    bool updateLabelDensity();
    void clampRange(QCPAxis *axis, const QCPRange &range);

    disteval::ConfusionMatrix m_matrix;
    std::vector<int64_t> m_rowSums;
    std::vector<int64_t> m_columnSums;
    QStringList m_names;
    Normalization m_normalization = Normalization::Counts;
    bool m_logScale = false;
    ConfusionColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QSharedPointer<ClassAxisTicker> m_xTicker;
    QSharedPointer<ClassAxisTicker> m_yTicker;
};
