#include "app/commandline.h"

#include "export/headlessexport.h"
#include "export/mistakessection.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstring>

bool CommandLine::wantsHeadlessExport(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--export") == 0 || std::strncmp(argv[i], "--export=", 9) == 0)
            return true;
    return false;
}

int CommandLine::process(const QCoreApplication &app, QStringList *files)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Evaluate PyTorch classifiers with disteval-engine."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption exportOption(
            QStringLiteral("export"),
            tr("Export the result file given as the only argument to <file> and exit, without "
               "a window: .pdf (report), .csv (tables), .png or .svg (one plot)."),
            QStringLiteral("file"));
    const QCommandLineOption plotOption(
            QStringLiteral("plot"),
            tr("With --export to .png/.svg: confusion, per-class, calibration, roc, pr, "
               "confidence or top-k."),
            QStringLiteral("name"), QStringLiteral("confusion"));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"),
                                       tr("With --export to .png: resolution (300)."),
                                       QStringLiteral("dpi"), QStringLiteral("300"));
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         tr("With --export to .png/.svg: which model (1)."),
                                         QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption mistakesOption(
            QStringLiteral("confident-mistakes"),
            tr("With --export to .pdf: add each model's most confident mistakes per class, "
               "with thumbnails of the samples (the engine renders them)."));
    const QCommandLineOption perClassOption(
            QStringLiteral("mistakes-per-class"),
            tr("With --confident-mistakes: mistakes shown per class (6)."), QStringLiteral("k"),
            QStringLiteral("6"));
    parser.addOptions(
            {exportOption, plotOption, dpiOption, modelOption, mistakesOption, perClassOption});
    parser.addPositionalArgument(
            QStringLiteral("files"),
            tr("Checkpoints (.pt), result files (.json) or a dataset to open."),
            QStringLiteral("[files...]"));
    parser.process(app);

    if (!parser.isSet(exportOption)) {
        *files = parser.positionalArguments();
        return -1;
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << tr("disteval: --export needs exactly one result file, e.g. disteval --export "
                  "report.pdf result.json")
            << Qt::endl;
        return 2;
    }
    HeadlessExport::Request request;
    request.output = parser.value(exportOption);
    request.resultPath = parser.positionalArguments().constFirst();
    request.plot = parser.value(plotOption);
    bool dpiOk = false, modelOk = false, perClassOk = false;
    request.dpi = parser.value(dpiOption).toInt(&dpiOk);
    request.model = parser.value(modelOption).toInt(&modelOk);
    request.report.confidentMistakes = parser.isSet(mistakesOption);
    request.report.mistakesPerClass = parser.value(perClassOption).toInt(&perClassOk);
    if (!dpiOk || !modelOk || request.dpi < 36 || request.dpi > 2400) {
        err << tr("disteval: --dpi needs a number from 36 to 2400 and --model a model number.")
            << Qt::endl;
        return 2;
    }
    if (!perClassOk || request.report.mistakesPerClass < 1
        || request.report.mistakesPerClass > MistakesSection::kMaxPerClass) {
        err << tr("disteval: --mistakes-per-class needs a number from 1 to %1.")
                        .arg(MistakesSection::kMaxPerClass)
            << Qt::endl;
        return 2;
    }
    return HeadlessExport::run(request, out, err);
}
