#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

// The run's custom metrics (`--metric FILE`, repeatable; docs/METRICS.md): scripted
// TorchScript metrics the engine sums exactly and gives intervals. Add... (file dialog),
// Remove, and files dropped onto the list (here, not on the window, where a .pt file is
// taken for a checkpoint). A file that cannot be a metric (missing, a folder, empty, not a
// TorchScript archive) is listed with a warning and its reason.
class MetricListWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MetricListWidget(QWidget *parent);

    QStringList metricFiles() const;
    void setMetricFiles(const QStringList &paths);
    // Appends those not yet listed, as absolute paths.
    void addMetricFiles(const QStringList &paths);
    // Why the listed `path` cannot be a metric file ("" when it can, or is not listed).
    QString problemOf(const QString &path) const;
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void removeSelected();
    void updateButtons();

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};
