#include "setup/taskoptionswidget.h"

#include "common/wheelguard.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace {
QString shapeText(const QList<qint64> &dims)
{
    QStringList parts;
    for (qint64 n : dims)
        parts << QString::number(n);
    return parts.join(QChar(0x00D7));
}
} // namespace

TaskOptionsWidget::TaskOptionsWidget(QWidget *parent)
    : QGroupBox(tr("Task and model output"), parent)
{
    setObjectName(QStringLiteral("taskOptions"));
    m_form = new QFormLayout(this);
    m_task = new QComboBox(this);
    m_task->setObjectName(QStringLiteral("task"));
    m_task->addItem(tr("Classification (per sample, pixel or token)"),
                    RunConfig::taskName(RunConfig::Task::Classification));
    m_task->addItem(tr("Multi-label (several labels per sample)"),
                    RunConfig::taskName(RunConfig::Task::MultiLabel));
    m_task->addItem(tr("Regression (real-valued targets)"),
                    RunConfig::taskName(RunConfig::Task::Regression));
    m_task->setToolTip(tr("Classification becomes dense classification (segmentation, token "
                          "labels) when the labels have dimensions of their own."));
    m_form->addRow(tr("T&ask:"), m_task);

    m_ignore = new QComboBox(this);
    m_ignore->setObjectName(QStringLiteral("ignoreIndex"));
    m_ignore->setEditable(true);
    m_ignore->addItems({QString(), QStringLiteral("255"), QStringLiteral("-100")});
    m_ignore->lineEdit()->setPlaceholderText(tr("none"));
    m_ignore->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("-?\\d{0,18}")), m_ignore));
    m_ignore->setToolTip(tr("Dense labels with this value are left out of every metric: "
                            "commonly 255 (VOC, Cityscapes masks) or -100 (Hugging Face token "
                            "labels). Empty: none."));
    m_form->addRow(tr("&Ignore index:"), m_ignore);

    m_classDim = new QComboBox(this);
    m_classDim->setObjectName(QStringLiteral("classDim"));
    m_classDim->addItem(tr("Automatic (from the label shape)"),
                        RunConfig::classDimName(RunConfig::ClassDim::Auto));
    m_classDim->addItem(tr("1: [B, C, …] (PyTorch)"),
                        RunConfig::classDimName(RunConfig::ClassDim::Second));
    m_classDim->addItem(tr("Last: [B, …, C] (Hugging Face)"),
                        RunConfig::classDimName(RunConfig::ClassDim::Last));
    m_form->addRow(tr("Class &dimension:"), m_classDim);

    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("threshold"));
    m_threshold->setRange(0.001, 0.999);
    m_threshold->setDecimals(3);
    m_threshold->setSingleStep(0.05);
    m_threshold->setToolTip(tr("A label is predicted when the sigmoid of its logit reaches this "
                               "value."));
    m_form->addRow(tr("T&hreshold:"), m_threshold);

    // Segmentation folders: --data images/ --masks masks/ (docs/TASKS.md).
    m_masksRow = new QWidget(this);
    auto *masksLayout = new QHBoxLayout(m_masksRow);
    masksLayout->setContentsMargins(0, 0, 0, 0);
    m_masks = new QLineEdit(m_masksRow);
    m_masks->setObjectName(QStringLiteral("masksFolder"));
    m_masks->setClearButtonEnabled(true);
    m_masks->setPlaceholderText(tr("none: labels come with the dataset"));
    m_masks->setToolTip(tr("Segmentation folders: the dataset is a folder of images and this "
                           "folder holds each image's mask, a PNG of class indices with the "
                           "same relative name."));
    auto *browseMasks = new QPushButton(tr("Browse…"), m_masksRow);
    browseMasks->setObjectName(QStringLiteral("browseMasks"));
    connect(browseMasks, &QPushButton::clicked, this, [this] {
        const QString folder
                = QFileDialog::getExistingDirectory(this, tr("Masks Folder"), m_masks->text());
        if (!folder.isEmpty())
            m_masks->setText(folder);
    });
    masksLayout->addWidget(m_masks, 1);
    masksLayout->addWidget(browseMasks);
    m_form->addRow(tr("Masks &folder:"), m_masksRow);

    m_outputKey = new QLineEdit(this);
    m_outputKey->setObjectName(QStringLiteral("outputKey"));
    m_outputKey->setClearButtonEnabled(true);
    m_outputKey->setPlaceholderText(tr("logits, or a dict's only tensor"));
    m_outputKey->setToolTip(tr("For a model that returns a dict: the entry to evaluate."));
    m_form->addRow(tr("Output &key:"), m_outputKey);
    m_outputIndex = new QSpinBox(this);
    m_outputIndex->setObjectName(QStringLiteral("outputIndex"));
    m_outputIndex->setRange(0, 1 << 20);
    m_outputIndex->setToolTip(tr("For a model that returns a tuple or list: the element to "
                                 "evaluate."));
    m_form->addRow(tr("Output ele&ment:"), m_outputIndex);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("taskNote"));
    m_note->setWordWrap(true);
    m_note->setMinimumWidth(10);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setStyleSheet(QStringLiteral("color: #404040;"));
    m_note->hide();
    m_form->addRow(m_note);

    // The long item texts never widen the set-up (the results need the room); the open
    // list shows them whole.
    for (QComboBox *box : {m_task, m_ignore, m_classDim}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_task, m_ignore, m_classDim, m_threshold, m_outputIndex})
        WheelGuard::install(field);
    connect(m_task, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        m_note->setText(inspectionNote());
        m_note->setVisible(!m_note->text().isEmpty());
        Q_EMIT changed();
    });
    connect(m_ignore, &QComboBox::currentTextChanged, this, &TaskOptionsWidget::changed);
    connect(m_classDim, &QComboBox::currentIndexChanged, this, &TaskOptionsWidget::changed);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &TaskOptionsWidget::changed);
    connect(m_outputKey, &QLineEdit::textChanged, this, &TaskOptionsWidget::changed);
    connect(m_masks, &QLineEdit::textChanged, this, &TaskOptionsWidget::changed);
    connect(m_outputIndex, &QSpinBox::valueChanged, this, &TaskOptionsWidget::changed);
    setFrom(RunConfig());
}

