#include "export/headlessexport.h"

#include "common/resultformat.h"
#include "common/resultloader.h"
#include "common/tasktext.h"
#include "export/plotexporter.h"
#include "export/resultexport.h"
#include "plots/calibrationplot.h"
#include "plots/confusionmatrixplot.h"
#include "plots/perclassplot.h"

#include <QDir>
#include <QTextStream>
#include <QWidget>

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
    const QStringList plots{QStringLiteral("confusion"), QStringLiteral("per-class"),
                            QStringLiteral("calibration")};
    if (plot && !plots.contains(request.plot)) {
        err << tr("disteval: unknown plot '%1' (use confusion, per-class or calibration).")
                        .arg(request.plot)
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
    const bool exists
            = request.plot == QLatin1String("confusion")   ? TaskText::showsConfusion(*result)
              : request.plot == QLatin1String("per-class") ? TaskText::hasPerClass(result->task)
                                                           : TaskText::hasCalibration(result->task);
    if (!exists) {
        err << tr("disteval: this result (%1) has no %2 plot.")
                        .arg(TaskText::name(result->task), request.plot)
            << Qt::endl;
        return 2;
    }
    const disteval::ModelResult &model = result->models[request.model - 1];
    QWidget host;
    QCustomPlot *target = nullptr;
    QSize size;
    if (request.plot == QLatin1String("confusion")) {
        auto *cm = new ConfusionMatrixPlot(&host);
        QStringList names;
        for (int i = 0; i < result->dataset.numClasses; ++i)
            names << ResultFormat::className(*result, i);
        cm->setInteractive(false);
        cm->setMatrix(model.confusion, names);
        cm->setLogScale(names.size() > 30);
        target = cm;
        size = names.size() > 30 ? QSize(1000, 920) : QSize(760, 680);
    } else if (request.plot == QLatin1String("per-class")) {
        auto *bars = new PerClassPlot(&host);
        bars->setInteractive(false);
        bars->setTask(result->task);
        if (result->task == disteval::Task::DenseClassification)
            bars->setMetric(PerClassPlot::Metric::Iou);
        bars->setClasses(model.perClass);
        bars->setWindowSize(static_cast<int>(model.perClass.size()));
        bars->scrollTo(0);
        target = bars;
        size = QSize(qBound(700, static_cast<int>(model.perClass.size()) * 14, 4000), 440);
    } else {
        auto *calibration = new CalibrationPlot(&host);
        calibration->setCalibration(model.calibration, model.metric("ece"),
                                    model.metric("ece_debiased"));
        target = calibration;
        size = QSize(720, 560);
    }
    if (!PlotExporter::save(target, request.output, request.dpi, size, &error)) {
        err << QStringLiteral("disteval: ") << error << Qt::endl;
        return 1;
    }
    out << tr("wrote %1").arg(QDir::toNativeSeparators(request.output)) << Qt::endl;
    return 0;
}
