#include "plots/classaxisticker.h"

#include <cmath>

int ClassAxisTicker::stepFor(double visibleUnits, int maxLabels)
{
    const double raw = visibleUnits / qMax(1, maxLabels);
    if (raw <= 1.0)
        return 1;
    // The smallest 1/2/5 x 10^k step that is at least `raw`.
    double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (;;) {
        for (const double factor : {1.0, 2.0, 5.0}) {
            if (factor * magnitude >= raw)
                return static_cast<int>(std::lround(factor * magnitude));
        }
        magnitude *= 10.0;
    }
}

int ClassAxisTicker::labelsThatFit(double axisLength_px, double labelHeight_px)
{
    const double spacing = labelHeight_px * 1.25 + 1.0;
    return qMax(1, static_cast<int>(axisLength_px / spacing));
}

QString ClassAxisTicker::labelFor(int index) const
{
    if (index < 0 || index >= m_names.size())
        return QString();
    const QString &name = m_names.at(index);
    if (name.size() <= kMaxLabelChars)
        return name;
    return name.left(kMaxLabelChars - 1) + QChar(0x2026); // "…"
}

void ClassAxisTicker::generate(const QCPRange &range, const QLocale &, QChar, int,
                               QVector<double> &ticks, QVector<double> *subTicks,
                               QVector<QString> *tickLabels)
{
    ticks.clear();
    if (subTicks)
        subTicks->clear();
    if (tickLabels)
        tickLabels->clear();
    const int count = m_names.size();
    if (count == 0)
        return;
    const double lower = qMax(0.0, std::ceil(range.lower - 1e-9));
    const double upper = qMin(count - 1.0, std::floor(range.upper + 1e-9));
    if (upper < lower)
        return;
    const int step = stepFor(upper - lower + 1, m_maxLabels);
    // Multiples of the step, so labels stay put while panning.
    const int first = static_cast<int>(std::ceil(lower / step)) * step;
    for (int i = first; i <= upper; i += step) {
        ticks.append(i);
        if (tickLabels)
            tickLabels->append(labelFor(i));
    }
}
