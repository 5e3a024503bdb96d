// The curves' files: every synthetic fixture passes the result validator with curves of
// many points; NAME-curves.csv holds exactly core's points; the PDF report's Curves
// sections (every class up to 10 classes, the averages and a note above) and the
// comparison PDF's overlays; an older file's line; `disteval --export --plot
// roc|pr|confidence|top-k` and its refusals.
#include "common/curvekind.h"
#include "common/resultformat.h"
#include "csvreader.h"
#include "curvefixtures.h"
#include "export/comparisonexport.h"
#include "export/csvexporter.h"
#include "export/curvescsv.h"
#include "export/reportwriter.h"
#include "pdftext.h"

#include "metrics/curves.h"
#include "result/resultfile.h"

#include <QImage>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class tst_CurveExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syntheticResultsAreValidAndSpread();
    void csvPointsAreCoresCurves();
    void pdfHasACurvesSection();
    void headlessCurvePlots_data();
    void headlessCurvePlots();

private:
    QTemporaryDir m_dir;
    CurveFixtures m_files;
};

void tst_CurveExports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_files.make(m_dir);
}

// Every fixture reads back through the validator; its curves have many points.
void tst_CurveExports::syntheticResultsAreValidAndSpread()
{
    for (const QString &path : m_files.all()) {
        const disteval::ResultFile r = disteval::readResultFile(path.toStdString());
        QCOMPARE(r.schemaVersion, 4);
        const disteval::ModelCurves &c = r.models[0].curves;
        QVERIFY(c.hasScores());
        const disteval::RocCurve roc = disteval::rocCurve(c.scores, 0);
        QVERIFY2(roc.fpr.size() >= 12, qPrintable(QString::number(roc.fpr.size())));
        if (r.task == disteval::Task::Classification) {
            QVERIFY(c.hasConfidence());
            QCOMPARE(static_cast<int>(c.rankHits.size()), std::min(r.dataset.numClasses, 10));
            int used = 0;
            for (int64_t n : c.confidenceCorrect)
                used += n > 0;
            QVERIFY(used >= 30);
        }
    }
}

void tst_CurveExports::csvPointsAreCoresCurves()
{
    const disteval::ResultFile r = disteval::readResultFile(m_files.ten.toStdString());
    const QString base = m_dir.filePath(QStringLiteral("tables.csv"));
    QString error;
    QVERIFY2(CsvExporter::write(r, base, &error), qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("tables-curves.csv"));
    QVERIFY(CsvExporter::outputPaths(base, r).contains(path));
    const QVector<QStringList> rows = readCsv(path);
    QCOMPARE(rows.value(0),
             (QStringList{QStringLiteral("model"), QStringLiteral("checkpoint"),
                          QStringLiteral("kind"), QStringLiteral("curve"),
                          QStringLiteral("class_index"), QStringLiteral("class"),
                          QStringLiteral("threshold"), QStringLiteral("x"), QStringLiteral("y")}));
    // Every row, grouped by (model, kind, curve, class), in order.
    QMap<QString, QVector<QStringList>> groups;
    for (int i = 1; i < rows.size(); ++i)
        groups[rows[i].mid(0, 1).join(QLatin1Char('|')) + QLatin1Char('|')
               + rows[i].mid(2, 3).join(QLatin1Char('|'))]
                << rows[i];
    for (int m = 0; m < 2; ++m) {
        const disteval::ModelCurves &c = r.models[static_cast<size_t>(m)].curves;
        const QString model = QString::number(m + 1);
        for (int curve = kMicroCurve; curve < 10; ++curve) {
            const QString which
                    = curve < 0 ? QStringLiteral("micro|") : QStringLiteral("class|%1").arg(curve);
            const disteval::RocCurve roc = disteval::rocCurve(c.scores, curve);
            const QVector<QStringList> rocRows
                    = groups.value(model + QStringLiteral("|roc|") + which);
            QCOMPARE(rocRows.size(), static_cast<int>(roc.fpr.size()));
            for (size_t i = 0; i < roc.fpr.size(); ++i) {
                const QStringList &row = rocRows[static_cast<int>(i)];
                QCOMPARE(csvNumber(row[7]), roc.fpr[i]);
                QCOMPARE(csvNumber(row[8]), roc.tpr[i]);
                QCOMPARE(row[6].toDouble(), roc.threshold[i]); // "inf" reads as inf
                if (curve >= 0)
                    QCOMPARE(row[5], ResultFormat::className(r, curve));
            }
            const disteval::PrecisionRecallCurve pr
                    = disteval::precisionRecallCurve(c.scores, curve);
            const QVector<QStringList> prRows
                    = groups.value(model + QStringLiteral("|pr|") + which);
            QCOMPARE(prRows.size(), static_cast<int>(pr.recall.size()));
            for (size_t i = 0; i < pr.recall.size(); ++i) {
                QCOMPARE(csvNumber(prRows[static_cast<int>(i)][7]), pr.recall[i]);
                QCOMPARE(csvNumber(prRows[static_cast<int>(i)][8]), pr.precision[i]);
            }
        }
        const disteval::RocCurve macro = disteval::macroRocCurve(c.scores);
        const QVector<QStringList> macroRows = groups.value(model + QStringLiteral("|roc|macro|"));
        QCOMPARE(macroRows.size(), static_cast<int>(macro.fpr.size()));
        for (size_t i = 0; i < macro.fpr.size(); ++i) {
            QCOMPARE(csvNumber(macroRows[static_cast<int>(i)][7]), macro.fpr[i]);
            QCOMPARE(csvNumber(macroRows[static_cast<int>(i)][8]), macro.tpr[i]);
            QVERIFY(macroRows[static_cast<int>(i)][6].isEmpty());
        }
        QCOMPARE(groups.value(model + QStringLiteral("|confidence|model|")).size(), 300);
        const disteval::TopKCurve topK = disteval::topKCurve(c);
        const QVector<QStringList> topRows = groups.value(model + QStringLiteral("|top_k|model|"));
        QCOMPARE(topRows.size(), 10);
        QCOMPARE(csvNumber(topRows[4][8]), static_cast<double>(topK.hits[4]) / topK.samples);
    }
    // An older file has no curves: no file.
    const disteval::ResultFile older = disteval::readResultFile(kOlderResult);
    QVERIFY(!CurvesCsv::applies(older));
    QVERIFY(!CsvExporter::outputPaths(base, older).contains(path));
}

