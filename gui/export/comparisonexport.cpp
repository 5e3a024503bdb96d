#include "export/comparisonexport.h"

#include "common/comparisontext.h"
#include "common/metricnames.h"
#include "common/resultformat.h"
#include "export/csvexporter.h"
#include "plots/deltaf1plot.h"
#include "plots/qcp.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace {
constexpr int kPdfDpi = 96; // layout unit: one CSS pixel, as in ReportWriter

QString line(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted << CsvExporter::field(f);
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString boolField(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

bool saveText(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = ComparisonExport::tr("Cannot write '%1': %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

const disteval::MetricValue *f1Of(const disteval::ModelResult &model, int c)
{
    return c < static_cast<int>(model.perClass.size()) ? &model.perClass[c].f1 : nullptr;
}

QFont fontOf(double points, bool bold = false)
{
    QFont f = QApplication::font();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Lays the blocks out on A4 pages: the same look as ReportWriter's report.
class Pages
{
public:
    Pages(QPdfWriter *writer, QCPPainter *painter, int total, QString footer)
        : m_writer(writer)
        , m_painter(painter)
        , m_total(total)
        , m_footer(std::move(footer))
    {
        m_width = writer->width() - 2 * m_left;
        m_bottom = writer->height() - 64;
        m_y = m_top;
    }
    double width() const { return m_width; }
    int pages() const { return m_page; }

    void ensure(double height)
    {
        if (m_y + height > m_bottom && m_y > m_top)
            newPage();
    }
    void newPage()
    {
        footer();
        if (m_painter)
            m_writer->newPage();
        ++m_page;
        m_y = m_top;
    }
    double textHeight(const QString &text, const QFont &f) const
    {
        return QFontMetricsF(f, m_writer)
                .boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, text)
                .height();
    }
    void text(const QString &text, const QFont &f, const QColor &color, double keep = 0)
    {
        const double h = textHeight(text, f);
        ensure(h + keep);
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(color);
            m_painter->drawText(QRectF(m_left, m_y, m_width, h), Qt::TextWordWrap, text);
        }
        m_y += h + 4;
    }
    void heading(const QString &title, double points)
    {
        m_y += points * 0.6;
        text(title, fontOf(points, true), QColor(0x08, 0x30, 0x6b), 60);
        if (m_painter) {
            m_painter->setPen(QPen(QColor(0x9e, 0xca, 0xe1), 0.8));
            m_painter->drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y));
        }
        m_y += 6;
    }
    void table(const ComparisonExport::Block &b)
    {
        const QFont body = fontOf(b.points);
        const QFont head = fontOf(b.points, true);
        const double rowHeight = QFontMetricsF(body, m_writer).height() + 5;
        double total = 0;
        for (const auto &c : b.columns)
            total += c.weight;
        auto drawRow = [&](const QStringList &cells, const QFont &f, const QColor &fill) {
            if (m_painter) {
                if (fill.isValid())
                    m_painter->fillRect(QRectF(m_left, m_y, m_width, rowHeight), fill);
                m_painter->setFont(f);
                m_painter->setPen(Qt::black);
                const QFontMetricsF fm(f, m_writer);
                double x = m_left;
                for (int i = 0; i < b.columns.size(); ++i) {
                    const double w = m_width * b.columns[i].weight / total;
                    const QRectF cell(x + 3, m_y, w - 6, rowHeight);
                    m_painter->drawText(
                            cell, b.columns[i].alignment | Qt::AlignVCenter,
                            fm.elidedText(cells.value(i), Qt::ElideMiddle, cell.width()));
                    x += w;
                }
            }
            m_y += rowHeight;
        };
        auto header = [&] {
            QStringList titles;
            for (const auto &c : b.columns)
                titles << c.title;
            drawRow(titles, head, QColor(0xde, 0xeb, 0xf7));
        };
        ensure(rowHeight * qMin(4, static_cast<int>(b.rows.size()) + 1));
        header();
        for (int r = 0; r < b.rows.size(); ++r) {
            if (m_y + rowHeight > m_bottom) {
                newPage();
                header();
            }
            drawRow(b.rows[r], body, r % 2 ? QColor(0xf4, 0xf6, 0xf8) : QColor());
        }
        m_y += 8;
    }
    void plot(const ComparisonExport::Block &b)
    {
        const QFont captionFont = fontOf(8);
        ensure(b.height + textHeight(b.text, captionFont) + 4);
        if (m_painter) {
            m_painter->save();
            m_painter->translate(m_left, m_y);
            b.plot->toPainter(m_painter, static_cast<int>(m_width), static_cast<int>(b.height));
            m_painter->restore();
        }
        m_y += b.height + 4;
        text(b.text, captionFont, QColor(0x40, 0x40, 0x40));
        m_y += 8;
    }
    void footer()
    {
        if (!m_painter)
            return;
        const QFont f = fontOf(7.5);
        const double y = m_writer->height() - 46;
        m_painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.6));
        m_painter->drawLine(QPointF(m_left, y), QPointF(m_left + m_width, y));
        m_painter->setFont(f);
        m_painter->setPen(QColor(0x50, 0x50, 0x50));
        const QRectF rect(m_left, y + 4, m_width, QFontMetricsF(f, m_writer).height() + 2);
        m_painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        m_painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter,
                            ComparisonExport::tr("Page %1 of %2").arg(m_page).arg(m_total));
    }

