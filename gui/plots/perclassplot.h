#pragma once

#include "plots/qcp.h"

#include "result/resultfile.h"

#include <QSharedPointer>
#include <QStringList>
#include <QVector>

class ClassAxisTicker;

// Per-class F1, precision or recall (dense classification: also the IoU; multi-label:
// per label, also the average precision) as bars with their confidence intervals as
// error bars. The classes can be sorted by class index, by value or by support, and limited
// to the worst or best N by value. With more bars than fit, the horizontal axis shows
// a window that scrolls (drag, wheel, or the view's scroll bar). Undefined values
// (NaN) get no bar; classes without an interval get no error bar.
class PerClassPlot : public QCustomPlot
{
    Q_OBJECT

public:
    enum class Metric { F1 = 1, Precision, Recall, Iou, AveragePrecision };
    enum class SortKey { ClassIndex = 1, Value, Support };
    enum class Subset { All = 1, Worst, Best };

    explicit PerClassPlot(QWidget *parent);

    void setClasses(std::vector<disteval::PerClassResult> classes);
    // What the bars are (classes or labels: the axis and the tooltip) and which metrics
    // the tooltip lists.
    void setTask(disteval::Task task);
    disteval::Task task() const { return m_task; }
    void setMetric(Metric metric);
    Metric metric() const { return m_metric; }
    void setSort(SortKey key, bool descending);
    bool descending() const { return m_descending; }
    void setSubset(Subset subset, int count);
    Subset subset() const { return m_subset; }
    void setInteractive(bool interactive);
    // How many bars the horizontal axis shows at once (the rest scrolls).
    void setWindowSize(int bars);
    int windowSize() const { return m_windowSize; }
    // Shows bars [first, first + windowSize()).
    void scrollTo(int first);
    int firstVisible() const;

    // Class indices in bar order.
    const QVector<int> &displayedClasses() const { return m_displayed; }
    const disteval::MetricValue &metricOf(const disteval::PerClassResult &c) const;
    QString metricName() const;
    // Index into displayedClasses() under a widget position, or -1.
    int barAt(const QPointF &pos) const;
    QString toolTipText(int barIndex) const;

    QCPBars *bars() const { return m_bars; }
    QCPErrorBars *errorBars() const { return m_errorBars; }
    ClassAxisTicker *ticker() const { return m_ticker.data(); }

Q_SIGNALS:
    void windowChanged();

protected:
    void updateLayout() override;

private:
    void rebuild();
    void clampRange(const QCPRange &range);

    std::vector<disteval::PerClassResult> m_classes;
    QVector<int> m_displayed;
    Metric m_metric = Metric::F1;
    disteval::Task m_task = disteval::Task::Classification;
    SortKey m_sortKey = SortKey::ClassIndex;
    bool m_descending = false;
    Subset m_subset = Subset::All;
    int m_subsetCount = 20;
    int m_windowSize = 50;
    QCPBars *m_bars = nullptr;
    QCPErrorBars *m_errorBars = nullptr;
    QSharedPointer<ClassAxisTicker> m_ticker;
};
