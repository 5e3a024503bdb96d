#include "setup/runsetupwidget.h"

#include "common/toollocator.h"
#include "common/wheelguard.h"
#include "setup/checkpointlistwidget.h"
#include "setup/enginenotice.h"
#include "setup/enginequery.h"
#include "setup/metriclistwidget.h"
#include "setup/taskoptionswidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

RunSetupWidget::RunSetupWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    // Said first when the engine is missing: nothing else works without it.
    m_engineNotice = new EngineNotice(this);
    layout->addWidget(m_engineNotice);
    connect(m_engineNotice, &EngineNotice::locateRequested, this, &RunSetupWidget::browseEngine);

    // Models.
    auto *modelsBox = new QGroupBox(tr("Model checkpoints"), this);
    auto *modelsLayout = new QVBoxLayout(modelsBox);
    m_checkpoints = new CheckpointListWidget(modelsBox);
    modelsLayout->addWidget(m_checkpoints);
    layout->addWidget(modelsBox);

    // Dataset.
    auto *dataBox = new QGroupBox(tr("Dataset"), this);
    auto *dataForm = new QFormLayout(dataBox);
    auto *dataFile = new QPushButton(tr("File..."), dataBox);
    auto *dataFolder = new QPushButton(tr("Folder..."), dataBox);
    m_dataPath = addPathRow(dataForm, tr("&Data:"), QStringLiteral("dataPath"),
                            {dataFile, dataFolder});
    auto *classNamesButton = new QPushButton(tr("Browse..."), dataBox);
    m_classNames = addPathRow(dataForm, tr("Class &names:"), QStringLiteral("classNames"),
                              {classNamesButton});
    m_classNames->setPlaceholderText(tr("optional, one name per line"));
    m_datasetInfo = new QLabel(tr("No dataset chosen."), dataBox);
    m_datasetInfo->setObjectName(QStringLiteral("datasetInfo"));
    m_datasetInfo->setWordWrap(true);
    m_datasetInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_datasetInfo->setMinimumWidth(10);
    dataForm->addRow(m_datasetInfo);
    layout->addWidget(dataBox);
    m_taskOptions = new TaskOptionsWidget(this);
    layout->addWidget(m_taskOptions);

    // The user's own metrics (--metric), optional.
    auto *metricsBox = new QGroupBox(tr("Custom metrics"), this);
    auto *metricsLayout = new QVBoxLayout(metricsBox);
    m_metrics = new MetricListWidget(metricsBox);
    metricsLayout->addWidget(m_metrics);
    layout->addWidget(metricsBox);
    connect(dataFile, &QPushButton::clicked, this, &RunSetupWidget::browseDataFile);
    connect(dataFolder, &QPushButton::clicked, this, &RunSetupWidget::browseDataFolder);
    connect(classNamesButton, &QPushButton::clicked, this, &RunSetupWidget::browseClassNames);

    // Run.
    auto *runBox = new QGroupBox(tr("Run"), this);
    auto *runForm = new QFormLayout(runBox);
    m_ranks = new QSpinBox(runBox);
    m_ranks->setObjectName(QStringLiteral("ranks"));
    m_ranks->setRange(1, 4096);
    m_ranks->setToolTip(tr("Number of MPI processes (mpirun -np)."));
    m_machineInfo = new QLabel(runBox);
    m_machineInfo->setObjectName(QStringLiteral("machineInfo"));
    auto *ranksRow = new QHBoxLayout;
    ranksRow->addWidget(m_ranks);
    ranksRow->addWidget(m_machineInfo, 1);
    auto *ranksLabel = new QLabel(tr("&Ranks:"), runBox);
    ranksLabel->setBuddy(m_ranks);
    runForm->addRow(ranksLabel, ranksRow);
    m_device = new QComboBox(runBox);
    m_device->setObjectName(QStringLiteral("device"));
    m_device->addItem(tr("Automatic (GPU if available)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    runForm->addRow(tr("De&vice:"), m_device);
    m_batchSize = new QSpinBox(runBox);
    m_batchSize->setObjectName(QStringLiteral("batchSize"));
    m_batchSize->setRange(1, 1 << 20);
    runForm->addRow(tr("&Batch size:"), m_batchSize);
    m_bootstrap = new QSpinBox(runBox);
    m_bootstrap->setObjectName(QStringLiteral("bootstrap"));
    m_bootstrap->setRange(0, 1000000);
    m_bootstrap->setSingleStep(100);
    m_bootstrap->setToolTip(tr("Bootstrap replicates for the intervals of F1 and the other "
                               "metrics that are not simple proportions (0: none)."));
    runForm->addRow(tr("Boots&trap replicates:"), m_bootstrap);
    m_confidence = new QDoubleSpinBox(runBox);
    m_confidence->setObjectName(QStringLiteral("confidence"));
    m_confidence->setRange(0.5, 0.999);
    m_confidence->setDecimals(3);
    m_confidence->setSingleStep(0.01);
    runForm->addRow(tr("&Confidence level:"), m_confidence);
    auto *outputButton = new QPushButton(tr("Browse..."), runBox);
    m_output = addPathRow(runForm, tr("&Output folder:"), QStringLiteral("outputFolder"),
                          {outputButton});
    m_output->setPlaceholderText(QDir::toNativeSeparators(RunConfig::defaultOutputDirectory()));
    m_output->setToolTip(
            tr("Where the result file is written; when empty, %1.")
                    .arg(QDir::toNativeSeparators(RunConfig::defaultOutputDirectory())));
    connect(outputButton, &QPushButton::clicked, this, &RunSetupWidget::browseOutput);
    m_savePredictions = new QCheckBox(tr("Save &per-sample predictions"), runBox);
    m_savePredictions->setObjectName(QStringLiteral("savePredictions"));
    // Every task has per-sample records; the engine refuses them only with
    // --skip-bad-images, which the app never passes.
    m_savePredictions->setToolTip(
            tr("Also write every sample's record next to the result (its prediction, and by "
               "task its confidence and loss, IoU, label sets or residual), for the Samples "
               "tab. For classification with one class per sample also the predicted classes, "
               "so that this run can later be compared pairwise with another run of the same "
               "data in the History tab."));
    runForm->addRow(QString(), m_savePredictions);
    layout->addWidget(runBox);

    // Advanced, folded away by default.
    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    layout->addWidget(m_advancedToggle);
    m_advanced = new QGroupBox(this);
    auto *advancedForm = new QFormLayout(m_advanced);
    auto *mpirunButton = new QPushButton(tr("Browse..."), m_advanced);
    m_mpirun = addPathRow(advancedForm, tr("&mpirun:"), QStringLiteral("mpirunPath"),
                          {mpirunButton});
    m_mpirun->setPlaceholderText(tr("found on the PATH"));
    auto *engineButton = new QPushButton(tr("Browse..."), m_advanced);
    m_engine = addPathRow(advancedForm, tr("&Engine:"), QStringLiteral("enginePath"),
                          {engineButton});
    m_engine->setPlaceholderText(tr("beside the app, in the build tree, then on the PATH"));
    m_extraArgs = new QLineEdit(m_advanced);
    m_extraArgs->setObjectName(QStringLiteral("extraMpirunArguments"));
    m_extraArgs->setPlaceholderText(tr("e.g. --hostfile hosts.txt"));
    m_extraArgs->setToolTip(tr("Passed to mpirun before the engine. Use double quotes for "
                               "arguments with spaces."));
    advancedForm->addRow(tr("E&xtra mpirun arguments:"), m_extraArgs);
    m_copyCommand = new QPushButton(tr("Copy command"), m_advanced);
    m_copyCommand->setObjectName(QStringLiteral("copyCommand"));
    m_copyCommand->setToolTip(tr("Copies the equivalent mpirun command line, to run the same "
                                 "evaluation elsewhere (e.g. on a cluster) and open its result "
                                 "here later."));
    m_slurmScript = new QPushButton(tr("Slurm Script..."), m_advanced);
    m_slurmScript->setObjectName(QStringLiteral("slurmScript"));
    m_slurmScript->setToolTip(tr("A Slurm batch script (sbatch) for this set-up, for the nodes, "
                                 "tasks and GPUs you choose; its result opens here later."));
    // One under the other: side by side they would widen the form (and the window).
    advancedForm->addRow(QString(), m_copyCommand);
    advancedForm->addRow(QString(), m_slurmScript);
    m_advanced->setVisible(false);
    layout->addWidget(m_advanced);
    layout->addStretch(1);
    connect(mpirunButton, &QPushButton::clicked, this, &RunSetupWidget::browseMpirun);
    connect(engineButton, &QPushButton::clicked, this, &RunSetupWidget::browseEngine);
    connect(m_copyCommand, &QPushButton::clicked, this, &RunSetupWidget::copyCommandRequested);
    connect(m_slurmScript, &QPushButton::clicked, this, &RunSetupWidget::slurmScriptRequested);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setVisible(on);
        m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    m_editors = {m_checkpoints,    m_metrics,    m_dataPath,   m_classNames, m_ranks,
                 m_device,         m_batchSize,  m_bootstrap,  m_confidence, m_output,
                 m_mpirun,         m_engine,     m_extraArgs,  dataFile,     dataFolder,
                 classNamesButton, outputButton, mpirunButton, engineButton, m_savePredictions};
    m_editors << m_taskOptions->editors();

    // Scrolling the form with the wheel must not change a number on the way (bootstrap
    // 1000 became 200 so).
    for (QWidget *field : std::initializer_list<QWidget *>{m_ranks, m_device, m_batchSize,
                                                           m_bootstrap, m_confidence})
        WheelGuard::install(field);

    m_probe = new EngineQuery(this);
    m_inspect = new EngineQuery(this);
    connect(m_probe, &EngineQuery::answered, this, &RunSetupWidget::onProbeAnswered);
    connect(m_probe, &EngineQuery::failed, this, [this](const QString &message) {
        m_machineInfo->setText(tr("engine not available"));
        m_machineInfo->setToolTip(message);
        showEngineProblem(tr("disteval-engine does not answer: %1").arg(message));
    });
    connect(m_inspect, &EngineQuery::answered, this, &RunSetupWidget::onInspectAnswered);
    connect(m_inspect, &EngineQuery::failed, this, &RunSetupWidget::onInspectFailed);
    m_inspectDelay.setSingleShot(true);
    m_inspectDelay.setInterval(400);
    connect(&m_inspectDelay, &QTimer::timeout, this, &RunSetupWidget::inspectDataset);

    connect(m_checkpoints, &CheckpointListWidget::changed, this, &RunSetupWidget::changed);
    connect(m_metrics, &MetricListWidget::changed, this, &RunSetupWidget::changed);
    for (QLineEdit *edit : {m_dataPath, m_classNames, m_output, m_mpirun, m_engine, m_extraArgs})
        connect(edit, &QLineEdit::textChanged, this, &RunSetupWidget::changed);
    for (QLineEdit *edit : {m_dataPath, m_classNames, m_engine})
        connect(edit, &QLineEdit::textChanged, &m_inspectDelay, qOverload<>(&QTimer::start));
    connect(m_engine, &QLineEdit::editingFinished, this, &RunSetupWidget::probeEngine);
    for (QSpinBox *spin : {m_ranks, m_batchSize, m_bootstrap})
        connect(spin, &QSpinBox::valueChanged, this, &RunSetupWidget::changed);
    connect(m_ranks, &QSpinBox::valueChanged, this, [this] { m_ranksFromSettings = true; });
    connect(m_confidence, &QDoubleSpinBox::valueChanged, this, &RunSetupWidget::changed);
    connect(m_device, &QComboBox::currentIndexChanged, this, &RunSetupWidget::changed);
    connect(m_savePredictions, &QCheckBox::toggled, this, &RunSetupWidget::changed);
    connect(m_taskOptions, &TaskOptionsWidget::changed, this, &RunSetupWidget::changed);

    setConfig(RunConfig(), false);
}

QLineEdit *RunSetupWidget::addPathRow(QFormLayout *form, const QString &label, const QString &name,
                                      QList<QPushButton *> buttons)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(name);
    edit->setClearButtonEnabled(true);
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    for (QPushButton *button : buttons)
        row->addWidget(button);
    // addRow(QString, QLayout *) would show the '&' literally: the label needs a buddy.
    auto *rowLabel = new QLabel(label, form->parentWidget());
    rowLabel->setBuddy(edit);
    form->addRow(rowLabel, row);
    return edit;
}

