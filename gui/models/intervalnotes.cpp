#include "models/intervalnotes.h"

#include "models/tableroles.h"

#include <QAbstractItemModel>

#include <algorithm>

#include <vector>

QStringList IntervalNotes::of(const QAbstractItemModel &model, int labelColumn, const Group &group,
                              int maxItems)
{
    struct Note
    {
        QString group;
        QString reason;
        QStringList items;
        int more = 0;
    };
    std::vector<Note> notes;
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString what = group ? group(column) : QString();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString reason = model.index(row, column).data(ReasonRole).toString();
            if (reason.isEmpty())
                continue;
            auto note = std::find_if(notes.begin(), notes.end(), [&](const Note &n) {
                return n.group == what && n.reason == reason;
            });
            if (note == notes.end()) {
                notes.push_back({what, reason, {}, 0});
                note = notes.end() - 1;
            }
            const QString item = model.index(row, labelColumn).data().toString();
            if (note->items.contains(item))
                continue;
            if (note->items.size() < maxItems)
                note->items << item;
            else
                ++note->more;
        }
    }
    // The same cells for the same reason in several groups (two models with the same
    // small class) make one line naming the groups together.
    std::vector<Note> merged;
    for (const Note &n : notes) {
        auto same = std::find_if(merged.begin(), merged.end(), [&](const Note &m) {
            return m.reason == n.reason && m.items == n.items && m.more == n.more
                   && !m.group.isEmpty() && !n.group.isEmpty();
        });
        if (same == merged.end())
            merged.push_back(n);
        else
            same->group += QStringLiteral(", ") + n.group;
    }
    QStringList lines;
    for (const Note &n : merged) {
        QString items = n.items.join(QStringLiteral(", "));
        if (n.more > 0)
            items = tr("%1 and %n more", nullptr, n.more).arg(items);
        lines << (n.group.isEmpty()
                          ? tr("No interval for %1: %2").arg(items, n.reason)
                          : tr("No interval for %1 (%2): %3").arg(items, n.group, n.reason));
    }
    return lines;
}

QStringList IntervalNotes::of(const QAbstractItemModel &model, int labelColumn, int maxItems)
{
    return of(
            model, labelColumn,
            [&model](int column) {
                return column > 0 ? model.headerData(column - 1, Qt::Horizontal).toString()
                                  : QString();
            },
            maxItems);
}
