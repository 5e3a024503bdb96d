#include "app/slurmscriptdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QSpinBox *spinBox(QWidget *parent, const QString &name, int min, int max)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(min, max);
    return spin;
}
} // namespace

SlurmScriptDialog::SlurmScriptDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("slurmScriptDialog"));
    setWindowTitle(tr("Slurm Batch Script"));
    build();
    const SlurmScript::Options o = [] {
        QSettings settings;
        return SlurmScript::Options::load(settings);
    }();
    m_loading = true;
    m_nodes->setValue(o.nodes);
    m_tasksPerNode->setValue(o.tasksPerNode);
    m_gpusPerNode->setValue(o.gpusPerNode);
    m_cpusPerTask->setValue(o.cpusPerTask);
    m_time->setText(o.timeLimit);
    m_partition->setText(o.partition);
    m_loading = false;
    resize(760, 580);
}

void SlurmScriptDialog::build()
{
    m_nodes = spinBox(this, QStringLiteral("slurmNodes"), 1, SlurmScript::kMaxNodes);
    m_tasksPerNode
            = spinBox(this, QStringLiteral("slurmTasksPerNode"), 1, SlurmScript::kMaxTasksPerNode);
    m_tasksPerNode->setToolTip(tr("Ranks on each node (--ntasks-per-node); with GPUs, one per "
                                  "GPU."));
    m_gpusPerNode
            = spinBox(this, QStringLiteral("slurmGpusPerNode"), 0, SlurmScript::kMaxGpusPerNode);
    m_gpusPerNode->setSpecialValueText(tr("0 (CPU only)"));
    m_gpusPerNode->setToolTip(tr("GPUs on each node (--gres=gpu:N, --device cuda); 0 runs on "
                                 "the CPU (--device cpu)."));
    m_cpusPerTask
            = spinBox(this, QStringLiteral("slurmCpusPerTask"), 1, SlurmScript::kMaxCpusPerTask);
    m_cpusPerTask->setToolTip(tr("CPU cores of each rank (--cpus-per-task): its threads, "
                                 "including those that load the data."));
    m_time = new QLineEdit(this);
    m_time->setObjectName(QStringLiteral("slurmTime"));
    m_time->setPlaceholderText(tr("hours:minutes:seconds, e.g. 01:00:00"));
    m_partition = new QLineEdit(this);
    m_partition->setObjectName(QStringLiteral("slurmPartition"));
    m_partition->setPlaceholderText(tr("optional: the cluster's default"));

    // Two columns of fields at their natural width: the job's size, then its limits.
    auto *size = new QFormLayout;
    size->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    size->addRow(tr("&Nodes:"), m_nodes);
    size->addRow(tr("&Tasks per node:"), m_tasksPerNode);
    size->addRow(tr("&GPUs per node:"), m_gpusPerNode);
    auto *limits = new QFormLayout;
    limits->addRow(tr("CPUs per tas&k:"), m_cpusPerTask);
    limits->addRow(tr("T&ime limit:"), m_time);
    limits->addRow(tr("&Partition:"), m_partition);
    // The four counts alike wide (the widest: "0 (CPU only)"), not stretched.
    int width = 0;
    for (QSpinBox *spin : {m_nodes, m_tasksPerNode, m_gpusPerNode, m_cpusPerTask})
        width = std::max(width, spin->sizeHint().width());
    for (QSpinBox *spin : {m_nodes, m_tasksPerNode, m_gpusPerNode, m_cpusPerTask}) {
        spin->setMinimumWidth(width);
        spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    auto *form = new QHBoxLayout;
    form->addLayout(size);
    form->addSpacing(24);
    form->addLayout(limits, 1);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("slurmNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("slurmScriptText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("slurmFeedback"));
    m_feedback->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("slurmCopy"));
    m_save = buttons->addButton(tr("&Save..."), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("slurmSave"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &SlurmScriptDialog::copyScript);
    connect(m_save, &QPushButton::clicked, this, &SlurmScriptDialog::saveDialog);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);

    for (QSpinBox *spin : {m_nodes, m_tasksPerNode, m_gpusPerNode, m_cpusPerTask})
        connect(spin, &QSpinBox::valueChanged, this, &SlurmScriptDialog::updateScript);
    for (QLineEdit *edit : {m_time, m_partition})
        connect(edit, &QLineEdit::textChanged, this, &SlurmScriptDialog::updateScript);
}