private:
    QPdfWriter *m_writer;
    QCPPainter *m_painter;
    int m_total;
    QString m_footer;
    double m_left = 64;
    double m_top = 56;
    double m_width = 0;
    double m_bottom = 0;
    double m_y = 0;
    int m_page = 1;
};

void render(Pages &pages, const QString &title, const std::vector<ComparisonExport::Block> &blocks)
{
    pages.text(ComparisonExport::tr("Comparison report"), fontOf(20, true),
               QColor(0x08, 0x30, 0x6b));
    pages.text(title, fontOf(11), QColor(0x30, 0x30, 0x30));
    pages.text(ComparisonExport::tr("Written by disteval %1 on %2.")
                       .arg(QStringLiteral(DISTEVAL_VERSION),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
               fontOf(8.5), QColor(0x40, 0x40, 0x40));
    for (const ComparisonExport::Block &b : blocks) {
        switch (b.kind) {
        case ComparisonExport::Block::Kind::Heading:
            pages.heading(b.text, b.points);
            break;
        case ComparisonExport::Block::Kind::Text:
            pages.text(b.text, fontOf(b.points), b.color);
            break;
        case ComparisonExport::Block::Kind::Table:
            pages.table(b);
            break;
        case ComparisonExport::Block::Kind::Plot:
            pages.plot(b);
            break;
        }
    }
    pages.footer();
}
} // namespace

QVector<ComparisonExport::Pair> ComparisonExport::pairsOf(const disteval::ResultFile &result)
{
    QVector<Pair> pairs;
    for (const disteval::PairedComparison &c : result.comparisons) {
        if (c.a < 0 || c.b < 0 || c.a >= static_cast<int>(result.models.size())
            || c.b >= static_cast<int>(result.models.size()))
            continue;
        Pair p;
        p.result = &result;
        p.a = c.a;
        p.b = c.b;
        p.comparison = &c;
        p.labelA = ResultFormat::modelName(result.models[static_cast<size_t>(c.a)]);
        p.labelB = ResultFormat::modelName(result.models[static_cast<size_t>(c.b)]);
        pairs.append(p);
    }
    return pairs;
}

