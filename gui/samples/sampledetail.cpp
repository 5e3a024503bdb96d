#include "samples/sampledetail.h"

#include "common/resultformat.h"
#include "common/samplerenderer.h"
#include "plots/qcp.h"

#include <QBoxLayout>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using disteval::Task;

SampleDetail::SampleDetail(QWidget *parent)
    : QWidget(parent)
{
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("sampleCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("samplePicture"));
    m_picture->setAlignment(Qt::AlignCenter);
    // Small minimums: the pane must not widen the window (the picture shrinks instead).
    m_picture->setMinimumSize(64, 64);
    m_picture->setMaximumSize(kPictureSide, kPictureSide);
    m_picture->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("sampleText"));
    m_text->setReadOnly(true);
    m_text->setMinimumWidth(64);
    m_text->setMaximumWidth(kPictureSide);
    m_vocabulary = new QPushButton(tr("Vocabulary…"), this);
    m_vocabulary->setObjectName(QStringLiteral("sampleVocabulary"));
    m_vocabulary->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_vocabulary, &QPushButton::clicked, this, &SampleDetail::vocabularyRequested);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("sampleTopK"));
    m_plot->setMinimumSize(120, kMinPlotHeight);

    auto *input = new QVBoxLayout;
    input->addWidget(m_picture);
    input->addWidget(m_text, 1);
    input->addWidget(m_vocabulary);
    input->addStretch(0);
    m_row = new QBoxLayout(QBoxLayout::LeftToRight);
    m_row->addLayout(input);
    m_row->addWidget(m_plot, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addLayout(m_row, 1);
    clear();
}

void SampleDetail::clear()
{
    m_index = -1;
    m_image = QImage();
    m_caption->clear();
    m_picture->clear();
    m_picture->setVisible(false);
    m_text->clear();
    m_text->setVisible(false);
    m_vocabulary->setVisible(false);
    m_plot->clearPlottables();
    m_plot->replot();
}

void SampleDetail::showMessage(const QString &text)
{
    clear();
    m_caption->setText(text);
}

void SampleDetail::setTopKShown(bool shown)
{
    m_plot->setVisible(shown);
}

void SampleDetail::showSample(const disteval::ResultFile &result, const disteval::SamplesFile &file,
                              int model, qint64 index, const SampleRenderer *renderer)
{
    clear();
    disteval::SampleRecord r;
    try {
        r = file.record(index);
    } catch (const std::exception &e) {
        m_caption->setText(QString::fromStdString(e.what()));
        return;
    }
    m_index = index;
    showInput(renderer);
    if (file.header().layout.task != Task::Classification
        || model >= static_cast<int>(r.models.size())) {
        m_caption->setText(tr("Sample %1").arg(index));
        return;
    }
    const auto &m = r.models[static_cast<size_t>(model)];
    m_caption->setText(tr("Sample %1 · true class %2 · loss %3")
                               .arg(index)
                               .arg(ResultFormat::className(result, r.label))
                               .arg(ResultFormat::number(m.loss, 4)));
    drawTopK(result, m);
}

void SampleDetail::showInput(const SampleRenderer *renderer)
{
    const QImage image = renderer && m_index >= 0 ? renderer->image(m_index) : QImage();
    const QString text = renderer && m_index >= 0 ? renderer->text(m_index) : QString();
    m_image = image;
    m_picture->setVisible(!image.isNull());
    fitPicture();
    m_text->setVisible(!text.isEmpty());
    m_vocabulary->setVisible(!text.isEmpty());
    if (renderer)
        m_vocabulary->setToolTip(
                renderer->vocabulary().isEmpty()
                        ? tr("Show the token ids as words: choose a vocabulary file (one token "
                             "per line; line i, counted from 0, is id i)")
                        : tr("The token ids are shown with %1; choose another vocabulary file")
                                  .arg(QDir::toNativeSeparators(renderer->vocabulary())));
    if (m_text->toPlainText() != text)
        m_text->setPlainText(text);
}

void SampleDetail::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The input beside its top-5 bars where there is room for both, else above them.
    const bool beside = width() >= kPictureSide + m_plot->minimumWidth() + 24;
    m_row->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    fitPicture();
}

// The picture as large as its room allows (up to kPictureSide), small ones by whole
// pixels.
void SampleDetail::fitPicture()
{
    if (m_image.isNull()) {
        m_picture->clear();
        return;
    }
    const bool beside = m_row->direction() == QBoxLayout::LeftToRight;
    const int room = std::clamp(beside ? std::min(width() - m_plot->minimumWidth() - 12, height())
                                       : std::min(width(), height() - kMinPlotHeight),
                                m_picture->minimumWidth(), kPictureSide);
    m_picture->setPixmap(QPixmap::fromImage(SampleRenderer::fitted(m_image, room)));
}

void SampleDetail::drawTopK(const disteval::ResultFile &result,
                            const disteval::SampleRecord::Model &model)
{
    auto *bars = new QCPBars(m_plot->yAxis, m_plot->xAxis); // horizontal bars
    QVector<double> keys, values;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int k = static_cast<int>(model.topClasses.size());
    for (int j = 0; j < k; ++j) {
        keys << k - j;
        values << model.topProbabilities[static_cast<size_t>(j)];
        const int c = model.topClasses[static_cast<size_t>(j)];
        ticker->addTick(k - j, c < 0 ? tr("(not finite)") : ResultFormat::className(result, c));
    }
    bars->setData(keys, values);
    bars->setWidth(0.7);
    bars->setBrush(QColor(70, 130, 180));
    bars->setPen(Qt::NoPen);
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(0.4, k + 0.6);
    m_plot->xAxis->setRange(0, 1);
    QSharedPointer<QCPAxisTickerFixed> halves(new QCPAxisTickerFixed);
    halves->setTickStep(0.5); // 0, 0.5, 1: room for them in a narrow pane
    m_plot->xAxis->setTicker(halves);
    m_plot->xAxis->setLabel(tr("Probability (top %1)").arg(k));
    m_plot->replot();
}