RunConfig RunSetupWidget::config() const
{
    RunConfig c;
    c.checkpoints = m_checkpoints->checkpoints();
    c.metricFiles = m_metrics->metricFiles();
    c.dataPath = m_dataPath->text().trimmed();
    c.classNamesFile = m_classNames->text().trimmed();
    c.outputDirectory = m_output->text().trimmed();
    c.ranks = m_ranks->value();
    c.device = RunConfig::deviceFromName(m_device->currentData().toString());
    c.batchSize = m_batchSize->value();
    c.bootstrapReplicates = m_bootstrap->value();
    c.confidence = m_confidence->value();
    m_taskOptions->applyTo(c);
    c.savePredictions = m_savePredictions->isChecked();
    c.mpirunPath = m_mpirun->text().trimmed();
    c.enginePath = m_engine->text().trimmed();
    c.extraMpirunArguments = m_extraArgs->text().trimmed();
    return c;
}

void RunSetupWidget::setConfig(const RunConfig &c, bool ranksFromSettings)
{
    m_checkpoints->setCheckpoints(c.checkpoints);
    m_metrics->setMetricFiles(c.metricFiles);
    m_dataPath->setText(c.dataPath);
    m_classNames->setText(c.classNamesFile);
    m_output->setText(c.outputDirectory);
    m_ranks->setValue(c.ranks);
    m_device->setCurrentIndex(qMax(0, m_device->findData(RunConfig::deviceName(c.device))));
    m_batchSize->setValue(c.batchSize);
    m_bootstrap->setValue(c.bootstrapReplicates);
    m_confidence->setValue(c.confidence);
    m_taskOptions->setFrom(c);
    m_savePredictions->setChecked(c.savePredictions);
    m_mpirun->setText(c.mpirunPath);
    m_engine->setText(c.enginePath);
    m_extraArgs->setText(c.extraMpirunArguments);
    if (!c.mpirunPath.isEmpty() || !c.enginePath.isEmpty() || !c.extraMpirunArguments.isEmpty())
        m_advancedToggle->setChecked(true);
    m_ranksFromSettings = ranksFromSettings;
}

