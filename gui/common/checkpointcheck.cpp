#include "common/checkpointcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

CheckpointCheck::Problem CheckpointCheck::check(const QString &path, QString *readError)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Problem::Missing;
    if (info.isDir())
        return Problem::Folder;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *readError = file.errorString();
        return Problem::Unreadable;
    }
    const QByteArray head = file.read(4);
    if (head.isEmpty())
        return Problem::Empty;
    if (head != QByteArrayLiteral("PK\x03\x04"))
        return Problem::NotArchive;
    return Problem::None;
}

QString CheckpointCheck::describe(const QString &path, bool metric)
{
    const QString name = QDir::toNativeSeparators(path);
    QString readError;
    switch (check(path, &readError)) {
    case Problem::None:
        break;
    case Problem::Missing:
        return tr("%1 does not exist.").arg(name);
    case Problem::Folder:
        return metric ? tr("%1 is a folder, not a metric file.").arg(name)
                      : tr("%1 is a folder, not a checkpoint file.").arg(name);
    case Problem::Unreadable:
        return tr("%1 cannot be read: %2").arg(name, readError);
    case Problem::Empty:
        return tr("%1 is empty.").arg(name);
    case Problem::NotArchive:
        return metric ? tr("%1 is not a TorchScript archive (save the metric with "
                           "torch.jit.script(metric).save).")
                                .arg(name)
                      : tr("%1 is not a TorchScript archive (save the model with "
                           "torch.jit.save).")
                                .arg(name);
    }
    return {};
}

QString CheckpointCheck::problem(const QString &path)
{
    return describe(path, false);
}

QString CheckpointCheck::metricProblem(const QString &path)
{
    return describe(path, true);
}
