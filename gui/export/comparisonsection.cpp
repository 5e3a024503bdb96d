#include "export/comparisonsection.h"

#include "common/comparisontext.h"
#include "common/resultformat.h"
#include "common/tasktext.h"
#include "export/curvessection.h"
#include "export/pdfdocument.h"
#include "models/comparisontablemodel.h"
#include "models/deltaf1tablemodel.h"
#include "models/intervalnotes.h"
#include "models/sortproxymodel.h"
#include "plots/curvebuilder.h"
#include "plots/curveplot.h"
#include "plots/deltaf1plot.h"

#include <QWidget>

#include <cmath>

ComparisonSection::ComparisonSection(const ComparisonExport::Pair &pair, const QString &notice,
                                     QWidget *host)
    : m_pair(pair)
    , m_notice(notice)
    , m_metrics(std::make_unique<ComparisonTableModel>())
    , m_perClass(std::make_unique<DeltaF1TableModel>())
{
    m_metrics->setComparison(pair.result, pair.a, pair.b, pair.comparison, pair.labelA,
                             pair.labelB);
    m_perClass->setComparison(pair.result, pair.a, pair.b, pair.comparison);
    if (host)
        addOverlays(host);
    // Only a classification comparison has per-class ΔF1 intervals to draw.
    if (!pair.comparison || pair.comparison->perClassDeltaF1.empty() || !host)
        return;
    const disteval::ResultFile &r = *pair.result;
    QStringList names;
    for (int i = 0; i < r.dataset.numClasses; ++i)
        names << ResultFormat::className(r, i);
    m_plot = new DeltaF1Plot(host);
    m_plot->setInteractive(false);
    m_plot->xAxis->setTickLabelRotation(-90);
    m_plot->xAxis->setTickLabelFont(PdfDocument::font(7));
    m_plot->yAxis->setTickLabelFont(PdfDocument::font(7.5));
    m_plot->xAxis->setLabelFont(PdfDocument::font(8));
    m_plot->yAxis->setLabelFont(PdfDocument::font(8));
    m_plot->legend->setFont(PdfDocument::font(7));
    m_plot->setDeltas(pair.comparison->perClassDeltaF1, names, r.statistics.confidence);
    m_plot->xAxis->setRange(-0.6, r.dataset.numClasses - 0.4);
}

ComparisonSection::~ComparisonSection() = default;

// ROC and precision-recall (the averages) where both models have score histograms, and
// the reliability diagrams where the task has them.
void ComparisonSection::addOverlays(QWidget *host)
{
    const disteval::ResultFile &r = *m_pair.result;
    if (!TaskText::hasCurves(r.task))
        return;
    const disteval::ModelResult &a = r.models[static_cast<size_t>(m_pair.a)];
    const disteval::ModelResult &b = r.models[static_cast<size_t>(m_pair.b)];
    const bool elements = r.task == disteval::Task::DenseClassification;
    QVector<CurveKind> kinds;
    if (a.curves.hasScores() && b.curves.hasScores())
        kinds << CurveKind::Roc << CurveKind::PrecisionRecall;
    if (TaskText::hasCalibration(r.task) && !a.calibration.empty() && !b.calibration.empty())
        kinds << CurveKind::Reliability;
    for (CurveKind kind : std::as_const(kinds)) {
        Overlay overlay;
        overlay.plot = CurvesSection::printPlot(kind, elements, host);
        overlay.plot->setCurves(CurveBuilder::overlay(r, m_pair.a, m_pair.b, m_pair.labelA,
                                                      m_pair.labelB, kind,
                                                      {kMicroCurve, kMacroCurve}));
        overlay.title = CurveBuilder::kindName(kind);
        overlay.caption
                = kind == CurveKind::Reliability
                          ? tr("Accuracy against mean confidence in each confidence bin: A "
                               "(%1) blue, B (%2) orange; the diagonal is perfect calibration.")
                                    .arg(m_pair.labelA, m_pair.labelB)
                          : tr("The micro and macro averages of A (%1, solid) and B (%2, "
                               "dashed); the legend gives each area with its interval where "
                               "the result has one.")
                                    .arg(m_pair.labelA, m_pair.labelB);
        m_overlays << overlay;
    }
}

void ComparisonSection::draw(PdfDocument &document) const
{
    const disteval::ResultFile &r = *m_pair.result;
    const double confidence = r.statistics.confidence;
    const int percent = static_cast<int>(std::lround(confidence * 100));
    const QColor grey(0x30, 0x30, 0x30);
    document.heading(tr("Comparison: %1 vs %2").arg(m_pair.labelA, m_pair.labelB), 15, 60);
    document.text(tr("A: %1\nB: %2\n%3 samples, %4. Differences are B − A with %5% intervals.")
                          .arg(QString::fromStdString(r.models[static_cast<size_t>(m_pair.a)].path),
                               QString::fromStdString(r.models[static_cast<size_t>(m_pair.b)].path),
                               ResultFormat::count(r.dataset.numSamples),
                               TaskText::units(r.task, r.dataset.numClasses))
                          .arg(percent),
                  PdfDocument::font(8.5), grey);
    if (!m_notice.isEmpty()) {
        document.space(4);
        document.text(m_notice, PdfDocument::font(9), QColor(0xa0, 0x40, 0x00));
    }
    // McNemar's test needs a sample's correctness, which only classification has.
    const bool mcnemar = m_pair.comparison ? m_pair.comparison->hasMcnemar
                                           : r.task == disteval::Task::Classification;
    if (m_pair.comparison && mcnemar) {
        document.space(4);
        document.text(ComparisonText::mcnemarSummary(*m_pair.comparison, confidence),
                      PdfDocument::font(9), grey);
    }
    document.space(8);
    QVector<int> columns;
    for (int column = 0; column < ComparisonTableModel::ColumnCount; ++column)
        if (column != ComparisonTableModel::MethodColumn
            && (mcnemar
                || (column != ComparisonTableModel::PExactColumn
                    && column != ComparisonTableModel::PMidColumn)))
            columns << column;
    document.table(*m_metrics, 7.5, columns);
    document.text(ComparisonText::ruleText(confidence, m_pair.comparison != nullptr, mcnemar),
                  PdfDocument::font(7.5), QColor(0x40, 0x40, 0x40));
    document.notes(m_metrics->intervalNotes());
    document.space(10);
    if (m_plot)
        drawDeltaF1(document, percent);
    for (const Overlay &overlay : m_overlays) {
        document.heading(tr("Overlaid: %1").arg(overlay.title), 12,
                         CurvesSection::kPlotHeight + 40);
        document.plot(overlay.plot, CurvesSection::kPlotHeight, overlay.caption);
    }
}

void ComparisonSection::drawDeltaF1(PdfDocument &document, int percent) const
{
    document.plot(m_plot, std::min(300.0, document.width() * 0.5),
                  ComparisonText::deltaF1Caption(percent, m_perClass->method()));
    SortProxyModel byEffect;
    byEffect.setSourceModel(m_perClass.get());
    byEffect.sort(DeltaF1TableModel::DeltaColumn, Qt::DescendingOrder);
    document.table(byEffect, 7);
    document.notes(IntervalNotes::of(*m_perClass, DeltaF1TableModel::ClassColumn));
}
