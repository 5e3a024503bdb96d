#include "results/resultsview.h"

#include "common/resultformat.h"
#include "common/resultloader.h"
#include "common/tasktext.h"
#include "export/exportdialogs.h"
#include "export/plotexporter.h"
#include "export/resultexport.h"
#include "plots/calibrationplot.h"
#include "plots/confusionmatrixplot.h"
#include "plots/curveplot.h"
#include "plots/perclassplot.h"
#include "results/calibrationview.h"
#include "results/confusionmatrixview.h"
#include "results/curvesview.h"
#include "results/perclassview.h"
#include "results/pertargetview.h"
#include "results/resultsummaryview.h"
#include "samples/regressionview.h"
#include "samples/samplesview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
{
    m_toolBar = new QToolBar(tr("Results"), this);
    m_toolBar->setObjectName(QStringLiteral("resultsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_modelLabel = new QLabel(tr("Model:"), m_toolBar);
    m_model = new QComboBox(m_toolBar);
    m_model->setObjectName(QStringLiteral("modelChooser"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_exportReport = new QAction(tr("Export &Report..."), this);
    m_exportReport->setObjectName(QStringLiteral("exportReportAction"));
    m_exportReport->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_exportReport->setToolTip(tr("Save the whole result as a PDF report or as CSV tables"));
    m_exportPlot = new QAction(tr("Export &Plot..."), this);
    m_exportPlot->setObjectName(QStringLiteral("exportPlotAction"));
    m_exportPlot->setToolTip(tr("Save the plot shown as PNG or SVG"));
    m_copyPlot = new QAction(tr("&Copy Plot"), this);
    m_copyPlot->setObjectName(QStringLiteral("copyPlotAction"));
    m_copyPlot->setToolTip(tr("Copy the plot shown to the clipboard as an image"));
    m_toolBar->addAction(m_exportReport);
    m_toolBar->addAction(m_exportPlot);
    m_toolBar->addAction(m_copyPlot);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_modelLabel);
    m_toolBar->addWidget(m_model);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setDocumentMode(true);
    m_summary = new ResultSummaryView(m_tabs);
    m_confusion = new ConfusionMatrixView(m_tabs);
    m_perClass = new PerClassView(m_tabs);
    m_perTarget = new PerTargetView(m_tabs);
    m_calibration = new CalibrationView(m_tabs);
    m_curves = new CurvesView(m_tabs);
    m_samples = new SamplesView(m_tabs);
    m_regression = new RegressionView(m_tabs);
    m_tabs->addTab(m_summary, tr("Summary"));
    m_tabs->addTab(m_confusion, tr("Confusion Matrix"));
    m_tabs->addTab(m_perClass, tr("Per Class"));
    m_tabs->addTab(m_perTarget, tr("Per Target"));
    m_tabs->addTab(m_calibration, tr("Calibration"));
    m_tabs->addTab(m_curves, tr("Curves"));
    m_tabs->addTab(m_regression, tr("Predicted vs True"));
    m_tabs->addTab(m_samples, tr("Samples"));
    connect(m_confusion, &ConfusionMatrixView::cellsChosen, this,
            [this](int trueFirst, int trueLast, int predictedFirst, int predictedLast) {
                if (!m_samples->hasRecords())
                    return;
                m_samples->setCells(trueFirst, trueLast, predictedFirst, predictedLast);
                m_tabs->setCurrentWidget(m_samples);
            });
    showTabsOf(disteval::Task::Classification);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tabs, 1);

    connect(m_model, &QComboBox::currentIndexChanged, this, &ResultsView::showModel);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ResultsView::updateActions);
    connect(m_exportReport, &QAction::triggered, this, &ResultsView::exportReportDialog);
    connect(m_exportPlot, &QAction::triggered, this, &ResultsView::exportPlotDialog);
    connect(m_copyPlot, &QAction::triggered, this, &ResultsView::copyPlot);
    updateActions();
}

QString ResultsView::headerText() const
{
    return m_summary->headerText();
}

int ResultsView::modelIndex() const
{
    return m_model->currentIndex();
}

void ResultsView::setModelIndex(int index)
{
    m_model->setCurrentIndex(index);
}

bool ResultsView::loadResult(const QString &path, QString *error)
{
    QString message;
    std::shared_ptr<const disteval::ResultFile> result = ResultLoader::load(path, &message);
    if (!result) {
        clear();
        m_summary->showError(message);
        if (error)
            *error = message;
        return false;
    }
    m_result = std::move(result);
    m_path = path;
    m_summary->setResult(m_result, path);
    m_samples->setResult(m_result, path);
    m_regression->setRecords(m_result, m_samples->records());
    {
        const QSignalBlocker blocker(m_model);
        m_model->clear();
        for (size_t m = 0; m < m_result->models.size(); ++m)
            m_model->addItem(
                    tr("%1: %2").arg(m + 1).arg(ResultFormat::modelName(m_result->models[m])));
        m_model->setCurrentIndex(m_result->models.empty() ? -1 : 0);
    }
    showTabsOf(m_result->task);
    const bool several = m_result->models.size() > 1;
    for (QAction *action : m_toolBar->actions())
        if (m_toolBar->widgetForAction(action) == m_model
            || m_toolBar->widgetForAction(action) == m_modelLabel)
            action->setVisible(several);
    showModel();
    return true;
}

void ResultsView::clear()
{
    m_result.reset();
    m_path.clear();
    {
        const QSignalBlocker blocker(m_model);
        m_model->clear();
    }
    m_summary->setResult(nullptr, QString());
    m_samples->setResult(nullptr, QString());
    m_regression->setRecords(nullptr, nullptr);
    showTabsOf(disteval::Task::Classification);
    showModel();
}

// The views a task has (TaskText): multi-label has no confusion matrix and no
// reliability diagram, regression per-target metrics instead of per-class ones.
void ResultsView::showTabsOf(disteval::Task task)
{
    m_tabs->setTabVisible(m_tabs->indexOf(m_confusion), TaskText::hasConfusionMatrix(task));
    m_tabs->setTabVisible(m_tabs->indexOf(m_perClass), TaskText::hasPerClass(task));
    m_tabs->setTabVisible(m_tabs->indexOf(m_perTarget), TaskText::hasPerTarget(task));
    m_tabs->setTabVisible(m_tabs->indexOf(m_calibration), TaskText::hasCalibration(task));
    m_tabs->setTabVisible(m_tabs->indexOf(m_curves), TaskText::hasCurves(task));
    m_tabs->setTabVisible(m_tabs->indexOf(m_samples), m_samples->hasRecords());
    m_tabs->setTabVisible(m_tabs->indexOf(m_regression),
                          m_samples->hasRecords() && task == disteval::Task::Regression);
    m_tabs->setTabText(m_tabs->indexOf(m_perClass),
                       task == disteval::Task::MultiLabel ? tr("Per Label") : tr("Per Class"));
    if (!m_tabs->isTabVisible(m_tabs->currentIndex()))
        m_tabs->setCurrentWidget(m_summary);
}

void ResultsView::showModel()
{
    const int index = m_model->currentIndex();
    m_confusion->setModel(m_result, index);
    m_perClass->setModel(m_result, index);
    m_perTarget->setModel(m_result, index);
    m_calibration->setModel(m_result, index);
    m_curves->setModel(m_result, index);
    if (index >= 0) {
        m_samples->setModelIndex(index);
        m_regression->setModelIndex(index);
    }
    updateActions();
}

QCustomPlot *ResultsView::currentPlot() const
{
    QWidget *current = m_tabs->currentWidget();
    if (current == m_confusion)
        return m_confusion->plot();
    if (current == m_regression)
        return m_regression->scatterPlot();
    if (current == m_perClass)
        return m_perClass->plot();
    if (current == m_calibration)
        return m_calibration->plot();
    if (current == m_curves)
        return m_curves->plot();
    return nullptr;
}

void ResultsView::updateActions()
{
    const bool loaded = m_result != nullptr;
    m_exportReport->setEnabled(loaded);
    m_exportPlot->setEnabled(loaded && currentPlot());
    m_copyPlot->setEnabled(loaded && currentPlot());
}

bool ResultsView::exportReport(const QString &path, QString *error, const ReportOptions &options)
{
    if (!m_result) {
        if (error)
            *error = tr("No result is open.");
        return false;
    }
    return ResultExport::write(*m_result, m_path, path, nullptr, error, options);
}

bool ResultsView::exportPlot(const QString &path, int dpi, QString *error)
{
    QCustomPlot *plot = currentPlot();
    if (!m_result || !plot) {
        if (error)
            *error = tr("Choose a plot tab first.");
        return false;
    }
    return PlotExporter::save(plot, path, dpi, plot->size(), error);
}

void ResultsView::exportReportDialog()
{
    if (!m_result)
        return;
    const QString path = ExportDialogs::askSavePath(this, ExportDialogs::Kind::Report,
                                                    QFileInfo(m_path).completeBaseName());
    if (path.isEmpty()
        || !ExportDialogs::confirmOverwrite(this, ResultExport::targets(path, *m_result)))
        return;
    ReportOptions options;
    if (QFileInfo(path).suffix().toLower() == QLatin1String("pdf")
        && !ExportDialogs::askReportOptions(this, !m_result->samplesFile.empty(), &options))
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor); // the engine may render thumbnails
    const bool ok = exportReport(path, &error, options);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Export Report"), error);
        return;
    }
    Q_EMIT message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void ResultsView::exportPlotDialog()
{
    QCustomPlot *plot = currentPlot();
    if (!m_result || !plot)
        return;
    const QString name = QFileInfo(m_path).completeBaseName() + QLatin1Char('-')
                         + plot->objectName().remove(QStringLiteral("Plot"));
    const QString path = ExportDialogs::askSavePath(this, ExportDialogs::Kind::Plot, name);
    if (path.isEmpty())
        return;
    int dpi = PlotExporter::kDefaultDpi;
    if (QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0) {
        dpi = ExportDialogs::askDpi(this);
        if (dpi == 0)
            return;
    }
    if (!ExportDialogs::confirmOverwrite(this, {path}))
        return;
    QString error;
    if (!exportPlot(path, dpi, &error)) {
        QMessageBox::warning(this, tr("Export Plot"), error);
        return;
    }
    Q_EMIT message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void ResultsView::copyPlot()
{
    if (QCustomPlot *plot = currentPlot()) {
        PlotExporter::copyToClipboard(plot);
        Q_EMIT message(tr("The plot was copied to the clipboard."));
    }
}
