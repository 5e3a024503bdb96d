// The result file: serialize/parse round trip, validation errors that say where the
// problem is, and the atomic write that never leaves a half-written file behind.

#include "io/jsonguard.h"
#include "result/atomicfile.h"
#include "result/resultfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <csignal>
#include <cstring>
#include <functional>
#include <limits>
#include <stdexcept>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace disteval;
using json = nlohmann::json;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

MetricValue mv(double value, double lower, double upper, const char *method)
{
    return {value, {lower, upper}, method};
}

ModelResult makeModel(int which, const std::vector<std::string> &names)
{
    const int c = static_cast<int>(names.size());
    ModelResult m;
    m.path = which == 0 ? "/models/resnet \"best\".pt" : "/models/ünïcode/ckpt-2.pt";
    m.sha256 = std::string(64, which == 0 ? 'a' : 'b');
    std::vector<int64_t> counts(static_cast<size_t>(c) * c);
    for (size_t i = 0; i < counts.size(); ++i)
        counts[i] = static_cast<int64_t>((i * 7 + which) % 11) + (i % (c + 1) == 0 ? 100 : 0);
    m.confusion = ConfusionMatrix(c, counts);
    m.evaluatedSamples = m.confusion.total();
    m.nonFiniteSamples = which == 0 ? 0 : 3;
    for (const std::string &name : metricNames()) {
        if (which == 1 && (name == "top5_accuracy" || name == "macro_auroc"))
            continue; // models carry only the metrics that apply
        const double v = 0.1 + 0.01 * static_cast<double>(name.size()) + 0.001 * which;
        if (name == "cohen_kappa" && which == 1)
            m.metrics.emplace_back(name, mv(kNaN, kNaN, kNaN, "")); // undefined
        else
            m.metrics.emplace_back(name, mv(v, v - 0.0123456789012345, v + 0.0234567890123456,
                                            name == "accuracy" ? "wilson" : "bootstrap"));
    }
    const std::vector<int64_t> rows = m.confusion.rowSums();
    const std::vector<int64_t> columns = m.confusion.columnSums();
    for (int k = 0; k < c; ++k) {
        PerClassResult pc;
        pc.index = k;
        pc.name = names[static_cast<size_t>(k)];
        pc.support = rows[static_cast<size_t>(k)]; // the reader checks them against the matrix
        pc.predicted = columns[static_cast<size_t>(k)];
        pc.precision = mv(0.5 + 0.01 * k, 0.45, 0.55 + 0.01 * k, "wilson");
        pc.recall = mv(1.0 / 3.0, 0.3, 0.4, "wilson");
        pc.f1 = k == 1 ? mv(kNaN, kNaN, kNaN, "") : mv(0.25, 0.2, 0.3, "bootstrap");
        pc.auroc = which == 1 ? mv(kNaN, kNaN, kNaN, "") : mv(0.9, 0.85, 0.95, "delong");
        m.perClass.push_back(pc);
    }
    for (int b = 0; b < 15; ++b) {
        ReliabilityBin bin;
        bin.lower = b / 15.0;
        bin.upper = (b + 1) / 15.0;
        bin.count = b % 3 == 0 ? 0 : 10 * b;
        bin.accuracy = bin.count ? 0.05 * b : kNaN;
        bin.meanConfidence = bin.count ? 0.06 * b : kNaN;
        m.calibration.push_back(bin);
    }
    m.aurocBins = which == 0 ? 640 : 0;
    m.aurocErrorBound = which == 0 ? 0.00123 : kNaN;
    return m;
}

