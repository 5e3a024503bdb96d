#pragma once

#include "result/resultfile.h"

#include <QString>

// The points of every model's curves as one CSV table (NAME-curves.csv of a CSV export,
// in CsvExporter's format), exactly the numbers core's curve functions give
// (metrics/curves.h), so a script draws the same curves as the app:
//   model, checkpoint, kind, curve, class_index, class, threshold, x, y
// kind    roc (x false positive rate, y true positive rate), pr (x recall, y precision),
//         confidence (x coverage, y accuracy of the samples kept), top_k (x k, y top-k
//         accuracy)
// curve   class (class_index and class name it), micro, macro (ROC only), or model
//         (confidence and top_k)
// threshold  roc and pr: the probability a point is cut at, "inf" for the first point
//         (nothing positive); empty for the macro curve; confidence: kept are the
//         samples whose confidence is above it; top_k: empty
// An accuracy of nothing kept is empty. A model without curves (an older file) has no
// rows; a result where no model has any writes no file.
class CurvesCsv
{
public:
    // "-curves.csv", the end of the file's name.
    static QString fileSuffix();
    // Whether any model of `result` has curves (the file is written).
    static bool applies(const disteval::ResultFile &result);
    static QString csv(const disteval::ResultFile &result);
};
