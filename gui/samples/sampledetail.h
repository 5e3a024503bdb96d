#pragma once

#include "result/resultfile.h"
#include "result/samplesfile.h"

#include <QImage>
#include <QWidget>

class QBoxLayout;
class QCustomPlot;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class SampleRenderer;

// The selected sample, large: its input as the engine rendered it (an image scaled by
// whole pixels where it is small, or its text) beside its top-5 probabilities
// (classification; above them where the pane is too narrow for both), with a line
// naming it. Below a text, a button chooses the vocabulary its token ids are shown with.
class SampleDetail : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPictureSide = 256; // at most; less where the pane is narrow
    static constexpr int kMinPlotHeight = 140;

    explicit SampleDetail(QWidget *parent);

    // Shows sample `index` of `file` as `model` saw it; the input from `renderer` (when
    // rendered; showInput() again once it is).
    void showSample(const disteval::ResultFile &result, const disteval::SamplesFile &file,
                    int model, qint64 index, const SampleRenderer *renderer);
    void showInput(const SampleRenderer *renderer);
    void clear();
    // A sentence instead of a sample (e.g. the records cannot be read).
    void showMessage(const QString &text);
    void setTopKShown(bool shown);

    qint64 index() const { return m_index; }
    QCustomPlot *plot() const { return m_plot; }
    QLabel *picture() const { return m_picture; }
    QPlainTextEdit *textBox() const { return m_text; }
    QPushButton *vocabularyButton() const { return m_vocabulary; }

Q_SIGNALS:
    void vocabularyRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitPicture();
    void drawTopK(const disteval::ResultFile &result, const disteval::SampleRecord::Model &model);

    qint64 m_index = -1;
    QImage m_image; // the input as rendered, fitted to the picture's room
    QLabel *m_caption = nullptr;
    QLabel *m_picture = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_vocabulary = nullptr;
    QCustomPlot *m_plot = nullptr;
    QBoxLayout *m_row = nullptr; // the input and the bars, side by side or stacked
};
