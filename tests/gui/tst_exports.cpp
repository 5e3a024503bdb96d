// The exports: CSV files parse back to the file's numbers; the PDF report has the
// expected text and pages (poppler's pdftotext / pdfinfo); a 1000-class report renders;
// PNG at a chosen resolution and SVG; `disteval --export` without a window.
#include "common/metricnames.h"
#include "common/resultloader.h"
#include "csvreader.h"
#include "export/csvexporter.h"
#include "export/exportdialogs.h"
#include "export/plotexporter.h"
#include "export/reportwriter.h"
#include "export/resultexport.h"
#include "pdftext.h"
#include "plots/confusionmatrixplot.h"
#include "syntheticresult.h"

#include "result/resultfile.h"

#include <QFile>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <cmath>
#include <fstream>

namespace {
const char *kDemo = DISTEVAL_GUI_TEST_DATA "/fashion-mnist-demo.json";

bool identical(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

class tst_Exports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvParsesBackToTheFile();
    void csvQuotesAndUndefinedValues();
    void csvNeutralisesFormulas_data();
    void csvNeutralisesFormulas();
    void pdfReportTextAndPages();
    void pdfReadsLikeAnAppendix();
    void thousandClassReport();
    void plotImages_data();
    void plotImages();
    void overwriteTargetsAreFound();
    void headlessExport_data();
    void headlessExport();
    void withheldIntervalsInCsvAndPdf();

private:
    // The demo report, written to the test folder under `name` ("" on failure).
    QString demoPdf(const QString &name);
    QTemporaryDir m_dir;
    disteval::ResultFile m_demo;
    QString m_large;
};

void tst_Exports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
                     && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
             "pdftotext and pdfinfo (poppler-utils) are needed");
    m_demo = disteval::readResultFile(kDemo);
    SyntheticResultSpec spec;
    spec.classes = 1000;
    spec.samples = 60000;
    spec.worldSize = 3;
    spec.bootstrapReplicates = 50;
    m_large = m_dir.filePath(QStringLiteral("large-1000.json"));
    std::ofstream(m_large.toStdString()) << disteval::serializeResult(makeSyntheticResult(spec));
}

