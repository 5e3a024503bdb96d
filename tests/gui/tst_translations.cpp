// The German and Chinese translations: compiled in, complete, placeholders intact.
#include "app/languagemanager.h"
#include "common/errortext.h"
#include "common/metricnames.h"
#include "common/resultformat.h"
#include "evaluation/modelsummary.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <cmath>
#include <utility>

namespace {
// 60 positives all scoring above 40 negatives: the AP is 1 and its interval withheld.
disteval::RocHistogram perfectScores()
{
    disteval::RocHistogram h(1, 4);
    h.positive = {0, 0, 0, 60};
    h.negative = {40, 0, 0, 0};
    return h;
}
} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compiledIn_data();
    void compiledIn();
    void complete_data();
    void complete();
    void contextsAreClasses_data();
    void contextsAreClasses();
    void installFollowsTheSetting();
    void intervalWordsInGerman();
};

void tst_Translations::compiledIn_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("取消");
}

void tst_Translations::compiledIn()
{
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/disteval_%1.qm").arg(language)));
    QCOMPARE(translator.translate("RunView", "Cancel"), cancel);
    QVERIFY(!translator.translate("ErrorText", "A model checkpoint cannot be loaded.").isEmpty());
    // The command line's help, which lived outside the library and was never translated.
    QVERIFY(!translator
                     .translate("CommandLine", "Evaluate PyTorch classifiers with disteval-engine.")
                     .isEmpty());
}

void tst_Translations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("de") << QStringLiteral(DISTEVAL_SOURCE_DIR "/translations/disteval_de.ts");
    QTest::newRow("zh_CN") << QStringLiteral(DISTEVAL_SOURCE_DIR "/translations/disteval_zh_CN.ts");
}

// Every message has a finished translation that keeps the source's placeholders.
void tst_Translations::complete()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    auto placeholders = [](const QString &text) {
        QSet<QString> found;
        for (const QRegularExpressionMatch &m : placeholder.globalMatch(text))
            found.insert(m.captured(0));
        return found;
    };
    int messages = 0;
    QString source;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString where = context + QStringLiteral(": ") + source;
            QVERIFY2(type.isEmpty(), qPrintable(type + QStringLiteral(" translation of ") + where));
            QString translation;
            // Plural forms hold <numerusform> children.
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                xml.readNext();
                if (xml.isCharacters())
                    translation += xml.text();
            }
            QVERIFY2(!translation.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("empty: ") + where));
            QSet<QString> expected = placeholders(source);
            QSet<QString> got = placeholders(translation);
            QVERIFY2(expected == got, qPrintable(QStringLiteral("placeholders differ: ") + where));
            ++messages;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(messages > 150, qPrintable(QString::number(messages)));
}

void tst_Translations::contextsAreClasses_data()
{
    complete_data();
}

// One context per class of gui/, named after it (gui/<folder>/<class>.h): no strings in a
// context nobody owns, none left behind by a class that was renamed or split.
void tst_Translations::contextsAreClasses()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QSet<QString> headers;
    QDirIterator it(QStringLiteral(DISTEVAL_SOURCE_DIR "/gui"), {QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        headers.insert(QFileInfo(it.next()).completeBaseName());
    int contexts = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
            const QString context = xml.readElementText();
            QVERIFY2(headers.contains(context.toLower()),
                     qPrintable(QStringLiteral("no class for context ") + context));
            ++contexts;
        }
    }
    QVERIFY(contexts > 30);
}

void tst_Translations::installFollowsTheSetting()
{
    QCOMPARE(
            LanguageManager::install(QCoreApplication::instance(), QStringLiteral("de")).language(),
            QLocale::German);
    QCOMPARE(ErrorText::forCode(QStringLiteral("data_invalid")),
             QStringLiteral("Der Datensatz kann nicht gelesen werden."));
    QCOMPARE(
            LanguageManager::install(QCoreApplication::instance(), QStringLiteral("en")).language(),
            QLocale::English);
}

