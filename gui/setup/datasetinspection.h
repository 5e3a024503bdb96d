#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What `disteval-engine --inspect` reports about a dataset.
class DatasetInspection
{
    Q_DECLARE_TR_FUNCTIONS(DatasetInspection)

public:
    QString format;
    QString path;
    qint64 numSamples = 0;
    int numClasses = 0;
    QList<qint64> sampleShape;
    QStringList classNames;
    // Engines that know tasks (docs/TASKS.md) also say: the labels' shape per sample
    // (empty: one per sample), "integer" or "real", the task the labels suggest
    // ("classification", "dense_classification", "regression", "unknown"; empty from an
    // older engine) and the names of a model's several inputs (empty: one input).
    QList<qint64> labelShape;
    QString labelType;
    QString impliedTask;
    QStringList inputNames;

    // Returns false (and sets `error`) when a field is missing or has the wrong type.
    static bool fromJson(const QJsonObject &object, DatasetInspection *out, QString *error);
    // One translated paragraph, e.g. "IDX (MNIST) · 10,000 samples · 10 classes · 1×28×28".
    QString summary() const;
};