void tst_Exports::csvParsesBackToTheFile()
{
    const QString target = m_dir.filePath(QStringLiteral("demo.csv"));
    QString error;
    QVERIFY2(CsvExporter::write(m_demo, target, &error), qPrintable(error));
    const QStringList files = CsvExporter::outputPaths(target, m_demo);
    QCOMPARE(files, (QStringList{m_dir.filePath(QStringLiteral("demo-metrics.csv")),
                                 m_dir.filePath(QStringLiteral("demo-per-class.csv")),
                                 m_dir.filePath(QStringLiteral("demo-confusion-matrix-1.csv")),
                                 m_dir.filePath(QStringLiteral("demo-confusion-matrix-2.csv"))}));

    // Metrics: long form, every metric of every model, the same doubles.
    const QVector<QStringList> metrics = readCsv(files[0]);
    QCOMPARE(metrics[0], (QStringList{QStringLiteral("model"), QStringLiteral("checkpoint"),
                                      QStringLiteral("metric"), QStringLiteral("value"),
                                      QStringLiteral("ci_lower"), QStringLiteral("ci_upper"),
                                      QStringLiteral("method"), QStringLiteral("ci_reason")}));
    int row = 1;
    for (size_t m = 0; m < m_demo.models.size(); ++m)
        for (const auto &[name, value] : m_demo.models[m].metrics) {
            const QStringList &r = metrics[row++];
            QCOMPARE(r.size(), 8);
            QCOMPARE(r[0].toInt(), int(m + 1));
            QCOMPARE(r[1], QString::fromStdString(m_demo.models[m].path));
            QCOMPARE(r[2], QString::fromStdString(name));
            QVERIFY(identical(csvNumber(r[3]), value.value));
            QVERIFY(identical(csvNumber(r[4]), value.ci.lower));
            QVERIFY(identical(csvNumber(r[5]), value.ci.upper));
            QCOMPARE(r[6], QString::fromStdString(value.method));
            QCOMPARE(r[7], value.ci.defined() ? QString() : QString::fromStdString(value.ciReason));
        }
    QCOMPARE(row, metrics.size());

    // Per class.
    const QVector<QStringList> perClass = readCsv(files[1]);
    QCOMPARE(perClass[0].size(), 26);
    QCOMPARE(perClass[0].mid(18),
             (QStringList{QStringLiteral("precision_ci_reason"), QStringLiteral("recall_ci_reason"),
                          QStringLiteral("f1_ci_reason"), QStringLiteral("auroc_ci_reason"),
                          QStringLiteral("average_precision"),
                          QStringLiteral("average_precision_ci_lower"),
                          QStringLiteral("average_precision_ci_upper"),
                          QStringLiteral("average_precision_ci_reason")}));
    QCOMPARE(perClass.size(), 1 + 2 * 10);
    row = 1;
    for (const disteval::ModelResult &model : m_demo.models)
        for (const disteval::PerClassResult &c : model.perClass) {
            const QStringList &r = perClass[row++];
            QCOMPARE(r[2].toInt(), c.index);
            QCOMPARE(r[3], QString::fromStdString(c.name));
            QCOMPARE(r[4].toLongLong(), c.support);
            QCOMPARE(r[5].toLongLong(), c.predicted);
            int column = 6;
            for (const disteval::MetricValue *v : {&c.precision, &c.recall, &c.f1, &c.auroc}) {
                QVERIFY(identical(csvNumber(r[column++]), v->value));
                QVERIFY(identical(csvNumber(r[column++]), v->ci.lower));
                QVERIFY(identical(csvNumber(r[column++]), v->ci.upper));
            }
            column = 22; // after the four reasons
            QVERIFY(identical(csvNumber(r[column++]), c.averagePrecision.value));
            QVERIFY(identical(csvNumber(r[column++]), c.averagePrecision.ci.lower));
            QVERIFY(identical(csvNumber(r[column++]), c.averagePrecision.ci.upper));
            QCOMPARE(r[column], CsvExporter::reason(c.averagePrecision));
        }

    // Confusion matrices with class names on both sides.
    for (int m = 0; m < 2; ++m) {
        const QVector<QStringList> cm = readCsv(files[2 + m]);
        QCOMPARE(cm.size(), 11);
        QCOMPARE(cm[0][0], QStringLiteral("true_class"));
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(cm[0][1 + i], QString::fromStdString(m_demo.dataset.classNames[i]));
            QCOMPARE(cm[1 + i][0], QString::fromStdString(m_demo.dataset.classNames[i]));
            for (int p = 0; p < 10; ++p)
                QCOMPARE(cm[1 + i][1 + p].toLongLong(), m_demo.models[m].confusion.at(i, p));
        }
    }
}

void tst_Exports::csvQuotesAndUndefinedValues()
{
    disteval::ResultFile result = m_demo;
    result.models.resize(1);
    result.dataset.classNames[0] = "shirt, \"top\"";
    result.models[0].perClass[0].name = result.dataset.classNames[0];
    result.models[0].perClass[0].precision.ci = {std::nan(""), std::nan("")};
    result.models[0].perClass[0].precision.method.clear();
    result.models[0].perClass[0].precision.ciReason = "the class is never predicted, \"so\"";
    result.models[0].perClass[1].auroc.value = std::nan("");
    const QString target = m_dir.filePath(QStringLiteral("quoted.csv"));
    QVERIFY(CsvExporter::write(result, target, nullptr));
    const QStringList files = CsvExporter::outputPaths(target, result);
    QCOMPARE(files.last(), m_dir.filePath(QStringLiteral("quoted-confusion-matrix.csv")));
    const QVector<QStringList> perClass = readCsv(files[1]);
    QCOMPARE(perClass[1][3], QStringLiteral("shirt, \"top\""));
    QVERIFY(perClass[1][7].isEmpty() && perClass[1][8].isEmpty()); // no interval
    QCOMPARE(perClass[1][18], QStringLiteral("the class is never predicted, \"so\"")); // its reason
    QVERIFY(perClass[1][19].isEmpty()); // an interval: no reason
    QVERIFY(perClass[2][15].isEmpty()); // undefined AUROC
    for (const QStringList &r : perClass)
        QCOMPARE(r.size(), 26);
    const QVector<QStringList> cm = readCsv(files[2]);
    QCOMPARE(cm[0][1], QStringLiteral("shirt, \"top\""));
    QCOMPARE(cm[1][0], QStringLiteral("shirt, \"top\""));
}

