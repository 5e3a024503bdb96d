#pragma once

// What every screenshot tool of tests/gui shares (scripts/screenshots.sh runs them): a
// session in test mode with fresh settings, its output folder and language from the
// command line, and saving a widget once the event loop has settled.
#include "app/languagemanager.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

#include <cstdio>
#include <optional>

namespace screenshots {

// Lets queued events (layouts, replots, renderer answers) run for `ms` milliseconds.
inline void settle(int ms = 300)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// OUTPUT_DIR/<name><suffix>.png; says what it wrote (or failed to) on stdout.
inline bool save(QWidget *widget, const QDir &out, const QString &name,
                 const QString &suffix = QString(), int settleMs = 300)
{
    settle(settleMs);
    const QString path = out.filePath(name + suffix + QStringLiteral(".png"));
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

struct Session
{
    QDir out;
    QString language;
    QString suffix; // "" for English, "-de" for German, ...
};

// Test mode (never the user's settings), cleared settings, the arguments OUTPUT_DIR
// [LANGUAGE] and that language installed; nothing (and the usage on stderr) without an
// output folder.
inline std::optional<Session> start(QApplication &app, const char *tool)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("disteval-screenshots"));
    QApplication::setApplicationName(QStringLiteral("disteval"));
    QSettings().clear();
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR [LANGUAGE]\n", tool);
        return std::nullopt;
    }
    Session s;
    s.out = QDir(args.at(1));
    s.language = args.size() > 2 ? args.at(2) : QStringLiteral("en");
    s.suffix = s.language == QLatin1String("en") ? QString() : QLatin1Char('-') + s.language;
    LanguageManager::install(&app, s.language);
    return s;
}

} // namespace screenshots
