#include "app/gettingstarteddialog.h"

#include "common/runconfig.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting Started with disteval"));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("gettingStartedText"));
    m_text->setOpenExternalLinks(false);
    m_text->setHtml(
            tr("<h3>Getting started</h3>"
               "<p>disteval evaluates PyTorch classifiers on several MPI ranks (CPU processes "
               "or GPUs) and gives exactly the numbers one process would, each with its "
               "confidence interval.</p>"
               "<ol>"
               "<li><b>Try the demo.</b> <i>Help › Open the Demo</i> fills in two checkpoints "
               "of a small Fashion-MNIST classifier, the Fashion-MNIST test set and its class "
               "names. Press <b>Run</b>.</li>"
               "<li><b>Your own models.</b> Add TorchScript checkpoints "
               "(<code>torch.jit.save</code>) with <i>Add…</i> or by dropping them on the "
               "window, choose the dataset (a file or a folder) and press <b>Run</b>. The "
               "app says what the dataset is before the run. Models of one run are scored "
               "on the same samples and compared pairwise.</li>"
               "<li><b>Follow the run</b> in the <i>Run</i> tab: one bar per rank, the "
               "engine's output, and in plain words what went wrong if it fails.</li>"
               "<li><b>Read the results</b> in <i>Results</i> (summary with intervals, "
               "confusion matrix, per class, calibration), <i>Compare</i> (two checkpoints, "
               "paired tests) and <i>History</i> (every run). <i>Export Report…</i> writes a "
               "PDF or CSV tables.</li>"
               "</ol>"
               "<p>Results are written to <code>%1</code> unless you choose another output "
               "folder. <i>Copy Command</i> gives the same run as an <code>mpirun</code> "
               "command line for a cluster, <i>Run › Slurm Batch Script…</i> as a script "
               "for <code>sbatch</code>; the result file opens here.</p>")
                    .arg(QDir::toNativeSeparators(RunConfig::defaultOutputDirectory())
                                 .toHtmlEscaped()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_openDemo = buttons->addButton(tr("Open the Demo"), QDialogButtonBox::ActionRole);
    m_openDemo->setObjectName(QStringLiteral("openDemoButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_openDemo, &QPushButton::clicked, this, [this] {
        Q_EMIT openDemoRequested();
        close();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(560, 480);
}

QString GettingStartedDialog::text() const
{
    return m_text->toPlainText();
}