QString ComparisonExport::summaryCsv(const QVector<Pair> &pairs)
{
    QString out = line(
            {QStringLiteral("model_a"), QStringLiteral("model_b"), QStringLiteral("metric"),
             QStringLiteral("a_value"), QStringLiteral("a_ci_lower"), QStringLiteral("a_ci_upper"),
             QStringLiteral("b_value"), QStringLiteral("b_ci_lower"), QStringLiteral("b_ci_upper"),
             QStringLiteral("delta"), QStringLiteral("delta_ci_lower"),
             QStringLiteral("delta_ci_upper"), QStringLiteral("interval_excludes_zero"),
             QStringLiteral("p_exact"), QStringLiteral("p_mid"), QStringLiteral("b01"),
             QStringLiteral("b10"), QStringLiteral("significant"), QStringLiteral("paired")});
    for (const Pair &p : pairs) {
        const disteval::ModelResult &a = p.result->models[static_cast<size_t>(p.a)];
        const disteval::ModelResult &b = p.result->models[static_cast<size_t>(p.b)];
        const double confidence = p.result->statistics.confidence;
        for (const std::string &name : disteval::comparedMetricNames()) {
            const disteval::MetricValue *va = a.metric(name);
            const disteval::MetricValue *vb = b.metric(name);
            QStringList f{p.labelA, p.labelB, QString::fromStdString(name)};
            for (const disteval::MetricValue *v : {va, vb}) {
                if (v)
                    f << CsvExporter::number(v->value) << CsvExporter::number(v->ci.lower)
                      << CsvExporter::number(v->ci.upper);
                else
                    f << QString() << QString() << QString();
            }
            const disteval::DeltaValue *d = p.comparison ? p.comparison->deltaOf(name) : nullptr;
            if (d) {
                const bool accuracy = name == "accuracy";
                const disteval::McNemarResult *m = accuracy ? &p.comparison->mcnemar : nullptr;
                f << CsvExporter::number(d->value) << CsvExporter::number(d->ci.lower)
                  << CsvExporter::number(d->ci.upper) << boolField(ComparisonText::excludesZero(*d))
                  << (m ? CsvExporter::number(m->pExact) : QString())
                  << (m ? CsvExporter::number(m->pMid) : QString())
                  << (m ? QString::number(m->b01) : QString())
                  << (m ? QString::number(m->b10) : QString())
                  << boolField(ComparisonText::significance(*d, m, confidence).significant())
                  << boolField(true);
            } else {
                f << CsvExporter::number(va && vb ? vb->value - va->value : std::nan(""))
                  << QString() << QString() << QString() << QString() << QString() << QString()
                  << QString() << QString() << boolField(false);
            }
            out += line(f);
        }
    }
    return out;
}

QString ComparisonExport::perClassCsv(const QVector<Pair> &pairs)
{
    QString out = line({QStringLiteral("model_a"), QStringLiteral("model_b"),
                        QStringLiteral("class_index"), QStringLiteral("class"),
                        QStringLiteral("a_f1"), QStringLiteral("b_f1"), QStringLiteral("delta_f1"),
                        QStringLiteral("ci_lower"), QStringLiteral("ci_upper"),
                        QStringLiteral("interval_excludes_zero"), QStringLiteral("paired")});
    for (const Pair &p : pairs) {
        const disteval::ModelResult &a = p.result->models[static_cast<size_t>(p.a)];
        const disteval::ModelResult &b = p.result->models[static_cast<size_t>(p.b)];
        for (int c = 0; c < p.result->dataset.numClasses; ++c) {
            const disteval::MetricValue *fa = f1Of(a, c);
            const disteval::MetricValue *fb = f1Of(b, c);
            QStringList f{p.labelA,
                          p.labelB,
                          QString::number(c),
                          ResultFormat::className(*p.result, c),
                          fa ? CsvExporter::number(fa->value) : QString(),
                          fb ? CsvExporter::number(fb->value) : QString()};
            const disteval::DeltaValue *d
                    = p.comparison && c < static_cast<int>(p.comparison->perClassDeltaF1.size())
                              ? &p.comparison->perClassDeltaF1[static_cast<size_t>(c)]
                              : nullptr;
            if (d)
                f << CsvExporter::number(d->value) << CsvExporter::number(d->ci.lower)
                  << CsvExporter::number(d->ci.upper) << boolField(ComparisonText::excludesZero(*d))
                  << boolField(true);
            else
                f << CsvExporter::number(fa && fb ? fb->value - fa->value : std::nan(""))
                  << QString() << QString() << QString() << boolField(false);
            out += line(f);
        }
    }
    return out;
}

