#include "plots/curvebuilder.h"

#include "common/metricnames.h"
#include "common/resultformat.h"

#include "metrics/curves.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QVector<double> toQt(const std::vector<double> &v)
{
    return QVector<double>(v.begin(), v.end());
}

double share(int64_t part, int64_t whole)
{
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : kNaN;
}

const disteval::ModelResult &modelOf(const disteval::ResultFile &r, int model)
{
    return r.models[static_cast<size_t>(model)];
}

// The words for what the curves count: samples, or elements (pixels, tokens) of a dense
// result.
bool countsElements(const disteval::ResultFile &r)
{
    return r.task == disteval::Task::DenseClassification;
}
} // namespace

QVector<CurveKind> CurveBuilder::kindsOf(const disteval::ModelResult &model)
{
    QVector<CurveKind> kinds;
    if (model.curves.hasScores())
        kinds << CurveKind::Roc << CurveKind::PrecisionRecall;
    if (model.curves.hasConfidence())
        kinds << CurveKind::Confidence;
    if (!model.curves.rankHits.empty())
        kinds << CurveKind::TopK;
    return kinds;
}

QString CurveBuilder::missingText(const disteval::ResultFile &result)
{
    if (result.schemaVersion < 4)
        return tr("This result file holds no curves: it was written by an older "
                  "disteval-engine (result schema %1), before results kept what ROC, "
                  "precision-recall, confidence and top-k curves are drawn from. Evaluate the "
                  "checkpoints again with this version of the engine to see them.")
                .arg(result.schemaVersion);
    return tr("This model's result holds no curves: the run stored none (it does not with "
              "--auroc-bins 0, nor when classes × bins exceed what the engine keeps).");
}

QString CurveBuilder::kindName(CurveKind kind)
{
    switch (kind) {
    case CurveKind::Roc:
        return tr("ROC");
    case CurveKind::PrecisionRecall:
        return tr("Precision–recall");
    case CurveKind::Confidence:
        return tr("Confidence threshold");
    case CurveKind::TopK:
        return tr("Top-k accuracy");
    case CurveKind::Reliability:
        return tr("Reliability diagram");
    }
    return QString();
}

QString CurveBuilder::curveName(const disteval::ResultFile &result, int curve)
{
    if (curve == kMicroCurve)
        return tr("Micro average");
    if (curve == kMacroCurve)
        return tr("Macro average");
    return ResultFormat::className(result, curve);
}

QString CurveBuilder::areaText(const QString &metric, const disteval::MetricValue &value)
{
    if (std::isnan(value.value))
        return tr("%1 n/a").arg(metric);
    if (!value.ci.defined())
        return tr("%1 %2, interval n/a").arg(metric, ResultFormat::number(value.value, 3));
    return tr("%1 %2 %3")
            .arg(metric, ResultFormat::number(value.value, 3), ResultFormat::interval(value.ci, 3));
}

QString CurveBuilder::areaToolTip(const disteval::ResultFile &result,
                                  const disteval::MetricValue &value)
{
    if (value.ci.defined())
        return tr("%1% interval: %2")
                .arg(std::lround(result.statistics.confidence * 100))
                .arg(MetricNames::method(QString::fromStdString(value.method)));
    return ResultFormat::noInterval(value.ci, value.ciReason, result.dataset.classNames);
}

double CurveBuilder::rocArea(const std::vector<double> &fpr, const std::vector<double> &tpr)
{
    if (fpr.size() < 2 || tpr.size() != fpr.size())
        return kNaN;
    double area = 0;
    for (size_t i = 1; i < fpr.size(); ++i)
        area += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
    return area;
}

double CurveBuilder::averagePrecision(const std::vector<double> &recall,
                                      const std::vector<double> &precision)
{
    if (recall.size() < 2 || precision.size() != recall.size())
        return kNaN;
    double ap = 0;
    for (size_t i = 1; i < recall.size(); ++i)
        ap += (recall[i] - recall[i - 1]) * precision[i];
    return ap;
}

