#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("disteval"));
    QApplication::setApplicationName(QStringLiteral("disteval"));
    QApplication::setApplicationVersion(QStringLiteral(DISTEVAL_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/disteval.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("disteval"));

    LanguageManager::install(&app, LanguageManager::configuredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Evaluate PyTorch classifiers with disteval-engine."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
            QStringLiteral("files"),
            QCoreApplication::translate(
                    "main", "Checkpoints (.pt), result files (.json) or a dataset to open."),
            QStringLiteral("[files...]"));
    parser.process(app);

    MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPaths(parser.positionalArguments());
    window.queryEngine();
    return app.exec();
}
