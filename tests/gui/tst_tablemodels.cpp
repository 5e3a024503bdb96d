// The table models behind the views, the PDF and the CSV, checked without a widget:
// every cell against the result file, the readable configuration, the coverage line,
// sorting with undefined values last, the comparison rows and the significance rule;
// intervals withheld with their reasons, the methods' names, a version-1 file.
#include "common/comparisontext.h"
#include "common/metricnames.h"
#include "common/resultformat.h"
#include "comparisonfixtures.h"
#include "models/comparisontablemodel.h"
#include "models/configurationmodel.h"
#include "models/deltaf1tablemodel.h"
#include "models/intervalnotes.h"
#include "models/metricstablemodel.h"
#include "models/perclasstablemodel.h"
#include "models/rankstablemodel.h"
#include "models/sortproxymodel.h"
#include "models/tableroles.h"
#include "syntheticresult.h"

#include "result/resultfile.h"

#include <QColor>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

namespace {
const char *kDemo = DISTEVAL_GUI_TEST_DATA "/fashion-mnist-demo.json";

std::shared_ptr<const disteval::ResultFile> demo()
{
    return std::make_shared<const disteval::ResultFile>(disteval::readResultFile(kDemo));
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

double value(const QAbstractItemModel &model, int row, int column, int role = ValueRole)
{
    const QVariant v = model.index(row, column).data(role);
    return v.isValid() ? v.toDouble() : std::nan("");
}
} // namespace

class tst_TableModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void metricsAreTheFilesNumbers();
    void customMetricsFollowTheBuiltInOnes();
    void configurationReadsLikeProse_data();
    void configurationReadsLikeProse();
    void unknownOptionsKeepTheirKey();
    void ranksAndCoverage();
    void perClassSortsUndefinedLast_data();
    void perClassSortsUndefinedLast();
    void pValues_data();
    void pValues();
    void comparisonRowsFollowTheRule();
    void comparisonUnpaired();
    void deltaF1RowsByEffect();
    void withheldIntervalsSayWhy();
    void perClassIntervalNotGiven();
    void fewSamplesWithholdTheDifferences();
    void versionOneStillDisplays();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const disteval::ResultFile> m_pair;
};

void tst_TableModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SyntheticRun run;
    run.models = {{"/m/early.pt", 3, 0}, {"/m/full.pt", 9, 1}};
    run.classes = 5;
    m_pair = std::make_shared<const disteval::ResultFile>(disteval::readResultFile(
            writeSyntheticRun(m_dir.path(), QStringLiteral("pair"), run).toStdString()));
    QVERIFY(!m_pair->comparisons.empty());
}

void tst_TableModels::metricsAreTheFilesNumbers()
{
    const auto result = demo();
    MetricsTableModel model;
    model.setResult(result);
    QCOMPARE(model.columnCount(), 2 + 2 * static_cast<int>(result->models.size()));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(),
             ResultFormat::modelName(result->models[0]));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("95% interval"));
    QVERIFY(model.rowCount() >= 10);
    for (int row = 0; row < model.rowCount(); ++row) {
        const std::string name = model.index(row, 0).data(ValueRole).toString().toStdString();
        for (size_t m = 0; m < result->models.size(); ++m) {
            const disteval::MetricValue *v = result->models[m].metric(name);
            QVERIFY(v);
            const int column = 1 + 2 * static_cast<int>(m);
            if (std::isfinite(v->value))
                QCOMPARE(value(model, row, column), v->value);
            QCOMPARE(text(model, row, column), ResultFormat::number(v->value));
            QCOMPARE(text(model, row, column + 1), ResultFormat::interval(v->ci));
            if (v->ci.defined()) {
                QCOMPARE(value(model, row, column + 1), v->ci.lower);
                QCOMPARE(value(model, row, column + 1, UpperRole), v->ci.upper);
            }
        }
    }
    // One model only: the PDF's tables of at most kMaxModelsPerTable models.
    model.setResult(result, {1});
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(),
             ResultFormat::modelName(result->models[1]));
}

