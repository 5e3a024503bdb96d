#pragma once

#include "setup/filelistwidget.h"

// The run's custom metrics (`--metric FILE`, repeatable; docs/METRICS.md): scripted
// TorchScript metrics the engine sums exactly and gives intervals. Add... (file dialog),
// Remove, and files dropped onto the list (here, not on the window, where a .pt file is
// taken for a checkpoint). A file that cannot be a metric (missing, a folder, empty, not a
// TorchScript archive) is listed with a warning and its reason.
class MetricListWidget : public FileListWidget
{
    Q_OBJECT

public:
    explicit MetricListWidget(QWidget *parent);

    QStringList metricFiles() const { return files(); }
    void setMetricFiles(const QStringList &paths) { setFiles(paths); }
    void addMetricFiles(const QStringList &paths) { addFiles(paths); }

protected:
    QString problem(const QString &path) const override;
    void browse() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};