QString tst_Exports::demoPdf(const QString &name)
{
    const QString pdf = m_dir.filePath(name);
    QString error;
    if (!ResultExport::write(m_demo, QString::fromLatin1(kDemo), pdf, nullptr, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return pdf;
}

void tst_Exports::csvNeutralisesFormulas_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("written");
    const QString quote = QStringLiteral("'");
    for (const char *formula : {"=HYPERLINK(\"http://x.invalid\",\"cat\")", "+1+2", "-2+3",
                                "@SUM(A1:A9)", "\tcat", "\rcat", "-"}) {
        const QString name = QString::fromUtf8(formula);
        QTest::newRow(formula) << name << quote + name;
    }
    // Numbers and ordinary names stay as they are.
    QTest::newRow("negative number") << QStringLiteral("-1") << QStringLiteral("-1");
    QTest::newRow("plus number") << QStringLiteral("+7") << QStringLiteral("+7");
    QTest::newRow("hyphen inside")
            << QStringLiteral("T-shirt/top") << QStringLiteral("T-shirt/top");
}

// Class names and checkpoint paths that a spreadsheet would run as formulas are written
// with a leading apostrophe (OWASP's advice against CSV injection).
void tst_Exports::csvNeutralisesFormulas()
{
    QFETCH(QString, name);
    QFETCH(QString, written);
    disteval::ResultFile result = m_demo;
    result.models.resize(1);
    result.dataset.classNames[0] = name.toStdString();
    result.models[0].perClass[0].name = result.dataset.classNames[0];
    result.models[0].path = "=cmd|' /C calc'!A0";
    const QString target = m_dir.filePath(QStringLiteral("formula.csv"));
    QVERIFY(CsvExporter::write(result, target, nullptr));
    const QStringList files = CsvExporter::outputPaths(target, result);
    const QVector<QStringList> perClass = readCsv(files[1]);
    QCOMPARE(perClass[1][3], written);
    QCOMPARE(perClass[1][1], QStringLiteral("'=cmd|' /C calc'!A0"));
    const QVector<QStringList> cm = readCsv(files[2]);
    QCOMPARE(cm[0][1], written);
    QCOMPARE(cm[1][0], written);
    // Numbers, negative ones too, are never touched.
    const QVector<QStringList> metrics = readCsv(files[0]);
    for (int r = 1; r < metrics.size(); ++r)
        for (int c = 3; c <= 5; ++c)
            QVERIFY2(!metrics[r][c].startsWith(QLatin1Char('\'')), qPrintable(metrics[r][c]));
    QCOMPARE(CsvExporter::field(QStringLiteral("-0.0123")), QStringLiteral("-0.0123"));
}

void tst_Exports::pdfReportTextAndPages()
{
    const QString pdf = demoPdf(QStringLiteral("demo.pdf"));
    QVERIFY(!pdf.isEmpty());
    const int pages = pdfPages(pdf);
    // A title page, then per model its metrics, matrix, chart, table and calibration.
    QVERIFY2(pages >= 3 && pages <= 7, qPrintable(QString::number(pages)));
    const QString text = pdfText(pdf);
    const QStringList expected{QStringLiteral("Evaluation report"),
                               QStringLiteral("fashion-mnist-demo.json"),
                               QStringLiteral("Configuration"),
                               QStringLiteral("Ranks"),
                               QStringLiteral("each exactly once"),
                               QStringLiteral("Model 1 of 2: fashion-cnn-full.pt"),
                               QStringLiteral("Model 2 of 2: fashion-cnn-early.pt"),
                               QString::fromStdString(m_demo.models[0].sha256),
                               QStringLiteral("Confusion matrix"),
                               QStringLiteral("Predicted class"),
                               QStringLiteral("True class"),
                               QStringLiteral("Per-class F1"),
                               QStringLiteral("Per-class metrics"),
                               QStringLiteral("Ankle boot"),
                               QStringLiteral("T-shirt/top"),
                               QStringLiteral("Expected calibration error (ECE)"),
                               QStringLiteral("Cohen's kappa"),
                               QStringLiteral("Page 1 of %1").arg(pages),
                               QStringLiteral("Page %1 of %1").arg(pages)};
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing: ") + e));
    // The metrics table carries the file's numbers with their intervals.
    const disteval::MetricValue *accuracy = m_demo.models[0].metric("accuracy");
    const QString row = QStringLiteral("%1 [%2, %3]")
                                .arg(QString::number(accuracy->value, 'f', 4),
                                     QString::number(accuracy->ci.lower, 'f', 4),
                                     QString::number(accuracy->ci.upper, 'f', 4));
    QVERIFY2(text.simplified().contains(QStringLiteral("Accuracy ") + row), qPrintable(row));
    // Counts in the confusion matrix cells (vector text, so pdftotext finds them).
    QVERIFY(text.contains(QString::number(m_demo.models[0].confusion.at(9, 9))));
}

// Results first, a readable configuration at the end, nothing cut and no page that
// holds a line or two.
void tst_Exports::pdfReadsLikeAnAppendix()
{
    const QString pdf = demoPdf(QStringLiteral("appendix.pdf"));
    QVERIFY(!pdf.isEmpty());
    const int pages = pdfPages(pdf);
    QVERIFY(pages > 2);
    const QString first = pdfText(pdf, 1);
    for (const QString &e :
         {QStringLiteral("Results"), QStringLiteral("Accuracy"), QStringLiteral("Macro F1"),
          QStringLiteral("fashion-cnn-full.pt"), QStringLiteral("fashion-cnn-early.pt")})
        QVERIFY2(first.contains(e), qPrintable(QStringLiteral("page 1 lacks ") + e));
    QVERIFY(!first.contains(QStringLiteral("Configuration")));
    QVERIFY(!first.contains(QStringLiteral("SHA-256")));
    const QString last = pdfText(pdf, pages);
    for (const QString &e : {QStringLiteral("Configuration"), QStringLiteral("Batch size"),
                             QStringLiteral("Input normalisation"), QStringLiteral("Ranks"),
                             QStringLiteral("each exactly once")})
        QVERIFY2(last.contains(e), qPrintable(QStringLiteral("the last page lacks ") + e));
    const QString all = pdfText(pdf);
    for (const QString &raw : {QStringLiteral("Option "), QStringLiteral(" null"),
                               QStringLiteral("[\""), QStringLiteral("…")})
        QVERIFY2(!all.contains(raw), qPrintable(QStringLiteral("raw or cut text: ") + raw));
    for (int page = 1; page <= pages; ++page) {
        int lines = 0;
        for (const QString &line : pdfText(pdf, page).split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty() && !line.contains(QStringLiteral("Page ")))
                ++lines;
        QVERIFY2(lines >= 6,
                 qPrintable(QStringLiteral("page %1 holds %2 lines").arg(page).arg(lines)));
    }
}

void tst_Exports::thousandClassReport()
{
    const auto result = ResultLoader::load(m_large);
    QVERIFY(result);
    const QString pdf = m_dir.filePath(QStringLiteral("large.pdf"));
    QElapsedTimer clock;
    clock.start();
    QString error;
    int pages = 0;
    QVERIFY2(ReportWriter::writePdf(*result, m_large, pdf, &error, &pages), qPrintable(error));
    qInfo("1000-class report: %d pages in %lld ms, %lld bytes", pages,
          static_cast<long long>(clock.elapsed()), static_cast<long long>(QFileInfo(pdf).size()));
    QCOMPARE(pdfPages(pdf), pages);
    QVERIFY(pages > 12); // the per-class table runs over many pages
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("class 0000")));
    QVERIFY(text.contains(QStringLiteral("class 0999")));
    QVERIFY(text.contains(QStringLiteral("The 40 classes with the lowest F1 of 1000")));
    QVERIFY(text.contains(QStringLiteral("logarithmic colour scale")));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

