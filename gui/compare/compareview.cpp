#include "compare/compareview.h"

#include "common/comparisontext.h"
#include "common/metricnames.h"
#include "common/resultformat.h"
#include "export/comparisonexport.h"
#include "export/exportdialogs.h"
#include "plots/confusiondifferenceplot.h"
#include "plots/confusionmatrixplot.h"
#include "plots/deltaf1plot.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

namespace {
QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignRight)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QLabel *plotTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QWidget *titled(QWidget *parent, QLabel *title, QWidget *plot)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(title);
    layout->addWidget(plot, 1);
    plot->setParent(box);
    title->setParent(box);
    return box;
}
} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("compareView"));
    m_toolBar = new QToolBar(tr("Compare"), this);
    m_toolBar->setObjectName(QStringLiteral("compareToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export = new QAction(tr("Export &Comparison..."), this);
    m_export->setObjectName(QStringLiteral("exportComparisonAction"));
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_export->setToolTip(tr("Save this comparison as a PDF section or as CSV tables"));
    m_toolBar->addAction(m_export);
    m_toolBar->addSeparator();
    m_pairLabel = new QLabel(tr("Compare:"), m_toolBar);
    m_pairs = new QComboBox(m_toolBar);
    m_pairs->setObjectName(QStringLiteral("pairChooser"));
    m_pairs->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pairLabelAction = m_toolBar->addWidget(m_pairLabel);
    m_pairsAction = m_toolBar->addWidget(m_pairs);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("compareHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("compareNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mcnemar = new QLabel(this);
    m_mcnemar->setObjectName(QStringLiteral("mcnemarSummary"));
    m_mcnemar->setWordWrap(true);
    m_mcnemar->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_tabs->setDocumentMode(true);

    m_table = new QTableWidget(0, ColumnCount, m_tabs);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->verticalHeader()->setVisible(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *metricsPage = new QWidget(m_tabs);
    auto *metricsLayout = new QVBoxLayout(metricsPage);
    metricsLayout->setContentsMargins(0, 0, 0, 0);
    m_table->setParent(metricsPage);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_legend = new QLabel(metricsPage);
    m_legend->setObjectName(QStringLiteral("significanceLegend"));
    m_legend->setWordWrap(true);
    m_legend->setContentsMargins(6, 2, 6, 4);
    metricsLayout->addWidget(m_table, 1);
    metricsLayout->addWidget(m_legend);
    m_tabs->addTab(metricsPage, tr("Metrics"));

    m_deltaPage = new QWidget(m_tabs);
    auto *deltaLayout = new QVBoxLayout(m_deltaPage);
    m_delta = new DeltaF1Plot(m_deltaPage);
    m_deltaCaption = new QLabel(m_deltaPage);
    m_deltaCaption->setWordWrap(true);
    deltaLayout->addWidget(m_delta, 1);
    deltaLayout->addWidget(m_deltaCaption);
    m_tabs->addTab(m_deltaPage, tr("Per-class ΔF1"));

    auto *matrices = new QSplitter(Qt::Horizontal, m_tabs);
    matrices->setObjectName(QStringLiteral("compareMatricesSplitter"));
    m_titleA = plotTitle(matrices);
    m_titleB = plotTitle(matrices);
    m_titleDifference = plotTitle(matrices);
    m_matrixA = new ConfusionMatrixPlot(matrices);
    m_matrixA->setObjectName(QStringLiteral("compareMatrixA"));
    m_matrixB = new ConfusionMatrixPlot(matrices);
    m_matrixB->setObjectName(QStringLiteral("compareMatrixB"));
    m_difference = new ConfusionDifferencePlot(matrices);
    matrices->addWidget(titled(matrices, m_titleA, m_matrixA));
    matrices->addWidget(titled(matrices, m_titleB, m_matrixB));
    matrices->addWidget(titled(matrices, m_titleDifference, m_difference));
    m_tabs->addTab(matrices, tr("Confusion Matrices"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(8, 2, 8, 2);
    texts->addWidget(m_header);
    texts->addWidget(m_notice);
    texts->addWidget(m_mcnemar);
    layout->addLayout(texts);
    layout->addWidget(m_tabs, 1);

    connect(m_pairs, &QComboBox::currentIndexChanged, this, &CompareView::showPair);
    connect(m_export, &QAction::triggered, this, &CompareView::exportDialog);
    clear();
}

void CompareView::clear()
{
    m_result.reset();
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
    m_table->setRowCount(0);
    m_tabs->setEnabled(false);
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
                            const QString &title, const QStringList &labels)
{
    clear();
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

    m_header->setText(tr("<b>%1</b><br>A: %2<br>B: %3<br>%4 samples, %5 classes; differences "
                         "are B − A with %6% intervals.")
                              .arg(m_title.toHtmlEscaped(), modelLabel(pair.a).toHtmlEscaped(),
                                   modelLabel(pair.b).toHtmlEscaped(),
                                   ResultFormat::count(r.dataset.numSamples),
                                   ResultFormat::count(r.dataset.numClasses))
                              .arg(percent));

    const disteval::PairedComparison *c = comparison();
    m_mcnemar->setVisible(c != nullptr);
    m_mcnemar->setText(c ? ComparisonText::mcnemarSummary(*c, confidence) : QString());
    fillTable(pair);

    QStringList names;
    for (int i = 0; i < r.dataset.numClasses; ++i)
        names << ResultFormat::className(r, i);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_deltaPage), c != nullptr);
    if (c) {
        m_delta->setDeltas(c->perClassDeltaF1, names, confidence);
        m_deltaCaption->setText(
                tr("F1 of B minus F1 of A for each class, largest gain first, with %1% paired "
                   "bootstrap intervals. Green and red: the interval excludes 0.")
                        .arg(percent));
    }
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
    m_titleDifference->setText(same ? tr("Difference B − A")
                                    : tr("No difference: the runs "
                                         "have different classes"));
    m_matrixA->replot();
    m_matrixB->replot();
}

void CompareView::fillTable(const Pair &pair)
{
    const disteval::ResultFile &r = *m_result;
    const double confidence = r.statistics.confidence;
    const int percent = static_cast<int>(std::lround(confidence * 100));
    const disteval::PairedComparison *c = comparison();
    m_table->setHorizontalHeaderLabels(
            {tr("Metric"), tr("A: %1").arg(modelLabel(pair.a)), tr("B: %1").arg(modelLabel(pair.b)),
             tr("Δ (B − A)"), tr("%1% interval of Δ").arg(percent), tr("p (exact)"),
             tr("p (mid-p)"),
             tr("Significant at %1").arg(ComparisonText::alphaPercent(confidence))});
    for (int column : {int(PExactColumn), int(PMidColumn)})
        m_table->horizontalHeaderItem(column)->setToolTip(
                tr("McNemar's test of the error rates (on the accuracy row)"));
    m_legend->setText(
            c ? tr("Significant at %1: the %2% interval of Δ excludes 0, or, for accuracy, "
                   "McNemar's exact p < %3. The p-values belong to accuracy: McNemar's test "
                   "compares the error rates.")
                            .arg(ComparisonText::alphaPercent(confidence))
                            .arg(percent)
                            .arg(QLocale().toString(1.0 - confidence, 'g', 3))
              : tr("Unpaired: each run's own value and interval; Δ is the plain difference of "
                   "the two values, without an interval or a test."));
    const disteval::ModelResult &a = r.models[static_cast<size_t>(pair.a)];
    const disteval::ModelResult &b = r.models[static_cast<size_t>(pair.b)];
    const std::vector<std::string> &names = disteval::comparedMetricNames();
    m_table->setRowCount(static_cast<int>(names.size()));
    for (int row = 0; row < static_cast<int>(names.size()); ++row) {
        const std::string &name = names[static_cast<size_t>(row)];
        const disteval::MetricValue *va = a.metric(name);
        const disteval::MetricValue *vb = b.metric(name);
        auto *metric = cell(MetricNames::metric(QString::fromStdString(name)), Qt::AlignLeft);
        metric->setData(Qt::UserRole, QString::fromStdString(name));
        m_table->setItem(row, MetricColumn, metric);
        for (const auto &[column, v] :
             {std::make_pair(int(AColumn), va), std::make_pair(int(BColumn), vb)}) {
            auto *item = cell(v ? valueText(*v) : ResultFormat::notAvailable());
            if (v)
                item->setData(Qt::UserRole, v->value);
            m_table->setItem(row, column, item);
        }
        const disteval::DeltaValue *d = c ? c->deltaOf(name) : nullptr;
        const bool isAccuracy = name == "accuracy";
        if (d) {
            auto *delta = cell(ComparisonText::signedNumber(d->value));
            delta->setData(Qt::UserRole, d->value);
            m_table->setItem(row, DeltaColumn, delta);
            auto *interval = cell(ResultFormat::interval(d->ci), Qt::AlignHCenter);
            if (d->ci.defined()) {
                interval->setData(Qt::UserRole, d->ci.lower);
                interval->setData(Qt::UserRole + 1, d->ci.upper);
            }
            m_table->setItem(row, IntervalColumn, interval);
            const disteval::McNemarResult *mcnemar = isAccuracy ? &c->mcnemar : nullptr;
            auto *pExact = cell(mcnemar ? ComparisonText::pValue(mcnemar->pExact) : QString());
            auto *pMid = cell(mcnemar ? ComparisonText::pValue(mcnemar->pMid) : QString());
            if (mcnemar) {
                pExact->setData(Qt::UserRole, mcnemar->pExact);
                pMid->setData(Qt::UserRole, mcnemar->pMid);
                pExact->setToolTip(tr("McNemar's exact test compares the error rates, so it "
                                      "belongs to accuracy."));
            }
            m_table->setItem(row, PExactColumn, pExact);
            m_table->setItem(row, PMidColumn, pMid);
            const ComparisonText::Significance s
                    = ComparisonText::significance(*d, mcnemar, confidence);
            auto *marker = cell(ComparisonText::significanceText(*d, mcnemar, confidence, true),
                                Qt::AlignLeft);
            marker->setToolTip(ComparisonText::significanceText(*d, mcnemar, confidence));
            marker->setData(Qt::UserRole, s.significant());
            if (s.significant() && std::isfinite(d->value)) {
                const QColor tint
                        = d->value > 0 ? QColor(0xd9, 0xf0, 0xd3) : QColor(0xfd, 0xdb, 0xc7);
                for (int column = 0; column < ColumnCount; ++column)
                    if (QTableWidgetItem *item = m_table->item(row, column))
                        item->setBackground(tint);
                marker->setBackground(tint);
                QFont bold = marker->font();
                bold.setBold(true);
                marker->setFont(bold);
            }
            m_table->setItem(row, SignificanceColumn, marker);
        } else {
            // Unpaired: the plain difference of the two point values, no interval, no test.
            const double diff = va && vb ? vb->value - va->value : std::nan("");
            auto *delta = cell(ComparisonText::signedNumber(diff));
            delta->setData(Qt::UserRole, diff);
            delta->setToolTip(tr("Difference of the two runs' own values; without paired "
                                 "predictions it has no interval and no test."));
            m_table->setItem(row, DeltaColumn, delta);
            for (int column : {int(IntervalColumn), int(PExactColumn), int(PMidColumn)})
                m_table->setItem(row, column, cell(QStringLiteral("—"), Qt::AlignHCenter));
            m_table->setItem(row, SignificanceColumn,
                             cell(tr("not tested (unpaired)"), Qt::AlignLeft));
        }
    }
}

QString CompareView::valueText(const disteval::MetricValue &value)
{
    if (!value.ci.defined())
        return ResultFormat::number(value.value);
    return ResultFormat::number(value.value) + QLatin1Char('\n') + ResultFormat::interval(value.ci);
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
    QString base = QFileInfo(m_title).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("comparison");
    const QString path = ExportDialogs::askSavePath(this, ExportDialogs::Kind::Report,
                                                    base + QStringLiteral("-comparison"));
    if (path.isEmpty())
        return;
    if (!ExportDialogs::confirmOverwrite(this, ComparisonExport::targets(path)))
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
