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

    // Returns false (and sets `error`) when a field is missing or has the wrong type.
    static bool fromJson(const QJsonObject &object, DatasetInspection *out, QString *error);
    // One translated paragraph, e.g. "IDX (MNIST) · 10,000 samples · 10 classes · 1×28×28".
    QString summary() const;
};
