#pragma once

// Reading back the CSV files the app writes, as a strict RFC 4180 reader would, and their
// numbers as pandas reads them.

#include <QFile>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cmath>

// A strict RFC 4180 reader: quoted fields with doubled quotes and embedded commas.
inline QVector<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

// "" is NaN, as pandas reads it.
inline double csvNumber(const QString &text)
{
    if (text.isEmpty())
        return std::nan("");
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? value : std::nan("1");
}