ResultFile makeResult()
{
    ResultFile r;
    r.engineVersion = "0.1.0";
    r.created = "2024-06-11T12:34:56Z";
    r.worldSize = 3;
    r.config = nlohmann::ordered_json::object();
    r.config["batch_size"] = 64;
    r.config["device"] = "cuda";
    r.config["zero_division"] = "0";
    r.config["models"] = {"a.pt", "b.pt"};
    r.dataset.path = "/data/test \"set\"/images.idx";
    r.dataset.format = "idx";
    r.dataset.numClasses = 4;
    r.dataset.classNames = {"chat \"noir\" 🐈", "Ünïcödé—class", "back\\slash\tand tab", "日本語"};
    r.dataset.numSamples = 4321;
    r.dataset.sampleShape = {1, 28, 28};
    r.statistics.bootstrapReplicates = 2000;
    r.statistics.confidence = 0.9;
    r.statistics.seed = 0xfedcba9876543210ULL; // above 2^63: the full uint64 range
    r.statistics.zeroDivision = "nan";
    r.ranks = {{0, 0, 1472, 12.5, "node-1", "cuda:0"},
               {1, 1472, 1472, 12.25, "node-1", "cuda:1"},
               {2, 2944, 1377, kNaN, "nöde-2", "cpu"}};
    r.models = {makeModel(0, r.dataset.classNames), makeModel(1, r.dataset.classNames)};
    r.warnings = {"3 samples had non-finite logits", "ünïcode \"warning\""};
    return r;
}

