#pragma once

#include "result/resultfile.h"

#include <QWidget>

#include <memory>

class PerTargetTableModel;
class QLabel;
class QTableView;
class SortProxyModel;

// The Per Target tab of a regression result, in place of Per Class: a sortable table of
// every target with MAE, MSE, RMSE, R², the max error and the mean bias and their
// intervals, and below it why an interval is not given. (A scatter of predictions
// against targets needs per-sample predictions, which the engine does not save for
// regression.)
class PerTargetView : public QWidget
{
    Q_OBJECT

public:
    explicit PerTargetView(QWidget *parent);

    void setModel(std::shared_ptr<const disteval::ResultFile> result, int modelIndex);
    QTableView *table() const { return m_table; }
    QString notesText() const;

private:
    PerTargetTableModel *m_model = nullptr;
    SortProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_notes = nullptr;
};
