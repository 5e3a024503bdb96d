#include "samples/samplesview.h"

#include "common/resultformat.h"
#include "models/sortproxymodel.h"
#include "models/tableroles.h"
#include "plots/qcp.h"
#include "samples/sampletablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
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
    // stays at most 800 px): the boxes are as wide as about 20 characters at least and
    // show the rest in their popup, the texts wrap.
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("samplePreset"));
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(20);
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
    m_sorted = new SortProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sampleTable"));
    m_table->setModel(m_sorted);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_detail = new QCustomPlot(this);
    m_detail->setObjectName(QStringLiteral("sampleTopK"));
    m_detail->setMinimumWidth(260);
    m_detailText = new QLabel(this);
    m_detailText->setWordWrap(true);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailText);
    detailLayout->addWidget(m_detail, 1);

    // Two rows: what is listed, then the cells it is limited to and what to do with it.
    auto *choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("Show:"), this));
    choice->addWidget(m_preset, 2);
    choice->addWidget(m_other, 1);
    choice->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_cells, 1);
    actions->addWidget(m_clearCells);
    actions->addWidget(m_copy);
    actions->addWidget(m_export);
    auto *controls = new QVBoxLayout;
    controls->addLayout(choice);
    controls->addLayout(actions);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(detail);
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
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SamplesView::showDetail);
    fillPresets();
    setResult(nullptr, {});
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
        if (m_file && m_file->header().layout.models > 1) {
            m_preset->addItem(tr("Right where another model is wrong:"), RightWhereOther);
            m_preset->addItem(tr("Wrong where another model is right:"), WrongWhereOther);
        }
    }
    m_preset->setCurrentIndex(std::clamp(current, 0, m_preset->count() - 1));
}

