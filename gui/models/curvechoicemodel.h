#pragma once

#include "common/curvekind.h"
#include "result/resultfile.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QVector>

// The curves of a result's score histograms a user can choose to draw, as a checkable
// list: "Micro average" and "Macro average" first, then every class (label) in class
// order. The Curves tab and the compare view show it through a FilterCheckList, which
// filters on FilterRole (a class's index and name). CurveRole gives the curve a row
// stands for: a class index, kMicroCurve or kMacroCurve (common/curvekind.h).
class CurveChoiceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { CurveRole = Qt::UserRole + 100, FilterRole };

    explicit CurveChoiceModel(QObject *parent = nullptr);

    // The classes (labels of a multi-label result) of `result` to choose from, none
    // checked; nothing for nullptr.
    void setClasses(const disteval::ResultFile *result);
    int classCount() const { return m_names.size(); }
    // Exactly `curves` checked (unknown ones ignored); one dataChanged for every row.
    void setChecked(const QVector<int> &curves);
    // The checked curves: the averages first, then the classes in class order.
    QVector<int> checkedCurves() const;
    // The kind drawn: the macro average cannot be chosen for precision-recall (there is no
    // such curve; its tooltip says so), but stays checked for ROC.
    void setKind(CurveKind kind);
    int rowOf(int curve) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    int curveOf(int row) const;

    QStringList m_names;
    bool m_labels = false;
    QVector<bool> m_checked; // by row
    bool m_macroEnabled = true;
};
