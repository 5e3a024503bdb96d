// The report's optional section "Most confident mistakes per class" (gui/export/
// mistakessection.*): per model and true class the k mistakes with the highest
// confidence, from records written here, with the thumbnails the fake engine renders;
// classes without mistakes left out; what it says without records or without the
// dataset; in the PDF's text (pdftotext), from the app's dialog and from
// `disteval --export --confident-mistakes`.
#include "common/samplerenderer.h"
#include "export/exportdialogs.h"
#include "export/mistakessection.h"
#include "export/reportwriter.h"
#include "pdftext.h"
#include "samplesfixtures.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace {
constexpr int kSamples = 400;
constexpr int kClasses = 4; // "fish" (3) is never mistaken

SamplesTruth makeTruth()
{
    SamplesTruth t;
    t.classes = kClasses;
    t.predicted.resize(1);
    t.confidence.resize(1);
    for (int i = 0; i < kSamples; ++i) {
        const int label = i % kClasses;
        t.labels.push_back(label);
        const bool wrong = label != 3 && i % 5 == 0;
        t.predicted[0].push_back(wrong ? (label + 1) % kClasses : label);
        t.confidence[0].push_back(0.3f + 0.6f * static_cast<float>((i * 7919) % 997) / 997.0f);
    }
    return t;
}

disteval::ResultFile makeResult(const QString &dataPath)
{
    return fourClassResult(kSamples, dataPath);
}

// The expected top k of a class: its mistakes by confidence, highest first.
QList<qint64> expectedTop(const SamplesTruth &t, int label, int k, int64_t *mistakes)
{
    std::vector<int> rows;
    for (int i = 0; i < kSamples; ++i)
        if (t.labels[static_cast<size_t>(i)] == label
            && t.predicted[0][static_cast<size_t>(i)] != label)
            rows.push_back(i);
    *mistakes = static_cast<int64_t>(rows.size());
    std::stable_sort(rows.begin(), rows.end(), [&t](int a, int b) {
        return t.confidence[0][static_cast<size_t>(a)] > t.confidence[0][static_cast<size_t>(b)];
    });
    QList<qint64> out;
    for (int i = 0; i < std::min<int>(k, static_cast<int>(rows.size())); ++i)
        out << rows[static_cast<size_t>(i)];
    return out;
}
} // namespace