void tst_TableModels::configurationReadsLikeProse_data()
{
    QTest::addColumn<QString>("row");
    QTest::newRow("normalisation") << QStringLiteral("Input normalisation=none");
    QTest::newRow("batch") << QStringLiteral("Batch size=256");
    QTest::newRow("threads") << QStringLiteral("Threads per rank=1 (chosen by the engine)");
    QTest::newRow("binding") << QStringLiteral(
            "CPU binding=widened to each rank's share of the node");
    QTest::newRow("device") << QStringLiteral("Device (requested)=auto");
    QTest::newRow("world") << QStringLiteral("World size=2");
    QTest::newRow("samples") << QStringLiteral("Samples=10,000");
    QTest::newRow("class names") << QStringLiteral(
            "Class-names file=/work/main/resources/demo/fashion-mnist-classes.txt");
    QTest::newRow("model") << QStringLiteral("Model 2=/tmp/demo-models/fashion-cnn-early.pt");
}

void tst_TableModels::configurationReadsLikeProse()
{
    QFETCH(QString, row);
    ConfigurationModel model;
    model.setResult(demo(), QStringLiteral("/results/demo.json"));
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString setting = text(model, r, 0);
        const QString v = text(model, r, 1);
        // Nothing of the raw engine options: no "Option key", null, or JSON list.
        QVERIFY2(!setting.startsWith(QStringLiteral("Option ")), qPrintable(setting));
        QVERIFY2(v != QStringLiteral("null") && !v.startsWith(QStringLiteral("[\"")),
                 qPrintable(setting + QLatin1Char('=') + v));
        rows << setting + QLatin1Char('=') + v;
    }
    QVERIFY2(rows.contains(row), qPrintable(rows.join(QLatin1Char('\n'))));
}

void tst_TableModels::unknownOptionsKeepTheirKey()
{
    disteval::ResultFile result = *demo();
    result.config["future_option"] = nlohmann::ordered_json::array({1, 2});
    result.config["normalize"] = nlohmann::ordered_json::array({0.5, 0.25});
    const auto rows = ConfigurationModel::rowsOf(result, QString());
    QVERIFY(rows.contains(
            {QStringLiteral("Engine option “future_option”"), QStringLiteral("1, 2")}));
    QVERIFY(rows.contains(
            {QStringLiteral("Input normalisation"), QStringLiteral("(x − 0.5) / 0.25")}));
}

void tst_TableModels::ranksAndCoverage()
{
    const auto result = demo();
    RanksTableModel model;
    model.setResult(result);
    QCOMPARE(model.rowCount(), static_cast<int>(result->ranks.size()));
    for (int r = 0; r < model.rowCount(); ++r) {
        const disteval::RankInfo &rank = result->ranks[static_cast<size_t>(r)];
        QCOMPARE(value(model, r, RanksTableModel::FirstColumn), static_cast<double>(rank.first));
        QCOMPARE(text(model, r, RanksTableModel::CountColumn), ResultFormat::count(rank.count));
        QCOMPARE(value(model, r, RanksTableModel::RateColumn), rank.count / rank.seconds);
        QCOMPARE(text(model, r, RanksTableModel::HostColumn), QString::fromStdString(rank.host));
    }
    bool exact = false;
    QVERIFY(RanksTableModel::coverageText(*result, &exact)
                    .contains(QStringLiteral("exactly once")));
    QVERIFY(exact);
    disteval::ResultFile gap = *result;
    gap.ranks[0].count -= 20; // samples 5,100 to 5,119 skipped
    const QString why = RanksTableModel::coverageText(gap, &exact);
    QVERIFY(!exact);
    QVERIFY2(why.contains(QStringLiteral("samples 5,100 to 5,119 were not evaluated")),
             qPrintable(why));
}

void tst_TableModels::perClassSortsUndefinedLast_data()
{
    QTest::addColumn<int>("order");
    QTest::newRow("ascending") << int(Qt::AscendingOrder);
    QTest::newRow("descending") << int(Qt::DescendingOrder);
}

