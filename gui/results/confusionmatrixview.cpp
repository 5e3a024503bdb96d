#include "results/confusionmatrixview.h"

#include "common/resultformat.h"
#include "common/tasktext.h"
#include "plots/confusionmatrixplot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>

ConfusionMatrixView::ConfusionMatrixView(QWidget *parent)
    : QWidget(parent)
{
    m_normalization = new QComboBox(this);
    m_normalization->setObjectName(QStringLiteral("normalization"));
    m_normalization->addItem(tr("Counts"),
                             static_cast<int>(ConfusionMatrixPlot::Normalization::Counts));
    m_normalization->addItem(tr("% of true class (rows)"),
                             static_cast<int>(ConfusionMatrixPlot::Normalization::ByTrueClass));
    m_normalization->addItem(
            tr("% of predicted class (columns)"),
            static_cast<int>(ConfusionMatrixPlot::Normalization::ByPredictedClass));
    m_logScale = new QCheckBox(tr("Logarithmic colour scale"), this);
    m_logScale->setObjectName(QStringLiteral("logScale"));
    m_resetZoom = new QPushButton(tr("Reset Zoom"), this);
    auto *hint = new QLabel(
            tr("Wheel: zoom · drag: pan · hover: details · click: its samples (Shift: a block)"),
            this);
    hint->setEnabled(false);

    m_plot = new ConfusionMatrixPlot(this);
    m_plot->setMinimumSize(320, 320);

    // The controls never widen the window: when it is narrow they are cut off on the
    // right instead (the plot matters more).
    auto *controlBar = new QWidget(this);
    controlBar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto *controls = new QHBoxLayout(controlBar);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(new QLabel(tr("Show:"), this));
    controls->addWidget(m_normalization);
    controls->addWidget(m_logScale);
    controls->addWidget(m_resetZoom);
    controls->addStretch(1);
    controls->addWidget(hint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(controlBar);
    layout->addWidget(m_plot, 1);

    connect(m_normalization, &QComboBox::currentIndexChanged, this, [this] {
        m_plot->setNormalization(static_cast<ConfusionMatrixPlot::Normalization>(
                m_normalization->currentData().toInt()));
        m_plot->replot();
    });
    connect(m_logScale, &QCheckBox::toggled, this, [this](bool on) {
        m_plot->setLogScale(on);
        m_plot->replot();
    });
    connect(m_resetZoom, &QPushButton::clicked, this, [this] {
        m_plot->resetZoom();
        m_plot->replot();
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, &ConfusionMatrixView::showToolTip);
    connect(m_plot, &QCustomPlot::mousePress, this, &ConfusionMatrixView::pressed);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &ConfusionMatrixView::released);
}

void ConfusionMatrixView::pressed(QMouseEvent *event)
{
    m_pressedAt = event->position();
}

void ConfusionMatrixView::released(QMouseEvent *event)
{
    // A click, not the end of a pan.
    if (event->button() != Qt::LeftButton
        || (event->position() - m_pressedAt).manhattanLength() > 4)
        return;
    if (const auto cell = m_plot->cellAt(event->position()))
        clickCell(cell->first, cell->second, event->modifiers() & Qt::ShiftModifier);
}

void ConfusionMatrixView::clickCell(int trueClass, int predictedClass, bool extend)
{
    if (extend && m_anchor) {
        Q_EMIT cellsChosen(m_anchor->first, trueClass, m_anchor->second, predictedClass);
        return;
    }
    m_anchor = std::make_pair(trueClass, predictedClass);
    Q_EMIT cellsChosen(trueClass, trueClass, predictedClass, predictedClass);
}

void ConfusionMatrixView::setModel(std::shared_ptr<const disteval::ResultFile> result,
                                   int modelIndex)
{
    // Multi-label and regression results have no matrix (0 classes): nothing to index.
    if (!result || modelIndex < 0 || modelIndex >= static_cast<int>(result->models.size())
        || !TaskText::showsConfusion(*result)) {
        m_plot->setMatrix(disteval::ConfusionMatrix(), {});
        m_plot->replot();
        return;
    }
    QStringList names;
    for (int i = 0; i < result->dataset.numClasses; ++i)
        names << ResultFormat::className(*result, i);
    m_plot->setMatrix(result->models[modelIndex].confusion, names);
    m_plot->replot();
}

void ConfusionMatrixView::showToolTip(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton) // panning
        return;
    const auto cell = m_plot->cellAt(event->position());
    if (!cell) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(),
                       m_plot->toolTipText(cell->first, cell->second), m_plot);
}