class TestReportMistakes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QDir(SampleRenderer::cacheRoot()).removeRecursively();
        QVERIFY(m_dir.isValid());
        qputenv("DISTEVAL_ENGINE", DISTEVAL_FAKE_ENGINE);
        QFile(m_dir.filePath(QStringLiteral("images.idx"))).open(QIODevice::WriteOnly);
        m_truth = makeTruth();
        m_result = makeResult(m_dir.filePath(QStringLiteral("images.idx")));
        m_path = saveWithRecords(m_dir.path(), QStringLiteral("run"), m_result, m_truth,
                                 "00000000000000c1");
        m_result = disteval::readResultFile(m_path.toStdString());
    }

    void perClassTheMostConfidentMistakes()
    {
        const int k = 4;
        const MistakesSection section(m_result, m_path, k);
        QCOMPARE(section.reason(), QString());
        for (int c = 0; c < kClasses; ++c) {
            int64_t mistakes = 0;
            const QList<qint64> expected = expectedTop(m_truth, c, k, &mistakes);
            const QVector<PdfDocument::Figure> figures = section.figuresOf(0, c);
            QCOMPARE(figures.size(), expected.size());
            for (int i = 0; i < figures.size(); ++i) {
                QCOMPARE(figures[i].caption.value(0), QStringLiteral("#%1").arg(expected[i]));
                QVERIFY(!figures[i].image.isNull());
            }
        }
        QVERIFY(section.figuresOf(0, 3).isEmpty()); // fish: no mistake
    }

    void thePdfHasTheSection()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("with-mistakes.pdf"));
        ReportOptions options;
        options.confidentMistakes = true;
        options.mistakesPerClass = 3;
        QString error;
        QVERIFY2(ReportWriter::writePdf(m_result, m_path, pdf, &error, nullptr, options),
                 qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Most confident mistakes per class")));
        for (int c = 0; c < 3; ++c) {
            int64_t mistakes = 0;
            const QList<qint64> top = expectedTop(m_truth, c, 3, &mistakes);
            const QString name
                    = QString::fromStdString(m_result.dataset.classNames[static_cast<size_t>(c)]);
            QVERIFY2(
                    text.contains(
                            QStringLiteral("True class %1: %2 mistake(s)").arg(name).arg(mistakes)),
                    qPrintable(text));
            for (qint64 i : top)
                QVERIFY(text.contains(QStringLiteral("#%1").arg(i)));
        }
        QVERIFY(!text.contains(QStringLiteral("True class fish")));
        // off by default
        const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
        QVERIFY(ReportWriter::writePdf(m_result, m_path, plain, &error));
        QVERIFY(!pdfText(plain).contains(QStringLiteral("Most confident mistakes")));
    }

    void withoutRecordsOrDatasetTheSectionSaysWhy()
    {
        ReportOptions options;
        options.confidentMistakes = true;
        QString error;
        disteval::ResultFile none = m_result;
        none.samplesFile.clear();
        const QString pdf = m_dir.filePath(QStringLiteral("no-records.pdf"));
        QVERIFY(ReportWriter::writePdf(none, m_path, pdf, &error, nullptr, options));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("has no per-sample records")));

        // (what was rendered before stays in the cache and would still be shown)
        QDir(SampleRenderer::cacheRoot()).removeRecursively();
        disteval::ResultFile moved = m_result;
        moved.dataset.path = m_dir.filePath(QStringLiteral("gone/images.idx")).toStdString();
        const MistakesSection section(moved, m_path, 2);
        QVERIFY(section.reason().contains(QStringLiteral("not there any more")));
        QCOMPARE(section.figuresOf(0, 0).size(), 2); // listed, without pictures
        QVERIFY(section.figuresOf(0, 0).first().image.isNull());
    }

    void theDialogOffersIt()
    {
        QTimer::singleShot(0, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QDialog *>(w);
                if (!dialog || dialog->objectName() != QLatin1String("reportOptionsDialog"))
                    continue;
                auto *box
                        = dialog->findChild<QCheckBox *>(QStringLiteral("confidentMistakesOption"));
                QVERIFY(box && !box->isChecked()); // off by default
                box->setChecked(true);
                dialog->findChild<QSpinBox *>(QStringLiteral("mistakesPerClass"))->setValue(3);
                dialog->accept();
            }
        });
        ReportOptions options;
        QVERIFY(ExportDialogs::askReportOptions(nullptr, true, &options));
        QVERIFY(options.confidentMistakes);
        QCOMPARE(options.mistakesPerClass, 3);
        QVERIFY(QSettings().value(QStringLiteral("export/confidentMistakes")).toBool());
    }

    void headlessExport()
    {
        QTemporaryDir cache;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("DISTEVAL_ENGINE"), QStringLiteral(DISTEVAL_FAKE_ENGINE));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
        const QString pdf = m_dir.filePath(QStringLiteral("headless.pdf"));
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(DISTEVAL_APP),
                  {QStringLiteral("--export"), pdf, m_path, QStringLiteral("--confident-mistakes"),
                   QStringLiteral("--mistakes-per-class"), QStringLiteral("2")});
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitCode(), 0);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Most confident mistakes per class")));
        int64_t mistakes = 0;
        for (qint64 i : expectedTop(m_truth, 1, 2, &mistakes))
            QVERIFY(text.contains(QStringLiteral("#%1").arg(i)));
        // the thumbnails went to the cache, not beside the result
        QVERIFY(QDir(cache.filePath(QStringLiteral("disteval"))).exists()
                || !QDir(cache.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("sample-*")}).isEmpty());

        app.start(QStringLiteral(DISTEVAL_APP),
                  {QStringLiteral("--export"), pdf, m_path, QStringLiteral("--confident-mistakes"),
                   QStringLiteral("--mistakes-per-class"), QStringLiteral("0")});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 2);
    }

private:
    QTemporaryDir m_dir;
    SamplesTruth m_truth;
    disteval::ResultFile m_result;
    QString m_path;
};

QTEST_MAIN(TestReportMistakes)
#include "tst_reportmistakes.moc"
