#pragma once

#include "common/runconfig.h"
#include "setup/datasetinspection.h"

#include <QGroupBox>
#include <QList>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// The set-up's "Task and model output" group (docs/TASKS.md): the task (classification,
// multi-label, regression), the ignore index and the class dimension of dense labels
// (classification only), the multi-label threshold, and which entry of a dict or
// element of a tuple output is evaluated. What `--inspect` says about the labels is shown
// under it: real labels preselect regression, labels with dimensions are named as dense
// classification, several inputs are listed.
class TaskOptionsWidget : public QGroupBox
{
    Q_OBJECT

public:
    explicit TaskOptionsWidget(QWidget *parent);

    void setFrom(const RunConfig &config);
    // Writes the task's fields of `config` (the others stay).
    void applyTo(RunConfig &config) const;
    RunConfig::Task task() const;

    void showInspection(const DatasetInspection &inspection);
    void clearInspection();
    QString noteText() const;
    QList<QWidget *> editors() const;

    QComboBox *taskBox() const { return m_task; }
    QComboBox *ignoreIndexBox() const { return m_ignore; }
    QComboBox *classDimBox() const { return m_classDim; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QLineEdit *outputKeyEdit() const { return m_outputKey; }
    QLineEdit *masksEdit() const { return m_masks; }
    QSpinBox *outputIndexBox() const { return m_outputIndex; }

Q_SIGNALS:
    void changed();

private:
    void updateRows();
    QString inspectionNote() const;

    QFormLayout *m_form = nullptr;
    QComboBox *m_task = nullptr;
    QComboBox *m_ignore = nullptr;
    QComboBox *m_classDim = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QLineEdit *m_outputKey = nullptr;
    QLineEdit *m_masks = nullptr;
    QWidget *m_masksRow = nullptr;
    QSpinBox *m_outputIndex = nullptr;
    QLabel *m_note = nullptr;
    DatasetInspection m_inspection;
};
