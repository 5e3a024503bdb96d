#include "common/checkpointcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

QString CheckpointCheck::problem(const QString &path)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        return tr("%1 does not exist.").arg(name);
    if (info.isDir())
        return tr("%1 is a folder, not a checkpoint file.").arg(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(name, file.errorString());
    const QByteArray head = file.read(4);
    if (head.isEmpty())
        return tr("%1 is empty.").arg(name);
    if (head != QByteArrayLiteral("PK\x03\x04"))
        return tr("%1 is not a TorchScript archive (save the model with torch.jit.save).")
                .arg(name);
    return {};
}