bool sameReal(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

bool sameMetric(const MetricValue &a, const MetricValue &b)
{
    return sameReal(a.value, b.value) && sameReal(a.ci.lower, b.ci.lower)
           && sameReal(a.ci.upper, b.ci.upper) && a.method == b.method;
}

// Serializes `base`, lets `mutate` damage the JSON, and returns parseResult's error
// message ("" when it did not throw).
QString parseError(const std::function<void(json &)> &mutate)
{
    json doc = json::parse(serializeResult(makeResult()));
    mutate(doc);
    try {
        parseResult(doc.dump());
    } catch (const ResultFileError &e) {
        return QString::fromUtf8(e.what());
    } catch (const std::exception &e) {
        return QStringLiteral("WRONG EXCEPTION TYPE: ") + QString::fromUtf8(e.what());
    }
    return {};
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "<unreadable>";
    return f.readAll();
}

struct BadCase
{
    const char *name;
    std::function<void(json &)> mutate;
    QStringList mustMention; // substrings of the error message
};

const std::vector<BadCase> &badCases()
{
    static const std::vector<BadCase> cases = {
            {"schema newer",
             [](json &d) { d["schema_version"] = ResultFile::kSchemaVersion + 1; },
             {"schema version " + QString::number(ResultFile::kSchemaVersion + 1), "newer"}},
            {"schema not an integer",
             [](json &d) { d["schema_version"] = "1"; },
             {"schema_version", "integer"}},
            {"schema 0", [](json &d) { d["schema_version"] = 0; }, {"schema_version", "range"}},
            // Impossible values (shapes right, numbers wrong).
            {"accuracy 7",
             [](json &d) { d["models"][0]["metrics"]["accuracy"]["value"] = 7.0; },
             {"models[0].metrics.accuracy.value", "impossible"}},
            {"interval upside down",
             [](json &d) {
                 d["models"][0]["metrics"]["macro_f1"]["ci"] = json::array({0.9, -3});
             },
             {"models[0].metrics.macro_f1.ci[1]", "impossible"}},
            {"interval reversed",
             [](json &d) {
                 d["models"][0]["metrics"]["macro_f1"]["ci"] = json::array({0.4, 0.2});
             },
             {"models[0].metrics.macro_f1.ci", "lower bound above its upper bound"}},
            {"mcc beyond 1",
             [](json &d) { d["models"][0]["metrics"]["mcc"]["value"] = 1.5; },
             {"mcc", "impossible"}},
            {"negative loss",
             [](json &d) { d["models"][0]["metrics"]["loss"]["value"] = -0.1; },
             {"loss", "impossible"}},
            {"world size 2^31 - 1",
             [](json &d) { d["world_size"] = 2147483647; },
             {"world_size", "impossible"}},
            {"ranks disagree with world size",
             [](json &d) { d["world_size"] = 2; },
             {"ranks", "world size 2"}},
            {"ranks overlap",
             [](json &d) { d["ranks"][1]["first"] = 0; },
             {"ranks[1].first", "follow one another"}},
            {"ranks miss samples",
             [](json &d) { d["dataset"]["num_samples"] = 5000; },
             {"ranks", "cover 4321"}},
            {"support disagrees with the matrix",
             [](json &d) { d["models"][0]["per_class"][2]["support"] = 1; },
             {"models[0].per_class[2].support", "row"}},
            {"p-value above 1",
             [](json &d) {
                 d["models"][0]["per_class"][0]["precision"]["ci"] = json::array({0.1, 1.2});
             },
             {"per_class[0].precision.ci[1]", "impossible"}},
            {"calibration accuracy 2",
             [](json &d) { d["models"][0]["calibration"][4]["accuracy"] = 2.0; },
             {"calibration[4].accuracy", "impossible"}},
            {"evaluated samples disagree",
             [](json &d) { d["models"][0]["evaluated_samples"] = 5; },
             {"models[0].confusion_matrix", "evaluated_samples is 5"}},
            {"not an object",
             [](json &d) {
                 d = json::array({1, 2});
             },
             {"object"}},
            {"world_size string",
             [](json &d) { d["world_size"] = "3"; },
             {"world_size", "integer"}},
            {"world_size 0", [](json &d) { d["world_size"] = 0; }, {"world_size", "range"}},
            {"missing dataset", [](json &d) { d.erase("dataset"); }, {"missing field 'dataset'"}},
            {"missing created", [](json &d) { d.erase("created"); }, {"missing field 'created'"}},
            {"missing models", [](json &d) { d.erase("models"); }, {"missing field 'models'"}},
            {"no models", [](json &d) { d["models"] = json::array(); }, {"models", "no model"}},
            {"dataset not an object", [](json &d) { d["dataset"] = 5; }, {"dataset", "object"}},
            {"class_names wrong length",
             [](json &d) { d["dataset"]["class_names"].erase(0); },
             {"dataset.class_names", "4"}},
            {"class name not a string",
             [](json &d) { d["dataset"]["class_names"][2] = 7; },
             {"dataset.class_names[2]", "string"}},
            {"num_samples negative",
             [](json &d) { d["dataset"]["num_samples"] = -1; },
             {"dataset.num_samples", "range"}},
            {"num_samples real",
             [](json &d) { d["dataset"]["num_samples"] = 1.5; },
             {"dataset.num_samples", "integer"}},
            {"confidence string",
             [](json &d) { d["statistics"]["confidence"] = "0.9"; },
             {"statistics.confidence", "number"}},
            {"seed negative",
             [](json &d) { d["statistics"]["seed"] = -1; },
             {"statistics.seed", "range"}},
            {"seed real",
             [](json &d) { d["statistics"]["seed"] = 1.0; },
             {"statistics.seed", "integer"}},
            {"rank missing count",
             [](json &d) { d["ranks"][1].erase("count"); },
             {"ranks[1]", "missing field 'count'"}},
            {"ranks not an array",
             [](json &d) { d["ranks"] = json::object(); },
             {"ranks", "array"}},
            {"model missing sha256",
             [](json &d) { d["models"][1].erase("sha256"); },
             {"models[1]", "sha256"}},
            {"confusion matrix too few rows",
             [](json &d) { d["models"][0]["confusion_matrix"].erase(3); },
             {"models[0].confusion_matrix", "4 rows"}},
            {"confusion matrix row too long",
             [](json &d) { d["models"][1]["confusion_matrix"][2].push_back(1); },
             {"models[1].confusion_matrix[2]", "4 columns"}},
            {"confusion matrix negative count",
             [](json &d) { d["models"][0]["confusion_matrix"][0][1] = -4; },
             {"models[0].confusion_matrix[0][1]", "range"}},
            {"confusion matrix real count",
             [](json &d) { d["models"][0]["confusion_matrix"][3][3] = 2.5; },
             {"models[0].confusion_matrix[3][3]", "integer"}},
            {"confusion matrix not an array",
             [](json &d) { d["models"][0]["confusion_matrix"] = "none"; },
             {"models[0].confusion_matrix", "array"}},
            {"per_class too short",
             [](json &d) { d["models"][0]["per_class"].erase(1); },
             {"models[0].per_class", "4 entries"}},
            {"per_class too long",
             [](json &d) { d["models"][1]["per_class"].push_back(d["models"][1]["per_class"][0]); },
             {"models[1].per_class", "4 entries"}},
            {"per_class index out of range",
             [](json &d) { d["models"][0]["per_class"][2]["index"] = 4; },
             {"models[0].per_class[2].index", "range"}},
            {"per_class f1 value string",
             [](json &d) { d["models"][0]["per_class"][3]["f1"]["value"] = "high"; },
             {"models[0].per_class[3].f1.value", "number"}},
            {"metric ci of 3",
             [](json &d) {
                 d["models"][1]["metrics"]["macro_f1"]["ci"] = {1, 2, 3};
             },
             {"models[1].metrics.macro_f1.ci"}},
            {"missing accuracy",
             [](json &d) { d["models"][0]["metrics"].erase("accuracy"); },
             {"models[0].metrics", "accuracy"}},
            {"metrics not an object",
             [](json &d) { d["models"][0]["metrics"] = json::array(); },
             {"models[0].metrics", "object"}},
            {"calibration count string",
             [](json &d) { d["models"][0]["calibration"][4]["count"] = "ten"; },
             {"models[0].calibration[4].count", "integer"}},
            {"warning not a string",
             [](json &d) { d["warnings"][1] = false; },
             {"warnings[1]", "string"}},
            {"config not an object", [](json &d) { d["config"] = 3; }, {"config", "object"}},
    };
    return cases;
}
} // namespace

