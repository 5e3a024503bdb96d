// How the compare view is built: its tool bar, texts and tabs, and the pages that show a
// pair (metrics, per-class ΔF1, the two confusion matrices, their difference). What they
// show is set in compareview.cpp.
#include "compare/compareview.h"

#include "common/resulttable.h"
#include "compare/comparecurvesview.h"
#include "models/comparisontablemodel.h"
#include "models/deltaf1tablemodel.h"
#include "models/sortproxymodel.h"
#include "plots/confusiondifferenceplot.h"
#include "plots/confusionmatrixplot.h"
#include "plots/deltaf1plot.h"
#include "samples/samplesview.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
QLabel *plotTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QTableView *makeTable(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    QTableView *table = makeResultTable(objectName, model, parent);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
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

    m_tabs->addTab(createMetricsPage(), tr("Metrics"));
    m_deltaPage = createDeltaPage();
    m_tabs->addTab(m_deltaPage, tr("Per-class ΔF1"));
    m_matricesPage = createMatricesPage();
    m_tabs->addTab(m_matricesPage, tr("Confusion Matrices"));
    m_differencePage = new QWidget(m_tabs);
    auto *differenceLayout = new QVBoxLayout(m_differencePage);
    m_titleDifference = plotTitle(m_differencePage);
    m_difference = new ConfusionDifferencePlot(m_differencePage);
    differenceLayout->addWidget(m_titleDifference);
    differenceLayout->addWidget(m_difference, 1);
    m_tabs->addTab(m_differencePage, tr("Difference B − A"));
    m_curves = new CompareCurvesView(m_tabs);
    m_tabs->addTab(m_curves, tr("Curves"));
    m_samples = new SamplesView(m_tabs);
    m_tabs->addTab(m_samples, tr("Discordant Samples"));

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

QWidget *CompareView::createMetricsPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tableModel = new ComparisonTableModel(this);
    m_tableModel->setCompact(true);
    m_table = makeTable(QStringLiteral("comparisonTable"), m_tableModel, page);
    m_legend = new QLabel(page);
    m_legend->setObjectName(QStringLiteral("significanceLegend"));
    m_legend->setWordWrap(true);
    m_legend->setContentsMargins(6, 2, 6, 4);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_legend);
    return page;
}

QWidget *CompareView::createDeltaPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(QStringLiteral("compareDeltaSplitter"));
    splitter->setChildrenCollapsible(false);
    m_delta = new DeltaF1Plot(splitter);
    m_delta->setMinimumHeight(200);
    m_deltaModel = new DeltaF1TableModel(this);
    auto *sorted = new SortProxyModel(this);
    sorted->setSourceModel(m_deltaModel);
    m_deltaTable = makeTable(QStringLiteral("deltaF1Table"), sorted, splitter);
    m_deltaTable->setSortingEnabled(true);
    m_deltaTable->sortByColumn(DeltaF1TableModel::DeltaColumn, Qt::DescendingOrder);
    splitter->addWidget(m_delta);
    splitter->addWidget(m_deltaTable);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 300}); // the chart first; the table scrolls
    m_deltaCaption = new QLabel(page);
    m_deltaCaption->setObjectName(QStringLiteral("deltaF1Caption"));
    m_deltaCaption->setWordWrap(true);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_deltaCaption);
    return page;
}

// A and B side by side, each about as wide as it is high, so that every class name
// fits along both axes.
QWidget *CompareView::createMatricesPage()
{
    auto *matrices = new QSplitter(Qt::Horizontal, m_tabs);
    matrices->setObjectName(QStringLiteral("compareMatricesSplitter"));
    matrices->setChildrenCollapsible(false);
    m_titleA = plotTitle(matrices);
    m_titleB = plotTitle(matrices);
    m_matrixA = new ConfusionMatrixPlot(matrices);
    m_matrixA->setObjectName(QStringLiteral("compareMatrixA"));
    m_matrixB = new ConfusionMatrixPlot(matrices);
    m_matrixB->setObjectName(QStringLiteral("compareMatrixB"));
    matrices->addWidget(titled(matrices, m_titleA, m_matrixA));
    matrices->addWidget(titled(matrices, m_titleB, m_matrixB));
    return matrices;
}
