#pragma once

#include "result/resultfile.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

// Reads a result file for the app (views, exports, the headless export) without
// letting an exception escape into Qt code.
class ResultLoader
{
    Q_DECLARE_TR_FUNCTIONS(ResultLoader)

public:
    // The parsed file, or nullptr with `error` set to a translated sentence naming the
    // file and the reason (missing, malformed, newer schema, ...).
    static std::shared_ptr<const disteval::ResultFile> load(const QString &path,
                                                            QString *error = nullptr);
};
