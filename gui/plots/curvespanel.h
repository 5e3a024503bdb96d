#pragma once

#include "common/curvekind.h"

#include <QVector>
#include <QWidget>

class CurvePlot;
struct CurveSeries;
class FilterCheckList;
class QAbstractItemModel;
class QComboBox;
class QLabel;
class QSplitter;

// A CurvePlot with what chooses its curves: the kind (a combo box above it), a filterable
// check list of the curves beside it (FilterCheckList over a model its owner keeps), a
// message above it where something cannot be drawn, and a note below. The Curves tab and
// the compare view's curves are one each; what they draw is theirs. changed() comes when
// another kind or other curves are chosen (setKind() too), not when setKinds() refills
// the kinds.
class CurvesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CurvesPanel(QWidget *parent);

    // The curves offered (checkable rows); not owned. The filter matches `filterRole`.
    void setChoices(QAbstractItemModel *model, int filterRole);
    // The kinds offered, in this order; keeps the kind shown where it still is one. No
    // kinds: the kind, plot and list are hidden.
    void setKinds(const QVector<CurveKind> &kinds);
    bool hasKinds() const;
    CurveKind kind() const;
    // False when `kind` is not offered.
    bool setKind(CurveKind kind);
    // "" hides the message.
    void setMessage(const QString &text);
    void setNote(const QString &text);
    void setPickerVisible(bool visible);
    // Draws `curves` (of kind(); `elements`: a dense task's, counted in elements) and shows
    // `note` with the plot's legend note below it.
    void draw(const QVector<CurveSeries> &curves, bool elements, QString note);

    CurvePlot *plot() const { return m_plot; }
    FilterCheckList *picker() const { return m_picker; }
    QComboBox *kindBox() const { return m_kind; }
    QString messageText() const;
    QString noteText() const;

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_kind = nullptr;
    QLabel *m_kindLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    CurvePlot *m_plot = nullptr;
    QWidget *m_pickerBox = nullptr;
    FilterCheckList *m_picker = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_note = nullptr;
};
