#include "compare/comparecurvesview.h"

#include "common/filterchecklist.h"
#include "common/tasktext.h"
#include "models/curvechoicemodel.h"
#include "plots/curvebuilder.h"
#include "plots/curvespanel.h"

#include <QSignalBlocker>
#include <QVBoxLayout>

CompareCurvesView::CompareCurvesView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("compareCurvesView"));
    m_panel = new CurvesPanel(this);
    m_choices = new CurveChoiceModel(this);
    m_panel->setChoices(m_choices, CurveChoiceModel::FilterRole);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    connect(m_panel, &CurvesPanel::changed, this, &CompareCurvesView::showCurves);
    clear();
}

void CompareCurvesView::clear()
{
    setModels(nullptr, -1, -1, QString(), QString());
}

void CompareCurvesView::setModels(std::shared_ptr<const disteval::ResultFile> result, int a, int b,
                                  const QString &labelA, const QString &labelB)
{
    const int models = result ? static_cast<int>(result->models.size()) : 0;
    const bool valid = a >= 0 && b >= 0 && a < models && b < models;
    const bool newResult = result != m_result;
    m_result = valid ? std::move(result) : nullptr;
    m_a = valid ? a : -1;
    m_b = valid ? b : -1;
    m_labelA = labelA;
    m_labelB = labelB;
    if (newResult) {
        const QSignalBlocker blocker(m_panel->picker());
        m_choices->setClasses(m_result.get());
        m_choices->setChecked({kMicroCurve, kMacroCurve});
    }
    m_panel->setKinds(kindsOfBoth());
    showCurves();
}

// The kinds both models have, and the reliability diagrams where the task has them.
QVector<CurveKind> CompareCurvesView::kindsOfBoth() const
{
    if (!m_result)
        return {};
    const disteval::ModelResult &a = m_result->models[static_cast<size_t>(m_a)];
    const disteval::ModelResult &b = m_result->models[static_cast<size_t>(m_b)];
    const QVector<CurveKind> ofB = CurveBuilder::kindsOf(b);
    QVector<CurveKind> kinds;
    for (CurveKind k : CurveBuilder::kindsOf(a))
        if (ofB.contains(k))
            kinds << k;
    if (TaskText::hasCalibration(m_result->task) && !a.calibration.empty()
        && !b.calibration.empty())
        kinds << CurveKind::Reliability;
    return kinds;
}

void CompareCurvesView::showCurves()
{
    const bool histograms
            = m_result
              && !CurveBuilder::kindsOf(m_result->models[static_cast<size_t>(m_a)]).isEmpty()
              && !CurveBuilder::kindsOf(m_result->models[static_cast<size_t>(m_b)]).isEmpty();
    m_panel->setMessage(m_result && !histograms ? CurveBuilder::missingText(*m_result) : QString());
    if (!m_panel->hasKinds())
        return;
    const CurveKind k = m_panel->kind();
    const bool perClass = k == CurveKind::Roc || k == CurveKind::PrecisionRecall;
    m_panel->setPickerVisible(perClass);
    {
        const QSignalBlocker blocker(m_panel->picker()); // not a choice of the user's
        m_choices->setKind(k);
    }
    QString note = perClass ? tr("A: %1 (solid lines). B: %2 (dashed lines). Each curve has "
                                 "one colour for both models.")
                                      .arg(m_labelA, m_labelB)
                            : tr("A: %1 (blue). B: %2 (orange).").arg(m_labelA, m_labelB);
    if (k == CurveKind::Confidence)
        note += QLatin1Char(' ') + tr("Solid: accuracy of what is kept; dashed: its share.");
    m_panel->draw(CurveBuilder::overlay(*m_result, m_a, m_b, m_labelA, m_labelB, k,
                                        m_choices->checkedCurves()),
                  m_result->task == disteval::Task::DenseClassification, note);
}
