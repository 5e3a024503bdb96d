#pragma once

#include <QString>
#include <QStringList>

// A most-recent-first list of paths kept in QSettings under `key`.
class RecentFiles
{
public:
    static constexpr int kMaxEntries = 10;

    explicit RecentFiles(const QString &key);
    QStringList paths() const;
    void add(const QString &path); // moves it to the front, drops the oldest
    void remove(const QString &path);
    void clear();

private:
    QString m_key;
};
