#include "plots/perclassplot.h"

#include "common/resultformat.h"
#include "plots/classaxisticker.h"

#include <algorithm>
#include <cmath>
#include <limits>

PerClassPlot::PerClassPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("perClassPlot"));
    setPlottingHint(QCP::phCacheLabels, true);
    m_ticker.reset(new ClassAxisTicker);
    xAxis->setTicker(m_ticker.staticCast<QCPAxisTicker>());
    xAxis->grid()->setVisible(false);
    xAxis->setSubTicks(false);
    xAxis->setTickLengthIn(0);
    xAxis->setTickLengthOut(3);
    xAxis->setTickLabelRotation(-60);
    xAxis->setLabel(tr("Class"));
    yAxis->setRange(0, 1.05);
    yAxis->grid()->setSubGridVisible(false);

    m_bars = new QCPBars(xAxis, yAxis);
    m_bars->setWidth(0.7);
    m_bars->setPen(QPen(QColor(0x21, 0x71, 0xb5)));
    m_bars->setBrush(QColor(0x6b, 0xae, 0xd6));
    m_errorBars = new QCPErrorBars(xAxis, yAxis);
    m_errorBars->setDataPlottable(m_bars);
    m_errorBars->setErrorType(QCPErrorBars::etValueError);
    m_errorBars->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.2));
    m_errorBars->setWhiskerWidth(6);
    m_errorBars->setSymbolGap(0); // one line through the bar's end, not two ticks

    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            &PerClassPlot::clampRange);
    setInteractive(true);
}

void PerClassPlot::setInteractive(bool interactive)
{
    setInteractions(interactive ? QCP::Interactions(QCP::iRangeDrag | QCP::iRangeZoom)
                                : QCP::Interactions());
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
}

void PerClassPlot::setClasses(std::vector<disteval::PerClassResult> classes)
{
    m_classes = std::move(classes);
    rebuild();
    scrollTo(0);
}

void PerClassPlot::setTask(disteval::Task task)
{
    m_task = task;
    xAxis->setLabel(task == disteval::Task::MultiLabel ? tr("Label") : tr("Class"));
}

void PerClassPlot::setMetric(Metric metric)
{
    m_metric = metric;
    rebuild();
}

void PerClassPlot::setSort(SortKey key, bool descending)
{
    m_sortKey = key;
    m_descending = descending;
    rebuild();
}

void PerClassPlot::setSubset(Subset subset, int count)
{
    m_subset = subset;
    m_subsetCount = qMax(1, count);
    rebuild();
    scrollTo(0);
}

void PerClassPlot::setWindowSize(int bars)
{
    m_windowSize = qMax(1, bars);
    scrollTo(firstVisible());
}

int PerClassPlot::firstVisible() const
{
    return qMax(0, static_cast<int>(std::ceil(xAxis->range().lower)));
}

void PerClassPlot::scrollTo(int first)
{
    const int count = qMax(1, static_cast<int>(m_displayed.size()));
    const int window = qMin(m_windowSize, count);
    first = qBound(0, first, count - window);
    xAxis->setRange(first - 0.5, first + window - 0.5);
}

const disteval::MetricValue &PerClassPlot::metricOf(const disteval::PerClassResult &c) const
{
    switch (m_metric) {
    case Metric::Precision:
        return c.precision;
    case Metric::Recall:
        return c.recall;
    case Metric::Iou:
        return c.iou;
    case Metric::AveragePrecision:
        return c.averagePrecision;
    case Metric::F1:
        break;
    }
    return c.f1;
}

QString PerClassPlot::metricName() const
{
    switch (m_metric) {
    case Metric::Precision:
        return tr("Precision");
    case Metric::Recall:
        return tr("Recall");
    case Metric::Iou:
        return tr("IoU");
    case Metric::AveragePrecision:
        return tr("Average precision");
    case Metric::F1:
        break;
    }
    return tr("F1");
}

