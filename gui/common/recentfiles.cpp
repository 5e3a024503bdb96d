#include "common/recentfiles.h"

#include <QDir>
#include <QSettings>

RecentFiles::RecentFiles(const QString &key)
    : m_key(key)
{}

QStringList RecentFiles::paths() const
{
    return QSettings().value(m_key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    QStringList list = paths();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > kMaxEntries)
        list.removeLast();
    QSettings().setValue(m_key, list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = paths();
    if (list.removeAll(QDir::cleanPath(path)) > 0)
        QSettings().setValue(m_key, list);
}

void RecentFiles::clear()
{
    QSettings().remove(m_key);
}
