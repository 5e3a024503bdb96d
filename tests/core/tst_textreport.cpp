// The plain-text report: class names, every value to 4 decimals with its interval, the
// method of each interval, and the run's facts and warnings.

#include "report/textreport.h"

#include <QtTest>

#include <limits>

using namespace disteval;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

MetricValue mv(double value, double lower, double upper, const char *method)
{
    return {value, {lower, upper}, method};
}

PerClassResult perClass(int index, const std::string &name, int64_t support, double p, double r,
                        double f)
{
    PerClassResult pc;
    pc.index = index;
    pc.name = name;
    pc.support = support;
    pc.predicted = support;
    pc.precision = mv(p, p - 0.01, p + 0.02, "wilson");
    pc.recall = mv(r, r - 0.03, r + 0.04, "wilson");
    pc.f1 = mv(f, f - 0.05, f + 0.06, "bootstrap");
    return pc;
}

ResultFile makeResult()
{
    ResultFile r;
    r.worldSize = 3;
    r.dataset.numClasses = 3;
    r.dataset.classNames
            = {"cat \"tabby\"", "Hund 🐕", "a-very-long-class-name-that-goes-on-and-on"};
    r.statistics.confidence = 0.95;
    r.statistics.bootstrapReplicates = 1000;
    r.statistics.seed = 42;

    ModelResult m;
    m.path = "/models/ckpt-ünï.pt";
    m.sha256 = "0123456789abcdef";
    m.evaluatedSamples = 10000;
    m.nonFiniteSamples = 7;
    m.aurocBins = 640;
    m.aurocErrorBound = 0.00123456;
    m.metrics = {
            {"accuracy", mv(0.81237, 0.80001, 0.82499, "wilson")},
            {"macro_f1", mv(0.7, 0.68, 0.72, "bootstrap")},
            {"loss", mv(0.5, 0.49, 0.51, "normal")},
            {"cohen_kappa", {kNaN, {kNaN, kNaN}, ""}},
            {"macro_auroc", mv(0.95, 0.94, 0.96, "delong")},
    };
    m.perClass = {perClass(0, r.dataset.classNames[0], 5000, 0.9, 0.8, 0.85),
                  perClass(1, r.dataset.classNames[1], 3000, 0.6, 0.7, 0.64616),
                  perClass(2, r.dataset.classNames[2], 2000, 0.5, 0.55, 0.52381)};
    r.models.push_back(m);

    ModelResult second = m;
    second.path = "/models/other.pt";
    second.nonFiniteSamples = 0;
    second.metrics[0].second = mv(0.5, 0.49, 0.51, "wilson");
    r.models.push_back(second);
    r.warnings = {"dataset has 2 duplicate samples"};
    return r;
}

QStringList linesContaining(const QString &text, const QString &needle)
{
    QStringList out;
    for (const QString &line : text.split('\n'))
        if (line.contains(needle))
            out << line;
    return out;
}
} // namespace

class tst_TextReport : public QObject
{
    Q_OBJECT

private slots:
    void header();
    void perClassRows_data();
    void perClassRows();
    void longClassNamesAreCut();
    void overallMetrics_data();
    void overallMetrics();
    void undefinedValuesShowNa();
    void warnings();
};

void tst_TextReport::header()
{
    const QString text = QString::fromStdString(formatTextReport(makeResult()));
    QVERIFY(text.contains("Model 1: /models/ckpt-ünï.pt\n"));
    QVERIFY(text.contains("Model 2: /models/other.pt\n"));
    QVERIFY(text.indexOf("Model 1:") < text.indexOf("Model 2:"));
    QVERIFY(text.contains("sha256 0123456789abcdef"));
    QVERIFY2(text.contains("10000 samples, 3 classes, world size 3; intervals at 95% confidence "
                           "(bootstrap B=1000, seed 42)"),
             qPrintable(text));
    // The non-finite warning only for the model that had some.
    QCOMPARE(linesContaining(text, "NaN or infinite logits").size(), 1);
    QVERIFY(text.contains("WARNING: 7 samples"));
    QVERIFY(text.contains("precision"));
    QVERIFY(text.contains("recall"));
    QVERIFY(text.contains("f1-score"));
    QVERIFY(text.contains("support"));
}