// The interval methods, the debiased ECE and the engine's reasons for a withheld
// interval, as the German app shows them.
void tst_Translations::intervalWordsInGerman()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/disteval_de.qm")));
    QCoreApplication::installTranslator(&german);
    const std::pair<QString, QString> expected[] = {
            {MetricNames::method(QStringLiteral("bca")), QStringLiteral("BCa-Bootstrap")},
            {MetricNames::method(QStringLiteral("bootstrap")),
             QStringLiteral("Perzentil-Bootstrap")},
            {MetricNames::method(QStringLiteral("wilson")), QStringLiteral("Wilson")},
            {MetricNames::method(QStringLiteral("hall")),
             QStringLiteral("Hall (schiefekorrigiert)")},
            {MetricNames::method(QStringLiteral("newcombe")),
             QStringLiteral("Newcombe-Score-Intervall")},
            {MetricNames::method(QStringLiteral("delong")), QStringLiteral("DeLong")},
            {MetricNames::method(QStringLiteral("bound")), QStringLiteral("Konservative Schranke")},
            {MetricNames::method(QStringLiteral("bonett-price")), QStringLiteral("Bonett–Price")},
            {MetricNames::method(QStringLiteral("normal")), QStringLiteral("Normalverteilung")},
            {MetricNames::method(QString()), QStringLiteral("keine")},
            {MetricNames::metric(QStringLiteral("ece_debiased")), QStringLiteral("ECE (entzerrt)")},
            {MetricNames::intervalReason("class 2 has only 6 samples (fewer than 20): the interval "
                                         "of an average over classes would not be reliable",
                                         {"T-shirt", "Trouser", "Pullover"}),
             QStringLiteral("Klasse 2 (Pullover) hat nur 6 Beispiele (weniger als 20): Das "
                            "Intervall eines Mittels über die Klassen wäre nicht verlässlich")},
            {ResultFormat::noInterval({std::nan(""), std::nan("")},
                                      "only 150 samples (fewer than 300): the paired bootstrap "
                                      "would not be reliable"),
             QStringLiteral("Kein Intervall: nur 150 Beispiele (weniger als 300): Der gepaarte "
                            "Bootstrap wäre nicht verlässlich")},
            {MetricNames::intervalReason("the class is never predicted"),
             QStringLiteral("die Klasse wird nie vorhergesagt")},
            // The average precision's method and reasons, as the engine words them
            // (core/evaluation/modelsummary.cpp).
            {MetricNames::method(QStringLiteral("logit")),
             QStringLiteral("Jackknife, Logit-Skala")},
            {MetricNames::intervalReason("the class has fewer than 50 positive samples"),
             QStringLiteral("die Klasse hat weniger als 50 positive Beispiele")},
            {MetricNames::intervalReason(
                     disteval::averagePrecisionValue(perfectScores(), 0, 0.95, "class").ciReason),
             QStringLiteral("jedes positive Beispiel hat einen höheren Score als jedes negative, "
                            "die Varianz ist also 0")},
            // The other tasks' methods, metrics and reasons (docs/TASKS.md).
            {MetricNames::method(QStringLiteral("poisson-bootstrap")),
             QStringLiteral("Poisson-Bootstrap")},
            {MetricNames::metric(QStringLiteral("mean_iou")), QStringLiteral("Mittlere IoU")},
            {MetricNames::metric(QStringLiteral("max_error")), QStringLiteral("Maximaler Fehler")},
            {MetricNames::intervalReason(
                     "fewer than 300 samples (120): a bootstrap interval would not cover"),
             QStringLiteral("weniger als 300 Beispiele (120): ein Bootstrap-Intervall würde nicht "
                            "überdecken")},
            {MetricNames::intervalReason("label 4 has only 17 predictions (fewer than 20): the "
                                         "interval of an average over classes would not be "
                                         "reliable",
                                         {"a", "b", "c", "d", "cat"}),
             QStringLiteral("Label 4 (cat) hat nur 17 Vorhersagen (weniger als 20): Das "
                            "Intervall eines Mittels über die Klassen wäre nicht verlässlich")},
            {MetricNames::intervalReason("the largest error is an extreme value; the bootstrap "
                                         "gives no valid interval for it"),
             QStringLiteral("der größte Fehler ist ein Extremwert; der Bootstrap liefert dafür "
                            "kein gültiges Intervall")},
            // A reason this version does not know stays as the engine wrote it.
            {MetricNames::intervalReason("a reason of a newer engine"),
             QStringLiteral("a reason of a newer engine")},
    };
    QCoreApplication::removeTranslator(&german);
    for (const auto &[shown, translated] : expected)
        QCOMPARE(shown, translated);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
