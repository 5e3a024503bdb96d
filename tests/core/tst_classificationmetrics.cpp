// Confusion-matrix metrics against scikit-learn 1.2.1.
//
// The expected values are in tests/reference/metric_cases.json, written by
// tests/reference/make_metric_cases.py: every matrix is expanded to per-sample labels and
// passed to scikit-learn with its default label set; the zero_division="nan" values are
// derived there by hand (scikit-learn >= 1.3 semantics), since 1.2.1 lacks that mode.

#include "metrics/classificationmetrics.h"
#include "metrics/confusionmatrix.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <limits>
#include <stdexcept>

using namespace disteval;

namespace {
constexpr double kTolerance = 1e-12;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QJsonObject loadReference()
{
    QFile file(QStringLiteral(DISTEVAL_SOURCE_DIR "/tests/reference/metric_cases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

ConfusionMatrix matrixFrom(const QJsonArray &rows)
{
    const int n = static_cast<int>(rows.size());
    std::vector<int64_t> counts;
    for (const QJsonValue &row : rows)
        for (const QJsonValue &v : row.toArray())
            counts.push_back(static_cast<int64_t>(v.toDouble()));
    return ConfusionMatrix(n, std::move(counts));
}

// null in the reference means NaN (undefined).
double expected(const QJsonValue &v)
{
    return v.isNull() ? kNaN : v.toDouble();
}

bool close(double actual, double wanted)
{
    if (std::isnan(wanted) || std::isnan(actual))
        return std::isnan(wanted) && std::isnan(actual);
    return std::fabs(actual - wanted) <= kTolerance;
}

QByteArray describe(const char *what, double actual, double wanted)
{
    return QByteArray(what) + ": got " + QByteArray::number(actual, 'g', 17) + ", expected "
           + QByteArray::number(wanted, 'g', 17);
}
} // namespace

class tst_ClassificationMetrics : public QObject
{
    Q_OBJECT

private slots:
    void referenceFileIsComplete();
    void matchesScikitLearn_data();
    void matchesScikitLearn();
    void zeroDivisionParsing_data();
    void zeroDivisionParsing();
    void rejectsBadZeroDivision();
    void handDerivedNanMode();
    void emptyMatrixIsUndefined();
    void reusedOutputIsResized();
    void confusionMatrixBasics();
    void confusionMatrixRejectsBadInput();
};

void tst_ClassificationMetrics::referenceFileIsComplete()
{
    const QJsonObject doc = loadReference();
    QVERIFY2(!doc.isEmpty(), "tests/reference/metric_cases.json missing or not JSON");
    QCOMPARE(doc.value("sklearn_version").toString(), QStringLiteral("1.2.1"));
    const QJsonArray cases = doc.value("cases").toArray();
    QVERIFY(cases.size() >= 90);
    int nanMode = 0;
    for (const QJsonValue &c : cases)
        nanMode += c.toObject().value("zero_division").toString() == "nan";
    QCOMPARE(nanMode * 3, static_cast<int>(cases.size()));
}

void tst_ClassificationMetrics::matchesScikitLearn_data()
{
    QTest::addColumn<QJsonObject>("reference");
    const QJsonArray cases = loadReference().value("cases").toArray();
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        const QByteArray name = (c.value("name").toString()
                                 + " zero_division=" + c.value("zero_division").toString())
                                        .toUtf8();
        QTest::newRow(name.constData()) << c;
    }
}

void tst_ClassificationMetrics::matchesScikitLearn()
{
    QFETCH(QJsonObject, reference);
    const ConfusionMatrix cm = matrixFrom(reference.value("confusion_matrix").toArray());
    const ZeroDivision zd
            = parseZeroDivision(reference.value("zero_division").toString().toStdString());
    const ClassificationMetrics m = computeClassificationMetrics(cm, zd);

    const struct
    {
        const char *key;
        double actual;
    } scalars[] = {
            {"accuracy", m.accuracy},
            {"balanced_accuracy", m.balancedAccuracy},
            {"macro_precision", m.macroPrecision},
            {"macro_recall", m.macroRecall},
            {"macro_f1", m.macroF1},
            {"weighted_precision", m.weightedPrecision},
            {"weighted_recall", m.weightedRecall},
            {"weighted_f1", m.weightedF1},
            {"cohen_kappa", m.cohenKappa},
            {"mcc", m.mcc},
    };
    for (const auto &s : scalars) {
        QVERIFY2(reference.contains(s.key), s.key);
        const double wanted = expected(reference.value(s.key));
        QVERIFY2(close(s.actual, wanted), describe(s.key, s.actual, wanted).constData());
    }

    const struct
    {
        const char *key;
        const std::vector<double> &actual;
    } vectors[] = {{"precision", m.precision}, {"recall", m.recall}, {"f1", m.f1}};
    for (const auto &v : vectors) {
        const QJsonArray wanted = reference.value(v.key).toArray();
        QCOMPARE(v.actual.size(), static_cast<size_t>(cm.numClasses()));
        QCOMPARE(static_cast<int>(wanted.size()), cm.numClasses());
        for (int c = 0; c < cm.numClasses(); ++c) {
            const QByteArray what = QByteArray(v.key) + "[" + QByteArray::number(c) + "]";
            const double w = expected(wanted.at(c));
            QVERIFY2(close(v.actual[static_cast<size_t>(c)], w),
                     describe(what.constData(), v.actual[static_cast<size_t>(c)], w).constData());
        }
    }
}

void tst_ClassificationMetrics::zeroDivisionParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("0") << "0" << int(ZeroDivision::Zero) << 0.0 << "0";
    QTest::newRow("1") << "1" << int(ZeroDivision::One) << 1.0 << "1";
    QTest::newRow("nan") << "nan" << int(ZeroDivision::NaN) << kNaN << "nan";
    QTest::newRow("NaN") << "NaN" << int(ZeroDivision::NaN) << kNaN << "nan";
}

void tst_ClassificationMetrics::zeroDivisionParsing()
{
    QFETCH(QString, text);
    QFETCH(int, mode);
    QFETCH(double, value);
    QFETCH(QString, canonical);
    const ZeroDivision zd = parseZeroDivision(text.toStdString());
    QCOMPARE(int(zd), mode);
    QCOMPARE(QString::fromStdString(toString(zd)), canonical);
    if (std::isnan(value))
        QVERIFY(std::isnan(zeroDivisionValue(zd)));
    else
        QCOMPARE(zeroDivisionValue(zd), value);
}

void tst_ClassificationMetrics::rejectsBadZeroDivision()
{
    for (const char *bad : {"", "warn", "2", "0.5", "none", " 0"})
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseZeroDivision(bad));
}