class tst_ResultFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void nanIsWrittenAsNull();
    void metricLookup();
    void rejectsNonJson_data();
    void rejectsNonJson();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void olderOptionalFieldsMayBeAbsent();
    void deepNestingIsRefusedWithoutRecursion();
    void onlyRegularFilesAreRead();
    void compactLayout();
    void versionOneStillOpens();
    void intervalReasonsRoundTrip();
    void readResultFileNamesThePath();

    void writeFileAtomically();
    void writeIntoMissingFolderLeavesNothing();
    void failedWriteKeepsOldFile();
    void checkWritableLocation();
};

void tst_ResultFile::roundTrip()
{
    const ResultFile a = makeResult();
    const std::string text = serializeResult(a);
    QVERIFY(!text.empty() && text.back() == '\n');
    const ResultFile b = parseResult(text);

    QCOMPARE(b.schemaVersion, ResultFile::kSchemaVersion);
    QCOMPARE(b.engineVersion, a.engineVersion);
    QCOMPARE(b.created, a.created);
    QCOMPARE(b.worldSize, 3);
    // Compared as unordered JSON: the reader does not promise the key order.
    QVERIFY(json::parse(b.config.dump()) == json::parse(a.config.dump()));
    QCOMPARE(b.dataset.path, a.dataset.path);
    QCOMPARE(b.dataset.format, a.dataset.format);
    QCOMPARE(b.dataset.numSamples, int64_t(4321));
    QCOMPARE(b.dataset.numClasses, 4);
    QCOMPARE(b.dataset.classNames, a.dataset.classNames);
    QCOMPARE(b.dataset.classNames[0], std::string("chat \"noir\" \xF0\x9F\x90\x88"));
    QCOMPARE(b.dataset.sampleShape, (std::vector<int64_t>{1, 28, 28}));
    QCOMPARE(b.statistics.bootstrapReplicates, 2000);
    QCOMPARE(b.statistics.confidence, 0.9);
    QCOMPARE(b.statistics.seed, uint64_t(0xfedcba9876543210ULL));
    QCOMPARE(b.statistics.zeroDivision, std::string("nan"));

    QCOMPARE(b.ranks.size(), size_t(3));
    for (size_t i = 0; i < 3; ++i) {
        QCOMPARE(b.ranks[i].rank, a.ranks[i].rank);
        QCOMPARE(b.ranks[i].first, a.ranks[i].first);
        QCOMPARE(b.ranks[i].count, a.ranks[i].count);
        QVERIFY(sameReal(b.ranks[i].seconds, a.ranks[i].seconds));
        QCOMPARE(b.ranks[i].host, a.ranks[i].host);
        QCOMPARE(b.ranks[i].device, a.ranks[i].device);
    }
    QVERIFY(std::isnan(b.ranks[2].seconds));

    QCOMPARE(b.models.size(), size_t(2));
    for (size_t mi = 0; mi < 2; ++mi) {
        const ModelResult &x = a.models[mi];
        const ModelResult &y = b.models[mi];
        QCOMPARE(y.path, x.path);
        QCOMPARE(y.sha256, x.sha256);
        QCOMPARE(y.confusion.numClasses(), 4);
        QCOMPARE(y.confusion.counts(), x.confusion.counts());
        QCOMPARE(y.evaluatedSamples, x.evaluatedSamples);
        QCOMPARE(y.nonFiniteSamples, x.nonFiniteSamples);
        QCOMPARE(y.aurocBins, x.aurocBins);
        QVERIFY(sameReal(y.aurocErrorBound, x.aurocErrorBound));
        QCOMPARE(y.metrics.size(), x.metrics.size());
        for (size_t i = 0; i < x.metrics.size(); ++i) {
            QCOMPARE(y.metrics[i].first, x.metrics[i].first);
            QVERIFY2(sameMetric(y.metrics[i].second, x.metrics[i].second),
                     x.metrics[i].first.c_str());
        }
        QCOMPARE(y.perClass.size(), size_t(4));
        for (size_t k = 0; k < 4; ++k) {
            const PerClassResult &p = x.perClass[k];
            const PerClassResult &q = y.perClass[k];
            QCOMPARE(q.index, p.index);
            QCOMPARE(q.name, p.name);
            QCOMPARE(q.support, p.support);
            QCOMPARE(q.predicted, p.predicted);
            QVERIFY(sameMetric(q.precision, p.precision));
            QVERIFY(sameMetric(q.recall, p.recall));
            QVERIFY(sameMetric(q.f1, p.f1));
            QVERIFY(sameMetric(q.auroc, p.auroc));
        }
        QCOMPARE(y.calibration.size(), size_t(15));
        for (size_t i = 0; i < 15; ++i) {
            QCOMPARE(y.calibration[i].lower, x.calibration[i].lower);
            QCOMPARE(y.calibration[i].upper, x.calibration[i].upper);
            QCOMPARE(y.calibration[i].count, x.calibration[i].count);
            QVERIFY(sameReal(y.calibration[i].accuracy, x.calibration[i].accuracy));
            QVERIFY(sameReal(y.calibration[i].meanConfidence, x.calibration[i].meanConfidence));
        }
    }
    QVERIFY(!b.models[1].metric("top5_accuracy"));
    QVERIFY(std::isnan(b.models[1].metric("cohen_kappa")->value));
    QCOMPARE(b.warnings, a.warnings);

    // Serializing what was read gives the same document again.
    QVERIFY(json::parse(serializeResult(b)) == json::parse(text));
}

