#pragma once

#include "common/curvekind.h"
#include "plots/curveseries.h"
#include "result/resultfile.h"

#include <QCoreApplication>
#include <QVector>

#include <vector>

// A model's curves as CurveSeries, from the histograms its result file keeps
// (ModelResult::curves, schema 4) through core's curve functions (metrics/curves.h), with
// legend entries from the file's own numbers: a class's AUROC or average precision with
// its interval (per_class), the macro AUROC with its interval (metrics); "n/a" and the
// reason in the tooltip where the file withholds one. The micro average has no interval
// in the file: its area is computed from its curve (trapezoids under the ROC curve, which
// is the binned AUROC; the step sum of the precision-recall curve, scikit-learn's AP).
// The series come in a default style (CurveBuilder::style); the views restyle them.
class CurveBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CurveBuilder)

public:
    // Classes drawn by default: every class up to this many, else the averages and the
    // kDefaultWorstClasses classes with the lowest AUROC.
    static constexpr int kAllClassesUpTo = 10;
    static constexpr int kDefaultWorstClasses = 3;

    // The kinds `model` has curves for (ROC and precision-recall from score histograms,
    // Confidence from the confidence histograms, TopK from the true-class ranks); empty
    // for a model without curves (an older file, regression, --auroc-bins 0).
    static QVector<CurveKind> kindsOf(const disteval::ModelResult &model);
    // Why `model` of `result` has no curves, in plain words (an older file, or a run that
    // stored none).
    static QString missingText(const disteval::ResultFile &result);
    static QString kindName(CurveKind kind);

    // The ROC or precision-recall curve of `curve` (a class, kMicroCurve, kMacroCurve).
    // A curve that is not defined (a class without positives or negatives, a macro
    // precision-recall curve) has no points and a legend entry that says so.
    static CurveSeries scoreCurve(const disteval::ResultFile &result, int model, CurveKind kind,
                                  int curve);
    // Accuracy of the samples kept and their share (coverage), against the threshold.
    static QVector<CurveSeries> confidenceCurves(const disteval::ResultFile &result, int model);
    // Top-k accuracy, k = 1 .. min(classes, 10), with Wilson intervals at the run's
    // confidence.
    static CurveSeries topKCurve(const disteval::ResultFile &result, int model);
    // The reliability diagram's bins (accuracy against mean confidence), with the ECE.
    static CurveSeries reliabilityCurve(const disteval::ResultFile &result, int model);

    // Every curve of `kind` of one model, styled as the Curves tab draws them; `chosen`:
    // the ROC or precision-recall curves (classes, kMicroCurve, kMacroCurve) in order
    // (kMacroCurve is left out of precision-recall: there is no such curve).
    static QVector<CurveSeries> curves(const disteval::ResultFile &result, int model,
                                       CurveKind kind, const QVector<int> &chosen);
    // The same curves of models `a` and `b` overlaid: one colour per curve, A solid and B
    // dashed (the model-wide curves: A blue, B orange), legend entries led by "A" or "B",
    // tooltips naming the model by its label.
    static QVector<CurveSeries> overlay(const disteval::ResultFile &result, int a, int b,
                                        const QString &labelA, const QString &labelB,
                                        CurveKind kind, const QVector<int> &chosen);

    // The curves chosen at first: the micro and macro averages and every class up to
    // kAllClassesUpTo classes, else the kDefaultWorstClasses with the lowest AUROC.
    static QVector<int> defaultCurves(const disteval::ResultFile &result, int model);
    static QString curveName(const disteval::ResultFile &result, int curve);

    // The area under a ROC curve by trapezoids; NaN for an empty curve.
    static double rocArea(const std::vector<double> &fpr, const std::vector<double> &tpr);
    // sum (R_k - R_(k-1)) P_k over a precision-recall curve's points; NaN for none.
    static double averagePrecision(const std::vector<double> &recall,
                                   const std::vector<double> &precision);

    // The colour and width of the `position`-th curve chosen (averages: their own).
    static void style(CurveSeries &series, int position);

private:
    static QString areaText(const QString &metric, const disteval::MetricValue &value);
    static QString areaToolTip(const disteval::ResultFile &result,
                               const disteval::MetricValue &value);
};