// A case worked out on paper, independent of the reference script:
//   true\pred  0  1  2
//       0      3  0  1     support 4, predicted 3
//       1      0  0  2     support 2, predicted 0 (never predicted)
//       2      0  0  0     support 0, predicted 3 (no support)
void tst_ClassificationMetrics::handDerivedNanMode()
{
    const ConfusionMatrix cm(3, {3, 0, 1, 0, 0, 2, 0, 0, 0});
    const ClassificationMetrics m = computeClassificationMetrics(cm, ZeroDivision::NaN);
    QCOMPARE(m.precision[0], 1.0);
    QVERIFY(std::isnan(m.precision[1]));
    QCOMPARE(m.precision[2], 0.0);
    QCOMPARE(m.recall[0], 0.75);
    QCOMPARE(m.recall[1], 0.0);
    QVERIFY(std::isnan(m.recall[2]));
    QCOMPARE(m.f1[0], 6.0 / 7.0); // 2*3 / (4 + 3)
    QCOMPARE(m.f1[1], 0.0);
    QCOMPARE(m.f1[2], 0.0);
    QVERIFY(std::fabs(m.macroPrecision - 0.5) < kTolerance);    // (1 + 0) / 2
    QVERIFY(std::fabs(m.macroRecall - 0.375) < kTolerance);     // (0.75 + 0) / 2
    QVERIFY(std::fabs(m.macroF1 - 2.0 / 7.0) < kTolerance);     // (6/7 + 0 + 0) / 3
    QVERIFY(std::fabs(m.weightedPrecision - 1.0) < kTolerance); // (4*1 + 0*0) / 4
    QVERIFY(std::fabs(m.weightedRecall - 0.5) < kTolerance);    // (4*0.75 + 2*0) / 6
    QVERIFY(std::fabs(m.weightedF1 - 4.0 / 7.0) < kTolerance);  // 4*(6/7) / 6
    QVERIFY(std::fabs(m.accuracy - 0.5) < kTolerance);
    QVERIFY(std::fabs(m.balancedAccuracy - 0.375) < kTolerance);

    // Only the unsupported class has a defined precision, with weight 0: scikit-learn's
    // _nanaverage then falls back to the unweighted mean of what is left (here 0).
    const ConfusionMatrix onlyUnsupported(2, {0, 1, 0, 0});
    const ClassificationMetrics u
            = computeClassificationMetrics(onlyUnsupported, ZeroDivision::NaN);
    QCOMPARE(u.weightedPrecision, 0.0);
    QCOMPARE(u.macroPrecision, 0.0);
    QCOMPARE(u.weightedRecall, 0.0);

    // Nothing defined at all: NaN.
    const ConfusionMatrix noPrediction(1, {0});
    const ClassificationMetrics e = computeClassificationMetrics(noPrediction, ZeroDivision::NaN);
    QVERIFY(std::isnan(e.macroPrecision));
    QVERIFY(std::isnan(e.weightedF1));
}

