#include "plots/deltaf1plot.h"

#include "common/resultformat.h"
#include "plots/classaxisticker.h"

#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {
constexpr int kDefaultWindow = 50;

bool excludesZero(const disteval::DeltaValue &d)
{
    return d.ci.defined() && (d.ci.lower > 0 || d.ci.upper < 0);
}
} // namespace

DeltaF1Plot::DeltaF1Plot(QWidget *parent)
    : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("deltaF1Plot"));
    m_ticker.reset(new ClassAxisTicker);
    xAxis->setTicker(m_ticker.staticCast<QCPAxisTicker>());
    xAxis->setSubTicks(false);
    xAxis->setTickLength(0, 3);
    xAxis->setTickLabelRotation(-60);
    xAxis->grid()->setVisible(false);
    xAxis->setLabel(tr("Class (sorted by effect)"));
    yAxis->setLabel(tr("ΔF1 (B − A)"));
    yAxis->grid()->setZeroLinePen(QPen(QColor(0x40, 0x40, 0x40), 1.2));

    auto makeBars = [this](const QColor &fill, const QString &name) {
        auto *bars = new QCPBars(xAxis, yAxis);
        bars->setWidth(0.7);
        bars->setPen(QPen(fill.darker(130), 0.8));
        bars->setBrush(fill);
        bars->setName(name);
        auto *errors = new QCPErrorBars(xAxis, yAxis);
        errors->setDataPlottable(bars);
        errors->setErrorType(QCPErrorBars::etValueError);
        errors->setPen(QPen(QColor(0x25, 0x25, 0x25), 1.1));
        errors->setWhiskerWidth(5);
        errors->setSymbolGap(0); // one line through the bar's end, not two ticks
        errors->removeFromLegend();
        return std::make_pair(bars, errors);
    };
    std::tie(m_better, m_betterErrors)
            = makeBars(QColor(0x31, 0xa3, 0x54), tr("B better (interval excludes 0)"));
    std::tie(m_worse, m_worseErrors)
            = makeBars(QColor(0xde, 0x2d, 0x26), tr("B worse (interval excludes 0)"));
    std::tie(m_neutral, m_neutralErrors)
            = makeBars(QColor(0xbd, 0xbd, 0xbd), tr("Interval includes 0, or none"));
    // The legend gets a row of its own above the bars, so that it never covers one.
    legend->setVisible(true);
    legend->setBrush(Qt::NoBrush);
    legend->setBorderPen(Qt::NoPen);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(0);
    axisRect()->insetLayout()->take(legend);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, legend);
    plotLayout()->setRowStretchFactor(0, 0.001);
    plotLayout()->setRowSpacing(0);
    legend->setMargins(QMargins(4, 2, 4, 0));
    setInteractive(true);
    setMouseTracking(true);
    connect(this, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const int bar = barAt(event->position());
        if (bar >= 0)
            QToolTip::showText(event->globalPosition().toPoint(), toolTipText(bar), this);
        else
            QToolTip::hideText();
    });
}

void DeltaF1Plot::setInteractive(bool interactive)
{
    setInteractions(interactive ? QCP::Interactions(QCP::iRangeDrag | QCP::iRangeZoom)
                                : QCP::Interactions());
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
}

QCPErrorBars *DeltaF1Plot::errorBarsOf(QCPBars *bars) const
{
    if (bars == m_better)
        return m_betterErrors;
    if (bars == m_worse)
        return m_worseErrors;
    if (bars == m_neutral)
        return m_neutralErrors;
    return nullptr;
}

void DeltaF1Plot::setDeltas(const std::vector<disteval::DeltaValue> &deltas,
                            const QStringList &names, double confidence)
{
    m_deltas = deltas;
    m_confidence = confidence;
    m_order.clear();
    for (int i = 0; i < static_cast<int>(deltas.size()); ++i)
        m_order << i;
    // Largest gain first, largest loss last; undefined differences at the very end.
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const double va = deltas[a].value;
        const double vb = deltas[b].value;
        if (std::isnan(va) != std::isnan(vb))
            return std::isnan(vb);
        return va > vb;
    });
    m_names.clear();
    QStringList ordered;
    for (int i = 0; i < static_cast<int>(deltas.size()); ++i)
        m_names << (i < names.size() && !names.at(i).isEmpty() ? names.at(i) : QString::number(i));
    for (int index : std::as_const(m_order))
        ordered << m_names.at(index);
    m_ticker->setNames(ordered);

    for (QCPBars *bars : {m_better, m_worse, m_neutral}) {
        bars->data()->clear();
        errorBarsOf(bars)->data()->clear();
    }
    double low = 0;
    double high = 0;
    for (int k = 0; k < m_order.size(); ++k) {
        const disteval::DeltaValue &d = deltas[m_order[k]];
        if (!std::isfinite(d.value))
            continue;
        QCPBars *bars = !excludesZero(d) ? m_neutral : (d.value > 0 ? m_better : m_worse);
        // Error bars need one entry per bar, in the bars' key order: NaN when none.
        bars->addData(k, d.value);
        if (d.ci.defined()) {
            errorBarsOf(bars)->addData(d.value - d.ci.lower, d.ci.upper - d.value);
            low = std::min(low, d.ci.lower);
            high = std::max(high, d.ci.upper);
        } else {
            errorBarsOf(bars)->addData(std::nan(""), std::nan(""));
        }
        low = std::min(low, d.value);
        high = std::max(high, d.value);
    }
    const double pad = std::max(0.01, (high - low) * 0.08);
    yAxis->setRange(low - pad, high + pad);
    const int n = static_cast<int>(m_order.size());
    xAxis->setRange(-0.6, std::min(n, kDefaultWindow) - 0.4);
    replot();
}

int DeltaF1Plot::barAt(const QPointF &pos) const
{
    if (!axisRect()->rect().contains(pos.toPoint()) || m_order.isEmpty())
        return -1;
    const int k = static_cast<int>(std::lround(xAxis->pixelToCoord(pos.x())));
    return k >= 0 && k < m_order.size() ? k : -1;
}

QString DeltaF1Plot::toolTipText(int bar) const
{
    if (bar < 0 || bar >= m_order.size())
        return {};
    const int index = m_order.at(bar);
    const disteval::DeltaValue &d = m_deltas[static_cast<size_t>(index)];
    const QString text = tr("Class: %1\nΔF1 (B − A): %2\n%3% interval: %4")
                                 .arg(m_names.at(index), ResultFormat::number(d.value),
                                      QString::number(std::lround(m_confidence * 100)),
                                      ResultFormat::interval(d.ci));
    if (d.ci.defined())
        return text;
    return text + QLatin1Char('\n') + ResultFormat::noInterval(d.ci, d.ciReason);
}

void DeltaF1Plot::updateLayout()
{
    QCustomPlot::updateLayout();
    const QFontMetricsF metrics(xAxis->tickLabelFont());
    const double angle = std::abs(xAxis->tickLabelRotation()) * M_PI / 180.0;
    const double label = angle > 0.1 ? metrics.height() / std::sin(angle)
                                     : metrics.horizontalAdvance(QStringLiteral("MMMMMMMM"));
    const int fit = ClassAxisTicker::labelsThatFit(axisRect()->width(), label);
    if (fit != m_ticker->maxLabels()) {
        m_ticker->setMaxLabels(fit);
        QCustomPlot::updateLayout();
    }
}