void tst_TableModels::perClassSortsUndefinedLast()
{
    QFETCH(int, order);
    disteval::ResultFile file = *demo();
    file.models[0].perClass[3].f1.value = std::nan(""); // an undefined F1
    const auto result = std::make_shared<const disteval::ResultFile>(file);
    PerClassTableModel model;
    model.setModel(result, 0);
    QCOMPARE(model.rowCount(), result->dataset.numClasses);
    QCOMPARE(text(model, 3, PerClassTableModel::F1Column), ResultFormat::notAvailable());
    QCOMPARE(text(model, 0, PerClassTableModel::SupportColumn), QStringLiteral("1,000"));
    SortProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.sort(PerClassTableModel::F1Column, Qt::SortOrder(order));
    const int last = sorted.rowCount() - 1;
    QVERIFY(std::isnan(value(sorted, last, PerClassTableModel::F1Column)));
    for (int r = 1; r < last; ++r) {
        const double before = value(sorted, r - 1, PerClassTableModel::F1Column);
        const double after = value(sorted, r, PerClassTableModel::F1Column);
        QVERIFY(order == Qt::AscendingOrder ? before <= after : before >= after);
    }
    // Text columns sort as text.
    sorted.sort(PerClassTableModel::ClassColumn, Qt::AscendingOrder);
    QCOMPARE(text(sorted, 0, PerClassTableModel::ClassColumn), QStringLiteral("Ankle boot"));
}

void tst_TableModels::pValues_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<QString>("text");
    QTest::newRow("ordinary") << 0.5 << QStringLiteral("0.5000");
    QTest::newRow("at the display precision") << 1e-4 << QStringLiteral("0.0001");
    QTest::newRow("below it") << 3.2e-5 << QStringLiteral("3.20e-05");
    QTest::newRow("tiny") << 7.67e-87 << QStringLiteral("7.67e-87");
    // A 60,000-sample run's McNemar p underflows to 0; it is not "0.0000".
    QTest::newRow("underflow") << 0.0 << QStringLiteral("< 1e-300");
    QTest::newRow("undefined") << std::nan("") << QStringLiteral("n/a");
}

void tst_TableModels::pValues()
{
    QFETCH(double, p);
    QFETCH(QString, text);
    QCOMPARE(ComparisonText::pValue(p), text);
}

void tst_TableModels::comparisonRowsFollowTheRule()
{
    const disteval::PairedComparison &c = m_pair->comparisons.front();
    ComparisonTableModel model;
    model.setComparison(m_pair.get(), c.a, c.b, &c, QStringLiteral("early.pt"),
                        QStringLiteral("full.pt"));
    QCOMPARE(model.rowCount(), static_cast<int>(disteval::comparedMetricNames().size()));
    QCOMPARE(model.headerData(ComparisonTableModel::AColumn, Qt::Horizontal).toString(),
             QStringLiteral("A: early.pt"));
    QCOMPARE(model.headerData(ComparisonTableModel::IntervalColumn, Qt::Horizontal).toString(),
             QStringLiteral("95% interval of Δ"));
    const double alpha = 1 - m_pair->statistics.confidence;
    int significantRows = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const ComparisonTableModel::Row &r = model.rows()[static_cast<size_t>(row)];
        QVERIFY(r.delta);
        QCOMPARE(value(model, row, ComparisonTableModel::DeltaColumn), r.delta->value);
        const bool accuracy = r.metric == "accuracy";
        QCOMPARE(r.mcnemar != nullptr, accuracy);
        const bool excludes = r.delta->ci.lower > 0 || r.delta->ci.upper < 0;
        const bool significant = excludes || (accuracy && c.mcnemar.pExact < alpha);
        QCOMPARE(
                model.index(row, ComparisonTableModel::SignificanceColumn).data(ValueRole).toBool(),
                significant);
        // Significant rows are tinted, green when B is better.
        const QVariant tint
                = model.index(row, ComparisonTableModel::MetricColumn).data(Qt::BackgroundRole);
        QCOMPARE(tint.isValid(), significant);
        if (significant) {
            ++significantRows;
            QCOMPARE(tint.value<QColor>().green() > tint.value<QColor>().red(), r.delta->value > 0);
            // The whole sentence for print, the marker on screen.
            QVERIFY(text(model, row, ComparisonTableModel::SignificanceColumn)
                            .startsWith(QStringLiteral("Yes, ")));
        }
    }
    QVERIFY(significantRows > 0);
    model.setCompact(true);
    QCOMPARE(text(model, 0, ComparisonTableModel::SignificanceColumn),
             QStringLiteral("▲ B better"));
    QCOMPARE(text(model, 0, ComparisonTableModel::PExactColumn),
             ComparisonText::pValue(c.mcnemar.pExact));
}

