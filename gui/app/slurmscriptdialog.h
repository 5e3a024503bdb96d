#pragma once

#include "common/runconfig.h"
#include "run/slurmscript.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// Run › Slurm Batch Script… and the set-up's *Slurm Script...* (beside *Copy command*):
// the set-up as a Slurm batch script (SlurmScript) for the nodes, tasks per node, GPUs per
// node (0: CPU only), CPUs per task, time limit and partition the user chooses, shown as
// it will be written, with Copy and Save…. The choices are kept in the settings (group
// "slurm") and come back the next time.
class SlurmScriptDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SlurmScriptDialog(QWidget *parent);

    // The set-up the script is for, the engine on the cluster and the result file.
    void setRun(const RunConfig &config, const QString &engine, const QString &resultPath);
    SlurmScript::Options options() const;
    // The script shown ("" while problem() says why there is none).
    QString script() const;
    QString problem() const { return m_problem; }
    // Copies the script to the clipboard.
    void copyScript();
    // Writes the script to `path` (complete or not at all, executable); false with a
    // translated `error` when it cannot.
    bool saveScript(const QString &path, QString *error);

private:
    void build();
    void updateScript();
    void saveDialog();

    QSpinBox *m_nodes = nullptr;
    QSpinBox *m_tasksPerNode = nullptr;
    QSpinBox *m_gpusPerNode = nullptr;
    QSpinBox *m_cpusPerTask = nullptr;
    QLineEdit *m_time = nullptr;
    QLineEdit *m_partition = nullptr;
    QLabel *m_note = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;

    RunConfig m_config;
    QString m_engine;
    QString m_resultPath;
    QString m_problem;
    bool m_loading = false;
};
