#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class QAbstractItemModel;
class QCPPainter;
class QCustomPlot;
class QPdfWriter;

// The page layout of every PDF the app writes (the report and the comparison): A4
// portrait, vector text and plots, laid out top to bottom. Headings stay with what
// follows them; paragraphs wrap; tables take their rows from a QAbstractItemModel,
// size their columns to their content, wrap long cells instead of cutting them and
// continue over pages with their header repeated; a plot that does not fit goes to the
// next page; every page has a footer with a title (elided to its space) and
// "Page n of N". Fonts are used without ligatures so that searching and copying the
// text work.
//
// write() calls `render` twice with the same layout decisions: once without painting to
// count the pages, once painting. Needs a QGuiApplication (fonts); the offscreen
// platform is enough.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    using Render = std::function<void(PdfDocument &)>;

    // A small picture with caption lines below it (figures()): an image, or else a text
    // written small in its place, or else an empty grey box.
    struct Figure
    {
        QImage image;
        QString text;
        QStringList caption;
    };

    static constexpr int kDpi = 96; // the layout unit is one CSS pixel; fonts are in points

    // Writes `path` atomically (a failed export leaves no file). `title` goes into the
    // PDF's metadata, `footer` to the left of every page's footer. On failure returns
    // false and sets `error`; `pages` receives the page count.
    static bool write(const QString &path, const QString &title, const QString &footer,
                      const Render &render, QString *error = nullptr, int *pages = nullptr);

    // The application font at `points`, without text shaping (no "fi" ligatures).
    static QFont font(double points, bool bold = false);

    double width() const { return m_width; } // of the text column
    double remaining() const { return m_bottom - m_y; }
    int page() const { return m_page; }

    // A wrapped paragraph; moves to a new page unless it and `keepWithNext` fit.
    void text(const QString &text, const QFont &font, const QColor &color = Qt::black,
              double keepWithNext = 0);
    // A heading with a rule below it, kept with the next `keepWithNext` units.
    void heading(const QString &title, double points, double keepWithNext);
    void space(double height);
    // Notes under a table (e.g. the intervals it does not give and why): one small grey
    // paragraph per line, a little space above them; nothing for no lines.
    void notes(const QStringList &lines);
    void newPage();

    // Every row of `model` (DisplayRole, TextAlignmentRole, BackgroundRole; a bold
    // FontRole is kept) under its horizontal header; `columns` chooses and orders the
    // model's columns (empty: all). At least the header and two rows stay together, and
    // a page never ends with a single row of a table that continues.
    void table(const QAbstractItemModel &model, double points, const QVector<int> &columns = {});

    // Figures side by side, each in a `side` × `side` box with its caption below (at
    // `points`), as many to a row as fit the text width; a row never splits over pages.
    void figures(const QVector<Figure> &figures, double side, double points);

    // `plot` drawn at the full text width and `height`, with `caption` below it.
    void plot(QCustomPlot *plot, double height, const QString &caption);

private:
    PdfDocument(QPdfWriter *writer, QCPPainter *painter, int totalPages, QString footer);
    void ensure(double height);
    void drawFooter();
    void finish() { drawFooter(); }

    QPdfWriter *m_writer;
    QCPPainter *m_painter; // nullptr while counting pages
    int m_totalPages;
    QString m_footer;
    double m_pageHeight = 0;
    double m_left = 64;
    double m_top = 56;
    double m_width = 0;
    double m_bottom = 0;
    double m_y = 0;
    int m_page = 1;
};
