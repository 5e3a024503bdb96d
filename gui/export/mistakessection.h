#pragma once

#include "export/pdfdocument.h"
#include "result/resultfile.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

// The report's optional section "Most confident mistakes per class" (ReportOptions): for
// each model and each true class with mistakes, its k most confident mistakes from the
// run's per-sample records (confidentMistakesPerClass), each with its input as the
// engine renders it (SampleRenderer, waited for here), its index, the predicted class
// and the confidence; classes without mistakes are left out. Where there are no records,
// the task has no per-sample mistakes, or the inputs cannot be rendered (no engine, the
// dataset moved), the section says why (and lists the mistakes without pictures where it
// has them). Everything is gathered once in the constructor (the document is laid out
// twice).
class MistakesSection
{
    Q_DECLARE_TR_FUNCTIONS(MistakesSection)

public:
    static constexpr int kDefaultPerClass = 6;
    static constexpr int kMaxPerClass = 24;

    MistakesSection(const disteval::ResultFile &result, const QString &resultPath, int perClass);

    // The section of one model.
    void draw(PdfDocument &doc, int model) const;
    // Why there is nothing (or no picture) to show, "" when everything is there.
    QString reason() const { return m_reason; }
    // For the tests: the figures of a model's class (empty when it has no mistake).
    QVector<PdfDocument::Figure> figuresOf(int model, int trueClass) const;

private:
    struct ClassRow
    {
        int trueClass = 0;
        int64_t mistakes = 0;
        QVector<PdfDocument::Figure> figures;
    };
    void gather(const disteval::ResultFile &result, const QString &resultPath, int perClass);

    QStringList m_modelNames;
    QStringList m_classNames;
    int m_perClass = kDefaultPerClass;
    QString m_reason;
    std::vector<std::vector<ClassRow>> m_rows; // [model][class with mistakes]
};