CurveSeries CurveBuilder::scoreCurve(const disteval::ResultFile &result, int model, CurveKind kind,
                                     int curve)
{
    const disteval::ModelResult &m = modelOf(result, model);
    const disteval::RocHistogram &h = m.curves.scores;
    const bool roc = kind == CurveKind::Roc;
    const QString metric = roc ? tr("AUROC") : tr("AP");
    CurveSeries s;
    s.curve = curve;
    s.name = curveName(result, curve);
    if (curve == kMacroCurve && !roc) {
        s.legend = tr("%1 · no precision–recall curve").arg(s.name);
        s.legendToolTip = tr("Precision at a given recall is not averaged over classes; the "
                             "mean of the classes' AP is given below the plot.");
        return s;
    }
    if (roc) {
        const disteval::RocCurve c
                = curve == kMacroCurve ? disteval::macroRocCurve(h) : disteval::rocCurve(h, curve);
        s.x = toQt(c.fpr);
        s.y = toQt(c.tpr);
        s.threshold = toQt(c.threshold);
        if (curve != kMacroCurve) {
            s.positives = c.positives;
            s.negatives = c.negatives;
        }
    } else {
        const disteval::PrecisionRecallCurve c = disteval::precisionRecallCurve(h, curve);
        s.x = toQt(c.recall);
        s.y = toQt(c.precision);
        s.threshold = toQt(c.threshold);
        s.positives = c.positives;
        s.negatives = c.negatives;
        s.steps = true;
        s.chance = share(c.positives, c.positives + c.negatives);
    }
    disteval::MetricValue area(kNaN, {kNaN, kNaN}, std::string());
    if (curve == kMicroCurve) {
        const std::vector<double> x(s.x.begin(), s.x.end()), y(s.y.begin(), s.y.end());
        area.value = roc ? rocArea(x, y) : averagePrecision(x, y);
        s.legend = tr("%1 · %2 %3").arg(s.name, metric, ResultFormat::number(area.value, 3));
        s.legendToolTip = roc ? tr("The area under the curve of every class's scores pooled "
                                   "(scikit-learn's micro average); the result gives no "
                                   "interval for it.")
                              : tr("The average precision of every class's scores pooled "
                                   "(scikit-learn's micro average); the result gives no "
                                   "interval for it.");
        return s;
    }
    if (curve == kMacroCurve) {
        if (const disteval::MetricValue *macro = m.metric("macro_auroc"))
            area = *macro;
    } else if (curve >= 0 && curve < static_cast<int>(m.perClass.size())) {
        const disteval::PerClassResult &pc = m.perClass[static_cast<size_t>(curve)];
        area = roc ? pc.auroc : pc.averagePrecision;
    }
    s.legend = tr("%1 · %2").arg(s.name, areaText(metric, area));
    s.legendToolTip = areaToolTip(result, area);
    if (s.x.isEmpty())
        s.legendToolTip = roc ? tr("No curve: the class needs positive and negative samples.")
                              : tr("No curve: the class has no positive sample.");
    return s;
}

QVector<CurveSeries> CurveBuilder::confidenceCurves(const disteval::ResultFile &result, int model)
{
    const disteval::ConfidenceCurve c = disteval::confidenceCurve(modelOf(result, model).curves);
    const bool elements = countsElements(result);
    CurveSeries accuracy, coverage;
    accuracy.legend
            = elements ? tr("Accuracy of the elements kept") : tr("Accuracy of the samples kept");
    accuracy.valueName = tr("Accuracy");
    coverage.legend = elements ? tr("Share of the elements kept (coverage)")
                               : tr("Share of the samples kept (coverage)");
    coverage.valueName = tr("Coverage");
    coverage.color = QColor(0xff, 0x7f, 0x0e);
    const int64_t total = c.retained.empty() ? 0 : c.retained.front();
    for (size_t i = 0; i < c.threshold.size(); ++i) {
        const QString note
                = (elements ? tr("%1 of %2 elements have a higher confidence; %3 of them right")
                            : tr("%1 of %2 samples have a higher confidence; %3 of them right"))
                          .arg(ResultFormat::count(c.retained[i]), ResultFormat::count(total),
                               ResultFormat::count(c.correct[i]));
        coverage.x << c.threshold[i];
        coverage.y << c.coverage[i];
        coverage.pointNotes << note;
        if (std::isnan(c.accuracy[i]))
            continue;
        accuracy.x << c.threshold[i];
        accuracy.y << c.accuracy[i];
        accuracy.pointNotes << note;
    }
    return {accuracy, coverage};
}

