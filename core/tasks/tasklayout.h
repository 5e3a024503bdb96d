#pragma once

#include "metrics/classificationmetrics.h"
#include "tasks/replicatetable.h"
#include "tasks/task.h"

#include <string>
#include <vector>

namespace disteval {

// Which per-sample statistics a task keeps in its ReplicateTable, and the metrics they
// give. Every metric is a function of the summed statistics, so the same function gives
// the point estimate (row 0) and each bootstrap replicate (rows 1..B).
//
// Dense classification, C classes: counts [tp (C) | support (C) | predicted (C) |
//   top-5 hits], sums [cross-entropy]: every evaluated element of the sample counted.
// Multi-label, C labels: counts [tp (C) | support (C) | predicted (C) | samples |
//   exact matches], sums [the sample's F1].
// Regression, T targets: counts [samples], sums per target [|e|, e^2, e, y, y^2] with
//   e = prediction - target.
class TaskLayout
{
public:
    TaskLayout(Task task, int units, bool topK = false);

    Task task() const { return m_task; }
    int units() const { return m_units; } // classes, labels or targets
    int countColumns() const;
    int sumColumns() const;
    // The samples behind a row (dense: the samples, not the elements).
    int64_t samples(const ReplicateTable &table, int row) const;

    // Metrics computed from one row, in this order; per-unit metrics per unit.
    const std::vector<std::string> &scalarNames() const { return m_scalarNames; }
    const std::vector<std::string> &unitNames() const { return m_unitNames; }
    struct Values
    {
        std::vector<double> scalars;
        std::vector<std::vector<double>> units; // [unit metric][unit]
        ClassTotals totals;                     // scratch (classes)
        ClassificationMetrics metrics;          // scratch (classes)
    };
    // `labels` fixes the classes averaged over (dense; the totals' own when null).
    void values(const ReplicateTable &table, int row, ZeroDivision zd, const LabelSet *labels,
                Values &out) const;

    // Below this many samples the metric gets no interval: its Poisson-bootstrap
    // interval under-covers there (docs/STATISTICS.md, "Tasks").
    int64_t minimumSamples(const std::string &metric) const;

    // The dense totals of one row.
    ClassTotals classTotals(const ReplicateTable &table, int row) const;

private:
    Task m_task;
    int m_units;
    bool m_topK;
    std::vector<std::string> m_scalarNames;
    std::vector<std::string> m_unitNames;
};

} // namespace disteval
