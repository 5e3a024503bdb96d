#include "compare/compareview.h"

#include "common/comparisontext.h"
#include "common/resultformat.h"
#include "common/tasktext.h"
#include "compare/comparecurvesview.h"
#include "export/comparisonexport.h"
#include "export/exportdialogs.h"
#include "models/comparisontablemodel.h"
#include "models/deltaf1tablemodel.h"
#include "models/intervalnotes.h"
#include "plots/confusiondifferenceplot.h"
#include "plots/confusionmatrixplot.h"
#include "plots/deltaf1plot.h"
#include "samples/samplesview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

#include <cmath>

CompareView::~CompareView()
{
    m_tableModel->clear();
    m_deltaModel->setComparison(nullptr, 0, 0, nullptr);
}

void CompareView::clear()
{
    m_pairList.clear();
    m_labels.clear();
    m_title.clear();
    m_paired = false;
    m_pairs->blockSignals(true);
    m_pairs->clear();
    m_pairs->blockSignals(false);
    m_pairLabelAction->setVisible(false);
    m_pairsAction->setVisible(false);
    m_header->setText(tr("Nothing to compare yet. Run several checkpoints together, open a "
                         "result with several models, or pick two runs in the History tab."));
    setNotice(QString(), false);
    m_mcnemar->clear();
    m_mcnemar->setVisible(false);
    m_tableModel->clear();
    m_deltaModel->setComparison(nullptr, 0, 0, nullptr);
    m_samples->setResult(nullptr, QString());
    m_curves->clear();
    m_result.reset(); // after the models that point into it
    m_tabs->setEnabled(false);
    m_tabs->setVisible(true);
    m_export->setEnabled(false);
}

void CompareView::setNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_notice->setStyleSheet(
            error ? QStringLiteral("QLabel { background: #fde0dc; color: #8a1010; border: 1px "
                                   "solid #e0a0a0; padding: 6px; }")
                  : QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; border: 1px "
                                   "solid #e0c060; padding: 6px; }"));
}

QString CompareView::modelLabel(int model) const
{
    if (model >= 0 && model < m_labels.size() && !m_labels.at(model).isEmpty())
        return m_labels.at(model);
    if (m_result && model >= 0 && model < static_cast<int>(m_result->models.size()))
        return ResultFormat::modelName(m_result->models[model]);
    return QString::number(model + 1);
}

bool CompareView::setResult(std::shared_ptr<const disteval::ResultFile> result,
                            const QString &title, const QStringList &labels,
                            const QString &resultPath)
{
    clear();
    if (result && !resultPath.isEmpty())
        m_samples->setResult(result, resultPath);
    if (!result || result->comparisons.empty()) {
        m_header->setText(tr("%1 holds no comparison: a run compares checkpoints when it "
                             "evaluates two or more of them together.")
                                  .arg(title));
        return false;
    }
    m_result = std::move(result);
    m_labels = labels;
    m_title = title;
    m_paired = true;
    for (int i = 0; i < static_cast<int>(m_result->comparisons.size()); ++i) {
        const disteval::PairedComparison &c = m_result->comparisons[i];
        m_pairList.append({c.a, c.b, i});
    }
    fillPairs();
    return true;
}

void CompareView::setUnpaired(std::shared_ptr<const disteval::ResultFile> result, int modelsOfA,
                              const QString &title, const QString &warning,
                              const QStringList &labels)
{
    clear();
    if (!result)
        return;
    m_result = std::move(result);
    m_labels = labels;
    m_title = title;
    m_paired = false;
    const int models = static_cast<int>(m_result->models.size());
    for (int a = 0; a < modelsOfA; ++a)
        for (int b = modelsOfA; b < models; ++b)
            m_pairList.append({a, b, -1});
    fillPairs();
    setNotice(tr("Unpaired comparison. %1").arg(warning), false);
}

void CompareView::setRefused(const QString &title, const QString &reason)
{
    clear();
    m_header->setText(title);
    setNotice(tr("These runs cannot be compared: %1").arg(reason), true);
    // Nothing was compared, so there is no table to show, not even an empty one.
    m_tabs->setVisible(false);
}