QStringList ComparisonExport::csvPaths(const QString &path)
{
    QString base = QFileInfo(path).filePath();
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        base.chop(4);
    return {base + QStringLiteral("-comparison.csv"),
            base + QStringLiteral("-comparison-per-class.csv")};
}

bool ComparisonExport::writeCsv(const QVector<Pair> &pairs, const QString &path, QString *error)
{
    const QStringList paths = csvPaths(path);
    return saveText(paths[0], summaryCsv(pairs), error)
           && saveText(paths[1], perClassCsv(pairs), error);
}

std::vector<ComparisonExport::Block> ComparisonExport::sectionBlocks(const Pair &pair,
                                                                     const QString &notice,
                                                                     QWidget *host, double width)
{
    using Kind = Block::Kind;
    std::vector<Block> blocks;
    const disteval::ResultFile &r = *pair.result;
    const double confidence = r.statistics.confidence;
    const int percent = static_cast<int>(std::lround(confidence * 100));
    const disteval::PairedComparison *c = pair.comparison;
    auto add = [&](Kind kind, const QString &text, double points,
                   const QColor &color = QColor(0x30, 0x30, 0x30)) {
        Block b;
        b.kind = kind;
        b.text = text;
        b.points = points;
        b.color = color;
        blocks.push_back(b);
        return &blocks.back();
    };

    add(Kind::Heading, tr("Comparison: %1 vs %2").arg(pair.labelA, pair.labelB), 15);
    add(Kind::Text,
        tr("A: %1\nB: %2\n%3 samples, %4 classes. Differences are B − A with %5% intervals.")
                .arg(QString::fromStdString(r.models[static_cast<size_t>(pair.a)].path),
                     QString::fromStdString(r.models[static_cast<size_t>(pair.b)].path),
                     ResultFormat::count(r.dataset.numSamples),
                     ResultFormat::count(r.dataset.numClasses))
                .arg(percent),
        8.5);
    if (!notice.isEmpty())
        add(Kind::Text, notice, 9, QColor(0xa0, 0x40, 0x00));
    if (c)
        add(Kind::Text, ComparisonText::mcnemarSummary(*c, confidence), 9);

    const disteval::ModelResult &a = r.models[static_cast<size_t>(pair.a)];
    const disteval::ModelResult &b = r.models[static_cast<size_t>(pair.b)];
    Block *table = add(Kind::Table, QString(), 8);
    table->columns = {{tr("Metric"), 0.2, Qt::AlignLeft},
                      {tr("A"), 0.09, Qt::AlignRight},
                      {tr("B"), 0.09, Qt::AlignRight},
                      {tr("Δ (B − A)"), 0.1, Qt::AlignRight},
                      {tr("%1% interval of Δ").arg(percent), 0.17, Qt::AlignHCenter},
                      {tr("p (exact)"), 0.1, Qt::AlignRight},
                      {tr("p (mid-p)"), 0.1, Qt::AlignRight},
                      {tr("Significant"), 0.25, Qt::AlignLeft}};
    for (const std::string &name : disteval::comparedMetricNames()) {
        const disteval::MetricValue *va = a.metric(name);
        const disteval::MetricValue *vb = b.metric(name);
        const disteval::DeltaValue *d = c ? c->deltaOf(name) : nullptr;
        const disteval::McNemarResult *m = c && name == "accuracy" ? &c->mcnemar : nullptr;
        QStringList row{MetricNames::metric(QString::fromStdString(name)),
                        va ? ResultFormat::number(va->value) : ResultFormat::notAvailable(),
                        vb ? ResultFormat::number(vb->value) : ResultFormat::notAvailable()};
        if (d)
            row << ComparisonText::signedNumber(d->value) << ResultFormat::interval(d->ci)
                << (m ? ComparisonText::pValue(m->pExact) : QString())
                << (m ? ComparisonText::pValue(m->pMid) : QString())
                << ComparisonText::significanceText(*d, m, confidence);
        else
            row << ComparisonText::signedNumber(va && vb ? vb->value - va->value : std::nan(""))
                << QStringLiteral("—") << QStringLiteral("—") << QStringLiteral("—")
                << tr("not tested (unpaired)");
        table->rows.append(row);
    }

    if (c && host) {
        QStringList names;
        for (int i = 0; i < r.dataset.numClasses; ++i)
            names << ResultFormat::className(r, i);
        auto *plot = new DeltaF1Plot(host);
        plot->setInteractive(false);
        plot->xAxis->setTickLabelRotation(-90);
        plot->xAxis->setTickLabelFont(fontOf(7));
        plot->yAxis->setTickLabelFont(fontOf(7.5));
        plot->legend->setFont(fontOf(7));
        plot->setDeltas(c->perClassDeltaF1, names, confidence);
        plot->xAxis->setRange(-0.6, r.dataset.numClasses - 0.4);
        Block *chart = add(Kind::Plot,
                           tr("F1 of B minus F1 of A per class, largest gain first, with %1% "
                              "paired bootstrap intervals; green and red where the interval "
                              "excludes 0.")
                                   .arg(percent),
                           8);
        chart->plot = plot;
        chart->height = qMin(300.0, width * 0.5);

        Block *perClass = add(Kind::Table, QString(), 7);
        perClass->columns = {{tr("#"), 0.06, Qt::AlignRight},
                             {tr("Class"), 0.24, Qt::AlignLeft},
                             {tr("F1 of A"), 0.12, Qt::AlignRight},
                             {tr("F1 of B"), 0.12, Qt::AlignRight},
                             {tr("ΔF1"), 0.12, Qt::AlignRight},
                             {tr("%1% interval").arg(percent), 0.22, Qt::AlignHCenter},
                             {tr("Excludes 0"), 0.12, Qt::AlignLeft}};
        for (int k : plot->order()) {
            const disteval::DeltaValue &d = c->perClassDeltaF1[static_cast<size_t>(k)];
            const disteval::MetricValue *fa = f1Of(a, k);
            const disteval::MetricValue *fb = f1Of(b, k);
            perClass->rows.append(
                    {QString::number(k), names.value(k),
                     fa ? ResultFormat::number(fa->value) : ResultFormat::notAvailable(),
                     fb ? ResultFormat::number(fb->value) : ResultFormat::notAvailable(),
                     ComparisonText::signedNumber(d.value), ResultFormat::interval(d.ci),
                     ComparisonText::excludesZero(d) ? tr("yes") : tr("no")});
        }
    }
    return blocks;
}

