#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Finds the programs the app starts. Each function returns an absolute path, the
// override itself when one is set (so that an error can name it), or an empty string
// when nothing was found.
class ToolLocator
{
    Q_DECLARE_TR_FUNCTIONS(ToolLocator)

public:
    static constexpr const char *kEngineName = "disteval-engine";
    static constexpr const char *kEngineEnvironmentVariable = "DISTEVAL_ENGINE";

    // Order: `overridePath` (the setting), $DISTEVAL_ENGINE, then engineCandidates()
    // (the installed layout and the build tree), then PATH.
    static QString engine(const QString &overridePath);
    // Where the engine lies relative to the app in `appDir`: beside it (installed:
    // <prefix>/bin/disteval and <prefix>/bin/disteval-engine) and in the build tree
    // (<build>/gui/disteval and <build>/engine/disteval-engine). Default: the app's
    // own folder.
    static QStringList engineCandidates(const QString &appDir = QString());
    // "disteval-engine was not found …", naming where the app looked.
    static QString engineNotFoundText();
    // Order: `overridePath`, then PATH.
    static QString mpirun(const QString &overridePath);
};
