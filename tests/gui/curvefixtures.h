#pragma once

// The results the curve tests read (tst_curves, tst_curveexports): synthetic results with
// curves (10 classes and two models, 1000 classes, a class of 5 samples), the multi-label
// and segmentation results of tests/gui/data given curves, a run of two checkpoints with
// its comparison; and the 10-class demo file, written before results had curves.

#include "comparisonfixtures.h"
#include "syntheticresult.h"

#include "result/resultfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <fstream>
#include <utility>

inline const char *kOlderResult = DISTEVAL_GUI_TEST_DATA "/fashion-mnist-demo.json";

// The file read independently of the core reader.
inline QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QString writeResult(const QString &path, const disteval::ResultFile &result)
{
    std::ofstream(path.toStdString()) << disteval::serializeResult(result);
    return path;
}

struct CurveFixtures
{
    QString ten;   // 10 classes, 2 models
    QString large; // 1000 classes
    QString small; // class 6 has 5 samples
    QString multi; // multi-label with curves
    QString dense; // segmentation with curves
    QString pair;  // comparisonfixtures' 4 classes, 2 models, with their comparison

    void make(const QTemporaryDir &dir)
    {
        SyntheticResultSpec tenSpec;
        tenSpec.models = 2;
        tenSpec.samples = 6000;
        ten = writeResult(dir.filePath(QStringLiteral("ten.json")), makeSyntheticResult(tenSpec));
        SyntheticResultSpec largeSpec;
        largeSpec.classes = 1000;
        largeSpec.samples = 20000;
        largeSpec.bootstrapReplicates = 20;
        large = writeResult(dir.filePath(QStringLiteral("large.json")),
                            makeSyntheticResult(largeSpec));
        SyntheticResultSpec smallSpec;
        smallSpec.smallClass = 6;
        smallSpec.smallClassSamples = 5;
        smallSpec.samples = 4000;
        small = writeResult(dir.filePath(QStringLiteral("small.json")),
                            makeSyntheticResult(smallSpec));
        for (const auto &[task, target] :
             {std::pair{"task-multilabel", &multi}, std::pair{"task-segmentation", &dense}}) {
            disteval::ResultFile r
                    = disteval::readResultFile(QStringLiteral(DISTEVAL_GUI_TEST_DATA "/%1.json")
                                                       .arg(QLatin1String(task))
                                                       .toStdString());
            addSyntheticCurves(r);
            *target = writeResult(dir.filePath(QLatin1String(task) + QStringLiteral(".json")), r);
        }
        SyntheticRun run;
        run.models = {{"/m/early.pt", 4, 0}, {"/m/full.pt", 9, 1}};
        pair = writeSyntheticRun(dir.path(), QStringLiteral("pair"), run);
    }

    QStringList all() const { return {ten, large, small, multi, dense, pair}; }
};
