#pragma once

#include "common/curvekind.h"
#include "result/resultfile.h"

#include <QWidget>

#include <memory>

class CurveChoiceModel;
class CurvePlot;
class CurvesPanel;

// The Curves tab: one model's ROC and precision-recall curves per class (per label) with
// the micro and macro averages, its selective accuracy against a confidence threshold,
// and its top-k accuracy with Wilson intervals — the kinds its result file has curves
// for. ROC and precision-recall curves are chosen in a filterable list of the averages
// and classes (at first the averages and every class up to 10 classes, else the three
// with the lowest AUROC). A result without curves (an older file) says so instead of
// drawing empty axes.
class CurvesView : public QWidget
{
    Q_OBJECT

public:
    explicit CurvesView(QWidget *parent);

    void setModel(std::shared_ptr<const disteval::ResultFile> result, int modelIndex);
    // The plot, or nullptr while no curves are shown (nothing to export).
    CurvePlot *plot() const;
    // The kind chooser, the list of curves, the plot, the message and the note.
    CurvesPanel *panel() const { return m_panel; }
    CurveChoiceModel *choices() const { return m_choices; }

private:
    void showCurves();
    QString scoreNote(CurveKind kind) const;

    std::shared_ptr<const disteval::ResultFile> m_result;
    int m_model = -1;
    CurvesPanel *m_panel = nullptr;
    CurveChoiceModel *m_choices = nullptr;
};
