#pragma once

#include "models/sampleselection.h"
#include "result/resultfile.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QTableView;
class SampleDetail;
class SampleGallery;
class SampleRenderer;
class SampleTableModel;

// The Samples tab: the samples behind the numbers, from the run's per-sample records.
// A preset (every sample, the mistakes, the most confident mistakes, the least confident
// correct ones, and with two models or more McNemar's discordant groups against another
// model) and, for classification, a true class or a block of confusion-matrix cells
// narrow the list; it sorts by any column. The list is a table or a gallery of
// thumbnails (SampleGallery, rendered by the engine); the selected sample is shown large
// beside its top-5 probabilities (SampleDetail). The indices can be copied and the list
// exported as CSV.
//
// Two runs of the history on the same samples (setRunPair) have a records file each:
// their models are numbered as in the comparison's combined result (run A's, then run
// B's), so that McNemar's groups of a model of A against one of B are listed as those of
// two models of one run.
class SamplesView : public QWidget
{
    Q_OBJECT

public:
    enum Preset {
        AllSamples = 0,
        Mistakes,
        ConfidentMistakes,
        UnsureCorrect,
        RightWhereOther,
        WrongWhereOther
    };

    explicit SamplesView(QWidget *parent);

    // Opens the records the result names (header only); false (and a message in the
    // view) when it has none or they cannot be read.
    bool setResult(std::shared_ptr<const disteval::ResultFile> result, const QString &resultPath);
    // Two runs: `combined` holds the models of run A (`modelsOfA` of them), then those of
    // run B (HistoryComparison); `a` and `b` are the runs' own results, whose records are
    // opened. False (and the reason in the view) when either has no records or they are
    // not of the same samples.
    bool setRunPair(std::shared_ptr<const disteval::ResultFile> combined, int modelsOfA,
                    const std::shared_ptr<const disteval::ResultFile> &a, const QString &pathA,
                    const std::shared_ptr<const disteval::ResultFile> &b, const QString &pathB);
    void setModelIndex(int model);
    bool hasRecords() const { return m_file != nullptr; }
    std::shared_ptr<const disteval::SamplesFile> records() const { return m_file; }
    // Classification: only samples whose (true, predicted) cell is in the block.
    void setCells(int trueFirst, int trueLast, int predictedFirst, int predictedLast);
    void clearCells();
    // Classification: only samples of this true class (-1: every class).
    void setTrueClass(int trueClass);
    void setPreset(Preset preset);
    void setOtherModel(int model);

    const SampleFilter &filter() const { return m_filter; }
    SampleTableModel *tableModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCustomPlot *detailPlot() const;
    SampleDetail *detail() const { return m_detail; }
    SampleGallery *gallery() const { return m_gallery; }
    SampleRenderer *renderer() const { return m_renderer; }
    QComboBox *trueClassBox() const { return m_trueClass; }
    QLabel *statusLabel() const { return m_status; }
    // The listed samples' indices in the table's current order.
    QList<qint64> listedIndices() const;
    bool exportCsv(const QString &path, QString *error) const;
    // Token ids from now on with `path` (SampleRenderer::setVocabulary): the texts shown
    // are rendered again. The detail's Vocabulary… button asks for the file.
    void setVocabulary(const QString &path);

private:
    bool setProblem(const QString &problem);
    bool showRecords();
    void refresh();
    SampleFilter::Outcome outcomeOf(Preset preset) const;
    void showCells();
    void showDetail();
    void copyIndices();
    void exportDialog();
    void chooseVocabulary();
    void fillPresets();
    void fillTrueClasses();
    // The records file holding a model of the result, and the model's index in it.
    const disteval::SamplesFile &fileOf(int model) const;
    std::shared_ptr<const disteval::SamplesFile> sharedFileOf(int model) const;
    int localModel(int model) const;

    std::shared_ptr<const disteval::ResultFile> m_result;
    std::shared_ptr<const disteval::SamplesFile> m_file;
    std::shared_ptr<const disteval::SamplesFile> m_fileB; // run B's records (setRunPair)
    int m_modelsOfA = 0;                                  // with m_fileB: the models of m_file
    SampleFilter m_filter;
    QComboBox *m_preset = nullptr;
    QComboBox *m_other = nullptr;
    QLabel *m_cells = nullptr;
    QPushButton *m_clearCells = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_trueClass = nullptr;
    QLabel *m_trueClassLabel = nullptr;
    SampleRenderer *m_renderer = nullptr;
    SampleGallery *m_gallery = nullptr;
    QTableView *m_table = nullptr;
    SampleTableModel *m_model = nullptr;
    SampleDetail *m_detail = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_export = nullptr;
};
