#include "common/tasktext.h"

#include "common/resultformat.h"

using disteval::Task;

QString TaskText::name(Task task)
{
    switch (task) {
    case Task::Classification:
        return tr("Classification");
    case Task::DenseClassification:
        return tr("Dense classification (segmentation, tokens)");
    case Task::MultiLabel:
        return tr("Multi-label classification");
    case Task::Regression:
        return tr("Regression");
    }
    return tr("Classification");
}

// Singular and plural spelled out: an English build has no translation to choose the
// plural of "%n class(es)".
QString TaskText::units(Task task, int count)
{
    const QString n = ResultFormat::count(count);
    const bool one = count == 1;
    switch (task) {
    case Task::MultiLabel:
        return one ? tr("1 label") : tr("%1 labels").arg(n);
    case Task::Regression:
        return one ? tr("1 target") : tr("%1 targets").arg(n);
    case Task::Classification:
    case Task::DenseClassification:
        break;
    }
    return one ? tr("1 class") : tr("%1 classes").arg(n);
}

QString TaskText::unitHeader(Task task)
{
    switch (task) {
    case Task::MultiLabel:
        return tr("Label");
    case Task::Regression:
        return tr("Target");
    case Task::Classification:
    case Task::DenseClassification:
        break;
    }
    return tr("Class");
}

bool TaskText::hasConfusionMatrix(Task task)
{
    return task == Task::Classification || task == Task::DenseClassification;
}

bool TaskText::hasCalibration(Task task)
{
    return hasConfusionMatrix(task);
}

bool TaskText::hasPerClass(Task task)
{
    return task != Task::Regression;
}

bool TaskText::hasCurves(Task task)
{
    return task != Task::Regression;
}

bool TaskText::hasPerTarget(Task task)
{
    return task == Task::Regression;
}

bool TaskText::showsConfusion(const disteval::ResultFile &result)
{
    if (!hasConfusionMatrix(result.task) || result.models.empty())
        return false;
    for (const disteval::ModelResult &model : result.models)
        if (model.confusion.numClasses() <= 0
            || model.confusion.numClasses() != result.dataset.numClasses)
            return false;
    return true;
}

QString TaskText::elementsLine(const disteval::ResultFile &result,
                               const disteval::ModelResult &model)
{
    if (result.task != Task::DenseClassification)
        return QString();
    if (model.ignoredElements > 0)
        return tr("%1 elements (pixels, tokens) evaluated, %2 ignored (ignore index)")
                .arg(ResultFormat::count(model.evaluatedElements),
                     ResultFormat::count(model.ignoredElements));
    return tr("%1 elements (pixels, tokens) evaluated")
            .arg(ResultFormat::count(model.evaluatedElements));
}

// "Task: Dense classification (segmentation, tokens) · 2,559 elements … evaluated"
QString TaskText::taskLine(const disteval::ResultFile &result)
{
    QString line = tr("Task: %1").arg(name(result.task));
    if (!result.models.empty() && result.task == Task::DenseClassification)
        line += QStringLiteral(" · ") + elementsLine(result, result.models.front());
    return line;
}

// What a task's numbers need said under the metrics: where the means over elements and
// labels come from.
QStringList TaskText::notes(const disteval::ResultFile &result)
{
    QStringList notes;
    switch (result.task) {
    case Task::DenseClassification:
        notes << tr("Every metric is computed over the evaluated elements; the intervals are "
                    "sample-level (Poisson bootstrap over whole samples).");
        break;
    case Task::MultiLabel:
        for (const disteval::ModelResult &m : result.models)
            if (m.apErrorBound > 0) {
                notes << tr("Mean average precision from binned scores: within %1 of the exact "
                            "value.")
                                 .arg(ResultFormat::number(m.apErrorBound, 6));
                break;
            }
        break;
    case Task::Regression:
        if (result.dataset.numClasses > 1)
            notes << tr("Each metric is the uniform average over the %1 targets (see Per "
                        "Target).")
                             .arg(ResultFormat::count(result.dataset.numClasses));
        break;
    case Task::Classification:
        break;
    }
    return notes;
}
