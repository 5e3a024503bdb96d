#include "common/toollocator.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}
} // namespace

QStringList ToolLocator::engineCandidates(const QString &appDir)
{
    QString dir = appDir;
    if (dir.isEmpty() && QCoreApplication::instance())
        dir = QCoreApplication::applicationDirPath();
    if (dir.isEmpty())
        return {};
    const QString name = QString::fromLatin1(kEngineName);
    return {QDir(dir).filePath(name),
            QDir::cleanPath(QDir(dir).filePath(QStringLiteral("../engine/")) + QLatin1Char('/')
                            + name)};
}

QString ToolLocator::engine(const QString &overridePath)
{
    if (!overridePath.trimmed().isEmpty())
        return overridePath.trimmed();
    const QString fromEnvironment = qEnvironmentVariable(kEngineEnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    for (const QString &candidate : engineCandidates())
        if (isExecutableFile(candidate))
            return candidate;
    return QStandardPaths::findExecutable(QString::fromLatin1(kEngineName));
}

QString ToolLocator::engineNotFoundText()
{
    QStringList places;
    for (const QString &candidate : engineCandidates())
        places << QDir::toNativeSeparators(QFileInfo(candidate).absolutePath());
    return tr("disteval-engine was not found (looked beside the app and in the build tree: %1, "
              "and on the PATH). Locate it, or set its path under Advanced.")
            .arg(places.join(QStringLiteral(", ")));
}

QString ToolLocator::mpirun(const QString &overridePath)
{
    if (!overridePath.trimmed().isEmpty())
        return overridePath.trimmed();
    return QStandardPaths::findExecutable(QStringLiteral("mpirun"));
}