void RunSetupWidget::addCheckpoints(const QStringList &paths)
{
    m_checkpoints->addCheckpoints(paths);
}

void RunSetupWidget::setDataPath(const QString &path)
{
    m_dataPath->setText(QDir::toNativeSeparators(path));
}

void RunSetupWidget::setEditable(bool editable)
{
    for (QWidget *w : std::as_const(m_editors))
        w->setEnabled(editable);
}

TaskOptionsWidget *RunSetupWidget::taskOptions() const
{
    return m_taskOptions;
}

MetricListWidget *RunSetupWidget::metricList() const
{
    return m_metrics;
}

QString RunSetupWidget::inspectionText() const
{
    return m_datasetInfo->text();
}

void RunSetupWidget::probeEngine()
{
    const QString engine = ToolLocator::engine(m_engine->text());
    if (engine.isEmpty()) {
        m_machineInfo->setText(tr("engine not found"));
        showEngineProblem(ToolLocator::engineNotFoundText());
        return;
    }
    showEngineProblem(QString());
    m_machineInfo->setText(tr("asking the engine..."));
    m_probe->query(engine, {QStringLiteral("--probe")});
}

void RunSetupWidget::showEngineProblem(const QString &text)
{
    m_engineNotice->setMessage(text);
    m_engineNotice->setVisible(!text.isEmpty());
}

