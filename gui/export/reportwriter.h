#pragma once

#include "export/mistakessection.h"
#include "result/resultfile.h"

#include <QCoreApplication>
#include <QString>

// What a report holds besides its fixed contents.
struct ReportOptions
{
    // Per model and class the most confident mistakes, with the samples' inputs
    // (MistakesSection; the engine renders them), after the model's own pages.
    bool confidentMistakes = false;
    int mistakesPerClass = MistakesSection::kDefaultPerClass;
};

// The PDF report of a result, laid out like a paper's appendix (PdfDocument): the
// results first (what was evaluated, every model's metrics with their intervals, how the
// intervals were computed, the engine's warnings); then per model what its task has
// (ModelSection: the confusion matrix, the per-class chart and table, the per-target
// table, the reliability diagram); a section per comparison of two models; at the end the
// configuration in readable words and the ranks with the coverage check; with
// ReportOptions::confidentMistakes each model's most confident mistakes per class with
// thumbnails. Needs a QApplication (the plots are widgets); works on the offscreen platform.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    // Up to this many models share one metrics table on the first page.
    static constexpr int kMaxModelsPerTable = 3;

    // `sourcePath` is the result file's path, shown in the title and footer. Writes
    // atomically; on failure returns false and sets `error`. `pages` receives the page
    // count.
    static bool writePdf(const disteval::ResultFile &result, const QString &sourcePath,
                         const QString &pdfPath, QString *error = nullptr, int *pages = nullptr,
                         const ReportOptions &options = {});
};
