#include "samples/samplesview.h"

#include "common/resultformat.h"
#include "common/samplerenderer.h"
#include "samples/sampledetail.h"
#include "samples/samplegallery.h"
#include "samples/sampletablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using disteval::Task;

SamplesView::SamplesView(QWidget *parent)
    : QWidget(parent)
{
    // The combo boxes' long entries ("Wrong where another model is right:", a model's file
    // name) and the texts below must not widen the window (docs/GUI.md: its minimum width
    // stays at most 800 px): the boxes are as wide as about 16 characters at least and
    // show the rest in their popup, the texts wrap.
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("samplePreset"));
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(16);
    m_other = new QComboBox(this);
    m_other->setObjectName(QStringLiteral("sampleOtherModel"));
    m_other->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_other->setMinimumContentsLength(14);
    m_cells = new QLabel(this);
    m_cells->setObjectName(QStringLiteral("sampleCells"));
    m_cells->setWordWrap(true);
    m_clearCells = new QPushButton(tr("All Cells"), this);
    m_clearCells->setToolTip(tr("List the samples of every confusion-matrix cell again"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sampleStatus"));
    m_status->setWordWrap(true);
    m_copy = new QPushButton(tr("Copy Indices"), this);
    m_copy->setToolTip(tr("Copy the listed samples' indices, in the table's order"));
    m_export = new QPushButton(tr("Export CSV…"), this);

    m_model = new SampleTableModel(this);
    m_renderer = new SampleRenderer(this);
    m_model->setRenderer(m_renderer);
    m_gallery = new SampleGallery(m_model, m_renderer, this);
    m_table = m_gallery->table();
    m_trueClass = new QComboBox(this);
    m_trueClass->setObjectName(QStringLiteral("sampleTrueClass"));
    m_trueClass->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_trueClass->setMinimumWidth(60); // narrow where there is no room
    m_trueClassLabel = new QLabel(tr("True class:"), this);
    m_detail = new SampleDetail(this);

    // Two rows: what is listed, then the cells it is limited to and what to do with it.
    auto *choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("Show:"), this));
    choice->addWidget(m_preset, 2);
    choice->addWidget(m_other, 1);
    // The class filter on this row, not in the gallery's bar: beside the detail pane that
    // bar has room for the view and the sort order only (German elided all three).
    choice->addWidget(m_trueClassLabel);
    choice->addWidget(m_trueClass);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_cells, 1);
    actions->addWidget(m_clearCells);
    actions->addWidget(m_copy);
    actions->addWidget(m_export);
    auto *controls = new QVBoxLayout;
    controls->addLayout(choice);
    controls->addLayout(actions);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_gallery);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_preset, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_other, &QComboBox::activated, this, [this] {
        m_filter.otherModel = m_other->currentData().toInt();
        refresh();
    });
    connect(m_clearCells, &QPushButton::clicked, this, &SamplesView::clearCells);
    connect(m_copy, &QPushButton::clicked, this, &SamplesView::copyIndices);
    connect(m_export, &QPushButton::clicked, this, &SamplesView::exportDialog);
    connect(m_detail, &SampleDetail::vocabularyRequested, this, &SamplesView::chooseVocabulary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SamplesView::showDetail);
    connect(m_trueClass, &QComboBox::activated, this,
            [this] { setTrueClass(m_trueClass->currentData().toInt()); });
    connect(m_gallery, &SampleGallery::thumbnailsArrived, this, [this](const QList<qint64> &i) {
        if (i.contains(m_detail->index()))
            m_detail->showInput(m_renderer);
    });
    fillPresets();
    setResult(nullptr, {});
}

QCustomPlot *SamplesView::detailPlot() const
{
    return m_detail->plot();
}