void tst_TableModels::comparisonUnpaired()
{
    ComparisonTableModel model;
    model.setComparison(m_pair.get(), 0, 1, nullptr, QString(), QString());
    QVERIFY(!model.isPaired());
    const disteval::MetricValue *a = m_pair->models[0].metric("accuracy");
    const disteval::MetricValue *b = m_pair->models[1].metric("accuracy");
    QCOMPARE(value(model, 0, ComparisonTableModel::DeltaColumn), b->value - a->value);
    QCOMPARE(text(model, 0, ComparisonTableModel::IntervalColumn), QStringLiteral("—"));
    QCOMPARE(text(model, 0, ComparisonTableModel::SignificanceColumn),
             QStringLiteral("not tested (unpaired)"));
    QVERIFY(!model.index(0, ComparisonTableModel::DeltaColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.headerData(ComparisonTableModel::AColumn, Qt::Horizontal).toString(),
             QStringLiteral("A"));
}

void tst_TableModels::deltaF1RowsByEffect()
{
    const disteval::PairedComparison &c = m_pair->comparisons.front();
    DeltaF1TableModel model;
    model.setComparison(m_pair.get(), c.a, c.b, &c);
    QCOMPARE(model.rowCount(), m_pair->dataset.numClasses);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(value(model, row, DeltaF1TableModel::DeltaColumn),
                 c.perClassDeltaF1[static_cast<size_t>(row)].value);
        QCOMPARE(text(model, row, DeltaF1TableModel::IntervalColumn),
                 ResultFormat::interval(c.perClassDeltaF1[static_cast<size_t>(row)].ci));
    }
    SortProxyModel byEffect;
    byEffect.setSourceModel(&model);
    byEffect.sort(DeltaF1TableModel::DeltaColumn, Qt::DescendingOrder);
    for (int row = 1; row < byEffect.rowCount(); ++row)
        QVERIFY(value(byEffect, row - 1, DeltaF1TableModel::DeltaColumn)
                >= value(byEffect, row, DeltaF1TableModel::DeltaColumn));
}

namespace {
// The row of `metric` in a MetricsTableModel.
int metricRow(const MetricsTableModel &model, const QString &metric)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(ValueRole).toString() == metric)
            return row;
    return -1;
}

// The text of the method column in the row of `metric`.
QString methodOf(const MetricsTableModel &model, const char *metric)
{
    return text(model, metricRow(model, QString::fromLatin1(metric)), model.columnCount() - 1);
}

// A synthetic result whose class 3 has `samples` samples, written and read back (so that
// the reader's checks apply).
std::shared_ptr<const disteval::ResultFile> smallClassResult(int64_t samples, int models = 1)
{
    SyntheticResultSpec spec;
    spec.smallClass = 3;
    spec.smallClassSamples = samples;
    spec.models = models;
    return std::make_shared<const disteval::ResultFile>(
            disteval::parseResult(disteval::serializeResult(makeSyntheticResult(spec))));
}

const QString kSmallClassReason = QStringLiteral(
        "class 3 (Dress) has only 5 samples (fewer than 20): the interval of an average over "
        "classes would not be reliable");
} // namespace

