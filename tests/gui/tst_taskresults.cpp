// The other tasks' results (docs/TASKS.md) in the table models, the CSV and the PDF,
// checked against the engine's files read back independently: every task's metrics in
// report order, the dense IoU and multi-label AP columns, the per-target table, the
// comparisons without McNemar and with the metric's direction, the files an export
// writes, the report's sections, and the plots `disteval --export` refuses.
#include "common/comparisontext.h"
#include "common/metricnames.h"
#include "common/tasktext.h"
#include "csvreader.h"
#include "export/csvexporter.h"
#include "export/resultexport.h"
#include "models/comparisontablemodel.h"
#include "models/deltaf1tablemodel.h"
#include "models/metricstablemodel.h"
#include "models/perclasstablemodel.h"
#include "models/pertargettablemodel.h"
#include "models/tableroles.h"
#include "taskfixtures.h"

#include <QColor>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace taskfixtures;

namespace {
double cell(const QAbstractItemModel &model, int row, int column, int role = ValueRole)
{
    const QVariant v = model.index(row, column).data(role);
    return v.isValid() ? v.toDouble() : std::nan("");
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class tst_TaskResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void metricsAreTheTasks_data();
    void metricsAreTheTasks();
    void denseHasIou();
    void multiLabelHasAveragePrecision();
    void regressionPerTarget();
    void comparisonsWithoutMcnemar_data();
    void comparisonsWithoutMcnemar();
    void betterFollowsTheDirection();
    void csvFilesPerTask();
    void reportSectionsPerTask_data();
    void reportSectionsPerTask();
    void headlessPlotsOfTheTask();

private:
    QTemporaryDir m_dir;
};

void tst_TaskResults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_TaskResults::metricsAreTheTasks_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("task");
    QTest::newRow("segmentation") << "task-segmentation"
                                  << int(disteval::Task::DenseClassification);
    QTest::newRow("tokens") << "task-tokens" << int(disteval::Task::DenseClassification);
    QTest::newRow("multi-label") << "task-multilabel" << int(disteval::Task::MultiLabel);
    QTest::newRow("regression, 2 targets")
            << "task-regression-2-targets" << int(disteval::Task::Regression);
    QTest::newRow("regression, 1 target")
            << "task-regression-1-target" << int(disteval::Task::Regression);
}

// Every metric of the file in the task's report order, each with its display name,
// value and interval as the file has them.
void tst_TaskResults::metricsAreTheTasks()
{
    QFETCH(QString, file);
    QFETCH(int, task);
    const QByteArray name = file.toLatin1();
    const auto result = load(name.constData());
    const QJsonObject doc = json(name.constData());
    QCOMPARE(int(result->task), task);
    const QJsonArray models = doc[QStringLiteral("models")].toArray();
    QStringList expected;
    for (const std::string &metric : disteval::taskMetricNames(result->task)) {
        const QString key = QString::fromStdString(metric);
        // A translated name for every metric the task may carry.
        QVERIFY2(MetricNames::metric(key) != key, qPrintable(key));
        if (models[0][QStringLiteral("metrics")].toObject().contains(key))
            expected << key;
    }
    QVERIFY(expected.size() >= 6);
    MetricsTableModel table;
    table.setResult(result);
    QCOMPARE(table.rowCount(), expected.size());
    QCOMPARE(table.columnCount(), 2 + 2 * static_cast<int>(models.size()));
    for (int row = 0; row < table.rowCount(); ++row) {
        const QString key = expected[row];
        QCOMPARE(table.index(row, 0).data(ValueRole).toString(), key);
        QCOMPARE(table.index(row, 0).data().toString(), MetricNames::metric(key));
        for (int m = 0; m < models.size(); ++m) {
            const QJsonValue metric = models[m][QStringLiteral("metrics")][key];
            QVERIFY(same(cell(table, row, 1 + 2 * m), valueOf(metric)));
            QVERIFY(same(cell(table, row, 2 + 2 * m), boundOf(metric, 0)));
            QVERIFY(same(cell(table, row, 2 + 2 * m, UpperRole), boundOf(metric, 1)));
            // A withheld interval says why.
            if (std::isnan(boundOf(metric, 0)))
                QVERIFY2(!table.index(row, 2 + 2 * m).data(ReasonRole).toString().isEmpty(),
                         qPrintable(key));
        }
    }
}

