#include "export/modelsection.h"

#include "common/metricnames.h"
#include "common/resultformat.h"
#include "common/tasktext.h"
#include "export/curvessection.h"
#include "export/pdfdocument.h"
#include "models/intervalnotes.h"
#include "models/perclasstablemodel.h"
#include "models/pertargettablemodel.h"
#include "plots/calibrationplot.h"
#include "plots/confusionmatrixplot.h"
#include "plots/perclassplot.h"

#include <QWidget>

#include <algorithm>
#include <cmath>

namespace {
const QColor kText(0x30, 0x30, 0x30);

// The method of the per-class intervals of the chart's metric, translated (the first
// class's that has one).
QString chartMethod(const disteval::ModelResult &model, const PerClassPlot &plot)
{
    for (const disteval::PerClassResult &c : model.perClass)
        if (!plot.metricOf(c).method.empty())
            return MetricNames::method(QString::fromStdString(plot.metricOf(c).method));
    return MetricNames::method(QString());
}
} // namespace

ModelSection::ModelSection(std::shared_ptr<const disteval::ResultFile> result, int model,
                           QWidget *host)
    : m_result(std::move(result))
    , m_model(model)
{
    const disteval::ResultFile &r = *m_result;
    const disteval::ModelResult &mr = this->model();
    QStringList names;
    for (int i = 0; i < r.dataset.numClasses; ++i)
        names << ResultFormat::className(r, i);
    if (TaskText::showsConfusion(r)) {
        m_confusion = new ConfusionMatrixPlot(host);
        m_confusion->setInteractive(false);
        m_confusion->setFont(PdfDocument::font(8));
        for (QCPAxis *axis : {m_confusion->xAxis, m_confusion->yAxis}) {
            axis->setTickLabelFont(PdfDocument::font(names.size() > 30 ? 6.5 : 7.5));
            axis->setLabelFont(PdfDocument::font(8.5));
        }
        m_confusion->setMatrix(mr.confusion, names);
        m_confusion->setLogScale(names.size() > 30);
    }
    if (TaskText::hasPerClass(r.task) && !mr.perClass.empty()) {
        m_perClass = new PerClassPlot(host);
        m_perClass->setInteractive(false);
        m_perClass->xAxis->setTickLabelRotation(-90);
        m_perClass->xAxis->setTickLabelFont(PdfDocument::font(7));
        m_perClass->yAxis->setTickLabelFont(PdfDocument::font(7.5));
        m_perClass->setTask(r.task);
        m_perClass->setMetric(r.task == disteval::Task::DenseClassification
                                      ? PerClassPlot::Metric::Iou
                                      : PerClassPlot::Metric::F1);
        m_perClass->setClasses(mr.perClass);
        m_perClassIsSubset = static_cast<int>(mr.perClass.size()) > kMaxChartClasses;
        if (m_perClassIsSubset) {
            m_perClass->setSubset(PerClassPlot::Subset::Worst, kMaxChartClasses);
            m_perClass->setSort(PerClassPlot::SortKey::Value, false);
        }
        m_perClass->setWindowSize(kMaxChartClasses);
        m_perClass->scrollTo(0);
    }
    if (TaskText::hasCalibration(r.task) && !mr.calibration.empty()) {
        m_calibration = new CalibrationPlot(host);
        m_calibration->setCalibration(mr.calibration, mr.metric("ece"), mr.metric("ece_debiased"));
    }
    m_curves = std::make_unique<CurvesSection>(m_result, m_model, host);
}

ModelSection::~ModelSection() = default;

const disteval::ModelResult &ModelSection::model() const
{
    return m_result->models[static_cast<size_t>(m_model)];
}

int ModelSection::percent() const
{
    return static_cast<int>(std::lround(m_result->statistics.confidence * 100));
}

void ModelSection::draw(PdfDocument &doc) const
{
    const disteval::ResultFile &result = *m_result;
    const disteval::ModelResult &mr = model();
    doc.newPage();
    doc.heading(tr("Model %1 of %2: %3")
                        .arg(m_model + 1)
                        .arg(result.models.size())
                        .arg(ResultFormat::modelName(mr)),
                15, 40);
    QString about = tr("Checkpoint: %1\nSHA-256: %2\nEvaluated samples: %3")
                            .arg(QString::fromStdString(mr.path), QString::fromStdString(mr.sha256),
                                 ResultFormat::count(mr.evaluatedSamples));
    const QString elements = TaskText::elementsLine(result, mr);
    if (!elements.isEmpty())
        about += QLatin1Char('\n') + elements;
    doc.text(about, PdfDocument::font(8), kText);
    if (m_confusion)
        drawConfusion(doc);
    if (m_perClass)
        drawPerClass(doc);
    if (TaskText::hasPerTarget(result.task))
        drawPerTarget(doc);
    if (m_calibration)
        drawCalibration(doc);
    m_curves->draw(doc);
}