void tst_ResultFile::nanIsWrittenAsNull()
{
    const json doc = json::parse(serializeResult(makeResult()));
    const json &kappa = doc["models"][1]["metrics"]["cohen_kappa"];
    QVERIFY(kappa["value"].is_null());
    QVERIFY(kappa["ci"].is_null());
    QCOMPARE(kappa["method"].get<std::string>(), std::string(""));
    QVERIFY(doc["ranks"][2]["seconds"].is_null());
    QVERIFY(doc["models"][0]["calibration"][0]["accuracy"].is_null());
    QVERIFY(doc["models"][1]["auroc_error_bound"].is_null());
    QCOMPARE(doc["models"][0]["confusion_matrix"].size(), size_t(4));
    // The text itself holds no NaN/Infinity tokens, which strict JSON readers reject.
    const std::string text = serializeResult(makeResult());
    QVERIFY(text.find("NaN") == std::string::npos);
    QVERIFY(text.find("Infinity") == std::string::npos);
}

void tst_ResultFile::metricLookup()
{
    const ModelResult m = makeModel(0, {"a", "b", "c", "d"});
    QVERIFY(m.metric("accuracy"));
    QCOMPARE(m.metric("accuracy")->method, std::string("wilson"));
    QVERIFY(!m.metric("no_such_metric"));
    QCOMPARE(metricNames().front(), std::string("accuracy"));
    QCOMPARE(metricNames().size(), size_t(15));
}

