#include "export/reportwriter.h"

#include "common/metricnames.h"
#include "common/resultformat.h"
#include "export/comparisonexport.h"
#include "plots/calibrationplot.h"
#include "plots/confusionmatrixplot.h"
#include "plots/perclassplot.h"
#include "plots/qcp.h"
#include "results/resultsummaryview.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>
#include <memory>

namespace {
constexpr int kDpi = 96; // layout unit: one CSS pixel; fonts are in points

struct Column
{
    QString title;
    double weight;
    Qt::Alignment alignment;
};

// Lays out and paints the report. Run once without a painter to count pages, then
// with one to paint: both runs make exactly the same layout decisions.
class Canvas
{
public:
    Canvas(QPdfWriter *writer, QCPPainter *painter, int totalPages, QString footer)
        : m_writer(writer)
        , m_painter(painter)
        , m_totalPages(totalPages)
        , m_footer(std::move(footer))
    {
        m_pageWidth = writer->width();
        m_pageHeight = writer->height();
        m_left = 64;
        m_width = m_pageWidth - 2 * m_left;
        m_top = 56;
        m_bottom = m_pageHeight - 64;
        m_y = m_top;
    }

    double width() const { return m_width; }
    double remaining() const { return m_bottom - m_y; }
    int pages() const { return m_page; }

    QFont font(double points, bool bold = false) const
    {
        QFont f = QApplication::font();
        f.setPointSizeF(points);
        f.setBold(bold);
        // No ligatures: "fi" stays two letters when text is searched or copied.
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }
    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, m_writer); }

    void ensure(double height)
    {
        if (m_y + height > m_bottom && m_y > m_top)
            newPage();
    }
    void newPage()
    {
        drawFooter();
        if (m_painter)
            m_writer->newPage();
        ++m_page;
        m_y = m_top;
    }
    void space(double height) { m_y = qMin(m_y + height, m_bottom); }

    double textHeight(const QString &text, const QFont &f) const
    {
        return metrics(f).boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, text).height();
    }

    void text(const QString &text, const QFont &f, const QColor &color = Qt::black,
              double keepWithNext = 0)
    {
        const double h = textHeight(text, f);
        ensure(h + keepWithNext);
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(color);
            m_painter->drawText(QRectF(m_left, m_y, m_width, h), Qt::TextWordWrap, text);
        }
        m_y += h;
    }

    void heading(const QString &title, double points, double keepWithNext)
    {
        space(points * 0.6);
        text(title, font(points, true), QColor(0x08, 0x30, 0x6b), keepWithNext);
        space(4);
        if (m_painter) {
            m_painter->setPen(QPen(QColor(0x9e, 0xca, 0xe1), 0.8));
            m_painter->drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y));
        }
        space(6);
    }

    // A table that continues over pages, repeating its header.
    void table(const QVector<Column> &columns, const QVector<QStringList> &rows, double points)
    {
        const QFont body = font(points);
        const QFont head = font(points, true);
        const double rowHeight = metrics(body).height() + 5;
        double total = 0;
        for (const Column &c : columns)
            total += c.weight;
        QVector<double> widths;
        for (const Column &c : columns)
            widths << m_width * c.weight / total;

        auto drawRow = [&](const QStringList &cells, const QFont &f, const QColor &fill) {
            if (m_painter) {
                if (fill.isValid())
                    m_painter->fillRect(QRectF(m_left, m_y, m_width, rowHeight), fill);
                m_painter->setFont(f);
                m_painter->setPen(Qt::black);
                double x = m_left;
                const QFontMetricsF fm = metrics(f);
                for (int i = 0; i < columns.size(); ++i) {
                    const QRectF cell(x + 3, m_y, widths[i] - 6, rowHeight);
                    const QString text = fm.elidedText(i < cells.size() ? cells[i] : QString(),
                                                       Qt::ElideMiddle, cell.width());
                    m_painter->drawText(cell, columns[i].alignment | Qt::AlignVCenter, text);
                    x += widths[i];
                }
            }
            m_y += rowHeight;
        };
        auto drawHeader = [&] {
            QStringList titles;
            for (const Column &c : columns)
                titles << c.title;
            drawRow(titles, head, QColor(0xde, 0xeb, 0xf7));
            if (m_painter) {
                m_painter->setPen(QPen(QColor(0x21, 0x71, 0xb5), 0.8));
                m_painter->drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y));
            }
        };

        ensure(rowHeight * qMin(4, static_cast<int>(rows.size()) + 1));
        drawHeader();
        for (int r = 0; r < rows.size(); ++r) {
            if (m_y + rowHeight > m_bottom) {
                newPage();
                drawHeader();
            }
            drawRow(rows[r], body, r % 2 ? QColor(0xf4, 0xf6, 0xf8) : QColor());
        }
        if (m_painter) {
            m_painter->setPen(QPen(QColor(0x21, 0x71, 0xb5), 0.8));
            m_painter->drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y));
        }
        space(8);
    }

    void plot(QCustomPlot *plot, double height, const QString &caption)
    {
        const QFont captionFont = font(8);
        const double captionHeight = textHeight(caption, captionFont);
        ensure(height + captionHeight + 4);
        if (m_painter) {
            m_painter->save();
            m_painter->translate(m_left, m_y);
            plot->toPainter(m_painter, static_cast<int>(m_width), static_cast<int>(height));
            m_painter->restore();
        }
        m_y += height + 4;
        text(caption, captionFont, QColor(0x40, 0x40, 0x40));
        space(10);
    }

    void finish() { drawFooter(); }

