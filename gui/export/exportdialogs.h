#pragma once

#include "export/reportwriter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

// The save dialogs of the exports. Each kind remembers its last folder and format in
// QSettings (export/<kind>Folder, export/<kind>Filter, export/dpi); before anything is
// overwritten the user is asked, naming every existing file (a CSV export writes
// several).
class ExportDialogs
{
    Q_DECLARE_TR_FUNCTIONS(ExportDialogs)

public:
    // A comparison is saved like a report (PDF or CSV, the same remembered folder and
    // format) under its own title.
    enum class Kind { Report = 1, Comparison, Plot };

    // Asks for a target file; "" when cancelled. Adds the chosen format's suffix when
    // the name has none. `suggestedName` is a file name without suffix.
    static QString askSavePath(QWidget *parent, Kind kind, const QString &suggestedName);
    // The PDF report's options: the most confident mistakes per class (off by default;
    // the choice is remembered in export/confidentMistakes and export/mistakesPerClass).
    // `hasRecords`: whether the result has per-sample records (the option says it needs
    // them otherwise). False when cancelled.
    static bool askReportOptions(QWidget *parent, bool hasRecords, ReportOptions *options);
    // The remembered PNG resolution, or asks for one (0 when cancelled).
    static int askDpi(QWidget *parent);
    // The files of `targets` that exist already.
    static QStringList existing(const QStringList &targets);
    // True when nothing would be overwritten or the user agrees to overwrite.
    static bool confirmOverwrite(QWidget *parent, const QStringList &targets);
    static QString settingsPrefix(Kind kind);
};
