#pragma once

#include <QDialog>

class QPushButton;
class QTextBrowser;

// A short text on how to use the app, under Help › Getting Started and on the first
// start: try the demo, evaluate your own checkpoints, follow the run, read and export
// the results, where they are kept. Not modal, so the window stays usable beside it.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GettingStartedDialog(QWidget *parent);

    QString text() const;

Q_SIGNALS:
    void openDemoRequested();

private:
    QTextBrowser *m_text = nullptr;
    QPushButton *m_openDemo = nullptr;
};