bool SamplesView::setResult(std::shared_ptr<const disteval::ResultFile> result,
                            const QString &resultPath)
{
    m_result = std::move(result);
    m_file.reset();
    m_model->clear();
    m_filter = SampleFilter();
    QString problem;
    if (!m_result)
        problem = tr("No result is open.");
    else if (m_result->samplesFile.empty())
        problem = tr("This result has no per-sample records. Run the evaluation with "
                     "per-sample records on (the set-up's “Save per-sample predictions”, or "
                     "--save-predictions) to see the samples behind its numbers.");
    else {
        try {
            m_file = disteval::openSamplesOf(*m_result, resultPath.toStdString());
        } catch (const std::exception &e) {
            problem = tr("The per-sample records cannot be used: %1")
                              .arg(QString::fromStdString(e.what()));
        }
    }
    m_other->clear();
    if (m_result)
        for (size_t m = 0; m < m_result->models.size(); ++m)
            m_other->addItem(ResultFormat::modelName(m_result->models[m]), static_cast<int>(m));
    fillPresets();
    const bool ok = m_file != nullptr;
    for (QWidget *w : {static_cast<QWidget *>(m_preset), static_cast<QWidget *>(m_table),
                       static_cast<QWidget *>(m_copy), static_cast<QWidget *>(m_export)})
        w->setEnabled(ok);
    if (!ok) {
        m_status->setText(problem);
        m_cells->clear();
        m_clearCells->setVisible(false);
        m_other->setVisible(false);
        m_detail->setVisible(false);
        m_detailText->clear();
        return false;
    }
    m_detail->setVisible(m_file->header().layout.task == Task::Classification);
    setModelIndex(0);
    return true;
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

void SamplesView::refresh()
{
    if (!m_file || !m_result)
        return;
    const Preset preset = static_cast<Preset>(m_preset->currentData().toInt());
    using Outcome = SampleFilter::Outcome;
    switch (preset) {
    case AllSamples:
        m_filter.outcome = Outcome::Any;
        break;
    case Mistakes:
    case ConfidentMistakes:
        m_filter.outcome = Outcome::Mistakes;
        break;
    case UnsureCorrect:
        m_filter.outcome = Outcome::Correct;
        break;
    case RightWhereOther:
        m_filter.outcome = Outcome::RightWhereOtherWrong;
        break;
    case WrongWhereOther:
        m_filter.outcome = Outcome::WrongWhereOtherRight;
        break;
    }
    const bool discordant = preset == RightWhereOther || preset == WrongWhereOther;
    m_other->setVisible(discordant);
    if (discordant) {
        const int i = m_other->findData(m_filter.otherModel);
        if (i >= 0)
            m_other->setCurrentIndex(i);
    }
    const Task task = m_file->header().layout.task;
    const bool cells = task == Task::Classification && m_filter.trueFirst >= 0;
    m_clearCells->setVisible(cells);
    if (cells) {
        auto range = [this](int first, int last) {
            return first == last ? ResultFormat::className(*m_result, first)
                                 : tr("%1 to %2")
                                           .arg(ResultFormat::className(*m_result, first),
                                                ResultFormat::className(*m_result, last));
        };
        m_cells->setText(tr("True: %1 · Predicted: %2")
                                 .arg(range(m_filter.trueFirst, m_filter.trueLast),
                                      range(m_filter.predictedFirst, m_filter.predictedLast)));
    } else {
        m_cells->clear();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    SampleSelection selection = selectSamples(*m_file, m_filter);
    QApplication::restoreOverrideCursor();
    const QString error = selection.error;
    const qint64 listed = static_cast<qint64>(selection.rows.size());
    QStringList names;
    for (int i = 0; i < static_cast<int>(m_result->dataset.classNames.size()); ++i)
        names << QString::fromStdString(m_result->dataset.classNames[static_cast<size_t>(i)]);
    m_model->setSelection(m_file, m_filter.model, std::move(selection), names);
    // Presets that are an order: confidence descending / ascending.
    if (task == Task::Classification && preset == ConfidentMistakes)
        m_table->sortByColumn(3, Qt::DescendingOrder);
    else if (task == Task::Classification && preset == UnsureCorrect)
        m_table->sortByColumn(3, Qt::AscendingOrder);
    else if (task == Task::Classification && (preset == Mistakes || preset == AllSamples))
        m_table->sortByColumn(4, Qt::DescendingOrder);
    m_status->setText(error.isEmpty()
                              ? tr("%n sample(s) listed of %1.", nullptr, static_cast<int>(listed))
                                        .arg(ResultFormat::count(m_file->size()))
                              : error);
    if (m_sorted->rowCount() > 0)
        m_table->selectRow(0);
    else
        showDetail();
}

void SamplesView::showDetail()
{
    m_detail->clearPlottables();
    const QModelIndex current = m_table->currentIndex();
    if (!m_file || !current.isValid()) {
        m_detailText->clear();
        m_detail->replot();
        return;
    }
    const int row = m_sorted->mapToSource(current).row();
    const qint64 index = m_model->row(row).index;
    disteval::SampleRecord r;
    try {
        r = m_file->record(index);
    } catch (const std::exception &e) {
        m_detailText->setText(QString::fromStdString(e.what()));
        return;
    }
    const auto &model = r.models[static_cast<size_t>(m_filter.model)];
    if (m_file->header().layout.task != Task::Classification) {
        m_detailText->setText(tr("Sample %1").arg(index));
        m_detail->replot();
        return;
    }
    m_detailText->setText(tr("Sample %1 · true class %2 · loss %3")
                                  .arg(index)
                                  .arg(ResultFormat::className(*m_result, r.label))
                                  .arg(ResultFormat::number(model.loss, 4)));
    auto *bars = new QCPBars(m_detail->yAxis, m_detail->xAxis); // horizontal bars
    QVector<double> keys, values;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int k = static_cast<int>(model.topClasses.size());
    for (int j = 0; j < k; ++j) {
        keys << k - j;
        values << model.topProbabilities[static_cast<size_t>(j)];
        const int c = model.topClasses[static_cast<size_t>(j)];
        ticker->addTick(k - j, c < 0 ? tr("(not finite)") : ResultFormat::className(*m_result, c));
    }
    bars->setData(keys, values);
    bars->setWidth(0.7);
    bars->setBrush(QColor(70, 130, 180));
    bars->setPen(Qt::NoPen);
    m_detail->yAxis->setTicker(ticker);
    m_detail->yAxis->setRange(0.4, k + 0.6);
    m_detail->xAxis->setRange(0, 1);
    m_detail->xAxis->setLabel(tr("Probability (top %1)").arg(k));
    m_detail->replot();
}

QList<qint64> SamplesView::listedIndices() const
{
    QList<qint64> out;
    for (int r = 0; r < m_sorted->rowCount(); ++r)
        out << m_model->row(m_sorted->mapToSource(m_sorted->index(r, 0)).row()).index;
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
    std::vector<int> order;
    for (int r = 0; r < m_sorted->rowCount(); ++r)
        order.push_back(m_sorted->mapToSource(m_sorted->index(r, 0)).row());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv(order).toUtf8()) < 0
        || !file.commit()) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
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