void SamplesView::fillPresets()
{
    const int current = m_preset->currentIndex();
    m_preset->clear();
    m_preset->addItem(tr("All samples"), AllSamples);
    const Task task = m_file ? m_file->header().layout.task : Task::Classification;
    const bool correctness = task == Task::Classification || task == Task::MultiLabel;
    if (correctness) {
        m_preset->addItem(tr("Mistakes"), Mistakes);
        m_preset->addItem(tr("Most confident mistakes"), ConfidentMistakes);
        m_preset->addItem(tr("Least confident correct"), UnsureCorrect);
        if (m_file && m_result && m_result->models.size() > 1) {
            m_preset->addItem(tr("Right where another model is wrong:"), RightWhereOther);
            m_preset->addItem(tr("Wrong where another model is right:"), WrongWhereOther);
        }
    }
    m_preset->setCurrentIndex(std::clamp(current, 0, m_preset->count() - 1));
}

void SamplesView::fillTrueClasses()
{
    m_trueClass->clear();
    m_trueClass->addItem(tr("Every class"), -1);
    if (m_result)
        for (int c = 0; c < m_result->dataset.numClasses; ++c)
            m_trueClass->addItem(ResultFormat::className(*m_result, c), c);
}

bool SamplesView::setResult(std::shared_ptr<const disteval::ResultFile> result,
                            const QString &resultPath)
{
    m_result = std::move(result);
    m_file.reset();
    m_fileB.reset();
    m_modelsOfA = 0;
    if (!m_result)
        return setProblem(tr("No result is open."));
    if (m_result->samplesFile.empty())
        return setProblem(
                tr("This result has no per-sample records. Run the evaluation with "
                   "per-sample records on (the set-up's “Save per-sample predictions”, or "
                   "--save-predictions) to see the samples behind its numbers."));
    try {
        m_file = disteval::openSamplesOf(*m_result, resultPath.toStdString());
    } catch (const std::exception &e) {
        return setProblem(tr("The per-sample records cannot be used: %1")
                                  .arg(QString::fromStdString(e.what())));
    }
    m_renderer->setResult(m_result.get());
    return showRecords();
}

bool SamplesView::setRunPair(std::shared_ptr<const disteval::ResultFile> combined, int modelsOfA,
                             const std::shared_ptr<const disteval::ResultFile> &a,
                             const QString &pathA,
                             const std::shared_ptr<const disteval::ResultFile> &b,
                             const QString &pathB)
{
    m_result = std::move(combined);
    m_file.reset();
    m_fileB.reset();
    m_modelsOfA = modelsOfA;
    if (!m_result || !a || !b || a->samplesFile.empty() || b->samplesFile.empty())
        return setProblem(tr("Both runs need per-sample records (“Save per-sample "
                             "predictions”) to list the samples they disagree on."));
    try {
        m_file = disteval::openSamplesOf(*a, pathA.toStdString());
        m_fileB = disteval::openSamplesOf(*b, pathB.toStdString());
    } catch (const std::exception &e) {
        m_file.reset();
        m_fileB.reset();
        return setProblem(tr("The per-sample records cannot be used: %1")
                                  .arg(QString::fromStdString(e.what())));
    }
    const QString problem = pairingProblem(*m_file, *m_fileB);
    if (!problem.isEmpty()) {
        m_file.reset();
        m_fileB.reset();
        return setProblem(tr("The runs' samples cannot be paired: %1").arg(problem));
    }
    m_renderer->setResult(a.get());
    return showRecords();
}

// No records to show: the reason, and every control off.
bool SamplesView::setProblem(const QString &problem)
{
    m_file.reset();
    m_fileB.reset();
    m_model->clear();
    m_filter = SampleFilter();
    m_renderer->setResult(nullptr);
    m_other->clear();
    fillPresets();
    fillTrueClasses();
    for (QWidget *w : {static_cast<QWidget *>(m_preset), static_cast<QWidget *>(m_gallery),
                       static_cast<QWidget *>(m_copy), static_cast<QWidget *>(m_export)})
        w->setEnabled(false);
    m_status->setText(problem);
    m_cells->clear();
    m_clearCells->setVisible(false);
    m_other->setVisible(false);
    m_detail->clear();
    m_detail->setVisible(false);
    m_gallery->refresh();
    return false;
}

