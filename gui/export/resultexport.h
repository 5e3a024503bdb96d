#pragma once

#include "export/reportwriter.h"
#include "result/resultfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Exports a whole result by the suffix of the target: ".pdf" writes the PDF report
// (ReportWriter), ".csv" the CSV tables (CsvExporter, several files named after the
// target). Shared by the app's Export Report dialog and `disteval --export`.
class ResultExport
{
    Q_DECLARE_TR_FUNCTIONS(ResultExport)

public:
    static bool isReportFile(const QString &path);
    // The files an export to `path` creates (one PDF, or the CSV files).
    static QStringList targets(const QString &path, const disteval::ResultFile &result);
    // On failure returns false and sets `error`; `written` receives the files written.
    // `options` apply to a PDF.
    static bool write(const disteval::ResultFile &result, const QString &sourcePath,
                      const QString &path, QStringList *written, QString *error,
                      const ReportOptions &options = {});
};