void tst_Exports::plotImages_data()
{
    QTest::addColumn<int>("dpi");
    QTest::newRow("96 dpi") << 96;
    QTest::newRow("300 dpi") << 300;
}

void tst_Exports::plotImages()
{
    QFETCH(int, dpi);
    QWidget host;
    auto *plot = new ConfusionMatrixPlot(&host);
    QStringList names;
    for (const std::string &n : m_demo.dataset.classNames)
        names << QString::fromStdString(n);
    plot->setMatrix(m_demo.models[0].confusion, names);
    const QString png = m_dir.filePath(QStringLiteral("cm-%1.png").arg(dpi));
    QString error;
    QVERIFY2(PlotExporter::save(plot, png, dpi, QSize(600, 500), &error), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.width(), qRound(600 * dpi / 96.0));
    QCOMPARE(image.height(), qRound(500 * dpi / 96.0));
    QVERIFY(std::abs(image.dotsPerMeterX() * 0.0254 - dpi) < 1);
    // Not blank: the darkest cell is dark blue.
    bool dark = false;
    for (int y = 0; y < image.height() && !dark; y += 4)
        for (int x = 0; x < image.width() && !dark; x += 4)
            dark = qGray(image.pixel(x, y)) < 80;
    QVERIFY(dark);

    const QString svg = m_dir.filePath(QStringLiteral("cm-%1.svg").arg(dpi));
    QVERIFY2(PlotExporter::save(plot, svg, dpi, QSize(600, 500), &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("<svg"));
    QVERIFY(content.contains("Predicted class")); // text stays text
    QVERIFY(!PlotExporter::save(plot, m_dir.filePath(QStringLiteral("cm.gif")), dpi, QSize(),
                                &error));
    QVERIFY(error.contains(QStringLiteral(".png or .svg")));
}

void tst_Exports::overwriteTargetsAreFound()
{
    const QString target = m_dir.filePath(QStringLiteral("again.csv"));
    const QStringList targets = ResultExport::targets(target, m_demo);
    QCOMPARE(targets.size(), 4);
    QVERIFY(ExportDialogs::existing(targets).isEmpty());
    QVERIFY(ResultExport::write(m_demo, QString::fromLatin1(kDemo), target, nullptr, nullptr));
    QCOMPARE(ExportDialogs::existing(targets), targets);
    QCOMPARE(ResultExport::targets(m_dir.filePath(QStringLiteral("r.pdf")), m_demo).size(), 1);
}

void tst_Exports::headlessExport_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("files");
    const QString demo = QString::fromLatin1(kDemo);
    const QString d = m_dir.path() + QStringLiteral("/headless");
    QTest::newRow("pdf") << QStringList{QStringLiteral("--export"), d + QStringLiteral(".pdf"),
                                        demo}
                         << 0 << QStringList{d + QStringLiteral(".pdf")};
    QTest::newRow("csv") << QStringList{QStringLiteral("--export"), d + QStringLiteral(".csv"),
                                        demo}
                         << 0
                         << QStringList{d + QStringLiteral("-metrics.csv"),
                                        d + QStringLiteral("-per-class.csv"),
                                        d + QStringLiteral("-confusion-matrix-1.csv"),
                                        d + QStringLiteral("-confusion-matrix-2.csv")};
    QTest::newRow("png") << QStringList{QStringLiteral("--export"),
                                        d + QStringLiteral("-pc.png"),
                                        QStringLiteral("--plot"),
                                        QStringLiteral("per-class"),
                                        QStringLiteral("--dpi"),
                                        QStringLiteral("150"),
                                        QStringLiteral("--model"),
                                        QStringLiteral("2"),
                                        demo}
                         << 0 << QStringList{d + QStringLiteral("-pc.png")};
    QTest::newRow("svg") << QStringList{QStringLiteral("--export=") + d
                                                + QStringLiteral("-cal.svg"),
                                        QStringLiteral("--plot=calibration"), demo}
                         << 0 << QStringList{d + QStringLiteral("-cal.svg")};
    QTest::newRow("unknown format")
            << QStringList{QStringLiteral("--export"), d + QStringLiteral(".txt"), demo} << 2
            << QStringList{};
    QTest::newRow("unknown plot") << QStringList{
            QStringLiteral("--export"), d + QStringLiteral("-x.png"), QStringLiteral("--plot"),
            QStringLiteral("roc"),
            demo} << 2 << QStringList{};
    QTest::newRow("no result") << QStringList{QStringLiteral("--export"),
                                              d + QStringLiteral("-none.pdf")}
                               << 2 << QStringList{};
    QTest::newRow("unreadable result")
            << QStringList{QStringLiteral("--export"), d + QStringLiteral("-bad.pdf"),
                           m_dir.filePath(QStringLiteral("missing.json"))}
            << 1 << QStringList{};
}

