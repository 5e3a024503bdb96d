#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QAbstractItemModel;

// The intervals a table does not give and why, as lines of text for the notes under a
// table (the summary, the Compare tab, the PDF): every cell with a ReasonRole, grouped by
// reason and by what `group` says the column is, in the order first met, e.g.
// "No interval for Balanced accuracy, Macro recall (a.pt): class 19 has only 6 samples
// (fewer than 20): …"; groups with the same rows for the same reason share a line
// ("(a.pt, b.pt)"). Each line names at most `maxItems` rows (their text in
// `labelColumn`), then "and N more".
class IntervalNotes
{
    Q_DECLARE_TR_FUNCTIONS(IntervalNotes)

public:
    // What a column's cells belong to ("a.pt", "Precision"); "" for nothing to add.
    using Group = std::function<QString(int column)>;

    static QStringList of(const QAbstractItemModel &model, int labelColumn, const Group &group,
                          int maxItems = 12);
    // `group`: the horizontal header of the column before each cell's (the value column
    // beside an interval column).
    static QStringList of(const QAbstractItemModel &model, int labelColumn, int maxItems = 12);
};
