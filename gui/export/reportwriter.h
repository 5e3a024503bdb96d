#pragma once

#include "result/resultfile.h"

#include <QCoreApplication>
#include <QString>

// The PDF report of a result, for a paper's appendix: A4, vector text and plots
// (QPdfWriter + QCustomPlot's painter output). Title page with the configuration, the
// ranks and the coverage check; per model its metrics table with intervals, the
// confusion matrix, the per-class chart (every class up to kMaxChartClasses, otherwise
// the kMaxChartClasses with the lowest F1), the per-class table over as many pages as
// it needs (header repeated), and the reliability diagram with ECE. Every page has a
// footer with the file name and "Page n of N". Needs a QApplication (the plots are
// widgets); works on the offscreen platform.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    static constexpr int kMaxChartClasses = 40;

    // `sourcePath` is the result file's path, shown in the title and footer. Writes
    // atomically; on failure returns false and sets `error`. `pages` receives the page
    // count.
    static bool writePdf(const disteval::ResultFile &result, const QString &sourcePath,
                         const QString &pdfPath, QString *error = nullptr, int *pages = nullptr);
};
