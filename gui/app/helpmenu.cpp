#include "app/helpmenu.h"

#include "app/gettingstarteddialog.h"

#include <QAction>
#include <QMessageBox>
#include <QSettings>

HelpMenu::HelpMenu(QWidget *parent)
    : QMenu(tr("&Help"), parent)
{
    setObjectName(QStringLiteral("helpMenu"));
    QAction *gettingStarted = addAction(tr("&Getting Started"));
    gettingStarted->setShortcut(QKeySequence::HelpContents);
    connect(gettingStarted, &QAction::triggered, this, &HelpMenu::showGettingStarted);
    QAction *demo = addAction(tr("Open the &Demo"));
    demo->setObjectName(QStringLiteral("openDemoAction"));
    demo->setToolTip(tr("Set up a run of the demo checkpoints on the Fashion-MNIST test set"));
    connect(demo, &QAction::triggered, this, &HelpMenu::openDemoRequested);
    addSeparator();
    connect(addAction(tr("&About disteval")), &QAction::triggered, this, &HelpMenu::showAbout);
}

void HelpMenu::showGettingStarted()
{
    if (!m_gettingStarted) {
        m_gettingStarted = new GettingStartedDialog(parentWidget());
        connect(m_gettingStarted, &GettingStartedDialog::openDemoRequested, this,
                &HelpMenu::openDemoRequested);
    }
    m_gettingStarted->show();
    m_gettingStarted->raise();
}

void HelpMenu::showGettingStartedOnFirstStart()
{
    QSettings settings;
    if (settings.value(QStringLiteral("help/gettingStartedShown")).toBool())
        return;
    settings.setValue(QStringLiteral("help/gettingStartedShown"), true);
    showGettingStarted();
}

void HelpMenu::showAbout()
{
    QMessageBox::about(
            parentWidget(), tr("About disteval"),
            tr("<h3>disteval %1</h3><p>Exact distributed evaluation of PyTorch classifiers, "
               "with confidence intervals.</p><p>The app starts <code>disteval-engine</code> "
               "under Open MPI and shows its progress and results.</p>")
                    .arg(QStringLiteral(DISTEVAL_VERSION)));
}
