#include "plots/curveplot.h"

#include "common/resultformat.h"

#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {
const QColor kReference(0xb0, 0xb0, 0xb0);
constexpr double kHoverPixels = 9;

// A probability threshold: small ones in significant digits, so that 2e-9 is not "0".
QString probability(double p)
{
    if (p > 0 && p < 1e-3)
        return QLocale().toString(p, 'g', 3);
    return ResultFormat::number(p, 4);
}

QString objectNameOf(CurveKind kind)
{
    switch (kind) {
    case CurveKind::Roc:
        return QStringLiteral("rocPlot");
    case CurveKind::PrecisionRecall:
        return QStringLiteral("precisionRecallPlot");
    case CurveKind::Confidence:
        return QStringLiteral("confidencePlot");
    case CurveKind::TopK:
        return QStringLiteral("topKPlot");
    case CurveKind::Reliability:
        return QStringLiteral("reliabilityPlot");
    }
    return QStringLiteral("curvePlot");
}
} // namespace

CurvePlot::CurvePlot(QWidget *parent)
    : QCustomPlot(parent)
{
    // The legend in a column of its own right of the axes, at the top: it never covers a
    // curve, and the axes stay about square.
    axisRect()->insetLayout()->take(legend);
    auto *side = new QCPLayoutGrid;
    plotLayout()->addElement(0, 1, side);
    side->addElement(0, 0, legend);
    side->addElement(1, 0, new QCPLayoutElement(this));
    side->setRowStretchFactor(0, 0.001);
    plotLayout()->setColumnStretchFactor(1, 0.001);
    legend->setVisible(true);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setRowSpacing(0);
    xAxis->grid()->setSubGridVisible(false);
    yAxis->grid()->setSubGridVisible(false);
    setMouseTracking(true);
    setInteractive(true);
    connect(this, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const QString text = toolTipAt(event->position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, this);
    });
    connect(this, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *) {
        resetRanges();
        replot();
    });
    setKind(CurveKind::Roc);
}

void CurvePlot::setInteractive(bool interactive)
{
    setInteractions(interactive ? QCP::Interactions(QCP::iRangeDrag | QCP::iRangeZoom)
                                : QCP::Interactions());
}

QString CurvePlot::xName() const
{
    switch (m_kind) {
    case CurveKind::Roc:
        return tr("False positive rate");
    case CurveKind::PrecisionRecall:
        return tr("Recall");
    case CurveKind::Confidence:
        return tr("Confidence threshold");
    case CurveKind::TopK:
        return tr("k");
    case CurveKind::Reliability:
        return tr("Mean confidence");
    }
    return QString();
}

QString CurvePlot::yName() const
{
    switch (m_kind) {
    case CurveKind::Roc:
        return tr("True positive rate");
    case CurveKind::PrecisionRecall:
        return tr("Precision");
    case CurveKind::Confidence:
        return tr("Share");
    case CurveKind::TopK:
        return tr("Top-k accuracy");
    case CurveKind::Reliability:
        return tr("Accuracy");
    }
    return QString();
}

void CurvePlot::setKind(CurveKind kind, bool elements)
{
    m_kind = kind;
    m_elements = elements;
    setObjectName(objectNameOf(kind));
    setCurves({});
    if (m_reference) {
        removePlottable(m_reference);
        m_reference = nullptr;
    }
    QSharedPointer<QCPAxisTicker> ticker(new QCPAxisTicker);
    if (kind == CurveKind::TopK) { // k = 1, 2, ... (at most 10)
        auto *fixed = new QCPAxisTickerFixed;
        fixed->setTickStep(1);
        fixed->setScaleStrategy(QCPAxisTickerFixed::ssNone);
        ticker.reset(fixed);
    }
    xAxis->setTicker(ticker);
    xAxis->setSubTicks(kind != CurveKind::TopK);
    xAxis->setLabel(xName());
    yAxis->setLabel(yName());
    switch (kind) {
    case CurveKind::Confidence:
        xAxis->setLabel(tr("Confidence threshold (largest softmax probability)"));
        yAxis->setLabel(elements ? tr("Accuracy and share of the elements kept")
                                 : tr("Accuracy and share of the samples kept"));
        break;
    case CurveKind::TopK:
        yAxis->setLabel(tr("Top-k accuracy (true class among the k highest scores)"));
        break;
    case CurveKind::Reliability:
        xAxis->setLabel(tr("Confidence (mean in bin)"));
        yAxis->setLabel(tr("Accuracy in bin"));
        break;
    case CurveKind::Roc:
    case CurveKind::PrecisionRecall:
        break;
    }
    if (kind == CurveKind::Roc || kind == CurveKind::Reliability) {
        m_reference = addGraph();
        m_reference->setName(kind == CurveKind::Roc ? tr("Chance") : tr("Perfect calibration"));
        m_reference->setPen(QPen(kReference, 1.2, Qt::DashLine));
        m_reference->setData({0.0, 1.0}, {0.0, 1.0}, true);
    }
    resetRanges();
}

