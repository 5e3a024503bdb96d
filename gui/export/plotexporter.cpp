#include "export/plotexporter.h"

#include "plots/qcp.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {
QSize effectiveSize(QCustomPlot *plot, QSize size)
{
    if (size.isEmpty())
        size = plot->size();
    return size.expandedTo(QSize(50, 50));
}

bool commit(QSaveFile &file, const QByteArray &bytes, QString *error)
{
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = PlotExporter::tr("Cannot write '%1': %2")
                             .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}
} // namespace

bool PlotExporter::isPlotFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg");
}

bool PlotExporter::savePng(QCustomPlot *plot, const QString &path, int dpi, QSize size,
                           QString *error)
{
    size = effectiveSize(plot, size);
    dpi = qBound(36, dpi, 2400);
    const double scale = dpi / 96.0;
    QImage image = plot->toPixmap(size.width(), size.height(), scale).toImage();
    const int dotsPerMeter = static_cast<int>(dpi / 0.0254 + 0.5);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        if (error)
            *error = tr("The plot could not be rendered to PNG.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write '%1': %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return commit(file, bytes, error);
}

bool PlotExporter::saveSvg(QCustomPlot *plot, const QString &path, QSize size, QString *error)
{
    size = effectiveSize(plot, size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(plot->objectName());
    generator.setDescription(tr("Exported by disteval"));
    QCPPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("The plot could not be rendered to SVG.");
        return false;
    }
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot->toPainter(&painter, size.width(), size.height());
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write '%1': %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return commit(file, bytes, error);
}

bool PlotExporter::save(QCustomPlot *plot, const QString &path, int dpi, QSize size, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return savePng(plot, path, dpi, size, error);
    if (suffix == QLatin1String("svg"))
        return saveSvg(plot, path, size, error);
    if (error)
        *error = tr("Unknown image format '%1': use .png or .svg.").arg(suffix);
    return false;
}

void PlotExporter::copyToClipboard(QCustomPlot *plot)
{
    // Twice the screen resolution, so that a pasted plot stays sharp in documents.
    QApplication::clipboard()->setPixmap(plot->toPixmap(plot->width(), plot->height(), 2.0));
}
