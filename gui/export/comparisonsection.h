#pragma once

#include "export/comparisonexport.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>

class ComparisonTableModel;
class CurvePlot;
class DeltaF1Plot;
class DeltaF1TableModel;
class PdfDocument;
class QWidget;

// The PDF section of one comparison of two checkpoints: heading, what is compared, the
// McNemar paragraph, the metrics table (ComparisonTableModel, as the Compare tab shows
// it), the per-class ΔF1 chart and the per-class table sorted by effect, then the two
// models' ROC and precision-recall curves (micro and macro averages) and reliability
// diagrams overlaid, where both have them. A stand-alone
// comparison PDF is one such section; a multi-model run's report has one per pair. Its
// plot and models are made once (the document is laid out twice).
class ComparisonSection
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonSection)

public:
    // The plot is created as a child of `host`, which must outlive the section.
    ComparisonSection(const ComparisonExport::Pair &pair, const QString &notice, QWidget *host);
    ~ComparisonSection();

    void draw(PdfDocument &document) const;

private:
    struct Overlay
    {
        CurvePlot *plot = nullptr;
        QString title;
        QString caption;
    };
    void addOverlays(QWidget *host);
    void drawDeltaF1(PdfDocument &document, int percent) const;

    ComparisonExport::Pair m_pair;
    QString m_notice;
    std::unique_ptr<ComparisonTableModel> m_metrics;
    std::unique_ptr<DeltaF1TableModel> m_perClass;
    DeltaF1Plot *m_plot = nullptr; // paired only
    QVector<Overlay> m_overlays;
};
