#include "history/runhistory.h"

#include "result/resultfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <limits>
#include <sys/types.h>

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const QLatin1String kEntryFile("entry.json");

QString statusName(RunHistory::Status status)
{
    switch (status) {
    case RunHistory::Status::Pending:
        return QStringLiteral("pending");
    case RunHistory::Status::NoResult:
        return QStringLiteral("no-result");
    case RunHistory::Status::Finished:
        break;
    }
    return QStringLiteral("finished");
}

RunHistory::Status statusFromName(const QString &name)
{
    if (name == QLatin1String("pending"))
        return RunHistory::Status::Pending;
    if (name == QLatin1String("no-result"))
        return RunHistory::Status::NoResult;
    return RunHistory::Status::Finished;
}

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QList<double> numbers(const QJsonValue &value, double fallback)
{
    QList<double> out;
    for (const QJsonValue &v : value.toArray())
        out << v.toDouble(kNaN);
    if (out.isEmpty())
        out << fallback;
    return out;
}

QString fileNames(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names << QFileInfo(path).fileName();
    return names.join(QStringLiteral(", "));
}

bool copyReplacing(const QString &from, const QString &to, QString *error)
{
    QFile::remove(to);
    QFile source(from);
    if (!source.copy(to)) {
        if (error)
            *error = RunHistory::tr("Cannot copy %1 into the run history: %2")
                             .arg(QDir::toNativeSeparators(from), source.errorString());
        return false;
    }
    return true;
}
} // namespace

QString RunHistory::Entry::resultPath() const
{
    return resultFile.isEmpty() ? QString() : QDir(folder).filePath(resultFile);
}

QString RunHistory::Entry::predictionsPath() const
{
    return predictionsFile.isEmpty() ? QString() : QDir(folder).filePath(predictionsFile);
}

RunHistory::RunHistory(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder.isEmpty() ? defaultFolder() : folder)
{
    QDir().mkpath(m_folder);
    // Whatever was deleted in an earlier session is gone for good now.
    QDir(trashFolder()).removeRecursively();
    load();
    refresh();
}

QString RunHistory::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("runs"));
}

QString RunHistory::trashFolder() const
{
    return QDir(m_folder).filePath(QStringLiteral(".trash"));
}

const RunHistory::Entry *RunHistory::find(const QString &id) const
{
    for (const Entry &e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

QString RunHistory::newId(const QDateTime &when) const
{
    const QString base = when.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString id = base;
    for (int n = 2; QFileInfo::exists(QDir(m_folder).filePath(id))
                    || QFileInfo::exists(QDir(trashFolder()).filePath(id));
         ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

bool RunHistory::writeEntry(const Entry &e) const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), e.name);
    o.insert(QStringLiteral("status"), statusName(e.status));
    o.insert(QStringLiteral("started"), e.started.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("result"), e.resultFile);
    o.insert(QStringLiteral("predictions"), e.predictionsFile);
    o.insert(QStringLiteral("models"), QJsonArray::fromStringList(e.models));
    o.insert(QStringLiteral("dataset"), e.dataset);
    o.insert(QStringLiteral("num_samples"), e.numSamples);
    o.insert(QStringLiteral("num_classes"), e.numClasses);
    o.insert(QStringLiteral("accuracy"), number(e.accuracy));
    o.insert(QStringLiteral("macro_f1"), number(e.macroF1));
    QJsonArray accuracies, macroF1s;
    for (double v : e.accuracies)
        accuracies.append(number(v));
    for (double v : e.macroF1s)
        macroF1s.append(number(v));
    o.insert(QStringLiteral("models_accuracy"), accuracies);
    o.insert(QStringLiteral("models_macro_f1"), macroF1s);
    o.insert(QStringLiteral("pending_output"), e.pendingOutput);
    o.insert(QStringLiteral("pid"), e.pid);
    QSaveFile file(QDir(e.folder).filePath(kEntryFile));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(o).toJson());
    return file.commit();
}