void tst_TaskResults::denseHasIou()
{
    const auto result = load("task-segmentation");
    const QJsonArray models = json("task-segmentation")[QStringLiteral("models")].toArray();
    QVERIFY(PerClassTableModel::applies(disteval::Task::DenseClassification,
                                        PerClassTableModel::IouColumn));
    QVERIFY(!PerClassTableModel::applies(disteval::Task::Classification,
                                         PerClassTableModel::IouColumn));
    // The elements' AP, without an interval (elements of one image are not independent).
    QVERIFY(PerClassTableModel::applies(disteval::Task::DenseClassification,
                                        PerClassTableModel::AveragePrecisionColumn));
    QVERIFY(!PerClassTableModel::applies(disteval::Task::DenseClassification,
                                         PerClassTableModel::AveragePrecisionIntervalColumn));
    for (int m = 0; m < models.size(); ++m) {
        PerClassTableModel table;
        table.setModel(result, m);
        const QJsonArray classes = models[m][QStringLiteral("per_class")].toArray();
        QCOMPARE(table.rowCount(), classes.size());
        QCOMPARE(table.headerData(PerClassTableModel::IouColumn, Qt::Horizontal).toString(),
                 QStringLiteral("IoU"));
        for (int c = 0; c < classes.size(); ++c) {
            const QJsonValue iou = classes[c][QStringLiteral("iou")];
            QVERIFY(same(cell(table, c, PerClassTableModel::IouColumn), valueOf(iou)));
            QVERIFY(same(cell(table, c, PerClassTableModel::IouIntervalColumn), boundOf(iou, 0)));
            QVERIFY(same(cell(table, c, PerClassTableModel::IouIntervalColumn, UpperRole),
                         boundOf(iou, 1)));
        }
    }
    QCOMPARE(TaskText::elementsLine(*result, result->models[0]),
             QStringLiteral(
                     "2,559 elements (pixels, tokens) evaluated, 513 ignored (ignore index)"));
}

void tst_TaskResults::multiLabelHasAveragePrecision()
{
    const auto result = load("task-multilabel");
    const QJsonArray labels
            = json("task-multilabel")[QStringLiteral("models")][1][QStringLiteral("per_class")]
                      .toArray();
    PerClassTableModel table;
    table.setModel(result, 1);
    QCOMPARE(table.rowCount(), 5);
    QCOMPARE(table.headerData(PerClassTableModel::ClassColumn, Qt::Horizontal).toString(),
             QStringLiteral("Label"));
    QCOMPARE(table.headerData(PerClassTableModel::SupportColumn, Qt::Horizontal).toString(),
             QStringLiteral("Positives"));
    QVERIFY(PerClassTableModel::applies(disteval::Task::MultiLabel,
                                        PerClassTableModel::AveragePrecisionColumn));
    QVERIFY(!PerClassTableModel::applies(disteval::Task::MultiLabel,
                                         PerClassTableModel::IouColumn));
    for (int c = 0; c < labels.size(); ++c) {
        QVERIFY(same(cell(table, c, PerClassTableModel::AveragePrecisionColumn),
                     valueOf(labels[c][QStringLiteral("average_precision")])));
        QCOMPARE(cell(table, c, PerClassTableModel::SupportColumn),
                 labels[c][QStringLiteral("support")].toDouble());
        QVERIFY(same(cell(table, c, PerClassTableModel::F1IntervalColumn),
                     boundOf(labels[c][QStringLiteral("f1")], 0)));
    }
}

