#pragma once

#include "plots/qcp.h"

#include "metrics/confusionmatrix.h"

#include <QSharedPointer>
#include <QStringList>

#include <optional>

class ClassAxisTicker;
class ConfusionColorMap;

// The difference of two confusion matrices of the same data (model B minus model A,
// counts) on a diverging colour map: white for no change, red where B has more samples
// in a cell, blue where it has fewer, symmetric around 0. On the diagonal red is
// better for B (more correct), off the diagonal blue is (fewer of that mistake).
class ConfusionDifferencePlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ConfusionDifferencePlot(QWidget *parent);

    // Both matrices must have the same number of classes (otherwise the plot is
    // cleared and false returned).
    bool setMatrices(const disteval::ConfusionMatrix &a, const disteval::ConfusionMatrix &b,
                     const QStringList &names);
    void setInteractive(bool interactive);

    int numClasses() const { return m_numClasses; }
    int64_t difference(int trueClass, int predictedClass) const;
    ConfusionColorMap *colorMap() const { return m_map; }
    std::optional<std::pair<int, int>> cellAt(const QPointF &pos) const;
    QString toolTipText(int trueClass, int predictedClass) const;

protected:
    void updateLayout() override;

private:
    std::vector<int64_t> m_difference;
    std::vector<int64_t> m_a;
    std::vector<int64_t> m_b;
    int m_numClasses = 0;
    int64_t m_maxAbs = 0;
    QStringList m_names;
    ConfusionColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QSharedPointer<ClassAxisTicker> m_xTicker;
    QSharedPointer<ClassAxisTicker> m_yTicker;
};
