#include "samples/samplegallery.h"

#include "common/resulttable.h"
#include "common/samplerenderer.h"
#include "samples/sampletablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kTableIcon = 36;
constexpr int kTileWidth = 148;
constexpr int kCaptionLines = 3;

// A gallery tile: the thumbnail (or a grey square while it is rendered), then the
// caption lines of SampleTableModel::CaptionRole, elided to the tile's width.
class TileDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {kTileWidth,
                SampleRenderer::kThumbnailSide + 10 + kCaptionLines * option.fontMetrics.height()};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        painter->save();
        const QRect box = option.rect.adjusted(2, 2, -2, -2);
        const bool selected = option.state & QStyle::State_Selected;
        if (selected)
            painter->fillRect(box, option.palette.highlight());
        const int side = SampleRenderer::kThumbnailSide;
        const QRect picture(box.left() + (box.width() - side) / 2, box.top() + 3, side, side);
        const QIcon icon = qvariant_cast<QIcon>(index.data(Qt::DecorationRole));
        const QPixmap thumbnail = icon.isNull() ? QPixmap() : icon.pixmap(QSize(side, side));
        if (thumbnail.isNull()) {
            painter->fillRect(picture, QColor(0xe8, 0xe8, 0xe8));
        } else {
            QRect target(QPoint(), thumbnail.size().scaled(picture.size(), Qt::KeepAspectRatio));
            target.moveCenter(picture.center());
            painter->drawPixmap(target, thumbnail);
        }
        painter->setPen(
                option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QStringList lines = index.data(SampleTableModel::CaptionRole).toStringList();
        const int line = option.fontMetrics.height();
        for (int i = 0; i < std::min<int>(kCaptionLines, lines.size()); ++i) {
            const QRect row(box.left() + 2, picture.bottom() + 4 + i * line, box.width() - 4, line);
            painter->drawText(row, Qt::AlignHCenter | Qt::AlignVCenter,
                              option.fontMetrics.elidedText(lines[i], Qt::ElideRight, row.width()));
        }
        painter->restore();
    }
};
} // namespace

SampleGallery::SampleGallery(SampleTableModel *model, SampleRenderer *renderer, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_renderer(renderer)
{
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("sampleViewMode"));
    m_mode->addItem(tr("List"), static_cast<int>(Mode::List));
    m_mode->addItem(tr("Gallery"), static_cast<int>(Mode::Gallery));
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sampleSort"));
    // As wide as its choices where there is room, narrow where there is none: the bar
    // must not widen the window.
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sort->setMinimumWidth(70);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sampleThumbnailStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #5c4400; }"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("View:"), this));
    bar->addWidget(m_mode);
    bar->addWidget(new QLabel(tr("Sort:"), this));
    bar->addWidget(m_sort);
    bar->addStretch(1);

    createViews();
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_grid);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);

    m_requestTimer = new QTimer(this);
    m_requestTimer->setSingleShot(true);
    m_requestTimer->setInterval(60);
    connectSignals();
    const bool gallery = QSettings().value(QStringLiteral("samples/view")).toString()
                         == QLatin1String("gallery");
    setMode(gallery ? Mode::Gallery : Mode::List);
}

// The table and the grid of tiles, over one model with one selection.
void SampleGallery::createViews()
{
    m_table = makeResultTable(QStringLiteral("sampleTable"), m_model, this);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setIconSize(QSize(kTableIcon, kTableIcon));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_rowHeight = m_table->verticalHeader()->defaultSectionSize();

    m_grid = new QListView(this);
    m_grid->setObjectName(QStringLiteral("sampleGrid"));
    m_grid->setModel(m_model);
    m_grid->setSelectionModel(m_table->selectionModel()); // one selection for both
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    // A million tiles are laid out a batch at a time between events, not in one go.
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(20000);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setItemDelegate(new TileDelegate(m_grid));
    m_grid->setSpacing(4);
}

