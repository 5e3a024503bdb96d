#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "export/headlessexport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include <cstring>

namespace {
// `--export` runs without a window; unless told otherwise it needs no display.
bool wantsHeadlessExport(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--export") == 0 || std::strncmp(argv[i], "--export=", 9) == 0)
            return true;
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    if (wantsHeadlessExport(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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
    const QCommandLineOption exportOption(
            QStringLiteral("export"),
            QCoreApplication::translate(
                    "main", "Export the result file given as the only argument to <file> and "
                            "exit, without a window: .pdf (report), .csv (tables), .png or .svg "
                            "(one plot)."),
            QStringLiteral("file"));
    const QCommandLineOption plotOption(
            QStringLiteral("plot"),
            QCoreApplication::translate(
                    "main", "With --export to .png/.svg: confusion, per-class or calibration."),
            QStringLiteral("name"), QStringLiteral("confusion"));
    const QCommandLineOption dpiOption(
            QStringLiteral("dpi"),
            QCoreApplication::translate("main", "With --export to .png: resolution (300)."),
            QStringLiteral("dpi"), QStringLiteral("300"));
    const QCommandLineOption modelOption(
            QStringLiteral("model"),
            QCoreApplication::translate("main", "With --export to .png/.svg: which model (1)."),
            QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({exportOption, plotOption, dpiOption, modelOption});
    parser.addPositionalArgument(
            QStringLiteral("files"),
            QCoreApplication::translate(
                    "main", "Checkpoints (.pt), result files (.json) or a dataset to open."),
            QStringLiteral("[files...]"));
    parser.process(app);

    if (parser.isSet(exportOption)) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (parser.positionalArguments().size() != 1) {
            err << QCoreApplication::translate(
                    "main", "disteval: --export needs exactly one result file, e.g. "
                            "disteval --export report.pdf result.json")
                << Qt::endl;
            return 2;
        }
        HeadlessExport::Request request;
        request.output = parser.value(exportOption);
        request.resultPath = parser.positionalArguments().constFirst();
        request.plot = parser.value(plotOption);
        bool dpiOk = false, modelOk = false;
        request.dpi = parser.value(dpiOption).toInt(&dpiOk);
        request.model = parser.value(modelOption).toInt(&modelOk);
        if (!dpiOk || !modelOk || request.dpi < 36 || request.dpi > 2400) {
            err << QCoreApplication::translate(
                    "main", "disteval: --dpi needs a number from 36 to 2400 and --model "
                            "a model number.")
                << Qt::endl;
            return 2;
        }
        return HeadlessExport::run(request, out, err);
    }

    MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPaths(parser.positionalArguments());
    window.queryEngine();
    return app.exec();
}
