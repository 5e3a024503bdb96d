#pragma once

#include <QCoreApplication>
#include <QString>

// Plain, translated words for what the engine reports in machine form: the error codes
// of the progress protocol and of `--inspect`, the engine's exit codes and its phases.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // A sentence for a protocol error code (docs/protocol.md); a generic sentence
    // naming the code for codes this app does not know.
    static QString forCode(const QString &code);
    // A sentence for disteval-engine's exit code (0 ok, 2 usage ... 7 rank failed); a
    // generic one for other values (e.g. mpirun's own).
    static QString forExitCode(int exitCode);
    // "Loading", "Evaluating", ...; an unknown phase verbatim.
    static QString forPhase(const QString &phase);
    // Extracts "<message>" from the engine's "disteval-engine: error: <message>" line;
    // empty when `stderrText` holds no such line (the last one wins).
    static QString engineErrorLine(const QString &stderrText);
};