void tst_ResultFile::rejectsNonJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("truncated") << QByteArray("{\"schema_version\": 1, ");
    QTest::newRow("garbage") << QByteArray("not json at all");
    QTest::newRow("NaN token") << QByteArray("{\"schema_version\": NaN}");
    QTest::newRow("half a result")
            << QByteArray::fromStdString(serializeResult(makeResult()).substr(0, 500));
}

void tst_ResultFile::rejectsNonJson()
{
    QFETCH(QByteArray, text);
    try {
        parseResult(text.toStdString());
        QFAIL("no exception");
    } catch (const ResultFileError &e) {
        QVERIFY2(QByteArray(e.what()).contains("not valid JSON"), e.what());
    }
}

void tst_ResultFile::rejectsMalformed_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < badCases().size(); ++i)
        QTest::newRow(badCases()[i].name) << static_cast<int>(i);
}

void tst_ResultFile::rejectsMalformed()
{
    QFETCH(int, index);
    const BadCase &c = badCases()[static_cast<size_t>(index)];
    const QString message = parseError(c.mutate);
    QVERIFY2(!message.isEmpty(), "accepted");
    QVERIFY2(!message.startsWith("WRONG EXCEPTION TYPE"), qPrintable(message));
    for (const QString &part : c.mustMention)
        QVERIFY2(message.contains(part), qPrintable("'" + part + "' not in: " + message));
}

void tst_ResultFile::olderOptionalFieldsMayBeAbsent()
{
    // What the reader treats as optional: dropping it still parses, with defaults.
    json doc = json::parse(serializeResult(makeResult()));
    doc.erase("config");
    doc.erase("statistics");
    doc.erase("warnings");
    doc["dataset"].erase("sample_shape");
    doc["models"][0].erase("calibration");
    doc["models"][0].erase("auroc_bins");
    doc["models"][0]["per_class"][0].erase("auroc");
    doc["models"][0]["metrics"]["macro_f1"].erase("method");
    doc["models"][0]["metrics"]["unknown_future_metric"] = {{"value", 1}, {"ci", nullptr}};
    const ResultFile r = parseResult(doc.dump());
    QVERIFY(r.config.empty());
    QVERIFY(r.warnings.empty());
    QVERIFY(r.dataset.sampleShape.empty());
    QVERIFY(r.models[0].calibration.empty());
    QCOMPARE(r.models[0].aurocBins, 0);
    QVERIFY(std::isnan(r.models[0].perClass[0].auroc.value));
    QCOMPARE(r.models[0].metric("macro_f1")->method, std::string());
    QVERIFY(!r.models[0].metric("unknown_future_metric"));
    QCOMPARE(r.statistics.confidence, 0.95);
}

void tst_ResultFile::deepNestingIsRefusedWithoutRecursion()
{
    // 100,000 nested arrays inside config: refused by a scan, not a stack overflow.
    json doc = json::parse(serializeResult(makeResult()));
    std::string text = doc.dump();
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    text.insert(text.find("\"config\":{") + 10, "\"deep\":" + deep + ",");
    try {
        parseResult(text);
        QFAIL("parsed");
    } catch (const ResultFileError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("levels deep (at most 64)")),
                 e.what());
    }
    const char *quoted = "{\"a\": \"[[[[\", \"b\": [[1]]}";
    QCOMPARE(jsonNestingDepth(quoted, std::strlen(quoted)), 3);
}