void tst_CurveExports::pdfHasACurvesSection()
{
    const disteval::ResultFile r = disteval::readResultFile(m_files.ten.toStdString());
    const QString pdf = m_dir.filePath(QStringLiteral("ten.pdf"));
    QString error;
    QVERIFY2(ReportWriter::writePdf(r, m_files.ten, pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    for (const char *expected :
         {"Curves: ROC", "Curves: Precision–recall", "Curves: Confidence threshold",
          "Curves: Top-k accuracy", "Micro average · AUROC", "Ankle boot · AUROC"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // 1000 classes: the averages and a note.
    const disteval::ResultFile large = disteval::readResultFile(m_files.large.toStdString());
    const QString largePdf = m_dir.filePath(QStringLiteral("large.pdf"));
    QVERIFY2(ReportWriter::writePdf(large, m_files.large, largePdf, &error), qPrintable(error));
    const QString largeText = pdfText(largePdf).simplified();
    QVERIFY(largeText.contains(QStringLiteral("only the micro and macro averages are drawn")));
    QVERIFY(largeText.contains(QStringLiteral("-curves.csv")));
    QVERIFY(!largeText.contains(QStringLiteral("class 0001 · AUROC")));
    // An older file says it has none.
    const QString olderPdf = m_dir.filePath(QStringLiteral("older.pdf"));
    QVERIFY2(ReportWriter::writePdf(disteval::readResultFile(kOlderResult),
                                    QString::fromLatin1(kOlderResult), olderPdf, &error),
             qPrintable(error));
    QVERIFY(pdfText(olderPdf).simplified().contains(QStringLiteral("holds no curves")));
    // The comparison PDF overlays the two models.
    const disteval::ResultFile pair = disteval::readResultFile(m_files.pair.toStdString());
    const QString comparison = m_dir.filePath(QStringLiteral("comparison.pdf"));
    QVERIFY2(ComparisonExport::writePdf(ComparisonExport::pairsOf(pair).constFirst(),
                                        QStringLiteral("pair"), QString(), comparison, &error),
             qPrintable(error));
    const QString comparisonText = pdfText(comparison);
    for (const char *expected :
         {"Overlaid: ROC", "Overlaid: Precision–recall", "Overlaid: Reliability diagram"})
        QVERIFY2(comparisonText.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(comparisonText.contains(QStringLiteral("A · Micro average · AUROC")));
    QVERIFY(comparisonText.contains(QStringLiteral("B · Macro average · AUROC")));
}

void tst_CurveExports::headlessCurvePlots_data()
{
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("plot");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("roc") << QStringLiteral("ten") << QStringLiteral("roc") << 0;
    QTest::newRow("pr svg") << QStringLiteral("ten") << QStringLiteral("pr") << 0;
    QTest::newRow("confidence") << QStringLiteral("ten") << QStringLiteral("confidence") << 0;
    QTest::newRow("top-k") << QStringLiteral("ten") << QStringLiteral("top-k") << 0;
    QTest::newRow("multi-label top-k") << QStringLiteral("multi") << QStringLiteral("top-k") << 2;
    QTest::newRow("older roc") << QStringLiteral("older") << QStringLiteral("roc") << 2;
}

void tst_CurveExports::headlessCurvePlots()
{
    QFETCH(QString, result);
    QFETCH(QString, plot);
    QFETCH(int, exitCode);
    const QString input = result == QLatin1String("ten")     ? m_files.ten
                          : result == QLatin1String("multi") ? m_files.multi
                                                             : QString::fromLatin1(kOlderResult);
    const QString suffix
            = plot == QLatin1String("pr") ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString output = m_dir.filePath(result + QLatin1Char('-') + plot + suffix);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DISTEVAL_APP),
                  {QStringLiteral("--export"), output, QStringLiteral("--plot"), plot,
                   QStringLiteral("--dpi"), QStringLiteral("96"), input});
    QVERIFY(process.waitForFinished(60000));
    const QString messages
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QCOMPARE(process.exitCode(), exitCode);
    QCOMPARE(QFile::exists(output), exitCode == 0);
    if (exitCode == 0 && suffix == QLatin1String(".png"))
        QCOMPARE(QImage(output).size(), QSize(900, 620));
    if (result == QLatin1String("older"))
        QVERIFY2(messages.contains(QStringLiteral("holds no curves")), qPrintable(messages));
}

QTEST_MAIN(tst_CurveExports)
#include "tst_curveexports.moc"
