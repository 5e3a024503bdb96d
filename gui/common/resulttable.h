#pragma once

class QAbstractItemModel;
class QString;
class QTableView;
class QWidget;

// The read-only table every results, compare and samples view shows its numbers in: rows
// selected whole, alternating row colours, no row numbers, not editable. What differs
// (sorting, column sizes, word wrap) the caller sets.
QTableView *makeResultTable(const QString &objectName, QAbstractItemModel *model, QWidget *parent);
