#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

// Chooses and installs the app's translation: the system locale by default, or the
// language set under Settings > Language ("language" in QSettings; "" = system).
class LanguageManager
{
    Q_DECLARE_TR_FUNCTIONS(LanguageManager)

public:
    struct Language
    {
        QString code;       // "" (system), "en", "de", "zh_CN"
        QString nativeName; // shown in the menu in its own language
    };

    static QList<Language> available();
    static QString settingsKey() { return QStringLiteral("language"); }
    // The code stored in the settings ("" when following the system).
    static QString configuredLanguage();
    static void setConfiguredLanguage(const QString &code);

    // Installs the app's (and Qt's own) translation for `code` ("" = the system
    // locale) on `app`; the translators become children of `app`. Returns the locale
    // actually used, QLocale::c() for the untranslated English.
    static QLocale install(QCoreApplication *app, const QString &code);
};