// A class of 5 samples: the engine withholds the intervals of the averages over classes
// that need its samples, and says why; the table shows n/a, the reason (with the class's
// name) in ReasonRole, the tooltip and the notes, and "none" as the method.
void tst_TableModels::withheldIntervalsSayWhy()
{
    const auto result = smallClassResult(5);
    MetricsTableModel model;
    model.setResult(result);
    const int intervalColumn = 2;
    const int methodColumn = model.columnCount() - 1;
    for (const char *name : {"balanced_accuracy", "macro_recall", "cohen_kappa", "mcc"}) {
        const int row = metricRow(model, QString::fromLatin1(name));
        QVERIFY2(row >= 0, name);
        const disteval::MetricValue *v = result->models[0].metric(name);
        QVERIFY(!v->ci.defined());
        QCOMPARE(text(model, row, intervalColumn), QStringLiteral("n/a"));
        QCOMPARE(model.index(row, intervalColumn).data(ReasonRole).toString(), kSmallClassReason);
        QCOMPARE(model.index(row, intervalColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("No interval: ") + kSmallClassReason);
        QCOMPARE(text(model, row, methodColumn), QStringLiteral("none"));
        QVERIFY(std::isfinite(value(model, row, 1))); // the value itself is there
    }
    // Intervals that do not need the small class's samples stay.
    const int accuracy = metricRow(model, QStringLiteral("accuracy"));
    QVERIFY(!model.index(accuracy, intervalColumn).data(ReasonRole).isValid());
    QCOMPARE(methodOf(model, "accuracy"), QStringLiteral("Wilson"));
    QCOMPARE(methodOf(model, "weighted_f1"), QStringLiteral("BCa bootstrap"));
    QCOMPARE(methodOf(model, "loss"), QStringLiteral("Hall (skewness-corrected)"));
    QCOMPARE(methodOf(model, "macro_auroc"), QStringLiteral("DeLong"));
    // One note for the four metrics that share the reason.
    const QStringList notes = model.intervalNotes();
    QCOMPARE(notes,
             QStringList{QStringLiteral("No interval for Balanced accuracy, Macro recall, Cohen's "
                                        "kappa, Matthews correlation: ")
                         + kSmallClassReason});

    // The ECE: its interval explained, and its debiased value named.
    const int ece = metricRow(model, QStringLiteral("ece"));
    QCOMPARE(methodOf(model, "ece"), QStringLiteral("Conservative bound"));
    QCOMPARE(model.index(ece, 0).data(Qt::ToolTipRole).toString(), MetricNames::eceIntervalNote());
    QCOMPARE(model.index(ece, intervalColumn).data(Qt::ToolTipRole).toString(),
             MetricNames::eceIntervalNote());
    QVERIFY(MetricNames::eceIntervalNote().startsWith(
            QStringLiteral("Interval for the population ECE; conservative")));
    const int debiased = metricRow(model, QStringLiteral("ece_debiased"));
    QCOMPARE(text(model, debiased, 0), QStringLiteral("ECE (debiased)"));
    QCOMPARE(model.eceNote(), QStringLiteral("ECE: ") + MetricNames::eceIntervalNote());

    // With several models the note names them.
    MetricsTableModel both;
    both.setResult(smallClassResult(5, 2));
    QCOMPARE(both.intervalNotes(),
             QStringList{QStringLiteral("No interval for Balanced accuracy, Macro recall, Cohen's "
                                        "kappa, Matthews correlation (synthetic-10-1.pt, "
                                        "synthetic-10-2.pt): ")
                         + kSmallClassReason});
}

// A class without samples that is never predicted: its per-class intervals are not
// given, each with the engine's reason; no interval method is lost for the others.
void tst_TableModels::perClassIntervalNotGiven()
{
    const auto result = smallClassResult(0);
    const disteval::PerClassResult &empty = result->models[0].perClass[3];
    QCOMPARE(empty.support, 0);
    QCOMPARE(empty.predicted, 0);
    PerClassTableModel model;
    model.setModel(result, 0);
    const struct
    {
        int column;
        const char *reason;
    } expected[] = {
            {PerClassTableModel::PrecisionIntervalColumn, "the class is never predicted"},
            {PerClassTableModel::RecallIntervalColumn, "the class has no samples"},
            {PerClassTableModel::F1IntervalColumn,
             "the class has no samples and is never predicted"},
            {PerClassTableModel::AurocIntervalColumn, "no positive sample"},
            {PerClassTableModel::AveragePrecisionIntervalColumn,
             "the class has no positive sample"},
    };
    for (const auto &e : expected) {
        QCOMPARE(text(model, 3, e.column), QStringLiteral("n/a"));
        QCOMPARE(model.index(3, e.column).data(ReasonRole).toString(),
                 QString::fromLatin1(e.reason));
        QCOMPARE(model.index(3, e.column).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("No interval: ") + QString::fromLatin1(e.reason));
        QVERIFY(!model.index(2, e.column).data(ReasonRole).isValid());
    }
    QCOMPARE(model.headerData(PerClassTableModel::F1IntervalColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString(),
             QStringLiteral("Interval method: Wilson"));
    QCOMPARE(model.headerData(PerClassTableModel::AurocIntervalColumn, Qt::Horizontal,
                              Qt::ToolTipRole)
                     .toString(),
             QStringLiteral("Interval method: Newcombe score interval"));
    const QStringList notes = IntervalNotes::of(model, PerClassTableModel::ClassColumn);
    QCOMPARE(notes.size(), 5);
    QCOMPARE(notes[0], QStringLiteral("No interval for Dress (Precision): the class is never "
                                      "predicted"));
}

// 150 paired samples: the accuracy difference keeps its Bonett–Price interval, every
// bootstrap interval of a difference is withheld with the engine's reason.
void tst_TableModels::fewSamplesWithholdTheDifferences()
{
    const auto result = std::make_shared<const disteval::ResultFile>(disteval::readResultFile(
            writeSyntheticRun(m_dir.path(), QStringLiteral("few"), fewSamplesRun()).toStdString()));
    const disteval::PairedComparison &c = result->comparisons.front();
    ComparisonTableModel model;
    model.setComparison(result.get(), c.a, c.b, &c, QStringLiteral("early.pt"),
                        QStringLiteral("full.pt"));
    model.setCompact(true);
    const QString reason = QStringLiteral(
            "only 150 samples (fewer than 300): the paired bootstrap would not be reliable");
    QCOMPARE(model.headerData(ComparisonTableModel::MethodColumn, Qt::Horizontal).toString(),
             QStringLiteral("Interval method"));
    for (int row = 0; row < model.rowCount(); ++row) {
        const ComparisonTableModel::Row &r = model.rows()[static_cast<size_t>(row)];
        const QModelIndex interval = model.index(row, ComparisonTableModel::IntervalColumn);
        const QString method = text(model, row, ComparisonTableModel::MethodColumn);
        if (r.metric == "accuracy") {
            QVERIFY(r.delta->ci.defined());
            QCOMPARE(method, QStringLiteral("Bonett–Price"));
            QVERIFY(!interval.data(ReasonRole).isValid());
            continue;
        }
        QCOMPARE(interval.data().toString(), QStringLiteral("n/a"));
        QCOMPARE(interval.data(ReasonRole).toString(), reason);
        QCOMPARE(interval.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("No interval: ") + reason);
        QCOMPARE(method, QStringLiteral("none"));
        // Without an interval only McNemar could make it significant, and only for accuracy.
        QVERIFY(!model.index(row, ComparisonTableModel::SignificanceColumn)
                         .data(ValueRole)
                         .toBool());
    }
    QStringList notes = model.intervalNotes();
    QVERIFY2(notes.size() == 1 && notes[0].startsWith(QStringLiteral("No interval for Balanced"))
                     && notes[0].endsWith(QStringLiteral("(Δ): ") + reason),
             qPrintable(notes.join(QLatin1Char('\n'))));
    // In print the method stands below the interval.
    model.setCompact(false);
    QCOMPARE(text(model, 0, ComparisonTableModel::IntervalColumn),
             ResultFormat::interval(c.delta.front().second.ci) + QStringLiteral("\nBonett–Price"));

    DeltaF1TableModel perClass;
    perClass.setComparison(result.get(), c.a, c.b, &c);
    QVERIFY(perClass.method().isEmpty());
    for (int row = 0; row < perClass.rowCount(); ++row) {
        QCOMPARE(text(perClass, row, DeltaF1TableModel::IntervalColumn), QStringLiteral("n/a"));
        QCOMPARE(perClass.index(row, DeltaF1TableModel::IntervalColumn).data(ReasonRole).toString(),
                 reason);
    }
    notes = IntervalNotes::of(perClass, DeltaF1TableModel::ClassColumn);
    QCOMPARE(notes, QStringList{QStringLiteral("No interval for class 0, class 1, class 2 (ΔF1): ")
                                + reason});
    QCOMPARE(ComparisonText::deltaF1Caption(95, perClass.method()),
             QStringLiteral("F1 of B minus F1 of A for each class, largest gain first; no class "
                            "has a paired interval."));
    // With enough samples the per-class differences have percentile bootstrap intervals.
    DeltaF1TableModel paired;
    paired.setComparison(m_pair.get(), 0, 1, &m_pair->comparisons.front());
    QCOMPARE(paired.method(), QStringLiteral("Percentile bootstrap"));
    QCOMPARE(paired.headerData(DeltaF1TableModel::IntervalColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString(),
             QStringLiteral("Interval method: Percentile bootstrap"));
}

// The committed demo result was written by the version-1 engine (methods bootstrap,
// normal, delong): it still opens, with its methods named and without the new notes.
void tst_TableModels::versionOneStillDisplays()
{
    const auto result = demo();
    QCOMPARE(result->schemaVersion, 1);
    MetricsTableModel model;
    model.setResult(result);
    QCOMPARE(methodOf(model, "accuracy"), QStringLiteral("Wilson"));
    QCOMPARE(methodOf(model, "macro_f1"), QStringLiteral("Percentile bootstrap"));
    QCOMPARE(methodOf(model, "loss"), QStringLiteral("Normal"));
    QCOMPARE(methodOf(model, "macro_auroc"), QStringLiteral("DeLong"));
    QCOMPARE(metricRow(model, QStringLiteral("ece_debiased")), -1);
    QVERIFY(model.intervalNotes().isEmpty());
    // Its ECE interval is a bootstrap one: the note on the conservative bound is not shown.
    QVERIFY(model.eceNote().isEmpty());
    PerClassTableModel perClass;
    perClass.setModel(result, 0);
    QCOMPARE(perClass.headerData(PerClassTableModel::F1IntervalColumn, Qt::Horizontal,
                                 Qt::ToolTipRole)
                     .toString(),
             QStringLiteral("Interval method: Percentile bootstrap"));
}

void tst_TableModels::customMetricsFollowTheBuiltInOnes()
{
    // --metric (docs/METRICS.md): the user's metrics by their own names, after the
    // built-in ones, with their intervals and method.
    auto result = std::make_shared<disteval::ResultFile>(*demo());
    result->models[0].customMetrics.emplace_back(
            "brier", disteval::MetricValue(0.25, {0.2, 0.3}, "poisson-bootstrap"));
    result->models[1].customMetrics.emplace_back(
            "brier", disteval::MetricValue(0.2, {0.15, 0.24}, "poisson-bootstrap"));
    MetricsTableModel model;
    model.setResult(result);
    const int row = metricRow(model, QStringLiteral("brier"));
    QCOMPARE(row, model.rowCount() - 1);
    QCOMPARE(text(model, row, 0), QStringLiteral("brier"));
    QCOMPARE(value(model, row, 1), 0.25);
    QCOMPARE(value(model, row, 3), 0.2);
    QCOMPARE(value(model, row, 4, UpperRole), 0.24);
    QCOMPARE(methodOf(model, "brier"), MetricNames::method(QStringLiteral("poisson-bootstrap")));
    // ... and in the comparison, with the paired delta.
    disteval::PairedComparison pair;
    pair.a = 0;
    pair.b = 1;
    pair.hasMcnemar = false;
    pair.customDelta.emplace_back(
            "brier", disteval::DeltaValue{-0.05, {-0.08, -0.02}, "poisson-bootstrap", ""});
    ComparisonTableModel compare;
    compare.setComparison(result.get(), pair.a, pair.b, &pair, QStringLiteral("A"),
                          QStringLiteral("B"));
    const int last = compare.rowCount() - 1;
    QCOMPARE(text(compare, last, ComparisonTableModel::MetricColumn), QStringLiteral("brier"));
    QCOMPARE(value(compare, last, ComparisonTableModel::DeltaColumn), -0.05);
}

QTEST_MAIN(tst_TableModels)
#include "tst_tablemodels.moc"