void ModelSection::drawConfusion(PdfDocument &doc) const
{
    // As large as the rest of the page allows (within limits), else on a new page.
    constexpr double kFigureExtra = 70; // heading, caption and spacing
    double matrixHeight = std::min(doc.width() * 0.92, 600.0);
    if (doc.remaining() - kFigureExtra >= 420)
        matrixHeight = std::min(matrixHeight, doc.remaining() - kFigureExtra);
    doc.heading(tr("Confusion matrix"), 12, matrixHeight + 40);
    const bool dense = m_result->task == disteval::Task::DenseClassification;
    QString caption = m_confusion->logScale()
                              ? tr("Counts of (true class, predicted class) on a logarithmic "
                                   "colour scale; white cells are zero. Rows: true class; "
                                   "columns: predicted class.")
                              : tr("Counts of (true class, predicted class). Rows: true class; "
                                   "columns: predicted class.");
    if (dense)
        caption += QLatin1Char(' ') + tr("Each evaluated element (pixel, token) is one count.");
    doc.plot(m_confusion, matrixHeight, caption);
}

void ModelSection::drawPerClass(PdfDocument &doc) const
{
    const disteval::ModelResult &mr = model();
    const disteval::Task task = m_result->task;
    const bool labels = task == disteval::Task::MultiLabel;
    const QString metric = m_perClass->metricName();
    doc.heading(labels ? tr("Per-label %1").arg(metric) : tr("Per-class %1").arg(metric), 12,
                300 + 40);
    const QString method = chartMethod(mr, *m_perClass);
    const int shown = static_cast<int>(m_perClass->displayedClasses().size());
    QString caption;
    if (m_perClassIsSubset)
        caption = (labels ? tr("The %1 labels with the lowest %2 of %3, with their %4% "
                               "intervals (%5); no error bar where a label has no interval. "
                               "Every label is in the table below.")
                          : tr("The %1 classes with the lowest %2 of %3, with their %4% "
                               "intervals (%5); no error bar where a class has no interval. "
                               "Every class is in the table below."))
                          .arg(shown)
                          .arg(metric)
                          .arg(mr.perClass.size())
                          .arg(percent())
                          .arg(method);
    else
        caption = (labels ? tr("%1 of each label with its %2% interval (%3); no error bar where "
                               "a label has no interval.")
                          : tr("%1 of each class with its %2% interval (%3); no error bar where "
                               "a class has no interval."))
                          .arg(metric)
                          .arg(percent())
                          .arg(method);
    doc.plot(m_perClass, 300, caption);

    doc.heading(labels ? tr("Per-label metrics") : tr("Per-class metrics"), 12, 80);
    PerClassTableModel perClass;
    perClass.setModel(m_result, m_model);
    perClass.setDecimals(3);
    QVector<int> columns;
    for (int column = 0; column < PerClassTableModel::ColumnCount; ++column)
        // Print leaves out the predicted count.
        if (PerClassTableModel::applies(task, column)
            && column != PerClassTableModel::PredictedColumn)
            columns << column;
    doc.table(perClass, 7, columns);
    doc.notes(IntervalNotes::of(perClass, PerClassTableModel::ClassColumn));
}

void ModelSection::drawPerTarget(PdfDocument &doc) const
{
    doc.heading(tr("Per-target metrics"), 12, 80);
    PerTargetTableModel perTarget;
    perTarget.setModel(m_result, m_model);
    perTarget.setDecimals(3);
    doc.table(perTarget, 7);
    doc.notes(IntervalNotes::of(perTarget, PerTargetTableModel::TargetColumn));
    doc.text(tr("e = prediction − target; the results' metrics are the uniform average over "
                "the targets. Intervals at %1% confidence.")
                     .arg(percent()),
             PdfDocument::font(8.5), QColor(0x40, 0x40, 0x40));
}

void ModelSection::drawCalibration(PdfDocument &doc) const
{
    doc.heading(tr("Calibration"), 12, 360 + 40);
    QString calibration = m_result->task == disteval::Task::DenseClassification
                                  ? tr("Reliability diagram: accuracy and mean confidence in 15 "
                                       "equal-width confidence bins of the evaluated elements; "
                                       "below, the elements per bin.")
                                  : tr("Reliability diagram: accuracy and mean confidence in 15 "
                                       "equal-width confidence bins; below, the samples per "
                                       "bin.");
    const disteval::MetricValue *ece = model().metric("ece");
    if (ece && ece->method == "bound")
        calibration += QLatin1Char(' ') + MetricNames::eceIntervalNote();
    doc.plot(m_calibration, 360, calibration);
}
