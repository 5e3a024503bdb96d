#include "app/commandline.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    if (CommandLine::wantsHeadlessExport(argc, argv)
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("disteval"));
    QApplication::setApplicationName(QStringLiteral("disteval"));
    QApplication::setApplicationVersion(QStringLiteral(DISTEVAL_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/disteval.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("disteval"));

    LanguageManager::install(&app, LanguageManager::configuredLanguage());

    QStringList files;
    const int exported = CommandLine::process(app, &files);
    if (exported >= 0)
        return exported;

    MainWindow window;
    window.show();
    if (!files.isEmpty())
        window.openPaths(files);
    window.queryEngine();
    window.showGettingStartedOnFirstStart();
    return app.exec();
}
