#include "plots/curvespanel.h"

#include "common/filterchecklist.h"
#include "plots/curvebuilder.h"
#include "plots/curveplot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

CurvesPanel::CurvesPanel(QWidget *parent)
    : QWidget(parent)
{
    m_kindLabel = new QLabel(tr("Curve:"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("curveKindBox"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kindLabel->setBuddy(m_kind);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("curvesMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; "
                                            "border: 1px solid #e0c060; padding: 8px; }"));
    m_message->setVisible(false);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("curvesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_plot = new CurvePlot(m_splitter);
    // Small enough that the tab does not widen the window beyond its 800 px (docs/GUI.md).
    m_plot->setMinimumSize(200, 200);
    m_pickerBox = new QWidget(m_splitter);
    auto *pickerLayout = new QVBoxLayout(m_pickerBox);
    pickerLayout->setContentsMargins(4, 0, 0, 0);
    pickerLayout->addWidget(new QLabel(tr("Curves to draw:"), m_pickerBox));
    m_picker = new FilterCheckList(m_pickerBox);
    m_picker->setObjectName(QStringLiteral("curvePicker"));
    pickerLayout->addWidget(m_picker, 1);
    m_splitter->addWidget(m_plot);
    m_splitter->addWidget(m_pickerBox);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("curvesNote"));
    m_note->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_kindLabel);
    top->addWidget(m_kind);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_note);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CurvesPanel::changed);
    connect(m_picker, &FilterCheckList::checkedChanged, this, &CurvesPanel::changed);
    setKinds({});
}

void CurvesPanel::setChoices(QAbstractItemModel *model, int filterRole)
{
    m_picker->setModel(model, filterRole);
}

void CurvesPanel::setKinds(const QVector<CurveKind> &kinds)
{
    const CurveKind previous = kind();
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->clear();
        for (CurveKind k : kinds)
            m_kind->addItem(CurveBuilder::kindName(k), static_cast<int>(k));
        const int index = m_kind->findData(static_cast<int>(previous));
        m_kind->setCurrentIndex(index >= 0 ? index : 0);
    }
    const bool any = hasKinds();
    m_splitter->setVisible(any);
    m_kind->setVisible(any);
    m_kindLabel->setVisible(any);
    if (!any) {
        m_plot->setCurves({});
        m_note->clear();
    }
}

bool CurvesPanel::hasKinds() const
{
    return m_kind->count() > 0;
}

CurveKind CurvesPanel::kind() const
{
    return hasKinds() ? static_cast<CurveKind>(m_kind->currentData().toInt()) : CurveKind::Roc;
}

bool CurvesPanel::setKind(CurveKind kind)
{
    const int index = m_kind->findData(static_cast<int>(kind));
    if (index >= 0)
        m_kind->setCurrentIndex(index);
    return index >= 0;
}

void CurvesPanel::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CurvesPanel::setNote(const QString &text)
{
    m_note->setText(text);
}

void CurvesPanel::setPickerVisible(bool visible)
{
    m_pickerBox->setVisible(visible);
}

void CurvesPanel::draw(const QVector<CurveSeries> &curves, bool elements, QString note)
{
    m_plot->setKind(kind(), elements);
    m_plot->setCurves(curves);
    m_plot->replot();
    const QString legend = m_plot->legendNote();
    if (!legend.isEmpty())
        note += (note.isEmpty() ? QString() : QStringLiteral("\n")) + legend;
    m_note->setText(note);
}

QString CurvesPanel::messageText() const
{
    return m_message->text();
}

QString CurvesPanel::noteText() const
{
    return m_note->text();
}
