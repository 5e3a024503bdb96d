#pragma once

#include "common/metricnames.h"

#include "comparison/pairedcomparison.h"
#include "result/resultfile.h"

#include <QCoreApplication>
#include <QString>

// How the compare view and the comparison exports word a paired comparison: p-values,
// the significance rule and the McNemar sentence, so the screen, the PDF and the CSV
// never disagree.
//
// The rule, at the run's confidence level c (alpha = 1 - c): a difference is significant
// when its paired bootstrap interval excludes 0; for accuracy McNemar's exact p-value
// below alpha counts as well (both are shown).
class ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonText)

public:
    struct Significance
    {
        bool intervalExcludesZero = false;
        bool pBelowAlpha = false; // only for the row McNemar applies to (accuracy)
        bool significant() const { return intervalExcludesZero || pBelowAlpha; }
    };

    static bool excludesZero(const disteval::DeltaValue &delta);
    // `mcnemar` null except for accuracy.
    static Significance significance(const disteval::DeltaValue &delta,
                                     const disteval::McNemarResult *mcnemar, double confidence);
    enum class Style {
        Sentence = 1, // "Yes, B better (p < 0.05, interval excludes 0)"
        TwoLines,     // "Yes, B better", then "(p < 0.05, interval excludes 0)" below
        Compact,      // "▲ B better", "▼ A better" (the reasons then go to a tooltip)
    };
    // How significant the difference is, in `style`; "No" or "n/a" in every style. Which
    // model is better follows the metric's `direction` (a lower MAE is better); for a
    // metric that is neither (the mean bias) it says which is higher.
    static QString
    significanceText(const disteval::DeltaValue &delta, const disteval::McNemarResult *mcnemar,
                     double confidence, Style style = Style::Sentence,
                     MetricNames::Direction direction = MetricNames::Direction::HigherIsBetter);
    // Whether a difference `delta` (B − A) of a metric going `direction` favours B.
    static bool favoursB(double delta, MetricNames::Direction direction);
    // "p < 0.05, interval excludes 0" ("" when not significant).
    static QString reasonsText(const disteval::DeltaValue &delta,
                               const disteval::McNemarResult *mcnemar, double confidence);
    // Four decimals, or three significant digits in scientific form below 0.0001; "< 1e-300"
    // for a p-value that underflowed to 0; "n/a" for NaN.
    static QString pValue(double p);
    // "+0.0123" / "-0.0123" (locale decimals), "n/a" for NaN.
    static QString signedNumber(double value, int decimals = 4);
    // "5%" for confidence 0.95.
    static QString alphaPercent(double confidence);
    // The rule under a comparison table: what "significant" means at `confidence`
    // (paired; with McNemar's test where the comparison has one), or what an unpaired
    // table shows.
    static QString ruleText(double confidence, bool paired, bool mcnemar = true);
    // The caption of the per-class ΔF1 chart: its intervals at `percent` % by `method`
    // (translated; "" when no class has an interval).
    static QString deltaF1Caption(int percent, const QString &method);
    // The McNemar paragraph: discordant counts, p-values and the verdict.
    static QString mcnemarSummary(const disteval::PairedComparison &c, double confidence);
};
