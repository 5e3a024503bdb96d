#include "export/headlessexport.h"

#include "common/resultformat.h"
#include "common/resultloader.h"
#include "common/tasktext.h"
#include "export/curvessection.h"
#include "export/plotexporter.h"
#include "export/resultexport.h"
#include "plots/calibrationplot.h"
#include "plots/confusionmatrixplot.h"
#include "plots/curvebuilder.h"
#include "plots/curveplot.h"
#include "plots/perclassplot.h"

#include <QDir>
#include <QTextStream>
#include <QWidget>

#include <optional>

namespace {
const QStringList &plotNames()
{
    static const QStringList names{QStringLiteral("confusion"),   QStringLiteral("per-class"),
                                   QStringLiteral("calibration"), QStringLiteral("roc"),
                                   QStringLiteral("pr"),          QStringLiteral("confidence"),
                                   QStringLiteral("top-k")};
    return names;
}

// The curve kind of a plot name, or nothing for the other plots.
std::optional<CurveKind> curveKind(const QString &plot)
{
    if (plot == QLatin1String("roc"))
        return CurveKind::Roc;
    if (plot == QLatin1String("pr"))
        return CurveKind::PrecisionRecall;
    if (plot == QLatin1String("confidence"))
        return CurveKind::Confidence;
    if (plot == QLatin1String("top-k"))
        return CurveKind::TopK;
    return std::nullopt;
}

bool hasPlot(const disteval::ResultFile &result, int model, const QString &plot)
{
    if (const std::optional<CurveKind> kind = curveKind(plot))
        return CurveBuilder::kindsOf(result.models[static_cast<size_t>(model)]).contains(*kind);
    if (plot == QLatin1String("confusion"))
        return TaskText::showsConfusion(result);
    if (plot == QLatin1String("per-class"))
        return TaskText::hasPerClass(result.task);
    return TaskText::hasCalibration(result.task);
}

// The plot `plot` of `model`, a child of `host`, and the size it is drawn at.
QCustomPlot *makePlot(const disteval::ResultFile &result, int index, const QString &plot,
                      QWidget *host, QSize *size)
{
    const disteval::ModelResult &model = result.models[static_cast<size_t>(index)];
    if (const std::optional<CurveKind> kind = curveKind(plot)) {
        // As in the report: the averages, and every class up to 10 classes.
        QVector<int> chosen{kMicroCurve, kMacroCurve};
        if (result.dataset.numClasses <= CurvesSection::kMaxClassCurves)
            for (int c = 0; c < result.dataset.numClasses; ++c)
                chosen << c;
        auto *curves = new CurvePlot(host);
        curves->setInteractive(false);
        curves->setKind(*kind, result.task == disteval::Task::DenseClassification);
        curves->setCurves(CurveBuilder::curves(result, index, *kind, chosen));
        *size = QSize(900, 620);
        return curves;
    }
    if (plot == QLatin1String("confusion")) {
        auto *cm = new ConfusionMatrixPlot(host);
        QStringList names;
        for (int i = 0; i < result.dataset.numClasses; ++i)
            names << ResultFormat::className(result, i);
        cm->setInteractive(false);
        cm->setMatrix(model.confusion, names);
        cm->setLogScale(names.size() > 30);
        *size = names.size() > 30 ? QSize(1000, 920) : QSize(760, 680);
        return cm;
    }
    if (plot == QLatin1String("per-class")) {
        auto *bars = new PerClassPlot(host);
        bars->setInteractive(false);
        bars->setTask(result.task);
        if (result.task == disteval::Task::DenseClassification)
            bars->setMetric(PerClassPlot::Metric::Iou);
        bars->setClasses(model.perClass);
        bars->setWindowSize(static_cast<int>(model.perClass.size()));
        bars->scrollTo(0);
        *size = QSize(qBound(700, static_cast<int>(model.perClass.size()) * 14, 4000), 440);
        return bars;
    }
    auto *calibration = new CalibrationPlot(host);
    calibration->setCalibration(model.calibration, model.metric("ece"),
                                model.metric("ece_debiased"));
    *size = QSize(720, 560);
    return calibration;
}
} // namespace

int HeadlessExport::run(const Request &request, QTextStream &out, QTextStream &err)
{
    const bool report = ResultExport::isReportFile(request.output);
    const bool plot = PlotExporter::isPlotFile(request.output);
    if (!report && !plot) {
        err << tr("disteval: cannot export to '%1': use a .pdf, .csv, .png or .svg file.")
                        .arg(request.output)
            << Qt::endl;
        return 2;
    }
    if (plot && !plotNames().contains(request.plot)) {
        err << tr("disteval: unknown plot '%1' (use %2).")
                        .arg(request.plot, plotNames().join(QStringLiteral(", ")))
            << Qt::endl;
        return 2;
    }
    QString error;
    const auto result = ResultLoader::load(request.resultPath, &error);
    if (!result) {
        err << QStringLiteral("disteval: ") << error << Qt::endl;
        return 1;
    }
    if (report) {
        QStringList written;
        if (!ResultExport::write(*result, request.resultPath, request.output, &written, &error,
                                 request.report)) {
            err << QStringLiteral("disteval: ") << error << Qt::endl;
            return 1;
        }
        for (const QString &file : written)
            out << tr("wrote %1").arg(QDir::toNativeSeparators(file)) << Qt::endl;
        return 0;
    }

    const int models = static_cast<int>(result->models.size());
    if (request.model < 1 || request.model > models) {
        err << tr("disteval: --model must be between 1 and %1.").arg(models) << Qt::endl;
        return 2;
    }
    if (!hasPlot(*result, request.model - 1, request.plot)) {
        err << (curveKind(request.plot) && TaskText::hasCurves(result->task)
                        ? tr("disteval: this result has no %1 curve: %2")
                                  .arg(request.plot, CurveBuilder::missingText(*result))
                        : tr("disteval: this result (%1) has no %2 plot.")
                                  .arg(TaskText::name(result->task), request.plot))
            << Qt::endl;
        return 2;
    }
    QWidget host;
    QSize size;
    QCustomPlot *target = makePlot(*result, request.model - 1, request.plot, &host, &size);
    if (!PlotExporter::save(target, request.output, request.dpi, size, &error)) {
        err << QStringLiteral("disteval: ") << error << Qt::endl;
        return 1;
    }
    out << tr("wrote %1").arg(QDir::toNativeSeparators(request.output)) << Qt::endl;
    return 0;
}