bool ComparisonExport::writePdf(const Pair &pair, const QString &title, const QString &notice,
                                const QString &path, QString *error)
{
    QWidget host; // owns the plots; never shown
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write '%1': %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setResolution(kPdfDpi);
    writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(tr("disteval comparison: %1").arg(title));
    writer.setCreator(QStringLiteral("disteval %1").arg(QStringLiteral(DISTEVAL_VERSION)));
    const QString footer = tr("disteval comparison · %1 vs %2").arg(pair.labelA, pair.labelB);
    const std::vector<Block> blocks = sectionBlocks(pair, notice, &host, writer.width() - 128);

    Pages dry(&writer, nullptr, 0, footer);
    render(dry, title, blocks);
    QCPPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        if (error)
            *error = tr("Cannot write '%1': the PDF could not be started.")
                             .arg(QDir::toNativeSeparators(path));
        return false;
    }
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    Pages pages(&writer, &painter, dry.pages(), footer);
    render(pages, title, blocks);
    painter.end();
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write '%1': %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QStringList ComparisonExport::targets(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return csvPaths(path);
    return {path};
}

bool ComparisonExport::write(const Pair &pair, const QString &title, const QString &notice,
                             const QString &path, QStringList *written, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("pdf"))
        ok = writePdf(pair, title, notice, path, error);
    else if (suffix == QLatin1String("csv"))
        ok = writeCsv({pair}, path, error);
    else if (error)
        *error = tr("Unknown export format '%1': use .pdf or .csv.").arg(suffix);
    if (ok && written)
        *written = targets(path);
    return ok;
}