private:
    void drawFooter()
    {
        if (!m_painter)
            return;
        const QFont f = font(7.5);
        const double y = m_pageHeight - 46;
        m_painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.6));
        m_painter->drawLine(QPointF(m_left, y), QPointF(m_left + m_width, y));
        m_painter->setFont(f);
        m_painter->setPen(QColor(0x50, 0x50, 0x50));
        const QRectF rect(m_left, y + 4, m_width, metrics(f).height() + 2);
        m_painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                            metrics(f).elidedText(m_footer, Qt::ElideMiddle, m_width * 0.7));
        m_painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter,
                            ReportWriter::tr("Page %1 of %2").arg(m_page).arg(m_totalPages));
    }

    QPdfWriter *m_writer;
    QCPPainter *m_painter;
    int m_totalPages;
    QString m_footer;
    double m_pageWidth = 0;
    double m_pageHeight = 0;
    double m_left = 0;
    double m_width = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_y = 0;
    int m_page = 1;
};

// The plots of one model, configured for print.
struct ModelPlots
{
    ConfusionMatrixPlot *confusion = nullptr;
    PerClassPlot *perClass = nullptr;
    CalibrationPlot *calibration = nullptr;
    bool perClassIsSubset = false;
};

QFont plotFont(double points)
{
    QFont f = QApplication::font();
    f.setPointSizeF(points);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

ModelPlots makePlots(const disteval::ResultFile &result, int m, QWidget *host)
{
    const disteval::ModelResult &model = result.models[m];
    ModelPlots plots;
    QStringList names;
    for (int i = 0; i < result.dataset.numClasses; ++i)
        names << ResultFormat::className(result, i);

    plots.confusion = new ConfusionMatrixPlot(host);
    plots.confusion->setInteractive(false);
    plots.confusion->setFont(plotFont(8));
    for (QCPAxis *axis : {plots.confusion->xAxis, plots.confusion->yAxis}) {
        axis->setTickLabelFont(plotFont(names.size() > 30 ? 6.5 : 7.5));
        axis->setLabelFont(plotFont(8.5));
    }
    plots.confusion->setMatrix(model.confusion, names);
    plots.confusion->setLogScale(names.size() > 30);

    plots.perClass = new PerClassPlot(host);
    plots.perClass->setInteractive(false);
    plots.perClass->xAxis->setTickLabelRotation(-90);
    plots.perClass->xAxis->setTickLabelFont(plotFont(7));
    plots.perClass->yAxis->setTickLabelFont(plotFont(7.5));
    plots.perClass->setClasses(model.perClass);
    plots.perClassIsSubset = names.size() > ReportWriter::kMaxChartClasses;
    if (plots.perClassIsSubset) {
        plots.perClass->setSubset(PerClassPlot::Subset::Worst, ReportWriter::kMaxChartClasses);
        plots.perClass->setSort(PerClassPlot::SortKey::Value, false);
    }
    plots.perClass->setWindowSize(ReportWriter::kMaxChartClasses);
    plots.perClass->scrollTo(0);

    plots.calibration = new CalibrationPlot(host);
    plots.calibration->setCalibration(model.calibration, model.metric("ece"));
    return plots;
}

void renderComparisonBlock(Canvas &canvas, const ComparisonExport::Block &b)
{
    switch (b.kind) {
    case ComparisonExport::Block::Kind::Heading:
        canvas.heading(b.text, b.points, 60);
        break;
    case ComparisonExport::Block::Kind::Text:
        canvas.text(b.text, canvas.font(b.points), b.color);
        break;
    case ComparisonExport::Block::Kind::Table: {
        QVector<Column> columns;
        for (const ComparisonExport::Block::Column &c : b.columns)
            columns.append({c.title, c.weight, c.alignment});
        canvas.table(columns, b.rows, b.points);
        break;
    }
    case ComparisonExport::Block::Kind::Plot:
        canvas.plot(b.plot, b.height, b.text);
        break;
    }
}

void renderReport(Canvas &canvas, const disteval::ResultFile &result, const QString &sourcePath,
                  const std::vector<ModelPlots> &plots)
{
    const int percent = static_cast<int>(std::lround(result.statistics.confidence * 100));
    const QString fileName = QFileInfo(sourcePath).fileName();

    // Title block.
    canvas.text(ReportWriter::tr("Evaluation report"), canvas.font(20, true),
                QColor(0x08, 0x30, 0x6b));
    canvas.space(2);
    canvas.text(fileName, canvas.font(12), QColor(0x30, 0x30, 0x30));
    canvas.space(4);
    canvas.text(ReportWriter::tr("%1 samples, %2 classes, %3 model(s), evaluated on %4 rank(s) "
                                 "on %5 with disteval-engine %6. Report written by disteval %7 "
                                 "on %8.")
                        .arg(ResultFormat::count(result.dataset.numSamples),
                             ResultFormat::count(result.dataset.numClasses),
                             ResultFormat::count(static_cast<int64_t>(result.models.size())),
                             ResultFormat::count(result.worldSize),
                             QString::fromStdString(result.created),
                             QString::fromStdString(result.engineVersion),
                             QStringLiteral(DISTEVAL_VERSION),
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
                canvas.font(9), QColor(0x30, 0x30, 0x30));
    canvas.space(2);
    canvas.text(ReportWriter::tr("Intervals are two-sided at %1% confidence: Wilson score "
                                 "intervals for proportions, multinomial bootstrap percentile "
                                 "intervals (%2 replicates) for the other confusion-matrix "
                                 "metrics and ECE, DeLong for AUROC, normal for the mean loss. "
                                 "n/a marks an undefined value.")
                        .arg(percent)
                        .arg(result.statistics.bootstrapReplicates),
                canvas.font(8.5), QColor(0x40, 0x40, 0x40));

    // Configuration.
    canvas.heading(ReportWriter::tr("Configuration"), 13, 60);
    QVector<QStringList> config;
    for (const auto &row : ResultSummaryView::configurationRows(result, sourcePath))
        config.append({row.first, row.second});
    canvas.table({{ReportWriter::tr("Setting"), 0.33, Qt::AlignLeft},
                  {ReportWriter::tr("Value"), 0.67, Qt::AlignLeft}},
                 config, 8);

    // Ranks and coverage.
    canvas.heading(ReportWriter::tr("Ranks"), 13, 60);
    QVector<QStringList> ranks;
    for (const disteval::RankInfo &rank : result.ranks) {
        const double rate
                = rank.seconds > 0 ? static_cast<double>(rank.count) / rank.seconds : std::nan("");
        ranks.append({QString::number(rank.rank), QString::fromStdString(rank.host),
                      QString::fromStdString(rank.device), ResultFormat::count(rank.first),
                      ResultFormat::count(rank.count), ResultFormat::number(rank.seconds, 2),
                      ResultFormat::number(rate, 1)});
    }
    canvas.table({{ReportWriter::tr("Rank"), 0.08, Qt::AlignRight},
                  {ReportWriter::tr("Host"), 0.2, Qt::AlignLeft},
                  {ReportWriter::tr("Device"), 0.14, Qt::AlignLeft},
                  {ReportWriter::tr("First index"), 0.14, Qt::AlignRight},
                  {ReportWriter::tr("Count"), 0.14, Qt::AlignRight},
                  {ReportWriter::tr("Seconds"), 0.12, Qt::AlignRight},
                  {ReportWriter::tr("Samples/s"), 0.14, Qt::AlignRight}},
                 ranks, 8);
    QString coverage;
    const bool complete = ResultSummaryView::coverageComplete(result, &coverage);
    canvas.text(coverage, canvas.font(8.5),
                complete ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb0, 0x00, 0x20));
    if (!result.warnings.empty()) {
        canvas.heading(ReportWriter::tr("Warnings"), 13, 30);
        for (const std::string &w : result.warnings)
            canvas.text(QString::fromStdString(w), canvas.font(8.5), QColor(0xa0, 0x40, 0x00));
    }

    for (size_t m = 0; m < result.models.size(); ++m) {
        const disteval::ModelResult &model = result.models[m];
        const ModelPlots &p = plots[m];
        canvas.newPage();
        canvas.heading(ReportWriter::tr("Model %1 of %2: %3")
                               .arg(m + 1)
                               .arg(result.models.size())
                               .arg(ResultFormat::modelName(model)),
                       15, 40);
        canvas.text(ReportWriter::tr("Checkpoint: %1\nSHA-256: %2\nEvaluated samples: %3")
                            .arg(QString::fromStdString(model.path),
                                 QString::fromStdString(model.sha256),
                                 ResultFormat::count(model.evaluatedSamples)),
                    canvas.font(8), QColor(0x30, 0x30, 0x30));

        canvas.heading(ReportWriter::tr("Metrics"), 12, 60);
        QVector<QStringList> metrics;
        for (const auto &[name, value] : model.metrics)
            metrics.append({MetricNames::metric(QString::fromStdString(name)),
                            ResultFormat::number(value.value), ResultFormat::interval(value.ci),
                            MetricNames::method(QString::fromStdString(value.method))});
        canvas.table({{ReportWriter::tr("Metric"), 0.36, Qt::AlignLeft},
                      {ReportWriter::tr("Value"), 0.16, Qt::AlignRight},
                      {ReportWriter::tr("%1% interval").arg(percent), 0.28, Qt::AlignHCenter},
                      {ReportWriter::tr("Method"), 0.2, Qt::AlignLeft}},
                     metrics, 8.5);

        // As large as the rest of the page allows (within limits), else on a new page.
        constexpr double kFigureExtra = 70; // heading, caption and spacing
        double matrixHeight = qMin(canvas.width() * 0.92, 600.0);
        if (canvas.remaining() - kFigureExtra >= 420)
            matrixHeight = qMin(matrixHeight, canvas.remaining() - kFigureExtra);
        canvas.heading(ReportWriter::tr("Confusion matrix"), 12, matrixHeight + 40);
        canvas.plot(p.confusion, matrixHeight,
                    p.confusion->logScale()
                            ? ReportWriter::tr("Counts of (true class, predicted class) on a "
                                               "logarithmic colour scale; white cells are zero. "
                                               "Rows: true class; columns: predicted class.")
                            : ReportWriter::tr("Counts of (true class, predicted class). Rows: "
                                               "true class; columns: predicted class."));

        canvas.heading(ReportWriter::tr("Per-class F1"), 12, 300 + 40);
        canvas.plot(p.perClass, 300,
                    p.perClassIsSubset
                            ? ReportWriter::tr("The %1 classes with the lowest F1 of %2, with "
                                               "their %3% bootstrap intervals. Every class is "
                                               "in the table below.")
                                      .arg(p.perClass->displayedClasses().size())
                                      .arg(model.perClass.size())
                                      .arg(percent)
                            : ReportWriter::tr("F1 of each class with its %1% bootstrap "
                                               "interval.")
                                      .arg(percent));

        canvas.heading(ReportWriter::tr("Per-class metrics"), 12, 80);
        QVector<QStringList> rows;
        for (const disteval::PerClassResult &c : model.perClass)
            rows.append({QString::number(c.index), QString::fromStdString(c.name),
                         ResultFormat::count(c.support),
                         ResultFormat::valueWithInterval(c.precision, 3),
                         ResultFormat::valueWithInterval(c.recall, 3),
                         ResultFormat::valueWithInterval(c.f1, 3),
                         ResultFormat::valueWithInterval(c.auroc, 3)});
        canvas.table({{ReportWriter::tr("#"), 0.045, Qt::AlignRight},
                      {ReportWriter::tr("Class"), 0.155, Qt::AlignLeft},
                      {ReportWriter::tr("Support"), 0.08, Qt::AlignRight},
                      {ReportWriter::tr("Precision"), 0.18, Qt::AlignRight},
                      {ReportWriter::tr("Recall"), 0.18, Qt::AlignRight},
                      {ReportWriter::tr("F1"), 0.18, Qt::AlignRight},
                      {ReportWriter::tr("AUROC"), 0.18, Qt::AlignRight}},
                     rows, 7);

        canvas.heading(ReportWriter::tr("Calibration"), 12, 360 + 40);
        canvas.plot(p.calibration, 360,
                    ReportWriter::tr("Reliability diagram: accuracy and mean confidence in 15 "
                                     "equal-width confidence bins; below, the samples per bin."));
    }
    // Several models: a section per comparison, built by ComparisonExport.
    QWidget comparisonPlots; // owns the section's plots for this pass
    for (const ComparisonExport::Pair &pair : ComparisonExport::pairsOf(result)) {
        canvas.newPage();
        for (const ComparisonExport::Block &b :
             ComparisonExport::sectionBlocks(pair, QString(), &comparisonPlots, canvas.width()))
            renderComparisonBlock(canvas, b);
    }
    canvas.finish();
}
} // namespace