void SlurmScriptDialog::setRun(const RunConfig &config, const QString &engine,
                               const QString &resultPath)
{
    m_config = config;
    m_engine = engine;
    m_resultPath = resultPath;
    m_feedback->clear();
    // Nothing chosen yet: the set-up's ranks on one node.
    if (!QSettings().contains(QStringLiteral("slurm/tasksPerNode"))) {
        const QSignalBlocker blocker(m_tasksPerNode);
        m_tasksPerNode->setValue(config.ranks);
    }
    updateScript();
}

SlurmScript::Options SlurmScriptDialog::options() const
{
    SlurmScript::Options o;
    o.nodes = m_nodes->value();
    o.tasksPerNode = m_tasksPerNode->value();
    o.gpusPerNode = m_gpusPerNode->value();
    o.cpusPerTask = m_cpusPerTask->value();
    o.timeLimit = m_time->text().trimmed();
    o.partition = m_partition->text().trimmed();
    return o;
}

QString SlurmScriptDialog::script() const
{
    return m_problem.isEmpty() ? m_text->toPlainText() : QString();
}

void SlurmScriptDialog::updateScript()
{
    if (m_loading)
        return;
    const SlurmScript::Options o = options();
    m_problem = SlurmScript::problem(m_config, o);
    if (m_problem.isEmpty()) {
        QSettings settings;
        o.save(settings);
    }
    m_copy->setEnabled(m_problem.isEmpty());
    m_save->setEnabled(m_problem.isEmpty());
    m_feedback->clear();
    if (!m_problem.isEmpty()) {
        m_note->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_note->setText(m_problem);
        m_text->clear();
        return;
    }
    QStringList note{tr("Ranks: %1 (nodes × tasks per node).").arg(o.ranks())};
    if (o.gpusPerNode > 0 && o.tasksPerNode != o.gpusPerNode)
        note << tr("With GPUs, one task per GPU is usual: tasks per node = GPUs per node.");
    note << tr("Every node must see the checkpoints, the dataset and the output folder at "
               "these paths (a shared file system). The result, %1, opens here afterwards.")
                    .arg(QDir::toNativeSeparators(m_resultPath));
    m_note->setStyleSheet(QString());
    m_note->setText(note.join(QLatin1Char(' ')));
    m_text->setPlainText(SlurmScript::generate(m_config, o, m_engine, m_resultPath));
}

void SlurmScriptDialog::copyScript()
{
    if (script().isEmpty())
        return;
    QApplication::clipboard()->setText(script());
    m_feedback->setText(tr("The script is on the clipboard."));
}

bool SlurmScriptDialog::saveScript(const QString &path, QString *error)
{
    const QString text = script();
    if (text.isEmpty()) {
        *error = m_problem;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = tr("%1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeGroup
                                        | QFile::ExeOther);
    return true;
}

void SlurmScriptDialog::saveDialog()
{
    QSettings settings;
    const QString key = QStringLiteral("slurm/folder");
    const QString folder = settings.value(key, QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Slurm Script"), QDir(folder).filePath(QStringLiteral("disteval.sbatch")),
            tr("Slurm batch scripts (*.sbatch *.sh);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(key, QFileInfo(path).absolutePath());
    QString error;
    if (saveScript(path, &error))
        m_feedback->setText(
                tr("Saved to %1. Submit it with: sbatch %2")
                        .arg(QDir::toNativeSeparators(path), QFileInfo(path).fileName()));
    else
        m_feedback->setText(error);
}
