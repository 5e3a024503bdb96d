#include "history/historyview.h"

#include "common/resultformat.h"
#include "history/runhistory.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {
constexpr int kPendingPollMs = 3000;
constexpr int kMaxNameWidth = 200; // a longer name is elided (its tooltip has it whole)

QString statusText(const RunHistory::Entry &e)
{
    switch (e.status) {
    case RunHistory::Status::Pending:
        return HistoryView::tr("Running in the background");
    case RunHistory::Status::NoResult:
        return HistoryView::tr("Ended without result");
    case RunHistory::Status::Finished:
        break;
    }
    return HistoryView::tr("Finished");
}

// Every model's value, in the run's order: "0.7723 · 0.8530".
QString values(const QList<double> &numbers)
{
    QStringList out;
    for (double v : numbers)
        out << ResultFormat::number(v);
    return out.join(QStringLiteral(" · "));
}

QString perModel(const QStringList &models, const QList<double> &numbers)
{
    QStringList lines;
    for (qsizetype m = 0; m < numbers.size(); ++m)
        lines << QStringLiteral("%1: %2").arg(QFileInfo(models.value(m)).fileName(),
                                              ResultFormat::number(numbers[m]));
    return lines.join(QLatin1Char('\n'));
}

QString names(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths)
        out << QFileInfo(p).fileName();
    return out.join(QStringLiteral(", "));
}
} // namespace

HistoryView::HistoryView(RunHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
{
    setObjectName(QStringLiteral("historyView"));
    m_toolBar = new QToolBar(tr("History"), this);
    m_toolBar->setObjectName(QStringLiteral("historyToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_open = new QAction(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("historyOpenAction"));
    m_open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_open->setToolTip(tr("Open the selected run's result"));
    m_compare = new QAction(tr("&Compare"), this);
    m_compare->setObjectName(QStringLiteral("historyCompareAction"));
    m_compare->setToolTip(tr("Compare the two selected runs (the older one is A)"));
    m_rename = new QAction(tr("Re&name..."), this);
    m_rename->setObjectName(QStringLiteral("historyRenameAction"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("historyDeleteAction"));
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undo = new QAction(tr("&Undo Delete"), this);
    m_undo->setObjectName(QStringLiteral("historyUndoAction"));
    m_undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setToolTip(tr("Look again for results of runs left running in the background"));
    for (QAction *a : {m_open, m_compare, m_rename, m_delete, m_undo, m_refresh}) {
        m_toolBar->addAction(a);
        addAction(a);
    }

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Name"), tr("Date"), tr("Models"), tr("Dataset"), tr("Accuracy"),
                             tr("Macro F1"), tr("Predictions"), tr("State")});
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    for (int c : {int(DateColumn), int(AccuracyColumn), int(MacroF1Column), int(PredictionsColumn),
                  int(StatusColumn)})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ModelsColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(DatasetColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->header()->setMinimumSectionSize(24);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_list, 1);
    auto *bottom = new QVBoxLayout;
    bottom->setContentsMargins(8, 0, 8, 6);
    bottom->addWidget(m_status);
    layout->addLayout(bottom);

    connect(m_history, &RunHistory::changed, this, &HistoryView::rebuild);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryView::updateActions);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &HistoryView::openSelected);
    connect(m_open, &QAction::triggered, this, &HistoryView::openSelected);
    connect(m_compare, &QAction::triggered, this, &HistoryView::compareSelected);
    connect(m_rename, &QAction::triggered, this, &HistoryView::renameSelected);
    connect(m_delete, &QAction::triggered, this, &HistoryView::deleteSelected);
    connect(m_undo, &QAction::triggered, this, &HistoryView::undoDelete);
    connect(m_refresh, &QAction::triggered, m_history, &RunHistory::refresh);
    m_pendingPoll.setInterval(kPendingPollMs);
    connect(&m_pendingPoll, &QTimer::timeout, m_history, &RunHistory::refresh);
    rebuild();
}