void tst_TaskResults::regressionPerTarget()
{
    const auto result = load("task-regression-2-targets");
    const QJsonArray models = json("task-regression-2-targets")[QStringLiteral("models")].toArray();
    QVERIFY(!TaskText::hasPerClass(result->task));
    QVERIFY(!TaskText::showsConfusion(*result));
    for (int m = 0; m < models.size(); ++m) {
        PerTargetTableModel table;
        table.setModel(result, m);
        const QJsonArray targets = models[m][QStringLiteral("per_target")].toArray();
        QCOMPARE(table.rowCount(), 2);
        for (int t = 0; t < targets.size(); ++t)
            for (int column = PerTargetTableModel::MaeColumn;
                 column < PerTargetTableModel::ColumnCount; ++column) {
                const QJsonValue metric
                        = targets[t][QString::fromStdString(PerTargetTableModel::metricOf(column))];
                QVERIFY(metric.isObject());
                if (PerTargetTableModel::isInterval(column)) {
                    QVERIFY(same(cell(table, t, column), boundOf(metric, 0)));
                    QVERIFY(same(cell(table, t, column, UpperRole), boundOf(metric, 1)));
                } else {
                    QVERIFY(same(cell(table, t, column), valueOf(metric)));
                }
            }
        // The max error never has an interval; its cell says why.
        QVERIFY(table.index(0, PerTargetTableModel::MaxErrorColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("extreme value")));
    }
    PerTargetTableModel one;
    one.setModel(load("task-regression-1-target"), 0);
    QCOMPARE(one.rowCount(), 1);
    QCOMPARE(one.headerData(PerTargetTableModel::R2Column, Qt::Horizontal).toString(),
             QStringLiteral("R²"));
}

void tst_TaskResults::comparisonsWithoutMcnemar_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("segmentation") << "task-segmentation";
    QTest::newRow("multi-label") << "task-multilabel";
    QTest::newRow("regression") << "task-regression-2-targets";
}

