#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QStackedWidget;
class QTableView;
class QTimer;
class SampleRenderer;
class SampleTableModel;

// The listed samples as a sortable table (the thumbnail beside each index) or as a
// gallery of tiles (thumbnail, index, true and predicted class, confidence, loss), one
// model and one selection for both. Thumbnails are asked of the SampleRenderer only for
// the rows on screen and the selected ones, a moment after the list stops moving, so
// scrolling through a million samples renders only what is looked at. When the renderer
// cannot render (no engine, the dataset moved, the engine failed) the bar above the list
// says why, once; the list works as before.
class SampleGallery : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { List = 1, Gallery };
    static constexpr int kMaxRequested = 256; // samples asked for at a time

    SampleGallery(SampleTableModel *model, SampleRenderer *renderer, QWidget *parent);

    QTableView *table() const { return m_table; }
    QListView *grid() const { return m_grid; }
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *sortBox() const { return m_sort; }
    QLabel *thumbnailStatus() const { return m_status; }

    Mode mode() const;
    void setMode(Mode mode);
    // The samples whose thumbnails are wanted now: the current one, those on screen, the
    // selected ones (at most kMaxRequested).
    QList<qint64> wantedIndices() const;
    // After a new selection of rows or a new result: the sort choices and the renderer's
    // state; asks for the thumbnails on screen.
    void refresh();

Q_SIGNALS:
    void thumbnailsArrived(const QList<qint64> &indices);

private:
    void createViews();
    void connectSignals();
    void fillSortChoices();
    void syncSortChoice();
    void showRendererState();
    void scheduleRequest();
    QList<int> visibleRows() const;

    SampleTableModel *m_model;
    SampleRenderer *m_renderer;
    QComboBox *m_mode = nullptr;
    QComboBox *m_sort = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QListView *m_grid = nullptr;
    QTimer *m_requestTimer = nullptr;
    int m_rowHeight = 0; // the table's own, without thumbnails
};