CurveSeries CurveBuilder::topKCurve(const disteval::ResultFile &result, int model)
{
    const disteval::TopKCurve c = disteval::topKCurve(modelOf(result, model).curves);
    const double confidence = result.statistics.confidence;
    CurveSeries s;
    s.legend = tr("Top-k accuracy with %1% Wilson intervals").arg(std::lround(confidence * 100));
    s.markers = true;
    for (size_t k = 0; k < c.hits.size(); ++k) {
        const disteval::Interval ci = disteval::wilsonInterval(c.hits[k], c.samples, confidence);
        s.x << static_cast<double>(k + 1);
        s.y << share(c.hits[k], c.samples);
        s.lower << ci.lower;
        s.upper << ci.upper;
        s.pointNotes << tr("%1 of %2 samples")
                                .arg(ResultFormat::count(c.hits[k]),
                                     ResultFormat::count(c.samples));
    }
    return s;
}

CurveSeries CurveBuilder::reliabilityCurve(const disteval::ResultFile &result, int model)
{
    const disteval::ModelResult &m = modelOf(result, model);
    const bool elements = countsElements(result);
    CurveSeries s;
    s.markers = true;
    const disteval::MetricValue *ece = m.metric("ece");
    s.legend = ece ? tr("ECE %1").arg(ResultFormat::valueWithInterval(*ece, 3))
                   : tr("ECE %1").arg(ResultFormat::notAvailable());
    for (const disteval::ReliabilityBin &bin : m.calibration) {
        if (bin.count == 0 || std::isnan(bin.accuracy))
            continue;
        s.x << bin.meanConfidence;
        s.y << bin.accuracy;
        s.pointNotes << (elements ? tr("Confidence (%1, %2]: %3 elements")
                                  : tr("Confidence (%1, %2]: %3 samples"))
                                .arg(ResultFormat::number(bin.lower, 3),
                                     ResultFormat::number(bin.upper, 3),
                                     ResultFormat::count(bin.count));
    }
    return s;
}

QVector<CurveSeries> CurveBuilder::curves(const disteval::ResultFile &result, int model,
                                          CurveKind kind, const QVector<int> &chosen)
{
    QVector<CurveSeries> series;
    switch (kind) {
    case CurveKind::Roc:
    case CurveKind::PrecisionRecall: {
        int position = 0;
        for (int curve : chosen) {
            if (curve == kMacroCurve && kind == CurveKind::PrecisionRecall)
                continue; // there is none (the caption or note says so)
            CurveSeries s = scoreCurve(result, model, kind, curve);
            style(s, curve >= 0 ? position++ : 0);
            series << s;
        }
        break;
    }
    case CurveKind::Confidence:
        series = confidenceCurves(result, model);
        break;
    case CurveKind::TopK:
        series << topKCurve(result, model);
        break;
    case CurveKind::Reliability:
        series << reliabilityCurve(result, model);
        break;
    }
    return series;
}

