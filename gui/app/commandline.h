#pragma once

#include <QCoreApplication>
#include <QStringList>

// The app's command line: files to open (checkpoints, result files, a dataset), or
// `disteval --export OUT RESULT.json [--plot NAME] [--dpi N] [--model N]
// [--confident-mistakes [--mistakes-per-class K]]`, which runs
// without a window (HeadlessExport) and exits. `--help` and `--version` as usual.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Whether argv asks for --export; asked before the QApplication exists, so that the
    // offscreen platform can be chosen and no display is needed.
    static bool wantsHeadlessExport(int argc, char *argv[]);
    // Parses the application's arguments (exits for --help, --version and bad options).
    // Runs an export and returns its exit status; otherwise returns -1 and sets `files`
    // to what the window opens.
    static int process(const QCoreApplication &app, QStringList *files);
};
