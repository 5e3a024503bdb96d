#pragma once

#include "compare/historycomparison.h"

#include "result/resultfile.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

#include <memory>

class CompareCurvesView;
class ComparisonTableModel;
class ConfusionDifferencePlot;
class ConfusionMatrixPlot;
class DeltaF1Plot;
class SamplesView;
class DeltaF1TableModel;
class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QToolBar;

// The Compare tab: two checkpoints side by side.
//  - paired (a run with several models, or two history runs with per-sample
//    predictions): the metrics of A and B, the difference B − A with its paired bootstrap
//    interval, McNemar's exact and mid-p p-values and a significance marker at the run's
//    confidence level (ComparisonTableModel); the per-class ΔF1 chart sorted by effect
//    with its table; the two confusion matrices side by side; their difference; the
//    models' curves overlaid (CompareCurvesView);
//  - unpaired (two runs without both sidecars): an explicit warning, each model's own
//    values and intervals, no paired test, no ΔF1 chart;
//  - refused (different data) or unreadable: the reason, and no table at all.
// With three or more models the user picks the pair. The metrics are those the result's
// task compares; McNemar's test and the per-class ΔF1 only where the comparison has them
// (classification), the matrices only where the task has them.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent);
    // The table models point into the result: they are emptied before it goes (the
    // views, deleted after the members, may still ask them for data).
    ~CompareView() override;

    // A result's own comparisons (paired). `labels` name the models (default: the
    // checkpoint file names). False (and the view says why) when the result has none.
    // With `resultPath`, the result's per-sample records (when it has them) give the
    // Discordant Samples tab: McNemar's two groups of the pair shown.
    bool setResult(std::shared_ptr<const disteval::ResultFile> result, const QString &title,
                   const QStringList &labels = {}, const QString &resultPath = {});
    // Two runs that cannot be paired: the models of run A come first (`modelsOfA`).
    void setUnpaired(std::shared_ptr<const disteval::ResultFile> result, int modelsOfA,
                     const QString &title, const QString &warning, const QStringList &labels = {});
    // Two runs that must not be compared: shows `reason` and nothing else.
    void setRefused(const QString &title, const QString &reason);
    // Two runs of the history, as HistoryComparison found them (paired, unpaired,
    // refused or unreadable); `nameA`/`nameB` are the runs' names. Paired runs that both
    // saved their per-sample records get the Discordant Samples tab too (McNemar's groups
    // of the pair shown, listed from the two records files).
    void setOutcome(const HistoryComparison::Outcome &outcome, const QString &nameA,
                    const QString &nameB);
    void clear();

    bool isPaired() const { return m_paired; }
    bool hasComparison() const { return m_result != nullptr; }
    int pairCount() const;
    void setPair(int index);
    int currentPair() const;
    // Model indices of the pair shown, and its comparison (nullptr when unpaired).
    int modelA() const;
    int modelB() const;
    const disteval::PairedComparison *comparison() const;
    QString modelLabel(int model) const;
    QString title() const { return m_title; }

    QComboBox *pairChooser() const { return m_pairs; }
    // Whether the toolbar offers the pair chooser (three or more models).
    bool pairChoiceShown() const;
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *mcnemarLabel() const { return m_mcnemar; }
    QTableView *table() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    DeltaF1Plot *deltaPlot() const { return m_delta; }
    ConfusionMatrixPlot *matrixA() const { return m_matrixA; }
    ConfusionMatrixPlot *matrixB() const { return m_matrixB; }
    ConfusionDifferencePlot *differencePlot() const { return m_difference; }
    QAction *exportAction() const { return m_export; }
    SamplesView *samplesView() const { return m_samples; }
    CompareCurvesView *curvesView() const { return m_curves; }

    // The export behind the dialog: .pdf or .csv (see ComparisonExport).
    bool exportTo(const QString &path, QStringList *written, QString *error);

Q_SIGNALS:
    void message(const QString &text);

private:
    struct Pair
    {
        int a = 0;
        int b = 0;
        int comparison = -1; // index into result->comparisons, -1 when unpaired
    };

    QWidget *createMetricsPage();
    QWidget *createDeltaPage();
    QWidget *createMatricesPage();
    void showPair();
    void showMatrices(const Pair &pair, const QStringList &names);
    void setNotice(const QString &text, bool error);
    void exportDialog();
    void fillPairs();

    std::shared_ptr<const disteval::ResultFile> m_result;
    QStringList m_labels;
    QString m_title;
    bool m_paired = false;
    QVector<Pair> m_pairList;

    QToolBar *m_toolBar = nullptr;
    QLabel *m_pairLabel = nullptr;
    QComboBox *m_pairs = nullptr;
    QAction *m_export = nullptr;
    QAction *m_pairLabelAction = nullptr; // toolbar widgets show and hide by their actions
    QAction *m_pairsAction = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_mcnemar = nullptr;
    QTabWidget *m_tabs = nullptr;
    ComparisonTableModel *m_tableModel = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_deltaPage = nullptr;
    SamplesView *m_samples = nullptr; // the pair's discordant samples
    DeltaF1Plot *m_delta = nullptr;
    DeltaF1TableModel *m_deltaModel = nullptr;
    QTableView *m_deltaTable = nullptr;
    QLabel *m_deltaCaption = nullptr;
    QWidget *m_matricesPage = nullptr;
    QWidget *m_differencePage = nullptr;
    QLabel *m_titleA = nullptr;
    QLabel *m_titleB = nullptr;
    QLabel *m_titleDifference = nullptr;
    ConfusionMatrixPlot *m_matrixA = nullptr;
    ConfusionMatrixPlot *m_matrixB = nullptr;
    ConfusionDifferencePlot *m_difference = nullptr;
    CompareCurvesView *m_curves = nullptr;
};
