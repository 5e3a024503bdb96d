#pragma once

#include "common/curvekind.h"
#include "result/resultfile.h"

#include <QString>
#include <QVector>
#include <QWidget>

#include <memory>

class CurveChoiceModel;
class CurvesPanel;

// The Compare tab's curves: the same curves of models A and B overlaid — ROC and
// precision-recall per class with the micro and macro averages (chosen in the same
// filterable list as the Curves tab's; at first the two averages), selective accuracy
// against a confidence threshold and top-k accuracy where both models have them, and the
// two reliability diagrams. A curve has one colour (A solid, B dashed); for the
// model-wide curves A is blue and B orange. Where a model has no curves (an older result
// file) the view says so and offers what both have.
class CompareCurvesView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareCurvesView(QWidget *parent);

    void setModels(std::shared_ptr<const disteval::ResultFile> result, int a, int b,
                   const QString &labelA, const QString &labelB);
    void clear();

    // The kind chooser, the list of curves, the plot, the message and the note.
    CurvesPanel *panel() const { return m_panel; }
    CurveChoiceModel *choices() const { return m_choices; }

private:
    QVector<CurveKind> kindsOfBoth() const;
    void showCurves();

    std::shared_ptr<const disteval::ResultFile> m_result;
    int m_a = -1;
    int m_b = -1;
    QString m_labelA;
    QString m_labelB;
    CurvesPanel *m_panel = nullptr;
    CurveChoiceModel *m_choices = nullptr;
};