bool RunSetupWidget::engineMissing() const
{
    return !m_engineNotice->isHidden();
}

void RunSetupWidget::onProbeAnswered(const QJsonObject &answer)
{
    showEngineProblem(QString());
    const bool cuda = answer.value(QStringLiteral("cuda_available")).toBool();
    const int gpus = answer.value(QStringLiteral("cuda_devices")).toInt();
    const int cores = answer.value(QStringLiteral("cpu_cores")).toInt(QThread::idealThreadCount());
    m_machineInfo->setText(cuda ? tr("%n GPU(s), %1 CPU cores", nullptr, gpus).arg(cores)
                                : tr("no GPU, %1 CPU cores").arg(cores));
    m_machineInfo->setToolTip(
            tr("disteval-engine %1")
                    .arg(answer.value(QStringLiteral("engine_version")).toString()));
    if (!m_ranksFromSettings) {
        const QSignalBlocker blocker(m_ranks);
        m_ranks->setValue(suggestedRanks(cuda, gpus, cores));
        Q_EMIT changed();
    }
}

void RunSetupWidget::inspectDataset()
{
    m_inspectDelay.stop();
    m_inspectionOk = false;
    const QString data = m_dataPath->text().trimmed();
    if (data.isEmpty()) {
        m_inspect->abandon();
        m_datasetInfo->setText(tr("No dataset chosen."));
        m_taskOptions->clearInspection();
        return;
    }
    const QString engine = ToolLocator::engine(m_engine->text());
    if (engine.isEmpty()) {
        m_datasetInfo->setText(tr("disteval-engine was not found, so the dataset cannot be "
                                  "checked. Set its path under Advanced."));
        Q_EMIT inspectionFinished(false);
        return;
    }
    QStringList arguments{QStringLiteral("--inspect"), QStringLiteral("--data"), data};
    if (!m_classNames->text().trimmed().isEmpty())
        arguments << QStringLiteral("--class-names") << m_classNames->text().trimmed();
    m_datasetInfo->setText(tr("Checking the dataset..."));
    m_inspect->query(engine, arguments);
}

