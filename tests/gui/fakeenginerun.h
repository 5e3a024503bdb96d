#pragma once

#include "common/runconfig.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

// A file the app takes for a TorchScript archive (it starts like a zip file), in `dir`;
// the fake engine does not read it. Returns its path.
inline QString fakeCheckpoint(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("PK\x03\x04 fake TorchScript archive");
    return path;
}

// A RunConfig that runs the fake engine (tests/gui/fakeengine.cpp) as "mpirun", with
// `fakeArguments` passed as the extra mpirun arguments.
inline RunConfig fakeRunConfig(const QTemporaryDir &output, const QString &fakeArguments,
                               int ranks = 2)
{
    RunConfig config;
    config.checkpoints = {fakeCheckpoint(output, QStringLiteral("demo_mlp.pt"))};
    config.dataPath = QStringLiteral("/data/t10k-images-idx3-ubyte");
    config.outputDirectory = output.path();
    config.ranks = ranks;
    config.mpirunPath = QStringLiteral(DISTEVAL_FAKE_ENGINE);
    config.enginePath = QStringLiteral(DISTEVAL_FAKE_ENGINE);
    config.extraMpirunArguments = fakeArguments;
    config.bootstrapReplicates = 200;
    return config;
}

inline QString transcript(const char *name)
{
    return QDir(QStringLiteral(DISTEVAL_GUI_TEST_DATA)).filePath(QString::fromLatin1(name));
}
