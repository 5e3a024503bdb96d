#include "setup/metriclistwidget.h"

#include "common/checkpointcheck.h"

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

namespace {
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
    : FileListWidget(parent, QStringLiteral("metricList"), 40, 80)
{
    setAcceptDrops(true);
    list()->setToolTip(tr("Your own TorchScript metrics (--metric), summed exactly across the "
                          "ranks, with intervals and paired differences. Drop metric files "
                          "onto this list to add them."));
    addButton()->setObjectName(QStringLiteral("addMetric"));
    removeButton()->setObjectName(QStringLiteral("removeMetric"));
    buttonRow()->addStretch(1);
}

QString MetricListWidget::problem(const QString &path) const
{
    return CheckpointCheck::metricProblem(path);
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
