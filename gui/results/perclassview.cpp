#include "results/perclassview.h"

#include "common/resulttable.h"
#include "models/perclasstablemodel.h"
#include "models/sortproxymodel.h"
#include "plots/perclassplot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

PerClassView::PerClassView(QWidget *parent)
    : QWidget(parent)
{
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("perClassMetric"));
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("perClassSort"));
    m_sort->addItem(tr("Class"), static_cast<int>(PerClassPlot::SortKey::ClassIndex));
    m_sort->addItem(tr("Value"), static_cast<int>(PerClassPlot::SortKey::Value));
    m_sort->addItem(tr("Support"), static_cast<int>(PerClassPlot::SortKey::Support));
    m_descending = new QCheckBox(tr("Descending"), this);
    m_subset = new QComboBox(this);
    m_subset->setObjectName(QStringLiteral("perClassSubset"));
    m_subset->addItem(tr("All classes"), static_cast<int>(PerClassPlot::Subset::All));
    m_subset->addItem(tr("Worst"), static_cast<int>(PerClassPlot::Subset::Worst));
    m_subset->addItem(tr("Best"), static_cast<int>(PerClassPlot::Subset::Best));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("perClassCount"));
    m_count->setRange(1, 1000000);
    m_count->setValue(20);
    m_count->setEnabled(false);
    fillMetrics(disteval::Task::Classification);

    m_plot = new PerClassPlot(this);
    m_plot->setMinimumHeight(220);
    m_scroll = new QScrollBar(Qt::Horizontal, this);
    m_scroll->setObjectName(QStringLiteral("perClassScroll"));

    m_tableModel = new PerClassTableModel(this);
    m_sorted = new SortProxyModel(this);
    m_sorted->setSourceModel(m_tableModel);
    m_table = makeResultTable(QStringLiteral("perClassTable"), m_sorted, this);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PerClassTableModel::IndexColumn, Qt::AscendingOrder);

    // The controls never widen the window: when it is narrow they are cut off on the
    // right instead (the plot matters more).
    auto *controlBar = new QWidget(this);
    controlBar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto *controls = new QHBoxLayout(controlBar);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(new QLabel(tr("Metric:"), this));
    controls->addWidget(m_metric);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Sort by:"), this));
    controls->addWidget(m_sort);
    controls->addWidget(m_descending);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Show:"), this));
    controls->addWidget(m_subset);
    controls->addWidget(m_count);
    controls->addStretch(1);

    auto *chart = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chart);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(0);
    chartLayout->addWidget(m_plot, 1);
    chartLayout->addWidget(m_scroll);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("perClassSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(chart);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(controlBar);
    layout->addWidget(m_splitter, 1);

    for (QComboBox *box : {m_metric, m_sort, m_subset})
        connect(box, &QComboBox::currentIndexChanged, this, &PerClassView::applyControls);
    connect(m_descending, &QCheckBox::toggled, this, &PerClassView::applyControls);
    connect(m_count, &QSpinBox::valueChanged, this, &PerClassView::applyControls);
    connect(m_scroll, &QScrollBar::valueChanged, this, [this](int value) {
        if (m_syncing)
            return;
        m_plot->scrollTo(value);
        m_plot->replot();
    });
    connect(m_plot, &PerClassPlot::windowChanged, this, &PerClassView::syncScrollBar);
    connect(m_plot, &QCustomPlot::mouseMove, this, &PerClassView::showToolTip);
}

// The metrics a task's bars can show, the task's own first: IoU for dense
// classification, F1 and average precision for multi-label; then precision, recall and
// (classes) average precision.
void PerClassView::fillMetrics(disteval::Task task)
{
    using Metric = PerClassPlot::Metric;
    QList<QPair<QString, Metric>> items;
    if (task == disteval::Task::DenseClassification)
        items.append({tr("IoU"), Metric::Iou});
    items.append({tr("F1"), Metric::F1});
    const bool labels = task == disteval::Task::MultiLabel;
    if (labels)
        items.append({tr("Average precision"), Metric::AveragePrecision});
    items.append({tr("Precision"), Metric::Precision});
    items.append({tr("Recall"), Metric::Recall});
    if (!labels)
        items.append({tr("Average precision"), Metric::AveragePrecision});
    const QSignalBlocker blocker(m_metric);
    m_metric->clear();
    for (const auto &[name, metric] : std::as_const(items))
        m_metric->addItem(name, static_cast<int>(metric));
    m_metric->setCurrentIndex(0);
    m_sort->setItemText(0, labels ? tr("Label") : tr("Class"));
    m_subset->setItemText(0, labels ? tr("All labels") : tr("All classes"));
}

void PerClassView::setModel(std::shared_ptr<const disteval::ResultFile> result, int modelIndex)
{
    m_tableModel->setModel(result, modelIndex);
    const disteval::Task task = result ? result->task : disteval::Task::Classification;
    for (int column = 0; column < PerClassTableModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, !PerClassTableModel::applies(task, column));
    if (task != m_plot->task() || m_metric->count() == 0) {
        fillMetrics(task);
        m_plot->setTask(task);
        m_plot->setMetric(static_cast<PerClassPlot::Metric>(m_metric->currentData().toInt()));
    }
    if (!result || modelIndex < 0 || modelIndex >= static_cast<int>(result->models.size())) {
        m_plot->setClasses({});
        m_plot->replot();
        return;
    }
    const disteval::ModelResult &model = result->models[modelIndex];
    m_plot->setClasses(model.perClass);
    m_table->resizeColumnsToContents();
    updateWindow();
    m_plot->replot();
}

void PerClassView::applyControls()
{
    const auto subset = static_cast<PerClassPlot::Subset>(m_subset->currentData().toInt());
    m_count->setEnabled(subset != PerClassPlot::Subset::All);
    m_plot->setMetric(static_cast<PerClassPlot::Metric>(m_metric->currentData().toInt()));
    m_plot->setSort(static_cast<PerClassPlot::SortKey>(m_sort->currentData().toInt()),
                    m_descending->isChecked());
    m_plot->setSubset(subset, m_count->value());
    updateWindow();
    m_plot->replot();
}

void PerClassView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateWindow();
}

// About 14 pixels per bar at least; the rest scrolls.
void PerClassView::updateWindow()
{
    const int bars = qMax(10, m_plot->width() / 14);
    m_plot->setWindowSize(bars);
    syncScrollBar();
}

void PerClassView::syncScrollBar()
{
    const int count = m_plot->displayedClasses().size();
    const int window = qMin(m_plot->windowSize(), qMax(1, count));
    m_syncing = true;
    m_scroll->setRange(0, qMax(0, count - window));
    m_scroll->setPageStep(window);
    m_scroll->setValue(m_plot->firstVisible());
    m_scroll->setVisible(count > window);
    m_syncing = false;
}

void PerClassView::showToolTip(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        return;
    const int bar = m_plot->barAt(event->position());
    if (bar < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), m_plot->toolTipText(bar), m_plot);
}
