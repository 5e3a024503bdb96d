#pragma once

#include "result/resultfile.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QMouseEvent;
class QScrollBar;
class QSpinBox;
class QSplitter;
class PerClassPlot;
class PerClassTableModel;
class QTableView;
class SortProxyModel;

// The per-class tab: the bar chart with error bars and its controls (metric, sort key
// and direction, all / worst N / best N, a scroll bar when the bars do not fit), hover
// tooltips, and below it a sortable table of every class with all four metrics. A dense
// result's bars start with the IoU and its table has the IoU column; a multi-label
// result's are labels, with the average precision.
class PerClassView : public QWidget
{
    Q_OBJECT

public:
    explicit PerClassView(QWidget *parent);

    void setModel(std::shared_ptr<const disteval::ResultFile> result, int modelIndex);
    PerClassPlot *plot() const { return m_plot; }
    QTableView *table() const { return m_table; }
    QComboBox *metricBox() const { return m_metric; }
    QComboBox *sortBox() const { return m_sort; }
    QComboBox *subsetBox() const { return m_subset; }
    QSpinBox *subsetCount() const { return m_count; }
    QScrollBar *scrollBar() const { return m_scroll; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillMetrics(disteval::Task task);
    void applyControls();
    void updateWindow();
    void syncScrollBar();
    void showToolTip(QMouseEvent *event);

    PerClassPlot *m_plot = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_sort = nullptr;
    QCheckBox *m_descending = nullptr;
    QComboBox *m_subset = nullptr;
    QSpinBox *m_count = nullptr;
    QScrollBar *m_scroll = nullptr;
    QTableView *m_table = nullptr;
    PerClassTableModel *m_tableModel = nullptr;
    SortProxyModel *m_sorted = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_syncing = false;
};
