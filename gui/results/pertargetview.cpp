#include "results/pertargetview.h"

#include "common/resulttable.h"
#include "models/intervalnotes.h"
#include "models/pertargettablemodel.h"
#include "models/sortproxymodel.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

PerTargetView::PerTargetView(QWidget *parent)
    : QWidget(parent)
{
    m_model = new PerTargetTableModel(this);
    m_sorted = new SortProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_table = makeResultTable(QStringLiteral("perTargetTable"), m_sorted, this);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PerTargetTableModel::IndexColumn, Qt::AscendingOrder);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("perTargetCaption"));
    m_caption->setWordWrap(true);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("perTargetNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setStyleSheet(QStringLiteral("color: #404040;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
}

QString PerTargetView::notesText() const
{
    return m_notes->text();
}

void PerTargetView::setModel(std::shared_ptr<const disteval::ResultFile> result, int modelIndex)
{
    m_model->setModel(result, modelIndex);
    m_table->resizeColumnsToContents();
    const QStringList notes = IntervalNotes::of(*m_model, PerTargetTableModel::TargetColumn);
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    const int percent
            = result ? static_cast<int>(std::lround(result->statistics.confidence * 100)) : 95;
    m_caption->setText(tr("Each target's errors (e = prediction − target) with %1% intervals; "
                          "the summary's metrics are their uniform average.")
                               .arg(percent));
}