void SampleGallery::connectSignals()
{
    connect(m_requestTimer, &QTimer::timeout, this,
            [this] { m_renderer->request(wantedIndices()); });
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_table), static_cast<QAbstractItemView *>(m_grid)})
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
                &SampleGallery::scheduleRequest);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SampleGallery::scheduleRequest);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        syncSortChoice();
        scheduleRequest();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SampleGallery::scheduleRequest);
    connect(m_mode, &QComboBox::activated, this, [this] {
        setMode(static_cast<Mode>(m_mode->currentData().toInt()));
        QSettings().setValue(QStringLiteral("samples/view"), mode() == Mode::Gallery
                                                                     ? QStringLiteral("gallery")
                                                                     : QStringLiteral("list"));
    });
    connect(m_sort, &QComboBox::activated, this, [this] {
        const int choice = m_sort->currentData().toInt();
        m_table->sortByColumn(choice / 2, choice % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(m_renderer, &SampleRenderer::rendered, this, [this](const QList<qint64> &indices) {
        m_model->thumbnailsChanged();
        Q_EMIT thumbnailsArrived(indices);
    });
    connect(m_renderer, &SampleRenderer::failed, this, &SampleGallery::showRendererState);
}

SampleGallery::Mode SampleGallery::mode() const
{
    return m_stack->currentWidget() == m_grid ? Mode::Gallery : Mode::List;
}

void SampleGallery::setMode(Mode mode)
{
    m_stack->setCurrentWidget(mode == Mode::Gallery ? static_cast<QWidget *>(m_grid)
                                                    : static_cast<QWidget *>(m_table));
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(mode)));
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        (mode == Mode::Gallery ? static_cast<QAbstractItemView *>(m_grid) : m_table)
                ->scrollTo(current);
    scheduleRequest();
}

void SampleGallery::refresh()
{
    fillSortChoices();
    syncSortChoice();
    showRendererState();
    m_table->verticalHeader()->setDefaultSectionSize(
            m_renderer->available() ? std::max(m_rowHeight, kTableIcon + 4) : m_rowHeight);
    // Whole headers and numbers (sized from the rows on screen, not all of them); the
    // index column with room for a thumbnail that has not arrived yet.
    m_table->resizeColumnsToContents();
    if (m_renderer->available())
        m_table->setColumnWidth(
                0, std::max(m_table->columnWidth(0),
                            kTableIcon + 16
                                    + fontMetrics().horizontalAdvance(QStringLiteral("0000000"))));
    scheduleRequest();
}

void SampleGallery::fillSortChoices()
{
    m_sort->clear();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QString name = m_model->headerData(c, Qt::Horizontal).toString();
        m_sort->addItem(tr("%1, highest first").arg(name), 2 * c + 1);
        m_sort->addItem(tr("%1, lowest first").arg(name), 2 * c);
    }
}

void SampleGallery::syncSortChoice()
{
    if (m_model->sortColumn() < 0)
        return;
    const int choice = 2 * m_model->sortColumn() + (m_model->sortOrder() == Qt::DescendingOrder);
    m_sort->setCurrentIndex(m_sort->findData(choice));
}

void SampleGallery::showRendererState()
{
    m_status->setText(m_renderer->problem());
    m_status->setVisible(!m_renderer->problem().isEmpty());
}

void SampleGallery::scheduleRequest()
{
    if (m_renderer->available())
        m_requestTimer->start();
}

QList<int> SampleGallery::visibleRows() const
{
    QList<int> rows;
    if (mode() == Mode::List) {
        const int first = m_table->rowAt(0);
        int last = m_table->rowAt(m_table->viewport()->height() - 1);
        if (last < 0)
            last = m_model->rowCount() - 1;
        for (int r = std::max(0, first); first >= 0 && r <= last; ++r)
            rows << r;
        return rows;
    }
    // Tiles wrap left to right: probe the viewport on a lattice finer than a tile.
    const QSize tile(kTileWidth / 2, 40);
    const QRect area = m_grid->viewport()->rect();
    for (int y = 1; y < area.height(); y += tile.height())
        for (int x = 1; x < area.width(); x += tile.width()) {
            const QModelIndex i = m_grid->indexAt(QPoint(x, y));
            if (i.isValid() && !rows.contains(i.row()))
                rows << i.row();
        }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<qint64> SampleGallery::wantedIndices() const
{
    QList<int> rows;
    if (m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    rows << visibleRows();
    // The selection's ranges, not selectedRows(): a selection may hold a million rows.
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        for (int r = range.top(); r <= range.bottom() && rows.size() < kMaxRequested; ++r)
            rows << r;
    QList<qint64> indices;
    for (int r : std::as_const(rows)) {
        if (r < 0 || r >= m_model->rowCount())
            continue;
        const qint64 index = m_model->row(r).index;
        if (!indices.contains(index))
            indices << index;
        if (indices.size() >= kMaxRequested)
            break;
    }
    return indices;
}