void tst_ClassificationMetrics::emptyMatrixIsUndefined()
{
    for (ZeroDivision zd : {ZeroDivision::Zero, ZeroDivision::One, ZeroDivision::NaN}) {
        const ClassificationMetrics m = computeClassificationMetrics(ConfusionMatrix(4), zd);
        QVERIFY(std::isnan(m.accuracy));
        QVERIFY(std::isnan(m.balancedAccuracy));
        QVERIFY(std::isnan(m.macroF1));
        QVERIFY(std::isnan(m.weightedF1));
        QVERIFY(std::isnan(m.cohenKappa));
        QCOMPARE(m.mcc, 0.0);
        QCOMPARE(m.f1.size(), size_t(4));
    }
}

void tst_ClassificationMetrics::reusedOutputIsResized()
{
    ClassificationMetrics out;
    computeClassificationMetrics(
            ClassTotals::fromConfusionMatrix(ConfusionMatrix(3, {1, 2, 3, 4, 5, 6, 7, 8, 9})),
            ZeroDivision::Zero, out);
    QCOMPARE(out.f1.size(), size_t(3));
    computeClassificationMetrics(ClassTotals::fromConfusionMatrix(ConfusionMatrix(2, {4, 0, 0, 2})),
                                 ZeroDivision::Zero, out);
    QCOMPARE(out.precision.size(), size_t(2));
    QCOMPARE(out.f1.size(), size_t(2));
    QCOMPARE(out.macroF1, 1.0);
    QCOMPARE(out.accuracy, 1.0);
    QCOMPARE(out.cohenKappa, 1.0);
    QCOMPARE(out.mcc, 1.0);
}

void tst_ClassificationMetrics::confusionMatrixBasics()
{
    ConfusionMatrix cm(3, {1, 2, 3, 4, 5, 6, 7, 8, 9});
    QCOMPARE(cm.total(), int64_t(45));
    QCOMPARE(cm.trace(), int64_t(15));
    QCOMPARE(cm.rowSums(), (std::vector<int64_t>{6, 15, 24}));
    QCOMPARE(cm.columnSums(), (std::vector<int64_t>{12, 15, 18}));
    QCOMPARE(cm.at(1, 2), int64_t(6)); // row = true class, column = predicted
    cm.add(2, 0, 10);
    QCOMPARE(cm.at(2, 0), int64_t(17));

    const ClassTotals t = ClassTotals::fromConfusionMatrix(cm);
    QCOMPARE(t.truePositives, (std::vector<int64_t>{1, 5, 9}));
    QCOMPARE(t.support, (std::vector<int64_t>{6, 15, 34}));
    QCOMPARE(t.predicted, (std::vector<int64_t>{22, 15, 18}));
    QCOMPARE(t.total, int64_t(55));
    QCOMPARE(t.correct, int64_t(15));
}

void tst_ClassificationMetrics::confusionMatrixRejectsBadInput()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ConfusionMatrix(2, {1, 2, 3}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ConfusionMatrix(2, {1, 2, -3, 4}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ConfusionMatrix(-1));
    QCOMPARE(ConfusionMatrix(0).total(), int64_t(0));
}

QTEST_GUILESS_MAIN(tst_ClassificationMetrics)
#include "tst_classificationmetrics.moc"
