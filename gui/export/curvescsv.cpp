#include "export/curvescsv.h"

#include "common/curvekind.h"
#include "common/resultformat.h"
#include "export/csvexporter.h"
#include "plots/curvebuilder.h"

#include "metrics/curves.h"

#include <cmath>

namespace {
// A threshold: +inf (the first point of a ROC or PR curve) as "inf", which pandas reads.
QString threshold(double t)
{
    return std::isinf(t) && t > 0 ? QStringLiteral("inf") : CsvExporter::number(t);
}

struct Rows
{
    const disteval::ResultFile &result;
    QStringList model; // model, checkpoint
    QString *out;

    void add(const QString &kind, int curve, const QString &cut, double x, double y) const
    {
        QStringList fields = model;
        fields << kind;
        if (curve >= 0)
            fields << QStringLiteral("class") << QString::number(curve)
                   << ResultFormat::className(result, curve);
        else
            fields << (curve == kMicroCurve   ? QStringLiteral("micro")
                       : curve == kMacroCurve ? QStringLiteral("macro")
                                              : QStringLiteral("model"))
                   << QString() << QString();
        fields << cut << CsvExporter::number(x) << CsvExporter::number(y);
        *out += CsvExporter::line(fields);
    }
};

constexpr int kModelCurve = -3; // confidence and top-k: of the whole model

void scoreRows(const Rows &rows, const disteval::RocHistogram &h)
{
    const QString roc = QStringLiteral("roc"), pr = QStringLiteral("pr");
    for (int curve = kMicroCurve; curve < h.numClasses; ++curve) {
        const disteval::RocCurve c = disteval::rocCurve(h, curve);
        for (size_t i = 0; i < c.fpr.size(); ++i)
            rows.add(roc, curve, threshold(c.threshold[i]), c.fpr[i], c.tpr[i]);
        if (curve != kMicroCurve)
            continue;
        const disteval::RocCurve macro = disteval::macroRocCurve(h);
        for (size_t i = 0; i < macro.fpr.size(); ++i)
            rows.add(roc, kMacroCurve, QString(), macro.fpr[i], macro.tpr[i]);
    }
    for (int curve = kMicroCurve; curve < h.numClasses; ++curve) {
        const disteval::PrecisionRecallCurve c = disteval::precisionRecallCurve(h, curve);
        for (size_t i = 0; i < c.recall.size(); ++i)
            rows.add(pr, curve, threshold(c.threshold[i]), c.recall[i], c.precision[i]);
    }
}
} // namespace

QString CurvesCsv::fileSuffix()
{
    return QStringLiteral("-curves.csv");
}

bool CurvesCsv::applies(const disteval::ResultFile &result)
{
    for (const disteval::ModelResult &m : result.models)
        if (!CurveBuilder::kindsOf(m).isEmpty())
            return true;
    return false;
}

QString CurvesCsv::csv(const disteval::ResultFile &result)
{
    QString out = CsvExporter::line(
            {QStringLiteral("model"), QStringLiteral("checkpoint"), QStringLiteral("kind"),
             QStringLiteral("curve"), QStringLiteral("class_index"), QStringLiteral("class"),
             QStringLiteral("threshold"), QStringLiteral("x"), QStringLiteral("y")});
    for (size_t m = 0; m < result.models.size(); ++m) {
        const disteval::ModelResult &model = result.models[m];
        const Rows rows{result, {QString::number(m + 1), QString::fromStdString(model.path)}, &out};
        if (model.curves.hasScores())
            scoreRows(rows, model.curves.scores);
        const disteval::ConfidenceCurve confidence = disteval::confidenceCurve(model.curves);
        for (size_t i = 0; i < confidence.threshold.size(); ++i)
            rows.add(QStringLiteral("confidence"), kModelCurve,
                     CsvExporter::number(confidence.threshold[i]), confidence.coverage[i],
                     confidence.accuracy[i]);
        const disteval::TopKCurve topK = disteval::topKCurve(model.curves);
        for (size_t k = 0; k < topK.hits.size(); ++k)
            rows.add(QStringLiteral("top_k"), kModelCurve, QString(), static_cast<double>(k + 1),
                     topK.samples > 0
                             ? static_cast<double>(topK.hits[k]) / static_cast<double>(topK.samples)
                             : std::nan(""));
    }
    return out;
}