QList<QWidget *> TaskOptionsWidget::editors() const
{
    // The masks' whole row: its Browse… button too (a run's set-up is read-only).
    return {m_task, m_ignore, m_classDim, m_threshold, m_masksRow, m_outputKey, m_outputIndex};
}

RunConfig::Task TaskOptionsWidget::task() const
{
    return RunConfig::taskFromName(m_task->currentData().toString());
}

// The ignore index and the class dimension belong to (dense) classification, the
// threshold to multi-label.
void TaskOptionsWidget::updateRows()
{
    const RunConfig::Task t = task();
    m_form->setRowVisible(m_ignore, t == RunConfig::Task::Classification);
    m_form->setRowVisible(m_classDim, t == RunConfig::Task::Classification);
    m_form->setRowVisible(m_masksRow, t == RunConfig::Task::Classification);
    m_form->setRowVisible(m_threshold, t == RunConfig::Task::MultiLabel);
}

void TaskOptionsWidget::setFrom(const RunConfig &c)
{
    m_task->setCurrentIndex(qMax(0, m_task->findData(RunConfig::taskName(c.task))));
    m_ignore->setCurrentText(c.hasIgnoreIndex ? QString::number(c.ignoreIndex) : QString());
    m_classDim->setCurrentIndex(qMax(0, m_classDim->findData(RunConfig::classDimName(c.classDim))));
    m_threshold->setValue(c.threshold);
    m_outputKey->setText(c.outputKey);
    m_masks->setText(c.masksFolder);
    m_outputIndex->setValue(c.outputIndex);
    updateRows();
}

void TaskOptionsWidget::applyTo(RunConfig &c) const
{
    c.task = task();
    bool ok = false;
    const qint64 ignore = m_ignore->currentText().trimmed().toLongLong(&ok);
    c.hasIgnoreIndex = ok;
    c.ignoreIndex = ok ? ignore : RunConfig().ignoreIndex;
    c.classDim = RunConfig::classDimFromName(m_classDim->currentData().toString());
    c.threshold = m_threshold->value();
    c.outputKey = m_outputKey->text().trimmed();
    c.masksFolder = m_masks->text().trimmed();
    c.outputIndex = m_outputIndex->value();
}

QString TaskOptionsWidget::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void TaskOptionsWidget::showInspection(const DatasetInspection &inspection)
{
    m_inspection = inspection;
    // Real-valued labels cannot be classes: regression is what fits them.
    if (inspection.impliedTask == QLatin1String("regression")
        && task() == RunConfig::Task::Classification) {
        const QSignalBlocker blocker(m_task);
        m_task->setCurrentIndex(m_task->findData(RunConfig::taskName(RunConfig::Task::Regression)));
        updateRows();
        Q_EMIT changed();
    }
    m_note->setText(inspectionNote());
    m_note->setVisible(!m_note->text().isEmpty());
}

void TaskOptionsWidget::clearInspection()
{
    m_inspection = DatasetInspection();
    m_note->clear();
    m_note->hide();
}

// What the labels say about the task chosen, and the model's inputs.
QString TaskOptionsWidget::inspectionNote() const
{
    const DatasetInspection &d = m_inspection;
    const RunConfig::Task t = task();
    QStringList lines;
    const bool oneDimension = d.labelShape.size() == 1;
    if (d.impliedTask == QLatin1String("dense_classification")
        && t == RunConfig::Task::Classification) {
        lines << tr("The labels have dimensions (%1): dense classification (segmentation, "
                    "token labels), evaluated per element. Set the ignore index if the labels "
                    "use one.")
                         .arg(shapeText(d.labelShape));
        if (oneDimension)
            lines << tr("If these are 0/1 columns, one per label, choose Multi-label.");
    } else if (d.impliedTask == QLatin1String("regression")) {
        if (t == RunConfig::Task::Regression)
            lines << tr("The labels are real numbers: regression.");
        if (oneDimension && t != RunConfig::Task::MultiLabel)
            lines << tr("If they are 0/1 columns, one per label, choose Multi-label.");
    } else if (d.impliedTask == QLatin1String("unknown")) {
        lines << tr("The labels are real numbers with dimensions (%1): none of the engine's "
                    "tasks takes them.")
                         .arg(shapeText(d.labelShape));
    } else if (d.impliedTask == QLatin1String("classification")
               && t != RunConfig::Task::Classification) {
        lines << tr("The labels are one class per sample: this looks like classification.");
    }
    if (!d.inputNames.isEmpty())
        lines << tr("Model inputs: %1.").arg(d.inputNames.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}
