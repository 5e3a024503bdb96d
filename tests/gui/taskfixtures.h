#pragma once

// The result files of the other tasks (docs/TASKS.md), written by the real engine
// (tests/engine/test_engine_tasks.py, world size 1; only the folder of the paths they name
// was changed, to /data/tasks): a segmentation (two models, 4 classes, 8×8 masks with
// ignore index 255), token classification (one model, Hugging Face layout, -100), a
// multi-label (two models, 5 labels) and regression with two targets (two models) and
// one target (one model). The tests read them back independently with QJsonDocument.
#include "result/resultfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cmath>
#include <memory>

namespace taskfixtures {

inline QString path(const char *name)
{
    return QStringLiteral(DISTEVAL_GUI_TEST_DATA "/%1.json").arg(QLatin1String(name));
}

inline std::shared_ptr<const disteval::ResultFile> load(const char *name)
{
    return std::make_shared<const disteval::ResultFile>(
            disteval::readResultFile(path(name).toStdString()));
}

inline QJsonObject json(const char *name)
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A metric's value as the file has it: null is NaN.
inline double valueOf(const QJsonValue &metric)
{
    const QJsonValue v = metric.toObject().value(QStringLiteral("value"));
    return v.isDouble() ? v.toDouble() : std::nan("");
}

// The interval's bound (0 lower, 1 upper); NaN for a null interval.
inline double boundOf(const QJsonValue &metric, int which)
{
    const QJsonValue ci = metric.toObject().value(QStringLiteral("ci"));
    return ci.isArray() ? ci.toArray().at(which).toDouble() : std::nan("");
}

// Equal, or both NaN.
inline bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace taskfixtures
