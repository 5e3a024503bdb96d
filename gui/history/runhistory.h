#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

// The user's past runs, kept in a folder of their own (by default
// QStandardPaths::AppDataLocation/runs): one sub-folder per run holding `entry.json` (what
// the history list shows) and a copy of the run's result file and, when the run saved
// them, its per-sample predictions and records (they keep their names, so the result
// still finds them). A copy, not a link: the history outlives the output folder being cleaned up.
//
// A run that is started is recorded at once as *pending* with the path the engine was
// told to write and the job's process id. When the app is closed and the job left to
// finish in the background, the next refresh() (next start) picks its result up; a
// pending run whose job is gone without a result is marked "ended without result".
//
// Deleting moves a run to `.trash` inside the folder; undoRemove() brings the last one
// back. The trash is emptied when the history is opened again.
class RunHistory : public QObject
{
    Q_OBJECT

public:
    enum class Status { Finished = 1, Pending, NoResult };

    struct Entry
    {
        QString id;   // folder name, unique, sortable by start time
        QString name; // what the user calls it (defaults to the models' names)
        Status status = Status::Finished;
        QDateTime started;       // local time
        QString folder;          // absolute
        QString resultFile;      // file name inside `folder` ("" unless Finished)
        QString predictionsFile; // sidecar file name inside `folder`, "" when none
        QStringList models;      // checkpoint file names
        QString dataset;         // dataset path
        qint64 numSamples = 0;
        int numClasses = 0;
        double accuracy = 0;      // of the first model; NaN when unknown
        double macroF1 = 0;       // of the first model; NaN when unknown
        QList<double> accuracies; // of every model, in the result's order (NaN: unknown)
        QList<double> macroF1s;
        QString pendingOutput; // Pending/NoResult: where the engine writes
        qint64 pid = 0;        // Pending: the job's process id (mpirun)

        QString resultPath() const;      // "" when there is no result
        QString predictionsPath() const; // "" when there is no sidecar
        bool hasPredictions() const { return !predictionsFile.isEmpty(); }
    };

    // `folder` empty: defaultFolder(). Loads the entries and resolves pending runs.
    explicit RunHistory(const QString &folder = QString(), QObject *parent = nullptr);

    static QString defaultFolder();
    QString folder() const { return m_folder; }

    // Newest first.
    const QList<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &id) const;

    // Copies a finished run's result file (and its sidecar) into the history. Returns the
    // new entry's id, or "" with `error` set (unreadable result, disk full).
    QString addResult(const QString &resultPath, QString *error = nullptr);
    // Records a run that was just started: the engine writes `outputPath`; `pid` is the
    // job's process id (0 when not known yet, see setPendingProcess()).
    QString addPending(const QString &outputPath, const QStringList &checkpoints,
                       const QString &dataset, qint64 pid);
    void setPendingProcess(const QString &id, qint64 pid);
    // The pending run finished in the app: imports `resultPath` (false with `error`).
    bool completePending(const QString &id, const QString &resultPath, QString *error = nullptr);
    // The pending run failed or was cancelled in the app: forgets it.
    void discardPending(const QString &id);

    // Re-reads the folder and resolves pending runs: a job no longer running whose
    // result exists is imported, one without a result is marked NoResult.
    void refresh();
    bool hasPending() const;

    bool rename(const QString &id, const QString &name);
    // `base`, or "base (2)", "base (3)", ... when a run of that name is kept already, so
    // that repeated runs of the same checkpoints can be told apart.
    QString uniqueName(const QString &base) const;
    // Moves the run to the trash (undoable); false when there is no such run.
    bool remove(const QString &id);
    bool canUndoRemove() const { return !m_removed.isEmpty(); }
    // Restores the most recently removed run; returns its id ("" when none).
    QString undoRemove();

    // Whether the process `pid` is alive and (where /proc tells) still the job writing
    // `outputPath`. Exposed for tests.
    static bool jobAlive(qint64 pid, const QString &outputPath);

Q_SIGNALS:
    void changed();

private:
    QString newId(const QDateTime &when) const;
    bool writeEntry(const Entry &entry) const;
    static bool readEntry(const QString &folder, Entry *entry);
    bool importResult(Entry *entry, const QString &resultPath, QString *error);
    void load();
    QString trashFolder() const;

    QString m_folder;
    QList<Entry> m_entries;
    QStringList m_removed; // ids in the trash, most recent last
};
