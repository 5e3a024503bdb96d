#include "export/mistakessection.h"

#include "common/resultformat.h"
#include "common/samplerenderer.h"
#include "models/sampleselection.h"

#include <QList>

#include <algorithm>
#include <memory>

namespace {
const QColor kText(0x30, 0x30, 0x30);
const QColor kNote(0x8a, 0x50, 0x00);
constexpr double kSide = 80; // layout units (1/96 inch) per picture
} // namespace

MistakesSection::MistakesSection(const disteval::ResultFile &result, const QString &resultPath,
                                 int perClass)
    : m_perClass(std::clamp(perClass, 1, kMaxPerClass))
{
    for (const disteval::ModelResult &m : result.models)
        m_modelNames << ResultFormat::modelName(m);
    for (int c = 0; c < result.dataset.numClasses; ++c)
        m_classNames << ResultFormat::className(result, c);
    m_rows.resize(result.models.size());
    gather(result, resultPath, m_perClass);
}

void MistakesSection::gather(const disteval::ResultFile &result, const QString &resultPath,
                             int perClass)
{
    if (result.task != disteval::Task::Classification) {
        m_reason = tr("Only a classification result (one class per sample) has mistakes to "
                      "list here.");
        return;
    }
    if (result.samplesFile.empty()) {
        m_reason = tr("This result has no per-sample records, so its mistakes cannot be "
                      "listed. Run the evaluation with “Save per-sample predictions” "
                      "(--save-predictions).");
        return;
    }
    std::unique_ptr<disteval::SamplesFile> file;
    try {
        file = disteval::openSamplesOf(result, resultPath.toStdString());
    } catch (const std::exception &e) {
        m_reason = tr("The per-sample records cannot be used: %1")
                           .arg(QString::fromStdString(e.what()));
        return;
    }
    std::vector<ClassMistakes> mistakes;
    QList<qint64> indices;
    for (int m = 0; m < static_cast<int>(result.models.size()); ++m) {
        mistakes.push_back(confidentMistakesPerClass(*file, m, perClass));
        if (!mistakes.back().error.isEmpty()) {
            m_reason = mistakes.back().error;
            return;
        }
        for (const std::vector<SampleRow> &top : mistakes.back().top)
            for (const SampleRow &row : top)
                indices << row.index;
    }
    SampleRenderer renderer(nullptr);
    renderer.setResult(&result);
    if (!renderer.renderNow(indices))
        m_reason = renderer.problem();
    for (size_t m = 0; m < mistakes.size(); ++m) {
        for (size_t c = 0; c < mistakes[m].top.size(); ++c) {
            if (mistakes[m].top[c].empty())
                continue;
            ClassRow row;
            row.trueClass = static_cast<int>(c);
            row.mistakes = mistakes[m].counts[c];
            for (const SampleRow &s : mistakes[m].top[c]) {
                PdfDocument::Figure f;
                f.image = SampleRenderer::fitted(renderer.image(s.index), 2 * kSide);
                f.text = renderer.text(s.index);
                f.caption << tr("#%1").arg(s.index)
                          << tr("→ %1").arg(
                                     ResultFormat::className(result, static_cast<int>(s.key[1])))
                          << tr("p = %1").arg(ResultFormat::number(s.key[2], 3));
                row.figures << f;
            }
            m_rows[m].push_back(std::move(row));
        }
    }
}

QVector<PdfDocument::Figure> MistakesSection::figuresOf(int model, int trueClass) const
{
    if (model < 0 || model >= static_cast<int>(m_rows.size()))
        return {};
    for (const ClassRow &row : m_rows[static_cast<size_t>(model)])
        if (row.trueClass == trueClass)
            return row.figures;
    return {};
}

void MistakesSection::draw(PdfDocument &doc, int model) const
{
    const QString title
            = m_modelNames.size() > 1
                      ? tr("Most confident mistakes per class: %1").arg(m_modelNames.value(model))
                      : tr("Most confident mistakes per class");
    doc.heading(title, 13, 120);
    if (!m_reason.isEmpty())
        doc.text(m_reason, PdfDocument::font(8.5), kNote);
    if (model < 0 || model >= static_cast<int>(m_rows.size()))
        return;
    const std::vector<ClassRow> &rows = m_rows[static_cast<size_t>(model)];
    if (rows.empty() && m_reason.isEmpty()) {
        doc.text(tr("This model makes no mistake."), PdfDocument::font(9), kText);
        return;
    }
    if (!rows.empty())
        doc.text(tr("Per true class, the %n most confident mistake(s): the input as the "
                    "model saw it, the sample's index, the predicted class and its "
                    "probability. Classes without mistakes are left out.",
                    nullptr, m_perClass),
                 PdfDocument::font(8.5), kText);
    for (const ClassRow &row : rows) {
        doc.space(4);
        doc.text(tr("True class %1: %n mistake(s)", nullptr, static_cast<int>(row.mistakes))
                         .arg(m_classNames.value(row.trueClass)),
                 PdfDocument::font(9, true), kText, kSide + 40);
        doc.space(3);
        doc.figures(row.figures, kSide, 7);
    }
}
