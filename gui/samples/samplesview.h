#pragma once

#include "result/resultfile.h"
#include "samples/sampleselection.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QTableView;
class SampleTableModel;
class SortProxyModel;

// The Samples tab: the samples behind the numbers, from the run's per-sample records.
// A preset (every sample, the mistakes, the most confident mistakes, the least confident
// correct ones, and with two models or more McNemar's discordant groups against another
// model) and, for classification, a block of confusion-matrix cells narrow the list; it
// sorts by any column. The selected sample's top-5 probabilities are drawn beside it.
// The indices can be copied and the list exported as CSV.
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
    void setModelIndex(int model);
    bool hasRecords() const { return m_file != nullptr; }
    std::shared_ptr<const disteval::SamplesFile> records() const { return m_file; }
    // Classification: only samples whose (true, predicted) cell is in the block.
    void setCells(int trueFirst, int trueLast, int predictedFirst, int predictedLast);
    void clearCells();
    void setPreset(Preset preset);
    void setOtherModel(int model);

    const SampleFilter &filter() const { return m_filter; }
    SampleTableModel *tableModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCustomPlot *detailPlot() const { return m_detail; }
    QLabel *statusLabel() const { return m_status; }
    // The listed samples' indices in the table's current order.
    QList<qint64> listedIndices() const;
    bool exportCsv(const QString &path, QString *error) const;

private:
    void refresh();
    void showDetail();
    void copyIndices();
    void exportDialog();
    void fillPresets();

    std::shared_ptr<const disteval::ResultFile> m_result;
    std::shared_ptr<const disteval::SamplesFile> m_file;
    SampleFilter m_filter;
    QComboBox *m_preset = nullptr;
    QComboBox *m_other = nullptr;
    QLabel *m_cells = nullptr;
    QPushButton *m_clearCells = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    SampleTableModel *m_model = nullptr;
    SortProxyModel *m_sorted = nullptr;
    QCustomPlot *m_detail = nullptr;
    QLabel *m_detailText = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_export = nullptr;
};