void tst_ResultFile::onlyRegularFilesAreRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray fifo = dir.filePath(QStringLiteral("fifo.json")).toUtf8();
    QVERIFY(::mkfifo(fifo.constData(), 0600) == 0);
    for (const std::string &path :
         {fifo.toStdString(), std::string("/dev/zero"), dir.path().toStdString()}) {
        QElapsedTimer t;
        t.start();
        try {
            readResultFile(path);
            QFAIL("read");
        } catch (const ResultFileError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("not a regular file")),
                     e.what());
        }
        QVERIFY(t.elapsed() < 2000); // never waits for a writer
    }
}

void tst_ResultFile::compactLayout()
{
    // Arrays of numbers on one line: a confusion matrix is C lines, not C^2.
    const std::string text = serializeResult(makeResult());
    const size_t start = text.find("\"confusion_matrix\"");
    const size_t end = text.find("\"metrics\"", start);
    const std::string matrix = text.substr(start, end - start);
    QCOMPARE(std::count(matrix.begin(), matrix.end(), '\n'), long(4 + 2)); // [, 4 rows, ]
    QVERIFY(json::parse(text) == json::parse(toJson(makeResult()).dump()));
}

void tst_ResultFile::versionOneStillOpens()
{
    // A file of schema version 1 (no ci_reason, no ece_debiased, old method names).
    json doc = json::parse(serializeResult(makeResult()));
    doc["schema_version"] = 1;
    for (auto &m : doc["models"]) {
        m["metrics"].erase("ece_debiased");
        m["metrics"]["ece"]["method"] = "bootstrap";
        for (auto &pc : m["per_class"])
            pc["f1"]["method"] = "bootstrap";
    }
    const ResultFile r = parseResult(doc.dump());
    QCOMPARE(r.schemaVersion, 1);
    QCOMPARE(r.models[0].metric("ece")->method, std::string("bootstrap"));
    QVERIFY(!r.models[0].metric("ece_debiased"));
}

void tst_ResultFile::intervalReasonsRoundTrip()
{
    ResultFile a = makeResult();
    a.models[0].metrics[0].second.ci = {std::nan(""), std::nan("")};
    a.models[0].metrics[0].second.method.clear();
    a.models[0].metrics[0].second.ciReason = "class 3 has only 4 samples";
    const ResultFile b = parseResult(serializeResult(a));
    QVERIFY(!b.models[0].metrics[0].second.ci.defined());
    QCOMPARE(b.models[0].metrics[0].second.ciReason, std::string("class 3 has only 4 samples"));
    const json doc = json::parse(serializeResult(a));
    QVERIFY(doc["models"][0]["metrics"][a.models[0].metrics[0].first]["ci"].is_null());
    // A defined interval writes no ci_reason.
    QVERIFY(!doc["models"][0]["metrics"][a.models[0].metrics[1].first].contains("ci_reason"));
}

void tst_ResultFile::readResultFileNamesThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string missing = dir.filePath("does-not-exist.json").toStdString();
    try {
        readResultFile(missing);
        QFAIL("no exception");
    } catch (const ResultFileError &e) {
        QVERIFY2(std::string(e.what()).find(missing) != std::string::npos, e.what());
    }

    // A broken file: the message names the file and the place inside it.
    json doc = json::parse(serializeResult(makeResult()));
    doc["models"][1]["per_class"].erase(0);
    const std::string broken = dir.filePath("broken.json").toStdString();
    disteval::writeFileAtomically(broken, doc.dump());
    try {
        readResultFile(broken);
        QFAIL("no exception");
    } catch (const ResultFileError &e) {
        const std::string what = e.what();
        QVERIFY2(what.find(broken) != std::string::npos, e.what());
        QVERIFY2(what.find("models[1].per_class") != std::string::npos, e.what());
    }

    // And a good one reads back.
    const std::string good = dir.filePath("good.json").toStdString();
    disteval::writeFileAtomically(good, serializeResult(makeResult()));
    QCOMPARE(readResultFile(good).models.size(), size_t(2));
}

