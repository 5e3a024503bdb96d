#include "export/resultexport.h"

#include "export/comparisonexport.h"
#include "export/csvexporter.h"
#include "export/reportwriter.h"

#include <QFileInfo>

namespace {
QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}
} // namespace

bool ResultExport::isReportFile(const QString &path)
{
    const QString suffix = suffixOf(path);
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("csv");
}

QStringList ResultExport::targets(const QString &path, const disteval::ResultFile &result)
{
    if (suffixOf(path) == QLatin1String("csv")) {
        QStringList paths = CsvExporter::outputPaths(path, result);
        if (!result.comparisons.empty()) // several models: their comparisons too
            paths << ComparisonExport::csvPaths(path, ComparisonExport::hasPerClass(result));
        return paths;
    }
    return {path};
}

bool ResultExport::write(const disteval::ResultFile &result, const QString &sourcePath,
                         const QString &path, QStringList *written, QString *error,
                         const ReportOptions &options)
{
    const QString suffix = suffixOf(path);
    bool ok = false;
    if (suffix == QLatin1String("pdf"))
        ok = ReportWriter::writePdf(result, sourcePath, path, error, nullptr, options);
    else if (suffix == QLatin1String("csv"))
        ok = CsvExporter::write(result, path, error)
             && (result.comparisons.empty()
                 || ComparisonExport::writeCsv(ComparisonExport::pairsOf(result), path, error));
    else if (error)
        *error = tr("Unknown report format '%1': use .pdf or .csv.").arg(suffix);
    if (ok && written)
        *written = targets(path, result);
    return ok;
}