QVector<CurveSeries> CurveBuilder::overlay(const disteval::ResultFile &result, int a, int b,
                                           const QString &labelA, const QString &labelB,
                                           CurveKind kind, const QVector<int> &chosen)
{
    const QColor colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e)};
    const bool perClass = kind == CurveKind::Roc || kind == CurveKind::PrecisionRecall;
    QVector<CurveSeries> both[2];
    for (int side = 0; side < 2; ++side) {
        const QString letter = side == 0 ? tr("A") : tr("B");
        const QString label = side == 0 ? labelA : labelB;
        both[side] = curves(result, side == 0 ? a : b, kind, chosen);
        for (int i = 0; i < both[side].size(); ++i) {
            CurveSeries &s = both[side][i];
            s.legend = tr("%1 · %2").arg(letter, s.legend);
            s.name = s.name.isEmpty() ? tr("%1: %2").arg(letter, label)
                                      : tr("%1 — %2: %3").arg(s.name, letter, label);
            if (!perClass) {
                // Accuracy solid, coverage dashed; A blue, B orange.
                s.color = colours[side];
                s.penStyle = i == 0 ? Qt::SolidLine : Qt::DashLine;
            } else {
                // A solid, B dashed; the averages told apart by colour alone.
                s.penStyle = side == 0 ? Qt::SolidLine : Qt::DashLine;
            }
            if (kind == CurveKind::TopK) // side by side, so that the error bars stay apart
                for (double &k : s.x)
                    k += side == 0 ? -0.08 : 0.08;
        }
    }
    // A curve's two models next to each other in the legend.
    QVector<CurveSeries> out;
    for (int i = 0; i < std::max(both[0].size(), both[1].size()); ++i)
        for (const QVector<CurveSeries> &side : both)
            if (i < side.size())
                out << side[i];
    return out;
}

QVector<int> CurveBuilder::defaultCurves(const disteval::ResultFile &result, int model)
{
    QVector<int> curves{kMicroCurve, kMacroCurve};
    const int classes = result.dataset.numClasses;
    if (classes <= kAllClassesUpTo) {
        for (int c = 0; c < classes; ++c)
            curves << c;
        return curves;
    }
    const disteval::ModelResult &m = modelOf(result, model);
    std::vector<int> order;
    for (const disteval::PerClassResult &pc : m.perClass)
        if (!std::isnan(pc.auroc.value))
            order.push_back(pc.index);
    const size_t worst = std::min(order.size(), static_cast<size_t>(kDefaultWorstClasses));
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(worst),
                      order.end(), [&](int a, int b) {
                          const double va = m.perClass[static_cast<size_t>(a)].auroc.value;
                          const double vb = m.perClass[static_cast<size_t>(b)].auroc.value;
                          return va != vb ? va < vb : a < b;
                      });
    std::sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(worst));
    for (size_t i = 0; i < worst; ++i)
        curves << order[i];
    return curves;
}

void CurveBuilder::style(CurveSeries &series, int position)
{
    // Matplotlib's "tab10" without its grey (the averages and reference lines are grey and
    // black), then three darker ones, so that ten classes have ten colours.
    static const QColor palette[]
            = {{0x1f, 0x77, 0xb4}, {0xff, 0x7f, 0x0e}, {0x2c, 0xa0, 0x2c}, {0xd6, 0x27, 0x28},
               {0x94, 0x67, 0xbd}, {0x8c, 0x56, 0x4b}, {0xe3, 0x77, 0xc2}, {0xbc, 0xbd, 0x22},
               {0x17, 0xbe, 0xcf}, {0x39, 0x3b, 0x79}, {0x63, 0x79, 0x39}, {0xad, 0x49, 0x4a}};
    if (series.curve == kMicroCurve) {
        series.color = QColor(0x10, 0x10, 0x10);
        series.width = 2.4;
    } else if (series.curve == kMacroCurve) {
        series.color = QColor(0x60, 0x60, 0x60);
        series.width = 2.4;
        series.penStyle = Qt::DashDotLine;
    } else {
        series.color = palette[position % static_cast<int>(std::size(palette))];
        series.width = 1.6;
    }
}
