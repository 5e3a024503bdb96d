#pragma once

#include "common/runconfig.h"
#include "setup/datasetinspection.h"

#include <QTimer>
#include <QWidget>

class CheckpointListWidget;
class EngineNotice;
class MetricListWidget;
class QCheckBox;
class EngineQuery;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class TaskOptionsWidget;

// The left-hand form: everything a run needs. Asks the engine what the chosen dataset
// is (`--inspect`) and what the machine offers (`--probe`, for the default number of
// ranks), and shows both before the run.
class RunSetupWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RunSetupWidget(QWidget *parent);

    RunConfig config() const;
    // `ranksFromSettings` false: the number of ranks follows the engine's probe.
    void setConfig(const RunConfig &config, bool ranksFromSettings);
    void addCheckpoints(const QStringList &paths);
    void setDataPath(const QString &path);

    // Asks the engine about the machine (CUDA devices, cores).
    void probeEngine();
    // Inspects the dataset now (normally done shortly after it changes).
    void inspectDataset();

    bool inspectionOk() const { return m_inspectionOk; }
    // The engine was not found or did not answer its probe (the form says so at the top,
    // with a button to locate it).
    bool engineMissing() const;
    const DatasetInspection &inspection() const { return m_inspection; }
    QString inspectionText() const;
    void setEditable(bool editable);
    TaskOptionsWidget *taskOptions() const;
    MetricListWidget *metricList() const;

Q_SIGNALS:
    void changed();
    void copyCommandRequested();
    void slurmScriptRequested();
    void inspectionFinished(bool ok);

private:
    QLineEdit *addPathRow(class QFormLayout *form, const QString &label, const QString &name,
                          QList<QPushButton *> buttons);
    void browseDataFile();
    void browseDataFolder();
    void browseClassNames();
    void browseOutput();
    void browseMpirun();
    void browseEngine();
    void showEngineProblem(const QString &text); // "" hides the notice
    void onProbeAnswered(const QJsonObject &answer);
    void onInspectAnswered(const QJsonObject &answer);
    void onInspectFailed(const QString &message);

    EngineNotice *m_engineNotice = nullptr;
    CheckpointListWidget *m_checkpoints = nullptr;
    MetricListWidget *m_metrics = nullptr;
    QLineEdit *m_dataPath = nullptr;
    QLineEdit *m_classNames = nullptr;
    QLabel *m_datasetInfo = nullptr;
    QSpinBox *m_ranks = nullptr;
    QLabel *m_machineInfo = nullptr;
    QComboBox *m_device = nullptr;
    QSpinBox *m_batchSize = nullptr;
    QSpinBox *m_bootstrap = nullptr;
    QDoubleSpinBox *m_confidence = nullptr;
    QLineEdit *m_output = nullptr;
    QCheckBox *m_savePredictions = nullptr;
    TaskOptionsWidget *m_taskOptions = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QLineEdit *m_mpirun = nullptr;
    QLineEdit *m_engine = nullptr;
    QLineEdit *m_extraArgs = nullptr;
    QPushButton *m_copyCommand = nullptr;
    QPushButton *m_slurmScript = nullptr;
    QList<QWidget *> m_editors;

    EngineQuery *m_probe = nullptr;
    EngineQuery *m_inspect = nullptr;
    QTimer m_inspectDelay;
    bool m_ranksFromSettings = false;
    bool m_inspectionOk = false;
    DatasetInspection m_inspection;
};
