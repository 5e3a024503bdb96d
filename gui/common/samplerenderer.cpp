#include "common/samplerenderer.h"

#include "common/runconfig.h"
#include "common/toollocator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {
constexpr qint64 kMaxTextBytes = 64 * 1024;

QString fileName(qint64 index, const char *suffix)
{
    return QStringLiteral("sample-%1.%2").arg(index).arg(QLatin1String(suffix));
}

// The options of the run's configuration that change what an input looks like.
QStringList renderOptions(const disteval::ResultFile &result)
{
    const nlohmann::ordered_json &c = result.config;
    QStringList options;
    auto integer = [&c](const char *key) {
        return c.contains(key) && c[key].is_number_integer();
    };
    if (c.contains("masks") && c["masks"].is_string() && !c["masks"].get<std::string>().empty())
        options << QStringLiteral("--masks")
                << QString::fromStdString(c["masks"].get<std::string>());
    if (integer("ignore_index") && result.task == disteval::Task::DenseClassification)
        options << QStringLiteral("--ignore-index")
                << QString::number(c["ignore_index"].get<int64_t>());
    if (integer("resize"))
        options << QStringLiteral("--resize") << QString::number(c["resize"].get<int64_t>());
    if (c.contains("crop") && c["crop"].is_array() && c["crop"].size() == 2
        && c["crop"][0].is_number_integer() && c["crop"][1].is_number_integer())
        options << QStringLiteral("--crop")
                << QStringLiteral("%1x%2")
                           .arg(c["crop"][0].get<int64_t>())
                           .arg(c["crop"][1].get<int64_t>());
    if (integer("channels"))
        options << QStringLiteral("--channels") << QString::number(c["channels"].get<int64_t>());
    return options;
}

// The folder name of a run's cache: its run id when it is one (hex digits), else a hash
// of it (the result file is not trusted to name a folder).
QString folderKey(const std::string &runId)
{
    const QString id = QString::fromStdString(runId);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{1,64}$"));
    if (hex.match(id).hasMatch())
        return id.toLower();
    return QString::fromLatin1(
            QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

qint64 folderBytes(const QString &folder)
{
    qint64 bytes = 0;
    QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        bytes += files.fileInfo().size();
    }
    return bytes;
}

QImage textCard(const QString &text, int side)
{
    QImage card(side, side, QImage::Format_RGB32);
    card.fill(QColor(0xfa, 0xfa, 0xf4));
    QPainter painter(&card);
    QFont font = painter.font();
    font.setPixelSize(std::max(8, side / 9));
    painter.setFont(font);
    painter.setPen(QColor(0x30, 0x30, 0x30));
    painter.drawText(QRect(4, 4, side - 8, side - 8), Qt::TextWordWrap | Qt::AlignTop,
                     text.left(200));
    painter.setPen(QColor(0xc0, 0xc0, 0xb0));
    painter.drawRect(0, 0, side - 1, side - 1);
    return card;
}
} // namespace

SampleRenderer::SampleRenderer(QObject *parent)
    : QObject(parent)
{
    m_thumbnails.setMaxCost(64 * 1024); // KiB
    m_texts.setMaxCost(4096);
}

SampleRenderer::~SampleRenderer()
{
    stop();
}

QString SampleRenderer::cacheRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
            .filePath(QStringLiteral("samples"));
}

QStringList SampleRenderer::pruneCache(const QString &root, qint64 limitBytes, const QString &keep)
{
    struct Run
    {
        QString name;
        QDateTime used;
        qint64 bytes = 0;
    };
    std::vector<Run> runs;
    qint64 total = 0;
    const QDir dir(root);
    for (const QFileInfo &folder : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QFileInfo stamp(QDir(folder.filePath()).filePath(QStringLiteral("last-used")));
        Run run{folder.fileName(), stamp.exists() ? stamp.lastModified() : folder.lastModified(),
                folderBytes(folder.filePath())};
        total += run.bytes;
        if (run.name != keep)
            runs.push_back(run);
    }
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) {
        return a.used != b.used ? a.used < b.used : a.name < b.name;
    });
    QStringList removed;
    const QDateTime recent = QDateTime::currentDateTime().addSecs(-kRecentSeconds);
    for (const Run &run : runs) {
        if (total <= limitBytes || run.used > recent)
            break;
        if (QDir(dir.filePath(run.name)).removeRecursively()) {
            total -= run.bytes;
            removed << run.name;
        }
    }
    return removed;
}