// The task's compared metrics, each Δ the file's, no McNemar anywhere.
void tst_TaskResults::comparisonsWithoutMcnemar()
{
    QFETCH(QString, file);
    const QByteArray name = file.toLatin1();
    const auto result = load(name.constData());
    const QJsonObject delta
            = json(name.constData())[QStringLiteral("comparisons")][0][QStringLiteral("delta")]
                      .toObject();
    const disteval::PairedComparison &c = result->comparisons.at(0);
    QVERIFY(!c.hasMcnemar);
    QVERIFY(c.perClassDeltaF1.empty());
    ComparisonTableModel table;
    table.setComparison(result.get(), c.a, c.b, &c, QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY(!table.hasMcnemar());
    const auto &names = disteval::taskComparedMetricNames(result->task);
    QCOMPARE(table.rowCount(), static_cast<int>(names.size()));
    for (int row = 0; row < table.rowCount(); ++row) {
        const ComparisonTableModel::Row &r = table.rows()[static_cast<size_t>(row)];
        QCOMPARE(r.metric, names[static_cast<size_t>(row)]);
        QVERIFY(!r.mcnemar);
        QVERIFY(r.a && r.b && r.delta);
        QVERIFY(same(r.difference, valueOf(delta[QString::fromStdString(r.metric)])));
        QVERIFY(table.index(row, ComparisonTableModel::PExactColumn).data().toString().isEmpty());
        // Fewer than 300 samples: every difference's interval withheld, with the reason.
        QVERIFY(table.index(row, ComparisonTableModel::IntervalColumn)
                        .data(ReasonRole)
                        .toString()
                        .startsWith(QStringLiteral("fewer than 300 samples")));
    }
    // A regression result has no classes to compare F1 of.
    DeltaF1TableModel perClass;
    perClass.setComparison(result.get(), c.a, c.b, &c);
    QCOMPARE(perClass.rowCount(),
             result->task == disteval::Task::Regression ? 0 : result->dataset.numClasses);
}

// A lower MAE or Hamming loss is better; a mean bias is only higher or lower.
void tst_TaskResults::betterFollowsTheDirection()
{
    auto regression = std::make_shared<disteval::ResultFile>(
            disteval::readResultFile(path("task-regression-2-targets").toStdString()));
    disteval::PairedComparison &c = regression->comparisons.at(0);
    for (auto &[metric, d] : c.delta)
        if (metric == "mae" || metric == "mean_bias" || metric == "r2") {
            d.ci = d.value < 0 ? disteval::Interval{d.value * 1.5, d.value * 0.5}
                               : disteval::Interval{d.value * 0.5, d.value * 1.5};
            d.method = "poisson-bootstrap";
        }
    ComparisonTableModel table;
    table.setCompact(true);
    table.setComparison(regression.get(), 0, 1, &c, QString(), QString());
    auto rowOf = [&](const char *metric) {
        for (int row = 0; row < table.rowCount(); ++row)
            if (table.rows()[static_cast<size_t>(row)].metric == metric)
                return row;
        return -1;
    };
    const int mae = rowOf("mae"); // Δ −0.626: B has the smaller error
    const int r2 = rowOf("r2");   // Δ +0.749
    const int bias = rowOf("mean_bias");
    const int mse = rowOf("mse"); // no interval: not significant
    const int s = ComparisonTableModel::SignificanceColumn;
    QCOMPARE(table.index(mae, s).data().toString(), QStringLiteral("▲ B better"));
    QCOMPARE(table.index(r2, s).data().toString(), QStringLiteral("▲ B better"));
    QCOMPARE(table.index(bias, s).data().toString(), QStringLiteral("▼ B lower"));
    QCOMPARE(table.index(mse, s).data().toString(), QStringLiteral("No"));
    QCOMPARE(table.index(mae, s).data(Qt::BackgroundRole).value<QColor>(),
             QColor(0xd9, 0xf0, 0xd3));
    QCOMPARE(table.index(bias, s).data(Qt::BackgroundRole).value<QColor>(),
             QColor(0xde, 0xeb, 0xf7));
    QVERIFY(!table.index(mse, s).data(Qt::BackgroundRole).isValid());
    QVERIFY(ComparisonText::favoursB(-1, MetricNames::direction("hamming_loss")));
    QVERIFY(ComparisonText::favoursB(-1, MetricNames::direction("loss")));
    QVERIFY(!ComparisonText::favoursB(-1, MetricNames::direction("mean_iou")));
    QCOMPARE(MetricNames::direction("mean_bias"), MetricNames::Direction::Neither);
}

void tst_TaskResults::csvFilesPerTask()
{
    const QString base = m_dir.filePath(QStringLiteral("r.csv"));
    const QString b = m_dir.filePath(QStringLiteral("r"));
    const auto regression = load("task-regression-2-targets");
    QCOMPARE(ResultExport::targets(base, *regression),
             (QStringList{b + QStringLiteral("-metrics.csv"), b + QStringLiteral("-per-target.csv"),
                          b + QStringLiteral("-comparison.csv")}));
    QCOMPARE(CsvExporter::outputPaths(base, *load("task-multilabel")),
             (QStringList{b + QStringLiteral("-metrics.csv"),
                          b + QStringLiteral("-per-class.csv")}));
    QCOMPARE(CsvExporter::outputPaths(base, *load("task-segmentation")).size(), 4);

    QStringList written;
    QString error;
    QVERIFY2(ResultExport::write(*regression, QString(), base, &written, &error),
             qPrintable(error));
    QCOMPARE(written, ResultExport::targets(base, *regression));
    const QList<QStringList> rows = readCsv(b + QStringLiteral("-per-target.csv"));
    QCOMPARE(rows.size(), 1 + 2 * 2); // header, 2 targets of 2 models
    const QStringList &header = rows[0];
    const QJsonArray models = json("task-regression-2-targets")[QStringLiteral("models")].toArray();
    for (int r = 1; r < rows.size(); ++r) {
        const QJsonValue target = models[(r - 1) / 2][QStringLiteral("per_target")][(r - 1) % 2];
        for (const char *metric : {"mae", "mse", "rmse", "r2", "max_error", "mean_bias"}) {
            const QString m = QString::fromLatin1(metric);
            const QJsonValue value = target[m];
            QVERIFY(same(csvNumber(rows[r][header.indexOf(m)]), valueOf(value)));
            QVERIFY(same(csvNumber(rows[r][header.indexOf(m + QStringLiteral("_ci_lower"))]),
                         boundOf(value, 0)));
        }
    }

    const auto segmentation = load("task-segmentation");
    QVERIFY(CsvExporter::write(*segmentation, base, &error));
    const QList<QStringList> classes = readCsv(b + QStringLiteral("-per-class.csv"));
    const int iou = static_cast<int>(classes[0].indexOf(QStringLiteral("iou")));
    QVERIFY(iou > 0);
    const QJsonArray seg = json("task-segmentation")[QStringLiteral("models")].toArray();
    QCOMPARE(classes.size(), 1 + 2 * 4);
    for (int r = 1; r < classes.size(); ++r)
        QVERIFY(same(csvNumber(classes[r][iou]),
                     valueOf(seg[(r - 1) / 4][QStringLiteral("per_class")][(r - 1) % 4]
                                [QStringLiteral("iou")])));
}

void tst_TaskResults::reportSectionsPerTask_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("segmentation")
            << "task-segmentation"
            << QStringList{QStringLiteral("Mean IoU"),         QStringLiteral("Per-class IoU"),
                           QStringLiteral("Confusion matrix"), QStringLiteral("Calibration"),
                           QStringLiteral("513 ignored"),      QStringLiteral("Poisson bootstrap")}
            << QStringList{QStringLiteral("McNemar"), QStringLiteral("p (exact)")};
    QTest::newRow("multi-label") << "task-multilabel"
                                 << QStringList{QStringLiteral("Per-label F1"),
                                                QStringLiteral("Mean average precision"),
                                                QStringLiteral("Positives"),
                                                QStringLiteral("5 labels")}
                                 << QStringList{QStringLiteral("Confusion matrix"),
                                                QStringLiteral("Calibration"),
                                                QStringLiteral("McNemar")};
    QTest::newRow("regression")
            << "task-regression-2-targets"
            << QStringList{QStringLiteral("Per-target metrics"), QStringLiteral("Max error"),
                           QStringLiteral("2 targets"), QStringLiteral("Task: Regression")}
            << QStringList{QStringLiteral("Confusion matrix"), QStringLiteral("Per-class"),
                           QStringLiteral("McNemar"), QStringLiteral("Engine option")};
}

