#pragma once

#include "common/curvekind.h"
#include "result/resultfile.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>

class CurvePlot;
class PdfDocument;
class QWidget;

// The Curves pages of one model of a report (ModelSection): its ROC and precision-recall
// curves (the micro and macro averages, and every class up to kMaxClassCurves classes;
// above, a note says where the others are), its selective accuracy against a confidence
// threshold and its top-k accuracy, each with a caption; nothing for a model without
// curves (the report's first page says why: missingNote()). Its plots are made once, as
// children of `host` (the document is laid out twice).
class CurvesSection
{
    Q_DECLARE_TR_FUNCTIONS(CurvesSection)

public:
    static constexpr int kMaxClassCurves = 10;

    CurvesSection(std::shared_ptr<const disteval::ResultFile> result, int model, QWidget *host);

    void draw(PdfDocument &doc) const;

    // For the report's first page: why a result of a task with curves has none (an older
    // result file); "" when a model has curves or the task has none.
    static QString missingNote(const disteval::ResultFile &result);

    // A CurvePlot of `kind` set up for print (fonts, no interaction), a child of `host`.
    static CurvePlot *printPlot(CurveKind kind, bool elements, QWidget *host);
    // The height a curve plot gets on the page.
    static constexpr double kPlotHeight = 330;

private:
    struct Figure
    {
        CurvePlot *plot = nullptr;
        QString title;
        QString caption;
    };
    QString scoreCaption(CurveKind kind) const;

    std::shared_ptr<const disteval::ResultFile> m_result;
    int m_model = 0;
    QVector<Figure> m_figures;
};