void tst_ResultFile::writeFileAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("out.json");
    const std::string first("first version\n");
    disteval::writeFileAtomically(path.toStdString(), first);
    QCOMPARE(readAll(path), QByteArray::fromStdString(first));

    // Replaces an existing file; binary content with NUL bytes survives.
    std::string second = "second";
    second.push_back('\0');
    second += std::string(100000, 'x');
    disteval::writeFileAtomically(path.toStdString(), second);
    QCOMPARE(readAll(path), QByteArray::fromStdString(second));
    QCOMPARE(entries(dir.path()), QStringList{"out.json"}); // no temporary left behind

    // Permissions of an ordinary new file (0666 & ~umask), not mkstemp's 0600.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    struct stat st;
    QCOMPARE(::stat(path.toLocal8Bit().constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0666 & ~mask);

    // Empty content is a valid (empty) file.
    disteval::writeFileAtomically(path.toStdString(), std::string());
    QCOMPARE(readAll(path), QByteArray());
}

void tst_ResultFile::writeIntoMissingFolderLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("missing/sub/out.json").toStdString();
    try {
        disteval::writeFileAtomically(path, "content");
        QFAIL("no exception");
    } catch (const std::runtime_error &e) {
        QVERIFY2(std::string(e.what()).find(path) != std::string::npos, e.what());
    }
    QVERIFY(entries(dir.path()).isEmpty());
}

void tst_ResultFile::failedWriteKeepsOldFile()
{
    // A write that fails half way (here: EFBIG from a file-size limit, like a full disk)
    // must leave the old file as it was and no temporary file behind. The limit is set in
    // a forked child so that it does not affect this process.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("result.json").toStdString();
    const std::string old = "{\"old\": true}\n";
    disteval::writeFileAtomically(path, old);

    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN); // fail with EFBIG instead of being killed
        struct rlimit limit;
        limit.rlim_cur = limit.rlim_max = 4096;
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
            ::_exit(10);
        int code = 1; // 1: the write succeeded although it could not have
        try {
            disteval::writeFileAtomically(path, std::string(1 << 20, 'n'));
        } catch (const std::runtime_error &e) {
            const std::string what = e.what();
            code = (what.find(path) != std::string::npos
                    && what.find(std::strerror(EFBIG)) != std::string::npos)
                           ? 0
                           : 2; // 2: a message that does not say what and where
        } catch (...) {
            code = 3;
        }
        ::_exit(code);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QCOMPARE(readAll(QString::fromStdString(path)), QByteArray::fromStdString(old));
    QCOMPARE(entries(dir.path()), QStringList{"result.json"});
}

void tst_ResultFile::checkWritableLocation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder is not a file path.
    try {
        disteval::checkWritableLocation(dir.path().toStdString());
        QFAIL("no exception for a folder");
    } catch (const std::runtime_error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(dir.path()), e.what());
    }
    // A path in a folder that does not exist.
    QVERIFY_THROWS_EXCEPTION(
            std::runtime_error,
            disteval::checkWritableLocation(dir.filePath("nope/result.json").toStdString()));
    // A good path: no exception, nothing left behind, an existing file untouched.
    const QString path = dir.filePath("result.json");
    disteval::checkWritableLocation(path.toStdString());
    QVERIFY(entries(dir.path()).isEmpty());
    disteval::writeFileAtomically(path.toStdString(), "keep me");
    disteval::checkWritableLocation(path.toStdString());
    QCOMPARE(readAll(path), QByteArray("keep me"));
    QCOMPARE(entries(dir.path()), QStringList{"result.json"});
}

QTEST_GUILESS_MAIN(tst_ResultFile)
#include "tst_resultfile.moc"
