#include "app/languagemanager.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

QList<LanguageManager::Language> LanguageManager::available()
{
    return {{QString(), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString LanguageManager::configuredLanguage()
{
    return QSettings().value(settingsKey()).toString();
}

void LanguageManager::setConfiguredLanguage(const QString &code)
{
    QSettings().setValue(settingsKey(), code);
}

QLocale LanguageManager::install(QCoreApplication *app, const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (code == QLatin1String("en") || locale.language() == QLocale::English) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }
    auto *translator = new QTranslator(app);
    // Looks for :/i18n/disteval_de_DE.qm, disteval_de.qm, ... in the locale's order.
    if (!translator->load(locale, QStringLiteral("disteval"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        delete translator;
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }
    app->installTranslator(translator);
    // Qt's own strings (standard buttons, file dialogs), when installed.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qtTranslator);
    else
        delete qtTranslator;
    QLocale::setDefault(locale);
    return locale;
}