bool SamplesView::showRecords()
{
    m_model->clear();
    m_filter = SampleFilter();
    m_other->clear();
    for (size_t m = 0; m < m_result->models.size(); ++m)
        m_other->addItem(ResultFormat::modelName(m_result->models[m]), static_cast<int>(m));
    fillPresets();
    fillTrueClasses();
    for (QWidget *w : {static_cast<QWidget *>(m_preset), static_cast<QWidget *>(m_gallery),
                       static_cast<QWidget *>(m_copy), static_cast<QWidget *>(m_export)})
        w->setEnabled(true);
    const bool classification = m_file->header().layout.task == Task::Classification;
    m_trueClass->setVisible(classification);
    m_trueClassLabel->setVisible(classification);
    m_detail->setVisible(true);
    m_detail->setTopKShown(classification);
    setModelIndex(0);
    return true;
}

const disteval::SamplesFile &SamplesView::fileOf(int model) const
{
    return *sharedFileOf(model);
}

std::shared_ptr<const disteval::SamplesFile> SamplesView::sharedFileOf(int model) const
{
    return m_fileB && model >= m_modelsOfA ? m_fileB : m_file;
}

int SamplesView::localModel(int model) const
{
    return m_fileB && model >= m_modelsOfA ? model - m_modelsOfA : model;
}

void SamplesView::setModelIndex(int model)
{
    m_filter.model = model;
    if (m_filter.otherModel < 0 || m_filter.otherModel == model)
        m_filter.otherModel = model == 0 ? 1 : 0;
    if (m_file)
        refresh();
}

void SamplesView::setCells(int trueFirst, int trueLast, int predictedFirst, int predictedLast)
{
    m_filter.trueFirst = std::min(trueFirst, trueLast);
    m_filter.trueLast = std::max(trueFirst, trueLast);
    m_filter.predictedFirst = std::min(predictedFirst, predictedLast);
    m_filter.predictedLast = std::max(predictedFirst, predictedLast);
    if (m_file)
        refresh();
}

void SamplesView::clearCells()
{
    setCells(-1, -1, -1, -1);
}

void SamplesView::setTrueClass(int trueClass)
{
    setCells(trueClass, trueClass, -1, -1);
}

void SamplesView::setPreset(Preset preset)
{
    const int i = m_preset->findData(preset);
    if (i >= 0)
        m_preset->setCurrentIndex(i);
    if (m_file)
        refresh();
}

void SamplesView::setOtherModel(int model)
{
    const int i = m_other->findData(model);
    if (i >= 0)
        m_other->setCurrentIndex(i);
    m_filter.otherModel = model;
    if (m_file)
        refresh();
}

SampleFilter::Outcome SamplesView::outcomeOf(Preset preset) const
{
    using Outcome = SampleFilter::Outcome;
    switch (preset) {
    case AllSamples:
        return Outcome::Any;
    case Mistakes:
    case ConfidentMistakes:
        return Outcome::Mistakes;
    case UnsureCorrect:
        return Outcome::Correct;
    case RightWhereOther:
        return Outcome::RightWhereOtherWrong;
    case WrongWhereOther:
        return Outcome::WrongWhereOtherRight;
    }
    return Outcome::Any;
}

// The cells (or true class) the list is narrowed to, in words, and the class box.
void SamplesView::showCells()
{
    const bool cells
            = m_file->header().layout.task == Task::Classification && m_filter.trueFirst >= 0;
    m_clearCells->setVisible(cells);
    const int single = cells && m_filter.trueFirst == m_filter.trueLast ? m_filter.trueFirst : -1;
    m_trueClass->setCurrentIndex(std::max(0, m_trueClass->findData(single)));
    if (!cells) {
        m_cells->clear();
        return;
    }
    auto range = [this](int first, int last) {
        if (first < 0)
            return tr("any class");
        return first == last ? ResultFormat::className(*m_result, first)
                             : tr("%1 to %2")
                                       .arg(ResultFormat::className(*m_result, first),
                                            ResultFormat::className(*m_result, last));
    };
    m_cells->setText(tr("True: %1 · Predicted: %2")
                             .arg(range(m_filter.trueFirst, m_filter.trueLast),
                                  range(m_filter.predictedFirst, m_filter.predictedLast)));
}