void tst_TextReport::perClassRows_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("cells"); // in the order they must appear on the row
    QTest::newRow("quotes") << QString("cat \"tabby\"")
                            << QStringList{"0.9000 [0.8900, 0.9200]", "0.8000 [0.7700, 0.8400]",
                                           "0.8500 [0.8000, 0.9100]", "5000"};
    // f1 0.64616 [0.59616, 0.70616]: rounded to 4 decimals, not truncated
    QTest::newRow("emoji") << QString("Hund 🐕")
                           << QStringList{"0.6000 [0.5900, 0.6200]", "0.7000 [0.6700, 0.7400]",
                                          "0.6462 [0.5962, 0.7062]", "3000"};
}

void tst_TextReport::perClassRows()
{
    QFETCH(QString, name);
    QFETCH(QStringList, cells);
    const QString text = QString::fromStdString(formatTextReport(makeResult()));
    const QStringList rows = linesContaining(text, name);
    QCOMPARE(rows.size(), 2); // one row per model
    for (const QString &row : rows) {
        qsizetype at = row.indexOf(name) + name.size();
        for (const QString &cell : cells) {
            const qsizetype next = row.indexOf(cell, at);
            QVERIFY2(next >= at, qPrintable("'" + cell + "' missing or out of order in: " + row));
            at = next + cell.size();
        }
        QVERIFY2(row.trimmed().endsWith(cells.last()), qPrintable(row)); // support last
    }
}

void tst_TextReport::longClassNamesAreCut()
{
    const QString text = QString::fromStdString(formatTextReport(makeResult()));
    // Names are cut to 32 characters to keep the table aligned.
    QVERIFY(!text.contains("a-very-long-class-name-that-goes-on-and-on"));
    const QStringList rows = linesContaining(text, "a-very-long-class-name-that-goes");
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows[0].contains("0.5000 [0.4900, 0.5200]"));
    QVERIFY(rows[0].contains("0.5238 [0.4738, 0.5838]"));
}

void tst_TextReport::overallMetrics_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("rendering");
    QTest::newRow("accuracy") << "accuracy"
                              << "0.8124 [0.8000, 0.8250]";
    QTest::newRow("macro_f1") << "macro_f1"
                              << "0.7000 [0.6800, 0.7200]";
    QTest::newRow("loss") << "loss"
                          << "0.5000 [0.4900, 0.5100]";
    QTest::newRow("macro_auroc") << "macro_auroc"
                                 << "0.9500 [0.9400, 0.9600]";
}

void tst_TextReport::overallMetrics()
{
    QFETCH(QString, metric);
    QFETCH(QString, rendering);
    const QString text = QString::fromStdString(formatTextReport(makeResult()));
    QStringList rows;
    for (const QString &line : text.split('\n'))
        if (line.trimmed().startsWith(metric + " "))
            rows << line;
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows[0].contains(rendering), qPrintable(rows[0]));
    const QString method = metric == "accuracy"      ? "(Wilson)"
                           : metric == "loss"        ? "(normal)"
                           : metric == "macro_auroc" ? "(DeLong)"
                                                     : "(bootstrap)";
    QVERIFY2(rows[0].contains(method), qPrintable(rows[0]));
    if (metric == "macro_auroc")
        QVERIFY2(rows[0].contains("binned, 640 bins, |error| <= 0.001235"), qPrintable(rows[0]));
    if (metric == "accuracy")
        QVERIFY2(rows[1].contains("0.5000 [0.4900, 0.5100]"), qPrintable(rows[1]));
}

void tst_TextReport::undefinedValuesShowNa()
{
    const QString text = QString::fromStdString(formatTextReport(makeResult()));
    const QStringList rows = linesContaining(text, "cohen_kappa");
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows[0].contains("n/a"), qPrintable(rows[0]));
    QVERIFY(!rows[0].contains("["));   // no interval for an undefined value
    QVERIFY(!rows[0].contains("nan")); // never a raw NaN
    QVERIFY(!text.contains("nan"));
}

void tst_TextReport::warnings()
{
    const QString text = QString::fromStdString(formatTextReport(makeResult()));
    QVERIFY(text.contains("warning: dataset has 2 duplicate samples\n"));
    ResultFile r = makeResult();
    r.warnings.clear();
    r.statistics.bootstrapReplicates = 0;
    r.statistics.confidence = 0.9;
    const QString plain = QString::fromStdString(formatTextReport(r));
    QVERIFY(!plain.contains("warning:"));
    QVERIFY(!plain.contains("bootstrap B="));
    QVERIFY(plain.contains("intervals at 90% confidence"));
}

QTEST_GUILESS_MAIN(tst_TextReport)
#include "tst_textreport.moc"
