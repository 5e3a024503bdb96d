#pragma once

#include "result/resultfile.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class CalibrationPlot;
class ConfusionMatrixPlot;
class CurvesSection;
class PdfDocument;
class PerClassPlot;
class QWidget;

// The PDF pages of one model of a report (ReportWriter): its checkpoint, then what the
// result's task has (TaskText): the confusion matrix, the per-class chart (per label for
// multi-label; the IoU for dense classification; every class up to kMaxChartClasses,
// otherwise the kMaxChartClasses lowest) and table, the per-target table (regression),
// the reliability diagram, the curves (CurvesSection). Its plots are made once, as
// children of `host` (the document is laid out twice).
class ModelSection
{
    Q_DECLARE_TR_FUNCTIONS(ModelSection)

public:
    static constexpr int kMaxChartClasses = 40;

    ModelSection(std::shared_ptr<const disteval::ResultFile> result, int model, QWidget *host);
    ~ModelSection();

    void draw(PdfDocument &doc) const;

private:
    void drawConfusion(PdfDocument &doc) const;
    void drawPerClass(PdfDocument &doc) const;
    void drawPerTarget(PdfDocument &doc) const;
    void drawCalibration(PdfDocument &doc) const;
    const disteval::ModelResult &model() const;
    int percent() const;

    std::shared_ptr<const disteval::ResultFile> m_result;
    int m_model = 0;
    ConfusionMatrixPlot *m_confusion = nullptr; // nullptr where the task has none
    PerClassPlot *m_perClass = nullptr;
    CalibrationPlot *m_calibration = nullptr;
    bool m_perClassIsSubset = false;
    std::unique_ptr<CurvesSection> m_curves;
};