void CurvePlot::setCurves(const QVector<CurveSeries> &curves)
{
    for (QCPErrorBars *bars : std::as_const(m_errorBars))
        if (bars)
            removePlottable(bars);
    for (QCPGraph *graph : std::as_const(m_graphs))
        removePlottable(graph);
    for (QCPGraph *line : std::as_const(m_chanceLines))
        removePlottable(line);
    m_graphs.clear();
    m_errorBars.clear();
    m_chanceLines.clear();
    m_curves = curves;
    for (int i = 0; i < m_curves.size(); ++i)
        addCurve(i);
    QVector<QPair<double, QRgb>> levels; // one line per prevalence and colour
    for (const CurveSeries &c : std::as_const(m_curves))
        if (!std::isnan(c.chance) && !levels.contains(qMakePair(c.chance, c.color.rgb()))) {
            levels << qMakePair(c.chance, c.color.rgb());
            addChanceLine(c.chance, c.color);
        }
    if (m_reference) { // last in the legend
        m_reference->removeFromLegend();
        m_reference->addToLegend();
    }
    resetRanges();
}

void CurvePlot::addCurve(int index)
{
    const CurveSeries &s = m_curves.at(index);
    QCPGraph *graph = addGraph();
    graph->setName(s.legend);
    graph->setPen(QPen(s.color, s.width, s.penStyle));
    graph->setLineStyle(s.steps ? QCPGraph::lsStepRight : QCPGraph::lsLine);
    if (s.markers)
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, s.color, Qt::white, 6));
    graph->setData(s.x, s.y, true);
    if (index >= kMaxLegendItems)
        graph->removeFromLegend();
    m_graphs << graph;
    QCPErrorBars *bars = nullptr;
    if (!s.lower.isEmpty() && s.lower.size() == s.y.size() && s.upper.size() == s.y.size()) {
        bars = new QCPErrorBars(xAxis, yAxis);
        bars->setDataPlottable(graph);
        bars->setErrorType(QCPErrorBars::etValueError);
        QVector<double> minus, plus;
        for (int i = 0; i < s.y.size(); ++i) {
            minus << (std::isnan(s.lower[i]) ? 0.0 : s.y[i] - s.lower[i]);
            plus << (std::isnan(s.upper[i]) ? 0.0 : s.upper[i] - s.y[i]);
        }
        bars->setData(minus, plus);
        bars->setPen(QPen(s.color.darker(120), 1.1));
        bars->setWhiskerWidth(7);
        bars->setSymbolGap(8);
        bars->removeFromLegend();
    }
    m_errorBars << bars;
}

// A dotted line at a curve's prevalence, in its colour; only the first in the legend.
void CurvePlot::addChanceLine(double prevalence, const QColor &color)
{
    QCPGraph *line = addGraph();
    line->setName(tr("Chance: each curve's prevalence (dotted)"));
    line->setPen(QPen(color, 1.0, Qt::DotLine));
    line->setData({0.0, 1.0}, {prevalence, prevalence}, true);
    if (!m_chanceLines.isEmpty() || m_curves.size() > kMaxLegendItems)
        line->removeFromLegend();
    m_chanceLines << line;
}

void CurvePlot::resetRanges()
{
    if (m_kind != CurveKind::TopK) {
        xAxis->setRange(-0.01, 1.01);
        yAxis->setRange(-0.01, 1.02);
        return;
    }
    double lastK = 1, lowest = 1;
    for (const CurveSeries &c : std::as_const(m_curves))
        for (int i = 0; i < c.x.size(); ++i) {
            lastK = std::max(lastK, c.x[i]);
            lowest = std::min(lowest, c.y[i]);
            if (i < c.lower.size() && !std::isnan(c.lower[i]))
                lowest = std::min(lowest, c.lower[i]);
        }
    xAxis->setRange(0.4, std::round(lastK) + 0.6);
    yAxis->setRange(std::max(0.0, std::floor((lowest - 0.02) * 20) / 20), 1.005);
}

