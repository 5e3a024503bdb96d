#include "setup/metriclistwidget.h"

#include "common/checkpointcheck.h"

#include <QColor>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace {
const int kProblemRole = Qt::UserRole + 1;

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}
} // namespace

MetricListWidget::MetricListWidget(QWidget *parent)
    : QWidget(parent)
{
    setAcceptDrops(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("metricList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setToolTip(tr("Your own TorchScript metrics (--metric), summed exactly across the "
                          "ranks, with intervals and paired differences. Drop metric files "
                          "onto this list to add them."));
    m_list->setMinimumHeight(40);
    m_list->setMaximumHeight(80);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_addButton = new QPushButton(tr("Add..."), this);
    m_addButton->setObjectName(QStringLiteral("addMetric"));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeMetric"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &MetricListWidget::browse);
    connect(m_removeButton, &QPushButton::clicked, this, &MetricListWidget::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &MetricListWidget::updateButtons);
    updateButtons();
}

QStringList MetricListWidget::metricFiles() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i)
        paths << m_list->item(i)->data(Qt::UserRole).toString();
    return paths;
}

void MetricListWidget::setMetricFiles(const QStringList &paths)
{
    m_list->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_list);
        item->setData(Qt::UserRole, path);
        const QString problem = CheckpointCheck::metricProblem(path);
        item->setData(kProblemRole, problem);
        item->setToolTip(problem.isEmpty() ? QDir::toNativeSeparators(path) : problem);
        if (!problem.isEmpty()) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        }
    }
    updateButtons();
    Q_EMIT changed();
}

void MetricListWidget::addMetricFiles(const QStringList &paths)
{
    QStringList all = metricFiles();
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!all.contains(absolute))
            all << absolute;
    }
    setMetricFiles(all);
}

QString MetricListWidget::problemOf(const QString &path) const
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == path)
            return m_list->item(i)->data(kProblemRole).toString();
    return {};
}

void MetricListWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (isEnabled() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MetricListWidget::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!isEnabled() || paths.isEmpty())
        return;
    addMetricFiles(paths);
    event->acceptProposedAction();
}

void MetricListWidget::browse()
{
    // The folder of the last metric added, kept apart from the checkpoints' folder.
    QSettings settings;
    const QString key = QStringLiteral("setup/metricFolder");
    const QString start = settings.value(key, QDir::homePath()).toString();
    const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Add metric files"), start,
            tr("TorchScript metrics (*.pt *.pth *.ts);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(key, QFileInfo(paths.constFirst()).absolutePath());
    addMetricFiles(paths);
}

void MetricListWidget::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    for (QListWidgetItem *item : selected)
        delete item;
    updateButtons();
    Q_EMIT changed();
}

void MetricListWidget::updateButtons()
{
    m_removeButton->setEnabled(!m_list->selectedItems().isEmpty());
}
