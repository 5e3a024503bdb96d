#pragma once

#include <QString>

// Finds the programs the app starts. Each function returns an absolute path, the
// override itself when one is set (so that an error can name it), or an empty string
// when nothing was found.
class ToolLocator
{
public:
    static constexpr const char *kEngineName = "disteval-engine";
    static constexpr const char *kEngineEnvironmentVariable = "DISTEVAL_ENGINE";

    // Order: `overridePath` (the setting), $DISTEVAL_ENGINE, next to the app's own
    // executable, then PATH.
    static QString engine(const QString &overridePath);
    // Order: `overridePath`, then PATH.
    static QString mpirun(const QString &overridePath);
};
