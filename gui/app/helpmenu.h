#pragma once

#include <QMenu>

class GettingStartedDialog;

// The Help menu: Getting Started (F1; also shown once on the first start), Open the Demo
// and About.
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    explicit HelpMenu(QWidget *parent);

    void showGettingStarted();
    // Shows the getting-started text unless it was shown before (help/gettingStartedShown
    // in QSettings).
    void showGettingStartedOnFirstStart();
    GettingStartedDialog *gettingStarted() const { return m_gettingStarted; }

Q_SIGNALS:
    void openDemoRequested();

private:
    void showAbout();

    GettingStartedDialog *m_gettingStarted = nullptr;
};