void PerClassPlot::rebuild()
{
    // Undefined values sort after every defined one, whatever the direction.
    auto valueLess = [this](int a, int b) {
        const double va = metricOf(m_classes[a]).value;
        const double vb = metricOf(m_classes[b]).value;
        if (std::isnan(va) || std::isnan(vb))
            return !std::isnan(va) && std::isnan(vb);
        return va < vb || (va == vb && a < b);
    };
    QVector<int> order(static_cast<int>(m_classes.size()));
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    if (m_subset != Subset::All) {
        std::stable_sort(order.begin(), order.end(), valueLess);
        QVector<int> defined;
        for (int i : std::as_const(order))
            if (!std::isnan(metricOf(m_classes[i]).value))
                defined << i;
        if (m_subset == Subset::Best)
            std::reverse(defined.begin(), defined.end());
        order = defined.mid(0, m_subsetCount);
    }
    switch (m_sortKey) {
    case SortKey::ClassIndex:
        std::sort(order.begin(), order.end());
        if (m_descending)
            std::reverse(order.begin(), order.end());
        break;
    case SortKey::Value:
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            if (m_descending) {
                const double va = metricOf(m_classes[a]).value;
                const double vb = metricOf(m_classes[b]).value;
                if (!std::isnan(va) && !std::isnan(vb) && va != vb)
                    return va > vb;
            }
            return valueLess(a, b);
        });
        break;
    case SortKey::Support:
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int64_t sa = m_classes[a].support;
            const int64_t sb = m_classes[b].support;
            return m_descending ? sa > sb : sa < sb;
        });
        break;
    }
    m_displayed = order;

    QVector<double> keys, values, minus, plus;
    QStringList names;
    for (int i = 0; i < m_displayed.size(); ++i) {
        const disteval::PerClassResult &c = m_classes[m_displayed[i]];
        names << QString::fromStdString(c.name.empty() ? std::to_string(c.index) : c.name);
        const disteval::MetricValue &m = metricOf(c);
        if (std::isnan(m.value))
            continue;
        keys << i;
        values << m.value;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        minus << (m.ci.defined() ? m.value - m.ci.lower : nan);
        plus << (m.ci.defined() ? m.ci.upper - m.value : nan);
    }
    m_ticker->setNames(names);
    m_bars->setData(keys, values, true);
    m_errorBars->setData(minus, plus);
    yAxis->setLabel(metricName());
    clampRange(xAxis->range());
}

void PerClassPlot::clampRange(const QCPRange &range)
{
    const int count = qMax(1, static_cast<int>(m_displayed.size()));
    const double low = -0.5;
    const double high = count - 0.5;
    const double size = qBound(qMin(3.0, high - low), range.size(), high - low);
    QCPRange clamped(range.center() - size / 2, range.center() + size / 2);
    if (clamped.lower < low)
        clamped = QCPRange(low, low + size);
    if (clamped.upper > high)
        clamped = QCPRange(high - size, high);
    if (clamped.lower != range.lower || clamped.upper != range.upper)
        xAxis->setRange(clamped);
    else
        Q_EMIT windowChanged();
}

int PerClassPlot::barAt(const QPointF &pos) const
{
    if (m_displayed.isEmpty() || !axisRect()->rect().contains(pos.toPoint()))
        return -1;
    const int i = static_cast<int>(std::lround(xAxis->pixelToCoord(pos.x())));
    return i >= 0 && i < m_displayed.size() ? i : -1;
}

QString PerClassPlot::toolTipText(int barIndex) const
{
    if (barIndex < 0 || barIndex >= m_displayed.size())
        return QString();
    const disteval::PerClassResult &c = m_classes[m_displayed[barIndex]];
    if (m_task == disteval::Task::MultiLabel)
        return tr("%1 (label %2)\nPositives: %3 · predicted: %4\nF1: %5\nPrecision: %6\n"
                  "Recall: %7\nAUROC: %8\nAverage precision: %9")
                .arg(QString::fromStdString(c.name), QString::number(c.index),
                     ResultFormat::count(c.support), ResultFormat::count(c.predicted),
                     ResultFormat::valueWithInterval(c.f1),
                     ResultFormat::valueWithInterval(c.precision),
                     ResultFormat::valueWithInterval(c.recall),
                     ResultFormat::valueWithInterval(c.auroc),
                     ResultFormat::number(c.averagePrecision.value));
    const QString text
            = tr("%1 (class %2)\nSupport: %3 · predicted: %4\nF1: %5\nPrecision: %6\nRecall: %7\n"
                 "AUROC: %8")
                      .arg(QString::fromStdString(c.name), QString::number(c.index),
                           ResultFormat::count(c.support), ResultFormat::count(c.predicted),
                           ResultFormat::valueWithInterval(c.f1),
                           ResultFormat::valueWithInterval(c.precision),
                           ResultFormat::valueWithInterval(c.recall),
                           ResultFormat::valueWithInterval(c.auroc));
    if (m_task == disteval::Task::DenseClassification)
        return text + QLatin1Char('\n') + tr("IoU: %1").arg(ResultFormat::valueWithInterval(c.iou));
    return text;
}

void PerClassPlot::updateLayout()
{
    QCustomPlot::updateLayout();
    const QFontMetricsF metrics(xAxis->tickLabelFont());
    const double angle = std::abs(xAxis->tickLabelRotation()) * M_PI / 180.0;
    const double label = angle > 0.1 ? metrics.height() / std::sin(angle) : metrics.height() * 6;
    const int fit = ClassAxisTicker::labelsThatFit(axisRect()->width(), label);
    if (fit != m_ticker->maxLabels()) {
        m_ticker->setMaxLabels(fit);
        QCustomPlot::updateLayout();
    }
}
