#pragma once

#include "plots/qcp.h"

#include <QStringList>

// Ticks at whole numbers labelled with class names, thinned so that labels never
// overlap: at most maxLabels() labels over the visible range, at a step of 1, 2 or 5
// times a power of ten. The plot that owns the axis updates maxLabels() from the
// axis length and the label font whenever its layout changes (see
// ClassAxisTicker::labelsThatFit). Names longer than 24 characters are elided.
class ClassAxisTicker : public QCPAxisTicker
{
public:
    void setNames(const QStringList &names) { m_names = names; }
    const QStringList &names() const { return m_names; }
    void setMaxLabels(int maxLabels) { m_maxLabels = qMax(1, maxLabels); }
    int maxLabels() const { return m_maxLabels; }

    // The step between labelled ticks for `visibleUnits` classes and `maxLabels` labels.
    static int stepFor(double visibleUnits, int maxLabels);
    // How many labels of font height `labelHeight_px` fit along `axisLength_px` with a
    // small gap between neighbours.
    static int labelsThatFit(double axisLength_px, double labelHeight_px);
    QString labelFor(int index) const;

    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision,
                  QVector<double> &ticks, QVector<double> *subTicks,
                  QVector<QString> *tickLabels) override;

private:
    QStringList m_names;
    int m_maxLabels = 10;
    static constexpr int kMaxLabelChars = 24;
};