bool RunHistory::readEntry(const QString &folder, Entry *e)
{
    QFile file(QDir(folder).filePath(kEntryFile));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20));
    if (!document.isObject())
        return false;
    const QJsonObject o = document.object();
    e->id = QFileInfo(folder).fileName();
    e->folder = QFileInfo(folder).absoluteFilePath();
    e->name = o.value(QStringLiteral("name")).toString();
    e->status = statusFromName(o.value(QStringLiteral("status")).toString());
    e->started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(),
                                       Qt::ISODateWithMs);
    e->resultFile = QFileInfo(o.value(QStringLiteral("result")).toString()).fileName();
    e->predictionsFile = QFileInfo(o.value(QStringLiteral("predictions")).toString()).fileName();
    e->models.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("models")).toArray())
        e->models << v.toString();
    e->dataset = o.value(QStringLiteral("dataset")).toString();
    e->numSamples = o.value(QStringLiteral("num_samples")).toInteger();
    e->numClasses = o.value(QStringLiteral("num_classes")).toInt();
    e->accuracy = o.value(QStringLiteral("accuracy")).toDouble(kNaN);
    e->macroF1 = o.value(QStringLiteral("macro_f1")).toDouble(kNaN);
    // Entries written before every model's values were kept hold the first model's only.
    e->accuracies = numbers(o.value(QStringLiteral("models_accuracy")), e->accuracy);
    e->macroF1s = numbers(o.value(QStringLiteral("models_macro_f1")), e->macroF1);
    e->pendingOutput = o.value(QStringLiteral("pending_output")).toString();
    e->pid = o.value(QStringLiteral("pid")).toInteger();
    if (e->status == Status::Finished && !QFileInfo::exists(e->resultPath()))
        return false; // damaged: nothing to show
    return true;
}

void RunHistory::load()
{
    m_entries.clear();
    const QFileInfoList folders
            = QDir(m_folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : folders) {
        Entry e;
        if (readEntry(info.absoluteFilePath(), &e))
            m_entries.append(e);
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.id > b.id; });
}

bool RunHistory::importResult(Entry *e, const QString &resultPath, QString *error)
{
    disteval::ResultFile result;
    try {
        result = disteval::readResultFile(resultPath.toStdString());
    } catch (const std::exception &ex) {
        if (error)
            *error = QString::fromStdString(ex.what());
        return false;
    }
    const QFileInfo source(resultPath);
    if (!copyReplacing(resultPath, QDir(e->folder).filePath(source.fileName()), error))
        return false;
    e->resultFile = source.fileName();
    e->predictionsFile.clear();
    if (!result.predictionsFile.empty()) {
        const QString sidecar = QString::fromStdString(result.predictionsFile);
        const QString from = source.dir().filePath(sidecar);
        // A result whose sidecar went missing is still worth keeping, unpaired.
        if (QFileInfo::exists(from)
            && copyReplacing(from, QDir(e->folder).filePath(QFileInfo(sidecar).fileName()), error))
            e->predictionsFile = QFileInfo(sidecar).fileName();
    }
    // The per-sample records too: the Samples tab of a run opened from the history and the
    // discordant samples of two history runs read them. The result names them relative to
    // its folder, so they keep their name. Missing or not copied: the run has no samples.
    if (!result.samplesFile.empty()) {
        const QString records = QString::fromStdString(result.samplesFile);
        const QString from = source.dir().filePath(records);
        if (QFileInfo::exists(from))
            copyReplacing(from, QDir(e->folder).filePath(QFileInfo(records).fileName()), error);
    }
    e->status = Status::Finished;
    e->pendingOutput.clear();
    e->pid = 0;
    e->models.clear();
    for (const disteval::ModelResult &m : result.models)
        e->models << QString::fromStdString(m.path);
    e->dataset = QString::fromStdString(result.dataset.path);
    e->numSamples = result.dataset.numSamples;
    e->numClasses = result.dataset.numClasses;
    e->accuracies.clear();
    e->macroF1s.clear();
    for (const disteval::ModelResult &m : result.models) {
        const disteval::MetricValue *accuracy = m.metric("accuracy");
        const disteval::MetricValue *macroF1 = m.metric("macro_f1");
        e->accuracies << (accuracy ? accuracy->value : kNaN);
        e->macroF1s << (macroF1 ? macroF1->value : kNaN);
    }
    e->accuracy = e->accuracies.value(0, kNaN);
    e->macroF1 = e->macroF1s.value(0, kNaN);
    if (e->name.isEmpty())
        e->name = uniqueName(fileNames(e->models));
    // A run added after the fact (not recorded when it started) dates from its result.
    if (!e->started.isValid()) {
        const QDateTime created
                = QDateTime::fromString(QString::fromStdString(result.created), Qt::ISODate);
        e->started = created.isValid() ? created.toLocalTime() : QDateTime::currentDateTime();
    }
    return true;
}

QString RunHistory::addResult(const QString &resultPath, QString *error)
{
    Entry e; // `started` comes from the result (importResult)
    e.id = newId(QDateTime::currentDateTime());
    e.folder = QDir(m_folder).filePath(e.id);
    if (!QDir().mkpath(e.folder)) {
        if (error)
            *error = tr("The run history folder %1 cannot be created.")
                             .arg(QDir::toNativeSeparators(e.folder));
        return {};
    }
    if (!importResult(&e, resultPath, error) || !writeEntry(e)) {
        if (error && error->isEmpty())
            *error = tr("The run history folder %1 cannot be written.")
                             .arg(QDir::toNativeSeparators(e.folder));
        QDir(e.folder).removeRecursively();
        return {};
    }
    m_entries.prepend(e);
    Q_EMIT changed();
    return e.id;
}

