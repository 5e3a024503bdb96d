#pragma once

#include <QMessageBox>

// Asked when the app is closed while a run is in progress: cancel the job, let it finish
// in the background (its result then appears in the run history at the next start), or
// keep the app open.
class CloseRunDialog : public QMessageBox
{
    Q_OBJECT

public:
    enum class Choice { CancelJob = 1, FinishInBackground, KeepOpen };

    explicit CloseRunDialog(QWidget *parent);

    Choice choice() const;
    // Shows the dialog modally and returns the choice (KeepOpen when dismissed).
    static Choice ask(QWidget *parent);

private:
    QPushButton *m_cancelJob = nullptr;
    QPushButton *m_background = nullptr;
    QPushButton *m_keepOpen = nullptr;
};
