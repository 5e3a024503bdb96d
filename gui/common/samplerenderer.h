#pragma once

#include "result/resultfile.h"

#include <QCache>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPixmap>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

// The inputs of a run's samples as pictures, for the galleries and the PDF: the app never
// links LibTorch, so `disteval-engine --render-samples I,J,... --data D --output DIR`
// renders them (docs/ENGINE.md): sample-I.png for an image (a mask blended over it in
// its classes' colours), sample-I.txt for any other input (token ids as text with a
// vocabulary). The engine is the one the app runs (ToolLocator, the set-up's engine
// path); the dataset is the result's `dataset.path` with the options of its `config`
// that change what an input looks like (masks, resize, crop, channels, ignore index),
// and a vocabulary for token ids: the one chosen for the run (setVocabulary(), kept in
// QSettings `samples/vocabulary/<run>`), else `vocab.txt` beside the dataset.
//
// What the engine rendered is kept in a folder per run under the user's cache
// (QStandardPaths::CacheLocation/samples/<run id>), never beside the user's files, and
// reused next time. A batch is rendered into a temporary folder there and its files moved
// in one by one, so a file in the cache is always whole. The cache is kept below a limit
// (QSettings `samples/cacheLimitMiB`, default kCacheLimitMiB): the first run opened in a
// session removes the folders of the runs used longest ago (a folder's `last-used` file,
// stamped when the run is opened and after each batch) until the rest fit; the run being
// opened and runs used in the last kRecentSeconds (perhaps by another instance) are kept.
//
// request() renders asynchronously (one engine process at a time, kBatch samples per
// call, what was asked last first); renderNow() waits (the PDF export). After a failure
// (no engine, the dataset gone, the engine refusing) problem() says why, failed() is
// emitted once, and nothing more is asked of the engine for this run.
class SampleRenderer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatch = 128;
    static constexpr int kThumbnailSide = 96; // the longer side of thumbnail()
    static constexpr int kCacheLimitMiB = 512;
    static constexpr int kRecentSeconds = 3600;
    static constexpr qint64 kMaxVocabularyBytes = qint64(64) << 20; // the engine's limit

    explicit SampleRenderer(QObject *parent);
    ~SampleRenderer() override;

    // The run whose samples are rendered (nullptr: none). Stops what was being rendered
    // for the previous one.
    void setResult(const disteval::ResultFile *result);
    // Why samples cannot be rendered (translated), "" while nothing went wrong.
    QString problem() const { return m_problem; }
    bool available() const { return m_problem.isEmpty() && !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }
    bool busy() const { return !m_running.isEmpty(); }
    // The vocabulary token ids are shown with, "" for none.
    QString vocabulary() const { return m_vocabulary; }
    // Shows this run's token ids with `path` from now on ("": back to `vocab.txt` beside
    // the dataset, if any), remembered for the run; forgets the texts rendered so far, so
    // that they are rendered again (rendered() with no indices says so).
    void setVocabulary(const QString &path);
    // Why the engine would refuse `path` as a vocabulary (translated; as the engine's
    // readVocabulary: missing, not a file, unreadable, over 64 MiB, no line with a token),
    // "" when it is usable. Reads the file up to its first token: for a file being chosen,
    // not each time a result opens. A vocabulary the engine refuses all the same (its
    // message names the file) is forgotten for the run (the next open shows the ids), and
    // choosing another one tries again.
    static QString vocabularyProblem(const QString &path);

    // The sample's rendered file (PNG or text) in the cache, "" when not rendered yet.
    QString fileOf(qint64 index) const;
    // The sample's picture scaled to kThumbnailSide (small images by whole pixels; text
    // drawn on a card); null when not rendered.
    QPixmap thumbnail(qint64 index) const;
    // The picture as rendered; null when not rendered or when the input is text.
    QImage image(qint64 index) const;
    // A text input's text; "" when not rendered or when the input is an image.
    QString text(qint64 index) const;

    // Renders those of `indices` not in the cache, in the background; they replace
    // whatever was waiting (not what is being rendered). rendered() per batch.
    void request(const QList<qint64> &indices);
    // Renders those of `indices` not in the cache and waits, at most `timeoutMs` for each
    // call of the engine. False (problem() says why) when they could not be rendered.
    bool renderNow(const QList<qint64> &indices, int timeoutMs = 120000);

    // The engine's arguments rendering `indices` into `output`.
    QStringList arguments(const QList<qint64> &indices, const QString &output) const;
    // QStandardPaths::CacheLocation/samples
    static QString cacheRoot();
    // Removes the run folders under `root` used longest ago (their `last-used` file's
    // time, else the folder's) until the others take at most `limitBytes`; never `keep`
    // (a folder name) nor one used in the last kRecentSeconds. Returns the names removed,
    // oldest first.
    static QStringList pruneCache(const QString &root, qint64 limitBytes, const QString &keep);
    // The largest picture scaled to fit a `side` × `side` square: by a whole factor when
    // it is smaller (crisp pixels), smoothly when larger.
    static QImage fitted(const QImage &image, int side);

Q_SIGNALS:
    void rendered(const QList<qint64> &indices);
    void failed(const QString &problem);

private:
    QList<qint64> missing(const QList<qint64> &indices) const;
    void startNext();
    void finished(int exitCode, QProcess::ExitStatus status);
    // Moves the batch's files from `from` into the cache.
    void collect(const QString &from, const QList<qint64> &indices) const;
    void fail(const QString &reason);
    QString failureOf(QProcess &process) const;
    QString vocabularyKey() const;
    QString besideData() const; // vocab.txt beside the dataset, "" when there is none
    void markUsed() const;      // the run folder's `last-used` stamp, now
    void stop();

    QString m_engine;
    QString m_data;
    QStringList m_options;
    QString m_folder;
    QString m_vocabulary;
    QString m_problem;
    bool m_renderFailed = false; // m_problem is the engine's refusal, not the set-up's
    QList<qint64> m_queue;
    QList<qint64> m_running;
    QProcess *m_process = nullptr;
    std::unique_ptr<QTemporaryDir> m_work;
    mutable QCache<qint64, QPixmap> m_thumbnails;
    mutable QCache<qint64, QString> m_texts;
};