void tst_TaskResults::reportSectionsPerTask()
{
    QFETCH(QString, file);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed");
    const QByteArray name = file.toLatin1();
    const QString pdf = m_dir.filePath(file + QStringLiteral(".pdf"));
    QString error;
    QVERIFY2(ResultExport::write(*load(name.constData()), path(name.constData()), pdf, nullptr,
                                 &error),
             qPrintable(error));
    const QString text = pdfText(pdf);
    for (const QString &word : present)
        QVERIFY2(text.contains(word), qPrintable(word));
    for (const QString &word : absent)
        QVERIFY2(!text.contains(word), qPrintable(word));
}

// `disteval --export` draws the plots a task has and refuses the others.
void tst_TaskResults::headlessPlotsOfTheTask()
{
    auto run = [this](const char *file, const char *plot, QString *output) {
        QProcess process;
        const QString png = m_dir.filePath(
                QStringLiteral("%1-%2.png").arg(QLatin1String(file), QLatin1String(plot)));
        process.start(QStringLiteral(DISTEVAL_APP),
                      {QStringLiteral("--export"), png, QStringLiteral("--plot"),
                       QString::fromLatin1(plot), path(file)});
        process.waitForFinished(120000);
        *output = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    };
    QString output;
    QCOMPARE(run("task-regression-2-targets", "confusion", &output), 2);
    QVERIFY2(output.contains(QStringLiteral("has no confusion plot")), qPrintable(output));
    QCOMPARE(run("task-multilabel", "calibration", &output), 2);
    QCOMPARE(run("task-regression-1-target", "per-class", &output), 2);
    QCOMPARE(run("task-multilabel", "per-class", &output), 0);
    QCOMPARE(run("task-segmentation", "confusion", &output), 0);
}

QTEST_MAIN(tst_TaskResults)
#include "tst_taskresults.moc"
