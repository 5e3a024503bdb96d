#pragma once

#include "export/reportwriter.h"
#include "result/resultfile.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QCustomPlot;
class QLabel;
class QTabWidget;
class QToolBar;
class CalibrationView;
class ConfusionMatrixView;
class CurvesView;
class PerClassView;
class PerTargetView;
class RegressionView;
class ResultSummaryView;
class SamplesView;

// The Results tab: a result file (from a finished run, File > Open, drag and drop or
// the command line) in the views its task has — summary, confusion matrix, per-class
// (per-label) chart, per-target table (regression), calibration, curves (ROC,
// precision-recall, confidence threshold, top-k; every task but regression), and with per-sample
// records the samples (a click on a confusion cell lists its samples) and for regression
// predicted against true values — with a model chooser for
// multi-model results and the exports: the report (PDF or CSV), the current plot (PNG at a chosen
// resolution or SVG), and the current plot to the clipboard.
class ResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsView(QWidget *parent);

    // Reads `path`; on failure shows the reason, sets `error` and returns false.
    bool loadResult(const QString &path, QString *error = nullptr);
    void clear();

    std::shared_ptr<const disteval::ResultFile> result() const { return m_result; }
    QString resultPath() const { return m_path; }
    QString headerText() const;
    int modelIndex() const;
    void setModelIndex(int index);

    ResultSummaryView *summaryView() const { return m_summary; }
    ConfusionMatrixView *confusionView() const { return m_confusion; }
    PerClassView *perClassView() const { return m_perClass; }
    PerTargetView *perTargetView() const { return m_perTarget; }
    CalibrationView *calibrationView() const { return m_calibration; }
    CurvesView *curvesView() const { return m_curves; }
    SamplesView *samplesView() const { return m_samples; }
    RegressionView *regressionView() const { return m_regression; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *exportReportAction() const { return m_exportReport; }
    QAction *exportPlotAction() const { return m_exportPlot; }
    QAction *copyPlotAction() const { return m_copyPlot; }
    // The plot of the current tab, or nullptr on the summary.
    QCustomPlot *currentPlot() const;

    // The exports behind the dialogs; false with `error` set on failure.
    bool exportReport(const QString &path, QString *error, const ReportOptions &options = {});
    bool exportPlot(const QString &path, int dpi, QString *error);

Q_SIGNALS:
    // A sentence for the status bar after an export.
    void message(const QString &text);

private:
    void showModel();
    void showTabsOf(disteval::Task task);
    void updateActions();
    void exportReportDialog();
    void exportPlotDialog();
    void copyPlot();

    std::shared_ptr<const disteval::ResultFile> m_result;
    QString m_path;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_modelLabel = nullptr;
    QComboBox *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    ResultSummaryView *m_summary = nullptr;
    ConfusionMatrixView *m_confusion = nullptr;
    PerClassView *m_perClass = nullptr;
    PerTargetView *m_perTarget = nullptr;
    CalibrationView *m_calibration = nullptr;
    CurvesView *m_curves = nullptr;
    SamplesView *m_samples = nullptr;       // with per-sample records
    RegressionView *m_regression = nullptr; // regression with per-sample records
    QAction *m_exportReport = nullptr;
    QAction *m_exportPlot = nullptr;
    QAction *m_copyPlot = nullptr;
};
