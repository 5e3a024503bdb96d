#include "export/curvessection.h"

#include "common/resultformat.h"
#include "common/tasktext.h"
#include "export/curvescsv.h"
#include "export/pdfdocument.h"
#include "plots/curvebuilder.h"
#include "plots/curveplot.h"

#include <QWidget>

#include <cmath>

CurvePlot *CurvesSection::printPlot(CurveKind kind, bool elements, QWidget *host)
{
    auto *plot = new CurvePlot(host);
    plot->setInteractive(false);
    plot->setKind(kind, elements);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setTickLabelFont(PdfDocument::font(7.5));
        axis->setLabelFont(PdfDocument::font(8));
    }
    plot->legend->setFont(PdfDocument::font(7));
    return plot;
}

CurvesSection::CurvesSection(std::shared_ptr<const disteval::ResultFile> result, int model,
                             QWidget *host)
    : m_result(std::move(result))
    , m_model(model)
{
    const disteval::ResultFile &r = *m_result;
    if (!TaskText::hasCurves(r.task))
        return;
    const QVector<CurveKind> kinds = CurveBuilder::kindsOf(r.models[static_cast<size_t>(model)]);
    if (kinds.isEmpty())
        return;
    QVector<int> chosen{kMicroCurve, kMacroCurve};
    if (r.dataset.numClasses <= kMaxClassCurves)
        for (int c = 0; c < r.dataset.numClasses; ++c)
            chosen << c;
    const bool elements = r.task == disteval::Task::DenseClassification;
    const int percent = static_cast<int>(std::lround(r.statistics.confidence * 100));
    for (CurveKind kind : kinds) {
        Figure figure;
        figure.plot = printPlot(kind, elements, host);
        figure.plot->setCurves(CurveBuilder::curves(r, model, kind, chosen));
        figure.title = CurveBuilder::kindName(kind);
        if (kind == CurveKind::Roc || kind == CurveKind::PrecisionRecall)
            figure.caption = scoreCaption(kind);
        else if (kind == CurveKind::Confidence)
            figure.caption = tr("Selective accuracy: keeping only what the model is more "
                                "confident about than the threshold, the accuracy of what is "
                                "kept (blue) and its share of everything evaluated (orange).");
        else
            figure.caption = tr("Top-k accuracy: the share of samples whose true class is "
                                "among the k classes scored highest, with %1% Wilson "
                                "intervals; k = 1 is the accuracy.")
                                     .arg(percent);
        m_figures << figure;
    }
}

QString CurvesSection::scoreCaption(CurveKind kind) const
{
    const disteval::ResultFile &r = *m_result;
    const int percent = static_cast<int>(std::lround(r.statistics.confidence * 100));
    QString caption = kind == CurveKind::Roc
                              ? tr("ROC curves: true positive rate against false positive "
                                   "rate at each threshold of the predicted probability; dashed: "
                                   "chance. AUROC with its %1% interval; the micro average's "
                                   "is the area under its curve.")
                                        .arg(percent)
                              : tr("Precision-recall curves: precision against recall at each "
                                   "threshold of the predicted probability; dotted: the "
                                   "prevalence. Average precision (AP) with its %1% interval; "
                                   "the micro average's is computed from its curve. There is no "
                                   "macro-average precision-recall curve.")
                                        .arg(percent);
    const int classes = r.dataset.numClasses;
    if (classes > kMaxClassCurves)
        caption += QLatin1Char(' ')
                   + tr("With %1, only the micro and macro averages are drawn here; every "
                        "class's curve is in the app's Curves tab and its points in the CSV "
                        "export (%2).")
                             .arg(TaskText::units(r.task, classes), CurvesCsv::fileSuffix());
    return caption;
}

QString CurvesSection::missingNote(const disteval::ResultFile &result)
{
    if (!TaskText::hasCurves(result.task))
        return QString();
    for (const disteval::ModelResult &m : result.models)
        if (!CurveBuilder::kindsOf(m).isEmpty())
            return QString();
    return CurveBuilder::missingText(result);
}

void CurvesSection::draw(PdfDocument &doc) const
{
    for (const Figure &figure : m_figures) {
        doc.heading(tr("Curves: %1").arg(figure.title), 12, kPlotHeight + 40);
        doc.plot(figure.plot, kPlotHeight, figure.caption);
    }
}