void tst_Exports::headlessExport()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QStringList, files);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the app picks offscreen itself
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DISTEVAL_APP), args);
    QVERIFY(process.waitForFinished(120000));
    const QString output
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == exitCode, qPrintable(output));
    for (const QString &f : files) {
        QVERIFY2(QFileInfo(f).size() > 0, qPrintable(f));
        QVERIFY2(output.contains(f), qPrintable(output));
    }
    if (exitCode != 0)
        QVERIFY2(output.contains(QStringLiteral("disteval: ")), qPrintable(output));
    if (files.size() == 1 && files[0].endsWith(QLatin1String(".png"))) {
        const QImage image(files[0]);
        QVERIFY(std::abs(image.dotsPerMeterX() * 0.0254 - 150) < 1);
    }
}

// A result with a class of 5 samples: the CSV says why an interval is empty (the file's
// words, in ci_reason), the PDF names the withheld intervals and their reason below the
// table, the methods by name and what the ECE's interval means.
void tst_Exports::withheldIntervalsInCsvAndPdf()
{
    SyntheticResultSpec spec;
    spec.smallClass = 6;
    spec.smallClassSamples = 5;
    spec.models = 2;
    const disteval::ResultFile result
            = disteval::parseResult(disteval::serializeResult(makeSyntheticResult(spec)));
    const std::string reason = "class 6 has only 5 samples (fewer than 20): the interval of an "
                               "average over classes would not be reliable";
    const QString target = m_dir.filePath(QStringLiteral("withheld.csv"));
    QVERIFY(CsvExporter::write(result, target, nullptr));
    const QVector<QStringList> metrics = readCsv(CsvExporter::outputPaths(target, result)[0]);
    int withheld = 0;
    for (int r = 1; r < metrics.size(); ++r) {
        const QStringList &row = metrics[r];
        const disteval::MetricValue *v
                = result.models[static_cast<size_t>(row[0].toInt() - 1)].metric(
                        row[2].toStdString());
        QVERIFY(v);
        if (v->ci.defined()) {
            QVERIFY(row[7].isEmpty());
            continue;
        }
        ++withheld;
        QVERIFY(row[4].isEmpty() && row[5].isEmpty() && row[6].isEmpty());
        QCOMPARE(row[7], QString::fromStdString(reason));
    }
    QCOMPARE(withheld, 8); // four metrics of each model

    const QString pdf = m_dir.filePath(QStringLiteral("withheld.pdf"));
    QString error;
    QVERIFY2(ReportWriter::writePdf(result, QStringLiteral("withheld.json"), pdf, &error),
             qPrintable(error));
    const QString page1 = pdfText(pdf, 1).simplified();
    for (const QString &e :
         {QStringLiteral("No interval for Balanced accuracy, Macro recall, Cohen's kappa, Matthews "
                         "correlation (synthetic-10-1.pt, synthetic-10-2.pt): class 6 (Shirt) has "
                         "only 5 samples (fewer than 20): the interval of an average over classes "
                         "would not be reliable"),
          QStringLiteral("BCa bootstrap"), QStringLiteral("Conservative bound"),
          QStringLiteral("ECE (debiased)"),
          QStringLiteral("ECE: Interval for the population ECE; conservative (holds it with at "
                         "least the stated probability); the plug-in ECE is biased upwards, see "
                         "ECE (debiased).")})
        QVERIFY2(page1.contains(e), qPrintable(QStringLiteral("missing: ") + e));
    // The reliability diagram's caption says it too, and the per-class chart its method.
    const QString all = pdfText(pdf).simplified();
    QVERIFY(all.count(MetricNames::eceIntervalNote()) >= 3);
    QVERIFY(all.contains(QStringLiteral("F1 of each class with its 95% interval (Wilson)")));
    if (!qEnvironmentVariableIsEmpty("DISTEVAL_KEEP_TEST_PDF"))
        QFile::copy(pdf, qEnvironmentVariable("DISTEVAL_KEEP_TEST_PDF"));
}

QTEST_MAIN(tst_Exports)
#include "tst_exports.moc"