QStringList CurvePlot::legendTexts() const
{
    QStringList texts;
    for (QCPGraph *graph : m_graphs)
        if (legend->itemWithPlottable(graph))
            texts << graph->name();
    return texts;
}

int CurvePlot::curvesWithoutLegend() const
{
    return std::max(0, static_cast<int>(m_curves.size()) - kMaxLegendItems);
}

QString CurvePlot::legendNote() const
{
    if (curvesWithoutLegend() == 0)
        return QString();
    return tr("The legend names the first %1 of %2 curves; point at a curve to see which it "
              "is.")
            .arg(kMaxLegendItems)
            .arg(m_curves.size());
}

QString CurvePlot::pointText(int curve, int point) const
{
    const CurveSeries &s = m_curves.at(curve);
    QStringList lines;
    if (!s.name.isEmpty())
        lines << s.name;
    if (point < s.threshold.size()) {
        const double t = s.threshold.at(point);
        lines << (std::isinf(t) ? tr("Threshold: above every score (nothing positive)")
                                : tr("Threshold: probability ≥ %1").arg(probability(t)));
    }
    QString value = ResultFormat::number(s.y.at(point), 4);
    if (point < s.lower.size() && point < s.upper.size())
        value += QLatin1Char(' ') + ResultFormat::interval({s.lower.at(point), s.upper.at(point)});
    const QString key = m_kind == CurveKind::TopK ? QString::number(std::lround(s.x.at(point)))
                                                  : ResultFormat::number(s.x.at(point), 4);
    lines << tr("%1: %2").arg(xName(), key)
          << tr("%1: %2").arg(s.valueName.isEmpty() ? yName() : s.valueName, value);
    const QString counts = countsText(s, point);
    if (!counts.isEmpty())
        lines << counts;
    if (point < s.pointNotes.size() && !s.pointNotes.at(point).isEmpty())
        lines << s.pointNotes.at(point);
    return lines.join(QLatin1Char('\n'));
}

// The true and false positives behind a ROC or precision-recall point: the rates times
// the class's positives and negatives (exact, as they are ratios of these counts).
QString CurvePlot::countsText(const CurveSeries &s, int point) const
{
    if (s.positives <= 0 || (m_kind != CurveKind::Roc && m_kind != CurveKind::PrecisionRecall))
        return QString();
    const double x = s.x.at(point), y = s.y.at(point);
    const double p = static_cast<double>(s.positives);
    int64_t tp = 0, fp = 0;
    if (m_kind == CurveKind::Roc) {
        tp = std::llround(y * p);
        fp = std::llround(x * static_cast<double>(s.negatives));
    } else {
        tp = std::llround(x * p);
        fp = y > 0 ? std::llround(static_cast<double>(tp) / y) - tp : 0;
    }
    return tr("%1 of %2 positives and %3 of %4 negatives at or above the threshold")
            .arg(ResultFormat::count(tp), ResultFormat::count(s.positives), ResultFormat::count(fp),
                 ResultFormat::count(s.negatives));
}

QString CurvePlot::toolTipAt(const QPointF &pos) const
{
    if (auto *item = qobject_cast<QCPPlottableLegendItem *>(layoutElementAt(pos))) {
        const int index = m_graphs.indexOf(qobject_cast<QCPGraph *>(item->plottable()));
        if (index < 0)
            return item->plottable()->name();
        const CurveSeries &s = m_curves.at(index);
        return s.legendToolTip.isEmpty() ? s.legend
                                         : s.legend + QLatin1Char('\n') + s.legendToolTip;
    }
    if (!axisRect()->rect().contains(pos.toPoint()))
        return QString();
    double best = kHoverPixels * kHoverPixels;
    int bestCurve = -1, bestPoint = -1;
    for (int c = 0; c < m_curves.size(); ++c) {
        const CurveSeries &s = m_curves.at(c);
        for (int i = 0; i < s.x.size(); ++i) {
            const double dx = xAxis->coordToPixel(s.x.at(i)) - pos.x();
            const double dy = yAxis->coordToPixel(s.y.at(i)) - pos.y();
            if (dx * dx + dy * dy < best) {
                best = dx * dx + dy * dy;
                bestCurve = c;
                bestPoint = i;
            }
        }
    }
    return bestCurve < 0 ? QString() : pointText(bestCurve, bestPoint);
}
