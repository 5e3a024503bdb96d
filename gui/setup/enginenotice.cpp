#include "setup/enginenotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

EngineNotice::EngineNotice(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("engineNotice"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#engineNotice { background: #fdecea; border: 1px solid #e0a0a0; "
                                 "border-radius: 4px; } #engineNotice QLabel { color: #611a15; }"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setMinimumWidth(10);
    m_locate = new QPushButton(tr("Locate Engine..."), this);
    m_locate->setObjectName(QStringLiteral("locateEngineButton"));
    m_locate->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_locate, 0, Qt::AlignTop);
    connect(m_locate, &QPushButton::clicked, this, &EngineNotice::locateRequested);
    setVisible(false);
}

void EngineNotice::setMessage(const QString &text)
{
    m_text->setText(text);
}

QString EngineNotice::message() const
{
    return m_text->text();
}
