// The Samples tab's thumbnails (gui/common/samplerenderer.*, gui/samples/samplegallery.*):
// the fake engine answers `--render-samples` with small PNGs (or texts) and logs every
// call, so that the tests see what the app asks for: only the rows on screen and the
// selected ones, in batches; the thumbnails arrive in the table, the gallery and the
// detail pane without blocking; the second time the cache answers without a call;
// a moved dataset or a failing engine is said once in the tab and the list still works.
#include "common/samplerenderer.h"
#include "samples/sampledetail.h"
#include "samples/samplegallery.h"
#include "samples/samplesview.h"
#include "samples/sampletablemodel.h"
#include "samplesfixtures.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <utime.h>

#include <memory>

namespace {
constexpr int kSamples = 600;
constexpr int kClasses = 4;

SamplesTruth makeTruth()
{
    SamplesTruth t;
    t.classes = kClasses;
    t.predicted.resize(1);
    t.confidence.resize(1);
    for (int i = 0; i < kSamples; ++i) {
        t.labels.push_back(i % kClasses);
        t.predicted[0].push_back(i % 10 < 7 ? i % kClasses : (i + 1) % kClasses);
        t.confidence[0].push_back(0.3f + 0.6f * static_cast<float>((i * 7919) % 1000) / 1000.0f);
    }
    return t;
}

disteval::ResultFile makeResult(const QString &dataPath)
{
    return fourClassResult(kSamples, dataPath);
}

// The run `stem` over the dataset `data` (a file of m_dir, "gone/…" for a moved one)
// with the truth's records, opened in a shown view.
bool openRun(SamplesView &view, const QString &dir, const QString &stem, const QString &data,
             const SamplesTruth &truth, const std::string &runId)
{
    const QString path
            = saveWithRecords(dir, stem, makeResult(QDir(dir).filePath(data)), truth, runId);
    view.resize(1100, 700);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    return view.setResult(
            std::make_shared<disteval::ResultFile>(disteval::readResultFile(path.toStdString())),
            path);
}

QStringList logLines(const QString &log)
{
    QFile f(log);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QList<qint64> indicesOfLine(const QString &line)
{
    QList<qint64> out;
    for (const QString &part : line.split(QLatin1Char(',')))
        out << part.toLongLong();
    return out;
}
} // namespace

class TestGallery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("DISTEVAL_ENGINE", DISTEVAL_FAKE_ENGINE);
        m_log = m_dir.filePath(QStringLiteral("render.log"));
        qputenv("DISTEVAL_FAKE_RENDER_LOG", m_log.toUtf8());
        m_truth = makeTruth();
        for (const char *name : {"images.idx", "bad-images.idx", "tokens.pt"})
            QFile(m_dir.filePath(QLatin1String(name))).open(QIODevice::WriteOnly);
    }

    void init()
    {
        QSettings().clear();
        QDir(SampleRenderer::cacheRoot()).removeRecursively();
        QFile::remove(m_log);
    }

    void thumbnailsArriveForTheRowsOnScreenOnly()
    {
        SamplesView view(nullptr);
        QVERIFY(openRun(view, m_dir.path(), QStringLiteral("run"), QStringLiteral("images.idx"),
                        m_truth, "00000000000000a1"));
        QCOMPARE(view.tableModel()->rowCount(), kSamples);
        // The first row's thumbnail arrives, without blocking: the view answers meanwhile.
        const QModelIndex first = view.tableModel()->index(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!first.data(Qt::DecorationRole).value<QIcon>().isNull(), 10000);
        const QStringList calls = logLines(m_log);
        QCOMPARE(calls.size(), 1);
        const QList<qint64> asked = indicesOfLine(calls.first());
        // only what is on screen (and the selected first row), not the 600 listed
        QVERIFY(asked.size() >= 5);
        QVERIFY(asked.size() <= SampleRenderer::kBatch);
        QVERIFY(asked.size() < 60);
        QCOMPARE(asked.first(), view.listedIndices().first());
        for (qint64 i : asked)
            QVERIFY(QFileInfo::exists(QDir(view.renderer()->folder())
                                              .filePath(QStringLiteral("sample-%1.png").arg(i))));
        QVERIFY(view.renderer()->folder().startsWith(SampleRenderer::cacheRoot()));
        QVERIFY(view.renderer()->folder().endsWith(QStringLiteral("00000000000000a1")));
        // opening the run marked it as used (the cache's limit removes the oldest first)
        QVERIFY(QFileInfo(QDir(view.renderer()->folder()).filePath(QStringLiteral("last-used")))
                        .lastModified()
                        .secsTo(QDateTime::currentDateTime())
                < 60);
        // the selected sample, large in the detail pane
        QTRY_VERIFY(view.detail()->picture()->isVisible());
        QVERIFY(!view.detail()->picture()->pixmap().isNull());
        QVERIFY(view.detail()->picture()->pixmap().width() >= 8 * 4); // scaled up by whole pixels
        QVERIFY(view.gallery()->thumbnailStatus()->isHidden());

        // Scrolling to the end asks for the rows now on screen.
        view.table()->scrollToBottom();
        const qint64 last = view.listedIndices().constLast();
        QTRY_VERIFY_WITH_TIMEOUT(logLines(m_log).size() == 2, 10000);
        QVERIFY(indicesOfLine(logLines(m_log).at(1)).contains(last));
        QTRY_VERIFY(!view.tableModel()
                             ->index(kSamples - 1, 0)
                             .data(Qt::DecorationRole)
                             .value<QIcon>()
                             .isNull());

        // The gallery: tiles of the same rows, the same selection.
        view.gallery()->setMode(SampleGallery::Mode::Gallery);
        QVERIFY(view.gallery()->grid()->isVisible());
        QCOMPARE(view.gallery()->grid()->selectionModel(), view.table()->selectionModel());
        view.gallery()->grid()->scrollToTop();
        QTRY_VERIFY(!view.gallery()->wantedIndices().isEmpty());
        QVERIFY(view.gallery()->wantedIndices().contains(view.listedIndices().at(1)));
        QVERIFY(view.tableModel()
                        ->index(0, 0)
                        .data(SampleTableModel::CaptionRole)
                        .toStringList()
                        .size()
                == 3);

        // A new view of the same run: the cache answers, the engine is not called again.
        QTRY_VERIFY_WITH_TIMEOUT(
                !view.renderer()->busy()
                        && view.renderer()->fileOf(view.gallery()->wantedIndices().constLast())
                                   != QString(),
                10000);
        const int callsBefore = logLines(m_log).size();
        SamplesView again(nullptr);
        QVERIFY(openRun(again, m_dir.path(), QStringLiteral("run"), QStringLiteral("images.idx"),
                        m_truth, "00000000000000a1"));
        QVERIFY(!again.tableModel()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QTest::qWait(400);
        QCOMPARE(logLines(m_log).size(), callsBefore);
    }

    void presetsSortInTheGalleryToo()
    {
        SamplesView view(nullptr);
        QVERIFY(openRun(view, m_dir.path(), QStringLiteral("sorted"), QStringLiteral("images.idx"),
                        m_truth, "00000000000000a2"));
        view.setPreset(SamplesView::ConfidentMistakes);
        QComboBox *sort = view.gallery()->sortBox();
        QCOMPARE(sort->currentData().toInt(), 2 * 3 + 1); // confidence, highest first
        // sorting by loss from the gallery's own choice
        sort->setCurrentIndex(sort->findData(2 * 4 + 1));
        sort->activated(sort->currentIndex());
        const QList<qint64> listed = view.listedIndices();
        for (int i = 1; i < listed.size(); ++i)
            QVERIFY(m_truth.confidence[0][static_cast<size_t>(listed[i - 1])]
                    <= m_truth.confidence[0][static_cast<size_t>(listed[i])]); // loss = -log p
        // the class filter: one true class only
        view.setTrueClass(2);
        for (qint64 i : view.listedIndices())
            QCOMPARE(m_truth.labels[static_cast<size_t>(i)], 2);
        QCOMPARE(view.trueClassBox()->currentData().toInt(), 2);
    }

    void aMovedDatasetIsSaidOnceAndTheListStillWorks()
    {
        SamplesView view(nullptr);
        QVERIFY(openRun(view, m_dir.path(), QStringLiteral("moved"),
                        QStringLiteral("gone/images.idx"), m_truth, "00000000000000a3"));
        QLabel *status = view.gallery()->thumbnailStatus();
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("not there any more")));
        QVERIFY(status->text().contains(QStringLiteral("gone")));
        QCOMPARE(view.tableModel()->rowCount(), kSamples);
        view.setPreset(SamplesView::Mistakes);
        QVERIFY(view.tableModel()->rowCount() > 0);
        QTest::qWait(300);
        QVERIFY(logLines(m_log).isEmpty()); // the engine was not even asked
    }

    void aFailingEngineIsSaidOnce()
    {
        SamplesView view(nullptr);
        QVERIFY(openRun(view, m_dir.path(), QStringLiteral("bad"), QStringLiteral("bad-images.idx"),
                        m_truth, "00000000000000a4"));
        QLabel *status = view.gallery()->thumbnailStatus();
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 10000);
        QVERIFY(status->text().contains(QStringLiteral("not a dataset disteval reads")));
        QVERIFY(status->text().contains(QStringLiteral("exit status 3")));
        // scrolling and new selections do not ask again
        view.table()->scrollToBottom();
        view.setPreset(SamplesView::Mistakes);
        QTest::qWait(400);
        QCOMPARE(logLines(m_log).size(), 1);
        QVERIFY(view.tableModel()->rowCount() > 0);
    }

    void textInputsAreShownAsText()
    {
        SamplesView view(nullptr);
        QVERIFY(openRun(view, m_dir.path(), QStringLiteral("tokens"), QStringLiteral("tokens.pt"),
                        m_truth, "00000000000000a5"));
        const qint64 first = view.listedIndices().first();
        QTRY_VERIFY_WITH_TIMEOUT(view.detail()->textBox()->isVisible(), 10000);
        QCOMPARE(view.detail()->textBox()->toPlainText(), QStringLiteral("token %1").arg(first));
        QVERIFY(view.detail()->picture()->isHidden());
        // a text card as the thumbnail
        QVERIFY(!view.tableModel()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());

        // A vocabulary chosen for the run: the texts are rendered again with it ...
        QVERIFY(view.detail()->vocabularyButton()->isVisible());
        QVERIFY(view.renderer()->vocabulary().isEmpty()); // no vocab.txt beside the data
        const QString words = m_dir.filePath(QStringLiteral("words.txt"));
        QFile file(words);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello\nworld\n");
        file.close();
        // what the engine would refuse is said before it is asked
        QVERIFY(SampleRenderer::vocabularyProblem(m_dir.filePath(QStringLiteral("none.txt")))
                        .contains(QStringLiteral("does not exist")));
        QVERIFY(SampleRenderer::vocabularyProblem(m_dir.path())
                        .contains(QStringLiteral("not a file")));
        QVERIFY(SampleRenderer::vocabularyProblem(m_dir.filePath(QStringLiteral("images.idx")))
                        .contains(QStringLiteral("empty")));
        QFile blank(m_dir.filePath(QStringLiteral("blank.txt")));
        QVERIFY(blank.open(QIODevice::WriteOnly));
        blank.write("\r\n\n");
        blank.close();
        QVERIFY(SampleRenderer::vocabularyProblem(blank.fileName())
                        .contains(QStringLiteral("empty")));
        QVERIFY(SampleRenderer::vocabularyProblem(words).isEmpty());
        // One the engine refuses all the same is said, and forgotten for the run ...
        const QString bad = m_dir.filePath(QStringLiteral("bad-words.txt"));
        QVERIFY(QFile::copy(words, bad));
        view.setVocabulary(bad);
        QTRY_VERIFY_WITH_TIMEOUT(!view.renderer()->problem().isEmpty(), 10000);
        QVERIFY(view.renderer()->problem().contains(QStringLiteral("bad-words.txt")));
        QVERIFY(view.renderer()->vocabulary().isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("samples/vocabulary/00000000000000a5")));
        // ... and choosing another one tries again.
        view.setVocabulary(words);
        QVERIFY(view.renderer()->problem().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(view.detail()->textBox()->toPlainText(),
                                  QStringLiteral("token %1 with words.txt").arg(first), 10000);
        QVERIFY(view.renderer()->arguments({first}, QStringLiteral("/out")).contains(words));
        QVERIFY(view.detail()->vocabularyButton()->toolTip().contains(words));
        // ... and the run remembers it; "" goes back to none.
        SamplesView again(nullptr);
        QVERIFY(openRun(again, m_dir.path(), QStringLiteral("tokens"), QStringLiteral("tokens.pt"),
                        m_truth, "00000000000000a5"));
        QCOMPARE(again.renderer()->vocabulary(), words);
        again.setVocabulary(QString());
        QVERIFY(again.renderer()->vocabulary().isEmpty());
        QVERIFY(!again.renderer()
                         ->arguments({first}, QStringLiteral("/out"))
                         .contains(QStringLiteral("--vocab")));
        QTRY_COMPARE_WITH_TIMEOUT(again.detail()->textBox()->toPlainText(),
                                  QStringLiteral("token %1").arg(first), 10000);
    }

    void theCacheKeepsTheRunsUsedLast()
    {
        QTemporaryDir root;
        // Four runs of 300 KiB; "keep" is the one being opened, used longest ago.
        auto run = [&root](const QString &name, int daysAgo, bool stamped) {
            QDir(root.path()).mkpath(name + QStringLiteral("/batch"));
            QFile file(root.filePath(name + QStringLiteral("/batch/sample-1.png")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(300 * 1024, 'x'));
            file.close();
            const QDateTime when = QDateTime::currentDateTime().addDays(-daysAgo);
            if (stamped) {
                QFile stamp(root.filePath(name + QStringLiteral("/last-used")));
                QVERIFY(stamp.open(QIODevice::WriteOnly));
                QVERIFY(stamp.setFileTime(when, QFileDevice::FileModificationTime));
            } else {
                // no stamp (a folder of an older version): the folder's own time counts
                const utimbuf times{when.toSecsSinceEpoch(), when.toSecsSinceEpoch()};
                QCOMPARE(::utime(QFile::encodeName(root.filePath(name)).constData(), &times), 0);
            }
        };
        run(QStringLiteral("a"), 3, true);
        run(QStringLiteral("b"), 2, false);
        run(QStringLiteral("c"), 1, true);
        run(QStringLiteral("keep"), 10, true);
        // Within the limit: nothing goes.
        QVERIFY(SampleRenderer::pruneCache(root.path(), 1300 * 1024, QStringLiteral("keep"))
                        .isEmpty());
        // 1200 KiB against 700: the two used longest ago go, not the run being opened.
        QCOMPARE(SampleRenderer::pruneCache(root.path(), 700 * 1024, QStringLiteral("keep")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(QDir(root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("c"), QStringLiteral("keep")}));
        // A limit of 0 leaves the run being opened only ...
        QCOMPARE(SampleRenderer::pruneCache(root.path(), 0, QStringLiteral("keep")),
                 QStringList{QStringLiteral("c")});
        QVERIFY(QFileInfo::exists(root.filePath(QStringLiteral("keep/batch/sample-1.png"))));
        // ... and a run used within the hour (perhaps open in another window).
        run(QStringLiteral("now"), 0, true);
        QVERIFY(SampleRenderer::pruneCache(root.path(), 0, QStringLiteral("keep")).isEmpty());
        QVERIFY(QFileInfo::exists(root.filePath(QStringLiteral("now/batch/sample-1.png"))));
    }

private:
    QTemporaryDir m_dir;
    QString m_log;
    SamplesTruth m_truth;
};

QTEST_MAIN(TestGallery)
#include "tst_gallery.moc"
