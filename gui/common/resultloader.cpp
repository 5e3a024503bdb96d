#include "common/resultloader.h"

#include <QFile>

#include <exception>

std::shared_ptr<const disteval::ResultFile> ResultLoader::load(const QString &path, QString *error)
{
    try {
        return std::make_shared<const disteval::ResultFile>(
                disteval::readResultFile(QFile::encodeName(path).toStdString()));
    } catch (const std::exception &e) {
        if (error)
            *error = tr("The result file cannot be opened: %1")
                             .arg(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        if (error)
            *error = tr("The result file cannot be opened: %1").arg(path);
    }
    return nullptr;
}
