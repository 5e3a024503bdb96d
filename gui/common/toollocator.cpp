#include "common/toollocator.h"

#include <QCoreApplication>
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

QString ToolLocator::engine(const QString &overridePath)
{
    if (!overridePath.trimmed().isEmpty())
        return overridePath.trimmed();
    const QString fromEnvironment = qEnvironmentVariable(kEngineEnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString name = QString::fromLatin1(kEngineName);
    if (QCoreApplication::instance()) {
        const QString sibling = QDir(QCoreApplication::applicationDirPath()).filePath(name);
        if (isExecutableFile(sibling))
            return sibling;
    }
    return QStandardPaths::findExecutable(name);
}

QString ToolLocator::mpirun(const QString &overridePath)
{
    if (!overridePath.trimmed().isEmpty())
        return overridePath.trimmed();
    return QStandardPaths::findExecutable(QStringLiteral("mpirun"));
}