void HistoryView::rebuild()
{
    const QStringList selected = selectedIds();
    m_list->clear();
    for (const RunHistory::Entry &e : m_history->entries()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, e.id);
        item->setText(NameColumn, e.name);
        item->setToolTip(NameColumn, e.name);
        item->setText(DateColumn, ResultFormat::dateTime(e.started));
        item->setData(DateColumn, Qt::UserRole, e.started);
        item->setText(ModelsColumn, names(e.models));
        item->setToolTip(ModelsColumn, e.models.join(QLatin1Char('\n')));
        item->setText(DatasetColumn, QFileInfo(e.dataset).fileName());
        item->setToolTip(DatasetColumn, QDir::toNativeSeparators(e.dataset));
        const bool finished = e.status == RunHistory::Status::Finished;
        item->setText(AccuracyColumn, finished ? values(e.accuracies) : QString());
        item->setText(MacroF1Column, finished ? values(e.macroF1s) : QString());
        if (finished && e.accuracies.size() > 1) {
            item->setToolTip(AccuracyColumn, perModel(e.models, e.accuracies));
            item->setToolTip(MacroF1Column, perModel(e.models, e.macroF1s));
        }
        item->setTextAlignment(AccuracyColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(MacroF1Column, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(PredictionsColumn, !finished            ? QString()
                                         : e.hasPredictions() ? tr("saved")
                                                              : tr("none"));
        item->setToolTip(PredictionsColumn,
                         e.hasPredictions()
                                 ? tr("Per-sample predictions saved: comparisons with this run "
                                      "are paired.")
                                 : tr("No per-sample predictions: comparisons with this run "
                                      "are unpaired."));
        item->setText(StatusColumn, statusText(e));
        if (e.status == RunHistory::Status::Pending)
            item->setForeground(StatusColumn, QColor(0x1a, 0x5f, 0xb4));
        else if (e.status == RunHistory::Status::NoResult)
            item->setForeground(StatusColumn, QColor(0xb0, 0x00, 0x20));
        if (!e.pendingOutput.isEmpty())
            item->setToolTip(
                    StatusColumn,
                    tr("Result expected at %1").arg(QDir::toNativeSeparators(e.pendingOutput)));
        item->setSelected(selected.contains(e.id));
    }
    // Every column as wide as its text; the models and the dataset (file names) give way
    // when the list is narrow, so that the state on the right is never cut.
    m_list->resizeColumnToContents(NameColumn);
    m_list->setColumnWidth(NameColumn, std::min(m_list->columnWidth(NameColumn), kMaxNameWidth));
    const QString empty = tr("No runs yet. Every finished run is kept here (in %1).")
                                  .arg(QDir::toNativeSeparators(m_history->folder()));
    if (m_history->entries().isEmpty())
        m_status->setText(empty);
    else if (m_status->text() == empty)
        m_status->clear();
    if (m_history->hasPending())
        m_pendingPoll.start();
    else
        m_pendingPoll.stop();
    updateActions();
}

QStringList HistoryView::selectedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->isSelected())
            ids << item->data(0, Qt::UserRole).toString();
    }
    return ids;
}

void HistoryView::select(const QStringList &ids)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setSelected(ids.contains(item->data(0, Qt::UserRole).toString()));
    }
    updateActions();
}

void HistoryView::updateActions()
{
    const QStringList ids = selectedIds();
    int finished = 0;
    for (const QString &id : ids)
        if (const RunHistory::Entry *e = m_history->find(id))
            finished += e->status == RunHistory::Status::Finished ? 1 : 0;
    m_open->setEnabled(ids.size() == 1 && finished == 1);
    m_compare->setEnabled(ids.size() == 2 && finished == 2);
    m_rename->setEnabled(ids.size() == 1);
    m_delete->setEnabled(!ids.isEmpty());
    m_undo->setEnabled(m_history->canUndoRemove());
}

void HistoryView::openSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    const RunHistory::Entry *e = m_history->find(ids.first());
    if (e && e->status == RunHistory::Status::Finished)
        Q_EMIT openRequested(e->resultPath());
}

void HistoryView::compareSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 2)
        return;
    const RunHistory::Entry *a = m_history->find(ids[0]);
    const RunHistory::Entry *b = m_history->find(ids[1]);
    if (!a || !b)
        return;
    if (a->started > b->started || (a->started == b->started && a->id > b->id))
        std::swap(a, b);
    Q_EMIT compareRequested(a->id, b->id);
}

void HistoryView::renameSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    const RunHistory::Entry *e = m_history->find(ids.first());
    if (!e)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename run"), tr("Name:"),
                                               QLineEdit::Normal, e->name, &ok);
    if (ok && !name.trimmed().isEmpty())
        m_history->rename(ids.first(), name);
}

void HistoryView::deleteSelected()
{
    const QStringList ids = selectedIds();
    QStringList deleted;
    for (const QString &id : ids) {
        const RunHistory::Entry *e = m_history->find(id);
        const QString name = e ? e->name : id;
        if (m_history->remove(id))
            deleted << name;
    }
    if (!deleted.isEmpty())
        m_status->setText(tr("Deleted: %1. Undo Delete (Ctrl+Z) brings it back until disteval "
                             "is closed.")
                                  .arg(deleted.join(QStringLiteral(", "))));
    updateActions();
}

void HistoryView::undoDelete()
{
    const QString id = m_history->undoRemove();
    if (id.isEmpty())
        return;
    const RunHistory::Entry *e = m_history->find(id);
    m_status->setText(tr("Restored: %1.").arg(e ? e->name : id));
    select({id});
}
