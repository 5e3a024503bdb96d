#pragma once

#include "export/reportwriter.h"

#include <QCoreApplication>
#include <QString>

class QTextStream;

// `disteval --export OUT RESULT.json` without a window (on the offscreen platform):
//   OUT.pdf  the PDF report;  OUT.csv  the CSV tables (see CsvExporter);
//   OUT.png / OUT.svg  one plot, chosen with --plot confusion|per-class|calibration|roc|pr|
//   confidence|top-k (default confusion), of model --model N (1-based, default 1), PNG at
//   --dpi (300). The ROC and precision-recall plots draw the averages and every class up
//   to 10 classes, as the report does. A PDF with --confident-mistakes gets each model's
//   most confident mistakes per class (--mistakes-per-class K, default 6) with thumbnails
//   the engine renders.
// Prints what it wrote to `out` and errors to `err`.
class HeadlessExport
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessExport)

public:
    struct Request
    {
        QString output;
        QString resultPath;
        QString plot = QStringLiteral("confusion");
        int dpi = 300;
        int model = 1;
        ReportOptions report;
    };

    // Exit status: 0 success, 1 the export failed (unreadable result, unwritable
    // target), 2 bad usage (unknown format or plot, model out of range).
    static int run(const Request &request, QTextStream &out, QTextStream &err);
};
