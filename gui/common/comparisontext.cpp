#include "common/comparisontext.h"

#include "common/resultformat.h"

#include <QLocale>

#include <cmath>

bool ComparisonText::excludesZero(const disteval::DeltaValue &delta)
{
    return delta.ci.defined() && (delta.ci.lower > 0 || delta.ci.upper < 0);
}

ComparisonText::Significance ComparisonText::significance(const disteval::DeltaValue &delta,
                                                          const disteval::McNemarResult *mcnemar,
                                                          double confidence)
{
    Significance s;
    s.intervalExcludesZero = excludesZero(delta);
    s.pBelowAlpha = mcnemar && mcnemar->pExact < 1.0 - confidence;
    return s;
}

QString ComparisonText::reasonsText(const disteval::DeltaValue &delta,
                                    const disteval::McNemarResult *mcnemar, double confidence)
{
    const Significance s = significance(delta, mcnemar, confidence);
    QStringList reasons;
    if (s.pBelowAlpha)
        reasons << tr("p < %1").arg(QLocale().toString(1.0 - confidence, 'g', 3));
    if (s.intervalExcludesZero)
        reasons << tr("interval excludes 0");
    return reasons.join(QStringLiteral(", "));
}

bool ComparisonText::favoursB(double delta, MetricNames::Direction direction)
{
    return direction == MetricNames::Direction::LowerIsBetter ? delta < 0 : delta > 0;
}

QString ComparisonText::significanceText(const disteval::DeltaValue &delta,
                                         const disteval::McNemarResult *mcnemar, double confidence,
                                         Style style, MetricNames::Direction direction)
{
    if (!std::isfinite(delta.value))
        return ResultFormat::notAvailable();
    const Significance s = significance(delta, mcnemar, confidence);
    if (!s.significant())
        return tr("No");
    QString who;
    if (direction == MetricNames::Direction::Neither) {
        const bool higher = delta.value > 0;
        if (style == Style::Compact)
            return higher ? tr("▲ B higher") : tr("▼ B lower");
        who = higher ? tr("B higher") : tr("B lower");
    } else {
        const bool better = favoursB(delta.value, direction);
        if (style == Style::Compact)
            return better ? tr("▲ B better") : tr("▼ A better");
        who = better ? tr("B better") : tr("A better");
    }
    if (style == Style::TwoLines)
        return tr("Yes, %1").arg(who) + QLatin1Char('\n')
               + tr("(%1)").arg(reasonsText(delta, mcnemar, confidence));
    return tr("Yes, %1 (%2)").arg(who, reasonsText(delta, mcnemar, confidence));
}

QString ComparisonText::pValue(double p)
{
    if (!std::isfinite(p))
        return ResultFormat::notAvailable();
    // Below what a double holds (a large run's McNemar p underflows to 0), not "0.0000".
    if (p == 0)
        return tr("< 1e-300");
    // "7.67e-87" as in the engine's text report, with the locale's decimal point (some
    // locales write the exponent as "E").
    if (p < 1e-4)
        return QString::number(p, 'e', 2).replace(QLatin1Char('.'), QLocale().decimalPoint());
    return QLocale().toString(p, 'f', 4);
}

QString ComparisonText::signedNumber(double value, int decimals)
{
    const QString text = ResultFormat::number(value, decimals);
    return std::isfinite(value) && value > 0 ? QLatin1Char('+') + text : text;
}

QString ComparisonText::alphaPercent(double confidence)
{
    return tr("%1%").arg(QLocale().toString((1.0 - confidence) * 100.0, 'g', 3));
}

QString ComparisonText::ruleText(double confidence, bool paired, bool mcnemar)
{
    if (!paired)
        return tr("Unpaired: each run's own value and interval; Δ is the plain difference of "
                  "the two values, without an interval or a test.");
    if (!mcnemar)
        return tr("Significant at %1: the %2% paired interval of Δ excludes 0. Where lower is "
                  "better (losses, errors), B is better when Δ is negative.")
                .arg(alphaPercent(confidence))
                .arg(std::lround(confidence * 100));
    return tr("Significant at %1: the %2% interval of Δ excludes 0, or, for accuracy, "
              "McNemar's exact p < %3. The p-values belong to accuracy: McNemar's test "
              "compares the error rates.")
            .arg(alphaPercent(confidence))
            .arg(std::lround(confidence * 100))
            .arg(QLocale().toString(1.0 - confidence, 'g', 3));
}

QString ComparisonText::deltaF1Caption(int percent, const QString &method)
{
    if (method.isEmpty())
        return tr("F1 of B minus F1 of A for each class, largest gain first; no class has a "
                  "paired interval.");
    return tr("F1 of B minus F1 of A for each class, largest gain first, with %1% paired "
              "intervals (%2). Green and red: the interval excludes 0.")
            .arg(percent)
            .arg(method);
}

QString ComparisonText::mcnemarSummary(const disteval::PairedComparison &c, double confidence)
{
    const disteval::McNemarResult &m = c.mcnemar;
    const QString counts
            = tr("McNemar's test on the samples the models disagree on: A wrong and B right "
                 "%1, A right and B wrong %2 (both right %3, both wrong %4).")
                      .arg(ResultFormat::count(m.b01), ResultFormat::count(m.b10),
                           ResultFormat::count(c.bothCorrect), ResultFormat::count(c.bothWrong));
    const QString p = tr("p = %1 (exact), %2 (mid-p).").arg(pValue(m.pExact), pValue(m.pMid));
    QString verdict;
    if (m.b01 == 0 && m.b10 == 0)
        verdict = tr("The models never disagree: no evidence of a difference.");
    else if (m.pExact < 1.0 - confidence)
        verdict = tr("The error rates differ significantly at the %1 level; %2 makes fewer "
                     "errors.")
                          .arg(alphaPercent(confidence), m.b01 > m.b10 ? tr("B") : tr("A"));
    else
        verdict = tr("The difference in error rates is not significant at the %1 level.")
                          .arg(alphaPercent(confidence));
    return counts + QLatin1Char(' ') + p + QLatin1Char(' ') + verdict;
}