QString RunHistory::addPending(const QString &outputPath, const QStringList &checkpoints,
                               const QString &dataset, qint64 pid)
{
    Entry e;
    e.started = QDateTime::currentDateTime();
    e.id = newId(e.started);
    e.folder = QDir(m_folder).filePath(e.id);
    e.status = Status::Pending;
    e.models = checkpoints;
    e.name = uniqueName(fileNames(checkpoints));
    e.dataset = dataset;
    e.accuracy = kNaN;
    e.macroF1 = kNaN;
    e.pendingOutput = QFileInfo(outputPath).absoluteFilePath();
    e.pid = pid;
    if (!QDir().mkpath(e.folder) || !writeEntry(e))
        return {};
    m_entries.prepend(e);
    Q_EMIT changed();
    return e.id;
}

void RunHistory::setPendingProcess(const QString &id, qint64 pid)
{
    for (Entry &e : m_entries) {
        if (e.id == id && e.status == Status::Pending) {
            e.pid = pid;
            writeEntry(e);
        }
    }
}

bool RunHistory::completePending(const QString &id, const QString &resultPath, QString *error)
{
    for (Entry &e : m_entries) {
        if (e.id != id)
            continue;
        Entry updated = e;
        if (!importResult(&updated, resultPath, error) || !writeEntry(updated))
            return false;
        e = updated;
        Q_EMIT changed();
        return true;
    }
    // Not recorded as pending (e.g. the history was cleared meanwhile): add it.
    return !addResult(resultPath, error).isEmpty();
}

void RunHistory::discardPending(const QString &id)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id && m_entries[i].status == Status::Pending) {
            QDir(m_entries[i].folder).removeRecursively();
            m_entries.removeAt(i);
            Q_EMIT changed();
            return;
        }
    }
}

bool RunHistory::jobAlive(qint64 pid, const QString &outputPath)
{
    if (pid <= 0)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM)
        return false;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return !QFileInfo::exists(QStringLiteral("/proc/self")); // no /proc: trust kill()
    // A zombie has an empty command line; another program may have taken the pid.
    const QByteArray arguments = cmdline.readAll();
    return !arguments.isEmpty()
           && (outputPath.isEmpty() || arguments.contains(QFile::encodeName(outputPath)));
}

void RunHistory::refresh()
{
    load();
    for (Entry &e : m_entries) {
        if (e.status != Status::Pending)
            continue;
        // The job first: a result may appear between the two checks, never the other way.
        if (jobAlive(e.pid, e.pendingOutput))
            continue;
        Entry updated = e;
        if (QFileInfo::exists(e.pendingOutput)
            && importResult(&updated, e.pendingOutput, nullptr)) {
            e = updated;
        } else {
            e.status = Status::NoResult;
            e.pid = 0;
        }
        writeEntry(e);
    }
    Q_EMIT changed();
}

bool RunHistory::hasPending() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &e) { return e.status == Status::Pending; });
}

QString RunHistory::uniqueName(const QString &base) const
{
    auto taken = [this](const QString &name) {
        return std::any_of(m_entries.cbegin(), m_entries.cend(),
                           [&](const Entry &e) { return e.name == name; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

bool RunHistory::rename(const QString &id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    for (Entry &e : m_entries) {
        if (e.id != id)
            continue;
        Entry updated = e;
        updated.name = trimmed;
        if (!writeEntry(updated))
            return false;
        e = updated;
        Q_EMIT changed();
        return true;
    }
    return false;
}

bool RunHistory::remove(const QString &id)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id != id)
            continue;
        QDir().mkpath(trashFolder());
        if (!QDir().rename(m_entries[i].folder, QDir(trashFolder()).filePath(id)))
            return false;
        m_entries.removeAt(i);
        m_removed.append(id);
        Q_EMIT changed();
        return true;
    }
    return false;
}

QString RunHistory::undoRemove()
{
    while (!m_removed.isEmpty()) {
        const QString id = m_removed.takeLast();
        const QString target = QDir(m_folder).filePath(id);
        if (!QDir().rename(QDir(trashFolder()).filePath(id), target))
            continue;
        Entry e;
        if (!readEntry(target, &e))
            continue;
        m_entries.append(e);
        std::stable_sort(m_entries.begin(), m_entries.end(),
                         [](const Entry &a, const Entry &b) { return a.id > b.id; });
        Q_EMIT changed();
        return id;
    }
    return {};
}