void SampleRenderer::stop()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_work.reset();
    m_running.clear();
    m_queue.clear();
}

void SampleRenderer::setResult(const disteval::ResultFile *result)
{
    stop();
    m_thumbnails.clear();
    m_texts.clear();
    m_folder.clear();
    m_vocabulary.clear();
    m_problem.clear();
    m_renderFailed = false;
    m_data.clear();
    m_options.clear();
    if (!result)
        return;
    if (result->predictionsRunId.empty()) {
        m_problem = tr("This result has no per-sample records, so its samples cannot be shown.");
        return;
    }
    m_folder = QDir(cacheRoot()).filePath(folderKey(result->predictionsRunId));
    m_data = QString::fromStdString(result->dataset.path);
    m_options = renderOptions(*result);
    const QFileInfo data(m_data);
    QSettings settings;
    // Only whether it is there: its contents were checked when it was chosen, and one the
    // engine refuses is forgotten (fail()); opening a result reads no vocabulary.
    m_vocabulary = settings.value(vocabularyKey()).toString();
    if (!QFileInfo(m_vocabulary).isFile())
        m_vocabulary = data.exists() ? besideData() : QString();
    m_engine = ToolLocator::engine(RunConfig::load(settings).enginePath);
    const int masks = m_options.indexOf(QStringLiteral("--masks"));
    if (m_data.isEmpty() || !data.exists())
        m_problem = tr("The dataset “%1” is not there any more (moved or deleted?), so the "
                       "samples' inputs cannot be shown.")
                            .arg(QDir::toNativeSeparators(m_data));
    else if (masks >= 0 && !QFileInfo::exists(m_options.value(masks + 1)))
        m_problem = tr("The masks folder “%1” is not there any more (moved or deleted?), so the "
                       "samples' masks cannot be shown.")
                            .arg(QDir::toNativeSeparators(m_options.value(masks + 1)));
    else if (m_engine.isEmpty())
        m_problem = tr("The samples' inputs cannot be shown: %1")
                            .arg(ToolLocator::engineNotFoundText());
    else if (!QDir().mkpath(m_folder))
        m_problem = tr("The samples' inputs cannot be shown: the folder “%1” cannot be created.")
                            .arg(QDir::toNativeSeparators(m_folder));
    if (!m_problem.isEmpty())
        return;
    // This run was used now; the first run opened in a session tidies the cache up.
    markUsed();
    static bool pruned = false;
    if (!pruned) {
        pruned = true;
        bool ok = false;
        qint64 mib = settings.value(QStringLiteral("samples/cacheLimitMiB")).toLongLong(&ok);
        if (!ok || mib < 0)
            mib = kCacheLimitMiB; // unset or not a number: the default, never "nothing"
        pruneCache(cacheRoot(), mib * 1024 * 1024, QFileInfo(m_folder).fileName());
    }
}

void SampleRenderer::markUsed() const
{
    QFile stamp(QDir(m_folder).filePath(QStringLiteral("last-used")));
    if (stamp.open(QIODevice::WriteOnly | QIODevice::Truncate))
        stamp.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1());
}

QString SampleRenderer::vocabularyKey() const
{
    return QStringLiteral("samples/vocabulary/") + QFileInfo(m_folder).fileName();
}

QString SampleRenderer::besideData() const
{
    const QString path = QFileInfo(m_data).dir().filePath(QStringLiteral("vocab.txt"));
    return QFileInfo(path).isFile() ? path : QString();
}

QString SampleRenderer::vocabularyProblem(const QString &path)
{
    const QFileInfo file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.exists())
        return tr("The vocabulary file “%1” does not exist.").arg(shown);
    if (!file.isFile())
        return tr("“%1” is not a file.").arg(shown);
    if (file.size() > kMaxVocabularyBytes)
        return tr("The vocabulary file “%1” is larger than 64 MiB.").arg(shown);
    QFile text(path);
    if (!file.isReadable() || !text.open(QIODevice::ReadOnly))
        return tr("The vocabulary file “%1” cannot be read.").arg(shown);
    // A token on some line, as the engine asks: a line is a token but for its '\r'.
    while (!text.atEnd()) {
        QByteArray line = text.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            return {};
    }
    return tr("The vocabulary file “%1” is empty: it needs one token per line.").arg(shown);
}

