#pragma once

#include "plots/qcp.h"

#include "comparison/pairedcomparison.h"

#include <QSharedPointer>
#include <QStringList>
#include <QVector>

class ClassAxisTicker;

// The per-class difference in F1 (model B minus model A) of a paired comparison as bars
// with their paired bootstrap intervals as error bars, sorted by effect (largest gain
// first). Classes whose interval excludes 0 are drawn in strong colours (green: B
// better, red: B worse), the others in grey. Classes with an undefined difference get
// no bar. With many classes the horizontal axis shows a window that drags and zooms.
class DeltaF1Plot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit DeltaF1Plot(QWidget *parent);

    // `names` may be shorter than the deltas (missing names become the index).
    void setDeltas(const std::vector<disteval::DeltaValue> &deltas, const QStringList &names,
                   double confidence);
    void setInteractive(bool interactive);

    // Class indices in bar order (bar k sits at key k).
    const QVector<int> &order() const { return m_order; }
    // Bars of the classes whose interval excludes 0 (B better, B worse) and of the rest,
    // each with its error bars.
    QCPBars *betterBars() const { return m_better; }
    QCPBars *worseBars() const { return m_worse; }
    QCPBars *neutralBars() const { return m_neutral; }
    QCPErrorBars *errorBarsOf(QCPBars *bars) const;
    // Bar index under a widget position, or -1.
    int barAt(const QPointF &pos) const;
    QString toolTipText(int bar) const;

    // Small: the legend's row must not make the window wider (it is cut off instead).
    QSize minimumSizeHint() const override { return {160, 120}; }

protected:
    void updateLayout() override;

private:
    std::vector<disteval::DeltaValue> m_deltas;
    QStringList m_names;
    QVector<int> m_order;
    double m_confidence = 0.95;
    QCPBars *m_better = nullptr;
    QCPBars *m_worse = nullptr;
    QCPBars *m_neutral = nullptr;
    QCPErrorBars *m_betterErrors = nullptr;
    QCPErrorBars *m_worseErrors = nullptr;
    QCPErrorBars *m_neutralErrors = nullptr;
    QSharedPointer<ClassAxisTicker> m_ticker;
};