void CompareView::setOutcome(const HistoryComparison::Outcome &outcome, const QString &nameA,
                             const QString &nameB)
{
    const QString title = tr("%1 (A) and %2 (B)").arg(nameA, nameB);
    QStringList labels;
    if (outcome.result) {
        const int models = static_cast<int>(outcome.result->models.size());
        const int ofB = models - outcome.modelsOfA;
        for (int m = 0; m < models; ++m) {
            const bool inA = m < outcome.modelsOfA;
            const QString run = inA ? nameA : nameB;
            labels << ((inA ? outcome.modelsOfA : ofB) == 1
                               ? run
                               : tr("%1: %2").arg(
                                       run, ResultFormat::modelName(outcome.result->models[m])));
        }
    }
    switch (outcome.kind) {
    case HistoryComparison::Kind::Paired:
        setResult(outcome.result, title, labels);
        // McNemar's discordant samples from the two runs' records, when both have them.
        if (m_samples->setRunPair(outcome.result, outcome.modelsOfA, outcome.runA, outcome.pathA,
                                  outcome.runB, outcome.pathB))
            showPair();
        if (outcome.excluded > 0)
            setNotice(tr("%n sample(s) without a prediction in one of the runs were left out.",
                         nullptr, static_cast<int>(outcome.excluded)),
                      false);
        break;
    case HistoryComparison::Kind::Unpaired:
        setUnpaired(outcome.result, outcome.modelsOfA, title, outcome.message, labels);
        break;
    case HistoryComparison::Kind::Refused:
        setRefused(title, outcome.message);
        break;
    case HistoryComparison::Kind::Failed:
        setRefused(title, tr("a result file cannot be read: %1").arg(outcome.message));
        break;
    }
}

void CompareView::fillPairs()
{
    m_pairs->blockSignals(true);
    m_pairs->clear();
    for (const Pair &p : std::as_const(m_pairList))
        m_pairs->addItem(tr("A: %1  vs  B: %2").arg(modelLabel(p.a), modelLabel(p.b)));
    m_pairs->setCurrentIndex(0);
    m_pairs->blockSignals(false);
    const bool choose = m_pairList.size() > 1;
    m_pairLabelAction->setVisible(choose);
    m_pairsAction->setVisible(choose);
    m_tabs->setEnabled(true);
    m_export->setEnabled(!m_pairList.isEmpty());
    showPair();
}

bool CompareView::pairChoiceShown() const
{
    return m_pairsAction->isVisible();
}

int CompareView::pairCount() const
{
    return m_pairList.size();
}

void CompareView::setPair(int index)
{
    if (index >= 0 && index < m_pairList.size())
        m_pairs->setCurrentIndex(index);
}

int CompareView::currentPair() const
{
    return m_pairList.isEmpty() ? -1 : qBound(0, m_pairs->currentIndex(), m_pairList.size() - 1);
}

int CompareView::modelA() const
{
    const int p = currentPair();
    return p < 0 ? -1 : m_pairList[p].a;
}

int CompareView::modelB() const
{
    const int p = currentPair();
    return p < 0 ? -1 : m_pairList[p].b;
}

const disteval::PairedComparison *CompareView::comparison() const
{
    const int p = currentPair();
    if (p < 0 || !m_result || m_pairList[p].comparison < 0)
        return nullptr;
    return &m_result->comparisons[static_cast<size_t>(m_pairList[p].comparison)];
}

