#pragma once

// Helpers of the Slurm batch script tests (tst_slurmscript, tst_slurmscriptdialog).

#include <QString>
#include <QStringList>

#include <initializer_list>

// A QStringList of UTF-8 literals (the app builds with QT_NO_CAST_FROM_ASCII).
inline QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result << QString::fromUtf8(word);
    return result;
}

// The #SBATCH lines of a batch script, in their order.
inline QStringList sbatchLinesOf(const QString &script)
{
    QStringList lines;
    for (const QString &line : script.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("#SBATCH")))
            lines << line;
    return lines;
}
