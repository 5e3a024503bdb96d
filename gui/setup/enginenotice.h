#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// The banner at the top of the set-up form when disteval-engine cannot be found (or does
// not answer): what is wrong, in words, and a button to locate the program.
class EngineNotice : public QFrame
{
    Q_OBJECT

public:
    explicit EngineNotice(QWidget *parent);

    void setMessage(const QString &text);
    QString message() const;
    QPushButton *locateButton() const { return m_locate; }

Q_SIGNALS:
    void locateRequested();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_locate = nullptr;
};
