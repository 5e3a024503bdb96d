#pragma once

#include "result/resultfile.h"
#include "tasks/task.h"

#include <QCoreApplication>
#include <QString>

// What a result's task (docs/TASKS.md) changes in the app: its name, what its units
// are called (classes, labels, targets) and which views it has. Classification and dense
// classification have a confusion matrix and a reliability diagram; multi-label has
// per-label metrics only; regression has per-target metrics instead of per-class ones.
class TaskText
{
    Q_DECLARE_TR_FUNCTIONS(TaskText)

public:
    // "Classification", "Dense classification (segmentation, tokens)", …
    static QString name(disteval::Task task);
    // "10 classes", "5 labels", "1 target" (translated; the count in the locale's digits).
    static QString units(disteval::Task task, int count);
    // The heading of the unit column: "Class", "Label" or "Target".
    static QString unitHeader(disteval::Task task);

    static bool hasConfusionMatrix(disteval::Task task);
    static bool hasCalibration(disteval::Task task);
    static bool hasPerClass(disteval::Task task); // classes or labels
    static bool hasPerTarget(disteval::Task task);
    // Whether a task's results may carry curves (ROC, precision-recall, ...): every task
    // but regression; which ones a model has depends on its file (CurveBuilder::kindsOf).
    static bool hasCurves(disteval::Task task);
    // Whether the confusion matrix of `result`'s models can be shown: a task that has one
    // and a matrix of the dataset's classes in every model (never an empty one).
    static bool showsConfusion(const disteval::ResultFile &result);
    // Dense classification: "2,559 elements evaluated, 513 ignored (--ignore-index)", for
    // `model`; "" for the other tasks.
    static QString elementsLine(const disteval::ResultFile &result,
                                const disteval::ModelResult &model);
    // "Task: Dense classification (segmentation, tokens) · 2,559 elements … evaluated".
    static QString taskLine(const disteval::ResultFile &result);
    // What a task's numbers need said under its metrics (how dense metrics and their
    // intervals are made, the AP's error bound, the averages over targets); may be empty.
    static QStringList notes(const disteval::ResultFile &result);
};
