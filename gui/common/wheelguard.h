#pragma once

#include <QObject>

class QWidget;

// Keeps a spin box or combo box from taking the mouse wheel while the user scrolls the
// form it sits in: the wheel changes the value only when the field has the keyboard
// focus (a click or Tab gives it); otherwise the wheel scrolls the scroll area that
// holds the form.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // The guard becomes a child of `widget`, whose focus policy becomes Qt::StrongFocus
    // (the wheel no longer gives focus).
    static void install(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QWidget *widget);
};