void SampleRenderer::setVocabulary(const QString &path)
{
    if (m_folder.isEmpty())
        return;
    stop();
    if (m_renderFailed) { // perhaps the vocabulary before: try again
        m_renderFailed = false;
        m_problem.clear();
    }
    QSettings settings;
    if (path.isEmpty())
        settings.remove(vocabularyKey());
    else
        settings.setValue(vocabularyKey(), QFileInfo(path).absoluteFilePath());
    m_vocabulary = path.isEmpty() ? besideData() : QFileInfo(path).absoluteFilePath();
    // The texts in the cache were rendered with the vocabulary before.
    const QDir folder(m_folder);
    for (const QString &name : folder.entryList({QStringLiteral("sample-*.txt")}, QDir::Files))
        QFile::remove(folder.filePath(name));
    m_texts.clear();
    m_thumbnails.clear();
    Q_EMIT rendered({});
}

QStringList SampleRenderer::arguments(const QList<qint64> &indices, const QString &output) const
{
    QStringList numbers;
    for (qint64 i : indices)
        numbers << QString::number(i);
    QStringList options = m_options;
    if (!m_vocabulary.isEmpty())
        options << QStringLiteral("--vocab") << m_vocabulary;
    return QStringList{QStringLiteral("--render-samples"), numbers.join(QLatin1Char(',')),
                       QStringLiteral("--data"), m_data}
           + options + QStringList{QStringLiteral("--output"), output};
}