void SamplesView::refresh()
{
    if (!m_file || !m_result)
        return;
    const Preset preset = static_cast<Preset>(m_preset->currentData().toInt());
    m_filter.outcome = outcomeOf(preset);
    const bool discordant = preset == RightWhereOther || preset == WrongWhereOther;
    m_other->setVisible(discordant);
    if (discordant) {
        const int i = m_other->findData(m_filter.otherModel);
        if (i >= 0)
            m_other->setCurrentIndex(i);
    }
    showCells();
    SampleFilter local = m_filter;
    local.model = localModel(m_filter.model);
    local.otherModel = m_filter.otherModel < 0 ? -1 : localModel(m_filter.otherModel);
    const disteval::SamplesFile *other = discordant ? &fileOf(m_filter.otherModel) : nullptr;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    SampleSelection selection = selectSamples(fileOf(m_filter.model), local, other);
    QApplication::restoreOverrideCursor();
    const QString error = selection.error;
    const qint64 listed = static_cast<qint64>(selection.rows.size());
    QStringList names;
    for (int i = 0; i < static_cast<int>(m_result->dataset.classNames.size()); ++i)
        names << QString::fromStdString(m_result->dataset.classNames[static_cast<size_t>(i)]);
    // Presets that are an order (confidence descending / ascending, loss descending): the
    // rows are sorted once, as they are set, and the header shows it.
    int column = -1;
    Qt::SortOrder order = Qt::DescendingOrder;
    if (m_file->header().layout.task == Task::Classification) {
        // (the discordant groups by confidence too: the surest first)
        column = preset == Mistakes || preset == AllSamples ? 4 : 3;
        order = preset == UnsureCorrect ? Qt::AscendingOrder : Qt::DescendingOrder;
    }
    if (column >= 0)
        m_model->setNextOrder(column, order);
    m_model->setSelection(sharedFileOf(m_filter.model), local.model, std::move(selection), names);
    if (column >= 0)
        m_table->sortByColumn(column, order);
    m_status->setText(error.isEmpty()
                              ? tr("%n sample(s) listed of %1.", nullptr, static_cast<int>(listed))
                                        .arg(ResultFormat::count(m_file->size()))
                              : error);
    m_gallery->refresh();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        showDetail();
}

void SamplesView::showDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_file || !m_result || !current.isValid()) {
        m_detail->clear();
        return;
    }
    const qint64 index = m_model->row(current.row()).index;
    m_detail->showSample(*m_result, fileOf(m_filter.model), localModel(m_filter.model), index,
                         m_renderer);
}

QList<qint64> SamplesView::listedIndices() const
{
    QList<qint64> out;
    out.reserve(m_model->rowCount());
    for (int r = 0; r < m_model->rowCount(); ++r)
        out << m_model->row(r).index;
    return out;
}

void SamplesView::copyIndices()
{
    QStringList parts;
    for (qint64 i : listedIndices())
        parts << QString::number(i);
    QApplication::clipboard()->setText(parts.join(QLatin1Char('\n')));
}

bool SamplesView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv().toUtf8()) < 0
        || !file.commit()) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void SamplesView::setVocabulary(const QString &path)
{
    m_renderer->setVocabulary(path);
    m_gallery->refresh(); // asks for what is on screen again
    m_detail->showInput(m_renderer);
}

void SamplesView::chooseVocabulary()
{
    const QString start
            = !m_renderer->vocabulary().isEmpty()
                      ? m_renderer->vocabulary()
                      : (m_result ? QFileInfo(QString::fromStdString(m_result->dataset.path))
                                            .absolutePath()
                                  : QString());
    const QString path
            = QFileDialog::getOpenFileName(this, tr("Vocabulary for the token ids"), start,
                                           tr("Vocabularies (*.txt *.vocab);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString problem = SampleRenderer::vocabularyProblem(path);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Vocabulary for the token ids"), problem);
        return;
    }
    setVocabulary(path);
}

void SamplesView::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Samples"), QString(),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Samples"), error);
}
