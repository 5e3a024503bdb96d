#include "common/errortext.h"

#include <QStringList>

QString ErrorText::forCode(const QString &code)
{
    if (code == QLatin1String("usage"))
        return tr("The engine did not accept its command line.");
    if (code == QLatin1String("data_invalid"))
        return tr("The dataset cannot be read.");
    if (code == QLatin1String("model_invalid"))
        return tr("A model checkpoint cannot be loaded.");
    if (code == QLatin1String("class_mismatch"))
        return tr("The model's number of outputs does not match the dataset's classes.");
    if (code == QLatin1String("task_mismatch"))
        return tr("The model's output and the dataset's labels do not fit the chosen task.");
    if (code == QLatin1String("metric_invalid"))
        return tr("A custom metric cannot be used.");
    if (code == QLatin1String("output_not_writable"))
        return tr("The result file cannot be written.");
    if (code == QLatin1String("device_unavailable"))
        return tr("The requested device is not available.");
    if (code == QLatin1String("rank_failed"))
        return tr("One of the ranks failed.");
    if (code == QLatin1String("internal"))
        return tr("The engine hit an internal error.");
    return tr("The engine reported an error (%1).").arg(code);
}

QString ErrorText::forExitCode(int exitCode)
{
    switch (exitCode) {
    case 0:
        return tr("The engine finished successfully.");
    case 2:
        return tr("The engine did not accept its command line.");
    case 3:
        return tr("The dataset cannot be read.");
    case 4:
        return tr("A model checkpoint cannot be loaded.");
    case 5:
        return tr("The result file cannot be written.");
    case 6:
        return tr("The requested device is not available.");
    case 7:
        return tr("One of the ranks failed.");
    default:
        return tr("The job ended with exit code %1.").arg(exitCode);
    }
}

QString ErrorText::forPhase(const QString &phase)
{
    if (phase == QLatin1String("loading"))
        return tr("Loading");
    if (phase == QLatin1String("evaluating"))
        return tr("Evaluating");
    if (phase == QLatin1String("reducing"))
        return tr("Combining the ranks' statistics");
    if (phase == QLatin1String("writing"))
        return tr("Writing the result");
    return phase;
}

QString ErrorText::engineErrorLine(const QString &stderrText)
{
    static const QLatin1String marker("disteval-engine: error: ");
    const QStringList lines = stderrText.split(QLatin1Char('\n'));
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const qsizetype at = it->indexOf(marker);
        if (at >= 0)
            return it->mid(at + marker.size()).trimmed();
    }
    return {};
}