QString SampleRenderer::fileOf(qint64 index) const
{
    if (m_folder.isEmpty())
        return {};
    for (const char *suffix : {"png", "txt"}) {
        const QString path = QDir(m_folder).filePath(fileName(index, suffix));
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

QImage SampleRenderer::fitted(const QImage &image, int side)
{
    if (image.isNull())
        return image;
    const int longer = std::max(image.width(), image.height());
    if (longer <= side) {
        const int factor = std::max(1, side / longer);
        return factor == 1 ? image
                           : image.scaled(image.size() * factor, Qt::IgnoreAspectRatio,
                                          Qt::FastTransformation);
    }
    return image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QPixmap SampleRenderer::thumbnail(qint64 index) const
{
    if (const QPixmap *cached = m_thumbnails.object(index))
        return *cached;
    const QString path = fileOf(index);
    if (path.isEmpty())
        return {};
    const QImage picture = path.endsWith(QLatin1String(".png"))
                                   ? fitted(QImage(path), kThumbnailSide)
                                   : textCard(text(index), kThumbnailSide);
    if (picture.isNull())
        return {};
    auto *pixmap = new QPixmap(QPixmap::fromImage(picture));
    m_thumbnails.insert(index, pixmap, std::max<qsizetype>(1, picture.sizeInBytes() / 1024));
    return *pixmap;
}

QImage SampleRenderer::image(qint64 index) const
{
    const QString path = fileOf(index);
    return path.endsWith(QLatin1String(".png")) ? QImage(path) : QImage();
}

QString SampleRenderer::text(qint64 index) const
{
    if (const QString *cached = m_texts.object(index))
        return *cached;
    const QString path = fileOf(index);
    if (!path.endsWith(QLatin1String(".txt")))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto *text = new QString(QString::fromUtf8(file.read(kMaxTextBytes)).trimmed());
    m_texts.insert(index, text, std::max<qsizetype>(1, text->size() / 1024));
    return *text;
}

QList<qint64> SampleRenderer::missing(const QList<qint64> &indices) const
{
    QList<qint64> out;
    for (qint64 i : indices)
        if (i >= 0 && !m_running.contains(i) && !out.contains(i) && fileOf(i).isEmpty())
            out << i;
    return out;
}

void SampleRenderer::request(const QList<qint64> &indices)
{
    if (!available())
        return;
    m_queue = missing(indices);
    if (m_running.isEmpty())
        startNext();
}

void SampleRenderer::startNext()
{
    if (m_queue.isEmpty() || !available())
        return;
    m_running = m_queue.mid(0, kBatch);
    m_queue = m_queue.mid(kBatch);
    m_work = std::make_unique<QTemporaryDir>(
            QDir(m_folder).filePath(QStringLiteral(".render-XXXXXX")));
    if (!m_work->isValid()) {
        fail(tr("a temporary folder cannot be created in “%1”.")
                     .arg(QDir::toNativeSeparators(m_folder)));
        return;
    }
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::finished, this, &SampleRenderer::finished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finished(-1, QProcess::CrashExit);
    });
    m_process->start(m_engine, arguments(m_running, m_work->path()));
}

QString SampleRenderer::failureOf(QProcess &process) const
{
    if (process.error() == QProcess::FailedToStart)
        return tr("disteval-engine (“%1”) could not be started: %2")
                .arg(QDir::toNativeSeparators(m_engine), process.errorString());
    // The engine says what is wrong on its last line of standard error.
    const QStringList lines = QString::fromUtf8(process.readAllStandardError())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString last = lines.isEmpty() ? QString() : lines.constLast().trimmed();
    last.remove(QRegularExpression(QStringLiteral("^disteval-engine: error: ")));
    if (process.exitStatus() == QProcess::CrashExit)
        return tr("disteval-engine stopped unexpectedly. %1").arg(last).trimmed();
    return tr("disteval-engine failed (exit status %1): %2").arg(process.exitCode()).arg(last);
}

void SampleRenderer::finished(int exitCode, QProcess::ExitStatus status)
{
    QProcess *process = m_process;
    if (!process)
        return;
    m_process = nullptr;
    process->disconnect(this);
    process->deleteLater();
    const QList<qint64> batch = m_running;
    m_running.clear();
    if (status != QProcess::NormalExit || exitCode != 0) {
        fail(failureOf(*process));
        return;
    }
    collect(m_work->path(), batch);
    m_work.reset();
    Q_EMIT rendered(batch);
    startNext();
}

void SampleRenderer::collect(const QString &from, const QList<qint64> &indices) const
{
    for (qint64 index : indices) {
        for (const char *suffix : {"png", "txt"}) {
            const QString source = QDir(from).filePath(fileName(index, suffix));
            if (!QFileInfo::exists(source))
                continue;
            // A file rendered meanwhile by another call stays; both are the same picture.
            if (!QFile::rename(source, QDir(m_folder).filePath(fileName(index, suffix))))
                QFile::remove(source);
        }
    }
    markUsed(); // in use: a run kept open for days is not the one used longest ago
}

void SampleRenderer::fail(const QString &reason)
{
    m_work.reset();
    m_queue.clear();
    m_running.clear();
    if (!m_problem.isEmpty())
        return;
    m_problem = tr("The samples' inputs cannot be shown: %1").arg(reason);
    m_renderFailed = true;
    // The engine refused the vocabulary chosen for the run (its message names the file):
    // forget it, so that the run shows its ids next time instead of failing again.
    QSettings settings;
    if (settings.contains(vocabularyKey()) && !m_vocabulary.isEmpty()
        && reason.contains(QFileInfo(m_vocabulary).fileName())) {
        settings.remove(vocabularyKey());
        m_vocabulary = besideData();
    }
    Q_EMIT failed(m_problem);
}

bool SampleRenderer::renderNow(const QList<qint64> &indices, int timeoutMs)
{
    if (!available())
        return false;
    QList<qint64> todo = missing(indices);
    while (!todo.isEmpty() && available()) {
        const QList<qint64> batch = todo.mid(0, 1000);
        todo = todo.mid(1000);
        QTemporaryDir work(QDir(m_folder).filePath(QStringLiteral(".render-XXXXXX")));
        QProcess process;
        process.start(m_engine, arguments(batch, work.path()));
        const bool done = process.waitForFinished(timeoutMs);
        if (!done && process.error() == QProcess::Timedout) {
            process.kill();
            process.waitForFinished(2000);
            fail(tr("disteval-engine did not finish within %1 s.").arg(timeoutMs / 1000));
        } else if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
                   || process.error() == QProcess::FailedToStart) {
            fail(failureOf(process));
        } else {
            collect(work.path(), batch);
        }
    }
    return available();
}
