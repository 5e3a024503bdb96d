#include "results/curvesview.h"

#include "common/filterchecklist.h"
#include "common/resultformat.h"
#include "models/curvechoicemodel.h"
#include "plots/curvebuilder.h"
#include "plots/curveplot.h"
#include "plots/curvespanel.h"

#include <QSignalBlocker>
#include <QVBoxLayout>

#include <cmath>

CurvesView::CurvesView(QWidget *parent)
    : QWidget(parent)
{
    m_panel = new CurvesPanel(this);
    m_choices = new CurveChoiceModel(this);
    m_panel->setChoices(m_choices, CurveChoiceModel::FilterRole);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    connect(m_panel, &CurvesPanel::changed, this, &CurvesView::showCurves);
    setModel(nullptr, -1);
}

CurvePlot *CurvesView::plot() const
{
    return m_panel->hasKinds() ? m_panel->plot() : nullptr;
}

void CurvesView::setModel(std::shared_ptr<const disteval::ResultFile> result, int modelIndex)
{
    const bool valid
            = result && modelIndex >= 0 && modelIndex < static_cast<int>(result->models.size());
    const bool newResult = result != m_result;
    m_result = valid ? std::move(result) : nullptr;
    m_model = valid ? modelIndex : -1;
    if (newResult) {
        const QSignalBlocker blocker(m_panel->picker());
        m_choices->setClasses(m_result.get());
        if (m_result)
            m_choices->setChecked(CurveBuilder::defaultCurves(*m_result, m_model));
    }
    m_panel->setKinds(
            m_result ? CurveBuilder::kindsOf(m_result->models[static_cast<size_t>(m_model)])
                     : QVector<CurveKind>());
    showCurves();
}

void CurvesView::showCurves()
{
    const bool any = m_panel->hasKinds();
    m_panel->setMessage(m_result && !any ? CurveBuilder::missingText(*m_result) : QString());
    if (!any)
        return;
    const CurveKind k = m_panel->kind();
    const bool scores = k == CurveKind::Roc || k == CurveKind::PrecisionRecall;
    m_panel->setPickerVisible(scores);
    {
        const QSignalBlocker blocker(m_panel->picker()); // not a choice of the user's
        m_choices->setKind(k);
    }
    QString note = scores ? scoreNote(k) : QString();
    if (k == CurveKind::Confidence)
        note = tr("Keeping only what the model is more confident about than the threshold: the "
                  "accuracy of what is kept, and its share of everything evaluated (coverage). "
                  "A model whose confidence means something grows more accurate as it keeps "
                  "less. Thresholds step by 1/300.");
    else if (k == CurveKind::TopK)
        note = tr("The share of samples whose true class is among the k classes scored "
                  "highest, with %1% Wilson intervals; k = 1 is the accuracy.")
                       .arg(std::lround(m_result->statistics.confidence * 100));
    m_panel->draw(CurveBuilder::curves(*m_result, m_model, k, m_choices->checkedCurves()),
                  m_result->task == disteval::Task::DenseClassification, note);
}

QString CurvesView::scoreNote(CurveKind kind) const
{
    const disteval::ResultFile &r = *m_result;
    const bool labels = r.task == disteval::Task::MultiLabel;
    const int percent = static_cast<int>(std::lround(r.statistics.confidence * 100));
    QString note;
    if (kind == CurveKind::Roc)
        note = tr("Each point is a threshold on the predicted probability: the share of the "
                  "positives found (true positive rate) against the share of the negatives "
                  "taken for positives. The dashed diagonal is chance. The legend gives each "
                  "AUROC with its %1% interval; the micro average's is the area under its curve "
                  "(no interval).")
                       .arg(percent);
    else
        note = tr("Each point is a threshold on the predicted probability: the share of the "
                  "predicted positives that are right (precision) against the share of the "
                  "positives found (recall). A dotted line is a prevalence, the precision of "
                  "guessing. The legend gives each average precision (AP) with its %1% "
                  "interval; the micro average's is computed from its curve (no interval).")
                       .arg(percent);
    if (kind == CurveKind::PrecisionRecall) {
        const disteval::ModelResult &m = r.models[static_cast<size_t>(m_model)];
        double sum = 0;
        int count = 0;
        for (const disteval::PerClassResult &pc : m.perClass)
            if (!std::isnan(pc.averagePrecision.value)) {
                sum += pc.averagePrecision.value;
                ++count;
            }
        if (count > 0)
            note += QLatin1Char(' ')
                    + (labels ? tr("Mean AP over the %1 labels with positives: %2.")
                              : tr("Mean AP over the %1 classes with positives: %2."))
                              .arg(count)
                              .arg(ResultFormat::number(sum / count, 3));
    }
    if (r.dataset.numClasses > CurveBuilder::kAllClassesUpTo)
        note += QLatin1Char(' ')
                + (labels ? tr("At first the averages and the %1 labels with the lowest AUROC "
                               "are drawn; check others in the list (type to filter).")
                          : tr("At first the averages and the %1 classes with the lowest AUROC "
                               "are drawn; check others in the list (type to filter)."))
                          .arg(CurveBuilder::kDefaultWorstClasses);
    return note;
}
