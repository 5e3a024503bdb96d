#include "export/pdfdocument.h"

#include "plots/qcp.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <numeric>

namespace {
constexpr double kPadX = 3;          // left and right of a cell's text
constexpr double kPadY = 2;          // above and below it
constexpr double kFooterOffset = 46; // from the bottom edge of the page
const QColor kHeaderFill(0xde, 0xeb, 0xf7);
const QColor kStripeFill(0xf4, 0xf6, 0xf8);
const QColor kRule(0x21, 0x71, 0xb5);

struct Cell
{
    QString text;
    Qt::Alignment alignment = Qt::AlignLeft;
    QColor fill;
    bool bold = false;
};

double widestLine(const QFontMetricsF &metrics, const QString &text)
{
    double widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

double widestWord(const QFontMetricsF &metrics, const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    double widest = 0;
    for (const QString &word : text.split(space, Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

// Word wrap, or wrap anywhere when a single word is wider than the cell (a long path).
int wrapFlags(const QFontMetricsF &metrics, const QString &text, double width)
{
    return widestWord(metrics, text) <= width ? Qt::TextWordWrap : Qt::TextWrapAnywhere;
}

QColor colorOf(const QVariant &value)
{
    if (value.canConvert<QBrush>())
        return value.value<QBrush>().color();
    return value.value<QColor>();
}

// Column widths that add up to `total`. When every column's natural width (its widest
// line) fits, the extra space is shared in proportion. Otherwise the columns that need
// no more than a fair share of what is left keep their natural width (numbers and
// intervals stay on one line) and the wide ones share the rest, each at least as wide
// as its widest word, so that long text wraps rather than the numbers.
QVector<double> columnWidths(const QVector<double> &natural, const QVector<double> &minimum,
                             double total)
{
    const int n = natural.size();
    const double naturalSum = std::accumulate(natural.begin(), natural.end(), 0.0);
    QVector<double> widths(n, 0);
    if (naturalSum <= total) {
        for (int i = 0; i < n; ++i)
            widths[i] = natural[i] * total / naturalSum;
        return widths;
    }
    QVector<bool> fixed(n, false);
    double left = total;
    int open = n;
    for (bool changed = true; changed && open > 0;) {
        changed = false;
        const double share = left / open;
        for (int i = 0; i < n; ++i) {
            if (!fixed[i] && natural[i] <= share) {
                fixed[i] = true;
                widths[i] = natural[i];
                left -= natural[i];
                --open;
                changed = true;
            }
        }
    }
    // The wide columns: at least their widest word, the rest in proportion to how much
    // more each would like.
    double minimumSum = 0;
    double wanted = 0;
    for (int i = 0; i < n; ++i)
        if (!fixed[i]) {
            minimumSum += minimum[i];
            wanted += natural[i] - minimum[i];
        }
    if (minimumSum <= left) {
        for (int i = 0; i < n; ++i)
            if (!fixed[i])
                widths[i] = minimum[i]
                            + (wanted > 0 ? (natural[i] - minimum[i]) * (left - minimumSum) / wanted
                                          : 0);
        return widths;
    }
    // Not even the words fit: everything in proportion to its widest word.
    const double allMinimum = std::accumulate(minimum.begin(), minimum.end(), 0.0);
    for (int i = 0; i < n; ++i)
        widths[i] = minimum[i] * total / allMinimum;
    return widths;
}
} // namespace

PdfDocument::PdfDocument(QPdfWriter *writer, QCPPainter *painter, int totalPages, QString footer)
    : m_writer(writer)
    , m_painter(painter)
    , m_totalPages(totalPages)
    , m_footer(std::move(footer))
{
    m_pageHeight = writer->height();
    m_width = writer->width() - 2 * m_left;
    m_bottom = m_pageHeight - 64;
    m_y = m_top;
}

QFont PdfDocument::font(double points, bool bold)
{
    QFont f = QApplication::font();
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

bool PdfDocument::write(const QString &path, const QString &title, const QString &footer,
                        const Render &render, QString *error, int *pages)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write '%1': %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setResolution(kDpi);
    writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("disteval %1").arg(QStringLiteral(DISTEVAL_VERSION)));

    // First pass: layout only, to learn the page count for the footers.
    PdfDocument dry(&writer, nullptr, 0, footer);
    render(dry);

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
    PdfDocument document(&writer, &painter, dry.page(), footer);
    render(document);
    document.finish();
    painter.end();
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write '%1': %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (pages)
        *pages = document.page();
    return true;
}

void PdfDocument::ensure(double height)
{
    if (m_y + height > m_bottom && m_y > m_top)
        newPage();
}

void PdfDocument::newPage()
{
    drawFooter();
    if (m_painter)
        m_writer->newPage();
    ++m_page;
    m_y = m_top;
}

void PdfDocument::space(double height)
{
    m_y = std::min(m_y + height, m_bottom);
}

void PdfDocument::notes(const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    space(3);
    for (const QString &line : lines)
        text(line, font(7.5), QColor(0x40, 0x40, 0x40));
}

void PdfDocument::text(const QString &text, const QFont &font, const QColor &color,
                       double keepWithNext)
{
    const QFontMetricsF metrics(font, m_writer);
    const int flags = wrapFlags(metrics, text, m_width);
    const double height = metrics.boundingRect(QRectF(0, 0, m_width, 1e6), flags, text).height();
    ensure(height + keepWithNext);
    if (m_painter) {
        m_painter->setFont(font);
        m_painter->setPen(color);
        m_painter->drawText(QRectF(m_left, m_y, m_width, height), flags, text);
    }
    m_y += height;
}

void PdfDocument::heading(const QString &title, double points, double keepWithNext)
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

void PdfDocument::table(const QAbstractItemModel &model, double points, const QVector<int> &chosen)
{
    QVector<int> columns = chosen;
    if (columns.isEmpty())
        for (int c = 0; c < model.columnCount(); ++c)
            columns << c;
    const int rowCount = model.rowCount();
    const QFont body = font(points);
    const QFont bold = font(points, true);
    const QFontMetricsF bodyMetrics(body, m_writer);
    const QFontMetricsF boldMetrics(bold, m_writer);

    // The cells, header first.
    QVector<QVector<Cell>> rows(rowCount + 1);
    for (int column : std::as_const(columns)) {
        Cell head;
        head.text = model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const QVariant alignment
                = rowCount > 0 ? model.data(model.index(0, column), Qt::TextAlignmentRole)
                               : QVariant();
        head.alignment = Qt::Alignment(alignment.toInt()) & Qt::AlignHorizontal_Mask;
        head.bold = true;
        head.fill = kHeaderFill;
        rows[0] << head;
        for (int r = 0; r < rowCount; ++r) {
            const QModelIndex index = model.index(r, column);
            Cell cell;
            cell.text = model.data(index, Qt::DisplayRole).toString();
            cell.alignment = Qt::Alignment(model.data(index, Qt::TextAlignmentRole).toInt())
                             & Qt::AlignHorizontal_Mask;
            cell.fill = colorOf(model.data(index, Qt::BackgroundRole));
            const QVariant fontValue = model.data(index, Qt::FontRole);
            cell.bold = fontValue.isValid() && fontValue.value<QFont>().bold();
            rows[r + 1] << cell;
        }
    }

    // Column widths from the content, then the height of every row.
    QVector<double> natural(columns.size(), 0);
    QVector<double> minimum(columns.size(), 0);
    // A header may wrap at its words: the cells decide how wide a column would like to
    // be, the header only how narrow it can get.
    for (int r = 0; r < rows.size(); ++r) {
        const QVector<Cell> &row = rows[r];
        for (int i = 0; i < row.size(); ++i) {
            const QFontMetricsF &metrics = row[i].bold ? boldMetrics : bodyMetrics;
            const double word = widestWord(metrics, row[i].text) + 2 * kPadX + 1;
            const double line = r == 0 ? word : widestLine(metrics, row[i].text) + 2 * kPadX + 1;
            natural[i] = std::max(natural[i], line);
            minimum[i] = std::max(minimum[i], word);
        }
    }
    const QVector<double> widths = columnWidths(natural, minimum, m_width);
    QVector<double> heights;
    for (const QVector<Cell> &row : std::as_const(rows)) {
        double height = bodyMetrics.height();
        for (int i = 0; i < row.size(); ++i) {
            const QFontMetricsF &metrics = row[i].bold ? boldMetrics : bodyMetrics;
            const double inner = widths[i] - 2 * kPadX;
            const int flags = wrapFlags(metrics, row[i].text, inner);
            height = std::max(
                    height,
                    metrics.boundingRect(QRectF(0, 0, inner, 1e6), flags, row[i].text).height());
        }
        heights << height + 2 * kPadY;
    }

    auto rule = [&](double width) {
        if (m_painter) {
            m_painter->setPen(QPen(kRule, width));
            m_painter->drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y));
        }
    };
    auto drawRow = [&](int r) {
        const QVector<Cell> &row = rows[r];
        if (m_painter) {
            const bool stripe = r > 0 && r % 2 == 0;
            if (stripe)
                m_painter->fillRect(QRectF(m_left, m_y, m_width, heights[r]), kStripeFill);
            double x = m_left;
            for (int i = 0; i < row.size(); ++i) {
                const Cell &cell = row[i];
                if (cell.fill.isValid())
                    m_painter->fillRect(QRectF(x, m_y, widths[i], heights[r]), cell.fill);
                const QFontMetricsF &metrics = cell.bold ? boldMetrics : bodyMetrics;
                const QRectF box(x + kPadX, m_y + kPadY, widths[i] - 2 * kPadX,
                                 heights[r] - 2 * kPadY);
                m_painter->setFont(cell.bold ? bold : body);
                m_painter->setPen(Qt::black);
                m_painter->drawText(box,
                                    int(cell.alignment | Qt::AlignTop)
                                            | wrapFlags(metrics, cell.text, box.width()),
                                    cell.text);
                x += widths[i];
            }
        }
        m_y += heights[r];
    };
    auto drawHeader = [&] {
        drawRow(0);
        rule(0.8);
    };

    double start = heights[0];
    for (int r = 1; r <= std::min(rowCount, 2); ++r)
        start += heights[r];
    ensure(start);
    drawHeader();
    int onPage = 0;
    for (int r = 1; r <= rowCount; ++r) {
        const bool fits = m_y + heights[r] <= m_bottom;
        // A table that continues takes at least two rows to the next page.
        const bool lastTwoSplit
                = r == rowCount - 1 && onPage >= 2 && m_y + heights[r] + heights[r + 1] > m_bottom;
        if (!fits || lastTwoSplit) {
            rule(0.8);
            newPage();
            drawHeader();
            onPage = 0;
        }
        drawRow(r);
        ++onPage;
    }
    rule(0.8);
    space(8);
}

void PdfDocument::plot(QCustomPlot *plot, double height, const QString &caption)
{
    const QFont captionFont = font(8);
    const QFontMetricsF metrics(captionFont, m_writer);
    const double captionHeight
            = metrics.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, caption).height();
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

void PdfDocument::figures(const QVector<Figure> &figures, double side, double points)
{
    const QFont captionFont = font(points);
    const QFontMetricsF metrics(captionFont, m_writer);
    const double gap = 8;
    const double width = side + gap;
    const int perRow = std::max(1, static_cast<int>((m_width + gap) / width));
    int lines = 0;
    for (const Figure &f : figures)
        lines = std::max(lines, static_cast<int>(f.caption.size()));
    const double height = side + 3 + lines * metrics.height() + gap;
    for (int first = 0; first < figures.size(); first += perRow) {
        ensure(height);
        for (int i = first; m_painter && i < std::min<int>(figures.size(), first + perRow); ++i) {
            const Figure &f = figures[i];
            const QRectF box(m_left + (i - first) * width, m_y, side, side);
            if (!f.image.isNull()) {
                QSizeF size = QSizeF(f.image.size()).scaled(box.size(), Qt::KeepAspectRatio);
                QRectF target(QPointF(), size);
                target.moveCenter(box.center());
                m_painter->drawImage(target, f.image);
            } else {
                m_painter->fillRect(box, QColor(0xf2, 0xf2, 0xee));
                m_painter->setFont(font(points - 1));
                m_painter->setPen(QColor(0x30, 0x30, 0x30));
                m_painter->drawText(box.adjusted(3, 3, -3, -3), Qt::TextWordWrap | Qt::AlignTop,
                                    f.text);
            }
            m_painter->setFont(captionFont);
            m_painter->setPen(QColor(0x30, 0x30, 0x30));
            for (int l = 0; l < f.caption.size(); ++l)
                m_painter->drawText(QRectF(box.left(), box.bottom() + 3 + l * metrics.height(),
                                           side, metrics.height()),
                                    Qt::AlignLeft | Qt::AlignVCenter,
                                    metrics.elidedText(f.caption[l], Qt::ElideRight, side));
        }
        m_y += height;
    }
}

void PdfDocument::drawFooter()
{
    if (!m_painter)
        return;
    const QFont f = font(7.5);
    const QFontMetricsF metrics(f, m_writer);
    const double y = m_pageHeight - kFooterOffset;
    m_painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.6));
    m_painter->drawLine(QPointF(m_left, y), QPointF(m_left + m_width, y));
    m_painter->setFont(f);
    m_painter->setPen(QColor(0x50, 0x50, 0x50));
    const QRectF rect(m_left, y + 4, m_width, metrics.height() + 2);
    m_painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                        metrics.elidedText(m_footer, Qt::ElideMiddle, m_width * 0.7));
    m_painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter,
                        tr("Page %1 of %2").arg(m_page).arg(m_totalPages));
}
