#include "app/closerundialog.h"

#include <QPushButton>

CloseRunDialog::CloseRunDialog(QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("closeRunDialog"));
    setIcon(QMessageBox::Question);
    setWindowTitle(tr("Quit disteval"));
    setText(tr("A run is in progress."));
    setInformativeText(tr("You can stop it now, or let it finish in the background: its result "
                          "is still written and appears in the History tab the next time "
                          "disteval starts."));
    m_cancelJob = addButton(tr("&Cancel the Job"), QMessageBox::DestructiveRole);
    m_cancelJob->setObjectName(QStringLiteral("cancelJobButton"));
    m_background = addButton(tr("&Let It Finish in the Background"), QMessageBox::AcceptRole);
    m_background->setObjectName(QStringLiteral("finishInBackgroundButton"));
    m_keepOpen = addButton(tr("&Keep the App Open"), QMessageBox::RejectRole);
    m_keepOpen->setObjectName(QStringLiteral("keepOpenButton"));
    setDefaultButton(m_keepOpen);
    setEscapeButton(m_keepOpen);
}

CloseRunDialog::Choice CloseRunDialog::choice() const
{
    if (clickedButton() == m_cancelJob)
        return Choice::CancelJob;
    if (clickedButton() == m_background)
        return Choice::FinishInBackground;
    return Choice::KeepOpen;
}

CloseRunDialog::Choice CloseRunDialog::ask(QWidget *parent)
{
    CloseRunDialog dialog(parent);
    dialog.exec();
    return dialog.choice();
}