bool ReportWriter::writePdf(const disteval::ResultFile &result, const QString &sourcePath,
                            const QString &pdfPath, QString *error, int *pages)
{
    QWidget host;                                              // owns the plots; never shown
    host.setFont(plotFont(QApplication::font().pointSizeF())); // the plots inherit it
    std::vector<ModelPlots> plots;
    for (size_t m = 0; m < result.models.size(); ++m)
        plots.push_back(makePlots(result, static_cast<int>(m), &host));

    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write '%1': %2")
                             .arg(QDir::toNativeSeparators(pdfPath), file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setResolution(kDpi);
    writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(tr("disteval report: %1").arg(QFileInfo(sourcePath).fileName()));
    writer.setCreator(QStringLiteral("disteval %1").arg(QStringLiteral(DISTEVAL_VERSION)));
    const QString footer = tr("disteval report · %1").arg(QFileInfo(sourcePath).fileName());

    // First pass: layout only, to learn the page count for the footers.
    Canvas dry(&writer, nullptr, 0, footer);
    renderReport(dry, result, sourcePath, plots);
    const int total = dry.pages();

    QCPPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        if (error)
            *error = tr("Cannot write '%1': the PDF could not be started.")
                             .arg(QDir::toNativeSeparators(pdfPath));
        return false;
    }
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    Canvas canvas(&writer, &painter, total, footer);
    renderReport(canvas, result, sourcePath, plots);
    painter.end();
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write '%1': %2")
                             .arg(QDir::toNativeSeparators(pdfPath), file.errorString());
        return false;
    }
    if (pages)
        *pages = canvas.pages();
    return true;
}