void CompareView::showPair()
{
    const int p = currentPair();
    if (p < 0 || !m_result)
        return;
    const Pair &pair = m_pairList[p];
    const disteval::ResultFile &r = *m_result;
    const double confidence = r.statistics.confidence;
    const int percent = static_cast<int>(std::lround(confidence * 100));

    m_header->setText(tr("<b>%1</b><br>A: %2<br>B: %3<br>%4 samples, %5; differences "
                         "are B − A with %6% intervals.")
                              .arg(m_title.toHtmlEscaped(), modelLabel(pair.a).toHtmlEscaped(),
                                   modelLabel(pair.b).toHtmlEscaped(),
                                   ResultFormat::count(r.dataset.numSamples),
                                   TaskText::units(r.task, r.dataset.numClasses))
                              .arg(percent));

    const disteval::PairedComparison *c = comparison();
    // McNemar's test needs a sample's correctness, which only classification has.
    const bool mcnemar = c ? c->hasMcnemar : r.task == disteval::Task::Classification;
    m_mcnemar->setVisible(c != nullptr && mcnemar);
    m_mcnemar->setText(c && mcnemar ? ComparisonText::mcnemarSummary(*c, confidence) : QString());
    m_tableModel->setComparison(m_result.get(), pair.a, pair.b, c, modelLabel(pair.a),
                                modelLabel(pair.b));
    m_table->setColumnHidden(ComparisonTableModel::PExactColumn, !mcnemar);
    m_table->setColumnHidden(ComparisonTableModel::PMidColumn, !mcnemar);
    m_table->resizeColumnsToContents();
    QStringList legend{ComparisonText::ruleText(confidence, c != nullptr, mcnemar)};
    legend << m_tableModel->intervalNotes();
    m_legend->setText(legend.join(QLatin1Char('\n')));

    QStringList names;
    for (int i = 0; i < r.dataset.numClasses; ++i)
        names << ResultFormat::className(r, i);
    // Tabs a task never has are hidden; the ΔF1 of an unpaired classification is disabled.
    const bool perClassDelta = c && !c->perClassDeltaF1.empty();
    m_tabs->setTabVisible(m_tabs->indexOf(m_deltaPage), r.task == disteval::Task::Classification);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_deltaPage), perClassDelta);
    if (perClassDelta) {
        m_delta->setDeltas(c->perClassDeltaF1, names, confidence);
        m_deltaModel->setComparison(m_result.get(), pair.a, pair.b, c);
        m_deltaTable->resizeColumnsToContents();
        QStringList caption{ComparisonText::deltaF1Caption(percent, m_deltaModel->method())};
        caption << IntervalNotes::of(*m_deltaModel, DeltaF1TableModel::ClassColumn);
        m_deltaCaption->setText(caption.join(QLatin1Char('\n')));
    }
    // McNemar's discordant groups, from the run's own per-sample records.
    const bool discordant = m_paired && mcnemar && m_samples->hasRecords();
    m_tabs->setTabVisible(m_tabs->indexOf(m_samples), discordant);
    if (discordant) {
        m_samples->setModelIndex(pair.a);
        m_samples->setOtherModel(pair.b);
        m_samples->setPreset(SamplesView::RightWhereOther);
    }
    m_tabs->setTabVisible(m_tabs->indexOf(m_curves), TaskText::hasCurves(r.task));
    m_curves->setModels(m_result, pair.a, pair.b, modelLabel(pair.a), modelLabel(pair.b));
    const bool matrices = TaskText::showsConfusion(r);
    m_tabs->setTabVisible(m_tabs->indexOf(m_matricesPage), matrices);
    m_tabs->setTabVisible(m_tabs->indexOf(m_differencePage), matrices);
    if (!m_tabs->isTabEnabled(m_tabs->currentIndex())
        || !m_tabs->isTabVisible(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(0);
    if (matrices)
        showMatrices(pair, names);
}

void CompareView::showMatrices(const Pair &pair, const QStringList &names)
{
    const disteval::ResultFile &r = *m_result;
    const disteval::ModelResult &a = r.models[static_cast<size_t>(pair.a)];
    const disteval::ModelResult &b = r.models[static_cast<size_t>(pair.b)];
    const bool logScale = r.dataset.numClasses > 30;
    m_titleA->setText(tr("A: %1").arg(modelLabel(pair.a)));
    m_titleB->setText(tr("B: %1").arg(modelLabel(pair.b)));
    m_matrixA->setMatrix(a.confusion, names);
    m_matrixA->setLogScale(logScale);
    m_matrixB->setMatrix(b.confusion, names);
    m_matrixB->setLogScale(logScale);
    const bool same = m_difference->setMatrices(a.confusion, b.confusion, names);
    m_titleDifference->setText(
            same ? tr("Difference B − A: %1 minus %2").arg(modelLabel(pair.b), modelLabel(pair.a))
                 : tr("No difference: the runs "
                      "have different classes"));
    m_matrixA->replot();
    m_matrixB->replot();
}

bool CompareView::exportTo(const QString &path, QStringList *written, QString *error)
{
    if (!m_result || currentPair() < 0) {
        if (error)
            *error = tr("There is no comparison to export.");
        return false;
    }
    ComparisonExport::Pair pair;
    pair.result = m_result.get();
    pair.a = modelA();
    pair.b = modelB();
    pair.comparison = comparison();
    pair.labelA = modelLabel(pair.a);
    pair.labelB = modelLabel(pair.b);
    return ComparisonExport::write(pair, m_title,
                                   m_notice->isVisible() ? m_notice->text() : QString(), path,
                                   written, error);
}

void CompareView::exportDialog()
{
    if (!m_result)
        return;
    QString base = QFileInfo(m_title).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("comparison");
    const QString path = ExportDialogs::askSavePath(this, ExportDialogs::Kind::Comparison,
                                                    base + QStringLiteral("-comparison"));
    if (path.isEmpty())
        return;
    if (!ExportDialogs::confirmOverwrite(
                this, ComparisonExport::targets(path, ComparisonExport::hasPerClass(*m_result))))
        return;
    QStringList written;
    QString error;
    if (!exportTo(path, &written, &error)) {
        QMessageBox::warning(this, tr("Export comparison"), error);
        return;
    }
    QStringList shown;
    for (const QString &file : std::as_const(written))
        shown << QDir::toNativeSeparators(file);
    Q_EMIT message(tr("Comparison exported: %1").arg(shown.join(QStringLiteral(", "))));
}