void RunSetupWidget::onInspectAnswered(const QJsonObject &answer)
{
    QString error;
    if (!DatasetInspection::fromJson(answer, &m_inspection, &error)) {
        onInspectFailed(error);
        return;
    }
    m_inspectionOk = true;
    m_datasetInfo->setStyleSheet(QString());
    m_datasetInfo->setText(m_inspection.summary());
    m_taskOptions->showInspection(m_inspection);
    Q_EMIT inspectionFinished(true);
}

void RunSetupWidget::onInspectFailed(const QString &message)
{
    m_inspectionOk = false;
    m_taskOptions->clearInspection();
    m_datasetInfo->setStyleSheet(QStringLiteral("color: #b00020;"));
    // A class-names file that does not fit is the file's problem, not the dataset's
    // (and no model was looked at yet).
    if (m_inspect->errorCode() == QLatin1String("class_mismatch")
        && !m_classNames->text().trimmed().isEmpty())
        m_datasetInfo->setText(tr("The class-names file does not fit this dataset.")
                               + QLatin1Char('\n') + m_inspect->engineMessage());
    else
        m_datasetInfo->setText(tr("This is not a dataset the engine can read.") + QLatin1Char('\n')
                               + message);
    Q_EMIT inspectionFinished(false);
}

void RunSetupWidget::browseDataFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a dataset file"),
                                                      QFileInfo(m_dataPath->text()).path());
    if (!path.isEmpty())
        setDataPath(path);
}

void RunSetupWidget::browseDataFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Choose a dataset folder"),
                                                           m_dataPath->text());
    if (!path.isEmpty())
        setDataPath(path);
}

void RunSetupWidget::browseClassNames()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a class-names file"),
                                                      QFileInfo(m_dataPath->text()).path(),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        m_classNames->setText(QDir::toNativeSeparators(path));
}

void RunSetupWidget::browseOutput()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Choose the output folder"),
                                                           m_output->text());
    if (!path.isEmpty())
        m_output->setText(QDir::toNativeSeparators(path));
}

void RunSetupWidget::browseMpirun()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Locate mpirun"), m_mpirun->text());
    if (!path.isEmpty())
        m_mpirun->setText(QDir::toNativeSeparators(path));
}

void RunSetupWidget::browseEngine()
{
    const QString path
            = QFileDialog::getOpenFileName(this, tr("Locate disteval-engine"), m_engine->text());
    if (!path.isEmpty()) {
        m_engine->setText(QDir::toNativeSeparators(path));
        probeEngine();
    }
}
