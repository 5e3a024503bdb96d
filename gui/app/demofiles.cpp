#include "app/demofiles.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace {
const QLatin1String kClassNames("fashion-mnist-classes.txt");

QString testImages(const QString &location)
{
    const QFileInfo info(location);
    if (info.isFile())
        return info.absoluteFilePath();
    for (const char *name : {"t10k-images-idx3-ubyte.gz", "t10k-images-idx3-ubyte"}) {
        const QString path = QDir(location).filePath(QString::fromLatin1(name));
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}
} // namespace

bool DemoFiles::complete() const
{
    return !checkpoints.isEmpty() && !dataset.isEmpty();
}

QString DemoFiles::userFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("demo"));
}

QString DemoFiles::datasetLocation()
{
    const QString location = qEnvironmentVariable("DISTEVAL_FASHION_MNIST");
    return location.isEmpty() ? QStringLiteral("/usr/share/datasets/fashion-mnist") : location;
}

QStringList DemoFiles::searchFolders()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("DISTEVAL_DEMO_DIR");
    if (!fromEnvironment.isEmpty())
        folders << fromEnvironment;
    if (QCoreApplication::instance()) {
        const QDir app(QCoreApplication::applicationDirPath());
        folders << QDir::cleanPath(app.filePath(QStringLiteral("../demo")))
                << QDir::cleanPath(app.filePath(QStringLiteral("../share/disteval/demo")));
    }
    folders << userFolder();
    for (const QString &data :
         QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        folders << QDir(data).filePath(QStringLiteral("disteval/demo"));
    folders.removeDuplicates();
    return folders;
}

DemoFiles DemoFiles::find()
{
    return find(searchFolders(), datasetLocation());
}

DemoFiles DemoFiles::find(const QStringList &folders, const QString &location)
{
    DemoFiles demo;
    demo.searched = folders;
    demo.datasetFolder = location;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (demo.checkpoints.isEmpty()) {
            QStringList found
                    = dir.entryList({QStringLiteral("fashion-cnn-*.pt")}, QDir::Files, QDir::Name);
            // early before full: the comparison then shows what more training gained.
            std::stable_sort(found.begin(), found.end(), [](const QString &a, const QString &b) {
                return a.contains(QLatin1String("early")) && !b.contains(QLatin1String("early"));
            });
            for (const QString &name : std::as_const(found))
                demo.checkpoints << dir.filePath(name);
        }
        if (demo.classNames.isEmpty() && QFileInfo(dir.filePath(kClassNames)).isFile())
            demo.classNames = dir.filePath(kClassNames);
    }
    demo.dataset = testImages(location);
    return demo;
}

QString DemoFiles::missingText() const
{
    QStringList parts;
    if (checkpoints.isEmpty()) {
        QStringList folders;
        for (const QString &f : searched)
            folders << QStringLiteral("<li><code>%1</code></li>")
                               .arg(QDir::toNativeSeparators(f).toHtmlEscaped());
        parts << tr("<p>The demo checkpoints (<code>fashion-cnn-early.pt</code>, "
                    "<code>fashion-cnn-full.pt</code>) are not there yet. disteval trains "
                    "them itself in a few seconds; make them with</p>"
                    "<pre>scripts/make-demo-models.sh build/demo</pre>"
                    "<p>in a build of disteval, or, where disteval is installed,</p>"
                    "<pre>disteval-train-demo --data %1 --out %2</pre>"
                    "<p>Looked in:</p><ul>%3</ul>")
                         .arg(QDir::toNativeSeparators(datasetFolder).toHtmlEscaped(),
                              QDir::toNativeSeparators(userFolder()).toHtmlEscaped(),
                              folders.join(QString()));
    }
    if (dataset.isEmpty())
        parts << tr("<p>The Fashion-MNIST test set was not found in <code>%1</code>. Install "
                    "the package <code>dataset-fashion-mnist</code>, or set "
                    "<code>DISTEVAL_FASHION_MNIST</code> to the folder that holds "
                    "<code>t10k-images-idx3-ubyte.gz</code>.</p>")
                         .arg(QDir::toNativeSeparators(datasetFolder).toHtmlEscaped());
    if (classNames.isEmpty())
        parts << tr("<p>The class names (<code>fashion-mnist-classes.txt</code>) were not "
                    "found beside the checkpoints; the demo runs without them, with class "
                    "numbers instead of names.</p>");
    return parts.join(QString());
}
