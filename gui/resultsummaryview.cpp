#include "resultsummaryview.h"

#include "metricnames.h"

#include "result/resultfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <exception>

namespace {
QString number(double value)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    return QLocale().toString(value, 'f', 4);
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignRight)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}
} // namespace

ResultSummaryView::ResultSummaryView(QWidget *parent)
    : QWidget(parent)
{
    m_header = new QLabel(tr("No result open. Run an evaluation, or open a result file."), this);
    m_header->setObjectName(QStringLiteral("resultHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("metricsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_table, 1);
}

QString ResultSummaryView::headerText() const
{
    return m_header->text();
}

void ResultSummaryView::clear()
{
    m_path.clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
}

bool ResultSummaryView::loadResult(const QString &path, QString *error)
{
    disteval::ResultFile result;
    try {
        result = disteval::readResultFile(QFile::encodeName(path).toStdString());
    } catch (const std::exception &e) {
        clear();
        const QString message
                = tr("The result file cannot be opened: %1").arg(QString::fromStdString(e.what()));
        m_header->setText(message);
        if (error)
            *error = message;
        return false;
    }

    m_path = path;
    const QLocale locale;
    const int percent = static_cast<int>(std::lround(result.statistics.confidence * 100));
    m_header->setText(tr("%1\nDataset: %2 (%3 samples, %4 classes) · %5 rank(s) · engine %6 · %7\n"
                         "Intervals: %8% confidence, %9 bootstrap replicates.")
                              .arg(QDir::toNativeSeparators(path),
                                   QString::fromStdString(result.dataset.path),
                                   locale.toString(static_cast<qint64>(result.dataset.numSamples)),
                                   locale.toString(result.dataset.numClasses),
                                   locale.toString(result.worldSize),
                                   QString::fromStdString(result.engineVersion),
                                   QString::fromStdString(result.created), locale.toString(percent),
                                   locale.toString(result.statistics.bootstrapReplicates)));

    // Rows: the metric names in report order; columns: value and interval per model.
    QStringList rows;
    for (const std::string &name : disteval::metricNames())
        for (const disteval::ModelResult &model : result.models)
            if (model.metric(name) && !rows.contains(QString::fromStdString(name))) {
                rows << QString::fromStdString(name);
                break;
            }

    m_table->clear();
    m_table->setRowCount(rows.size());
    const int models = static_cast<int>(result.models.size());
    m_table->setColumnCount(1 + 2 * models + 1);
    QStringList headers{tr("Metric")};
    for (const disteval::ModelResult &model : result.models) {
        const QString name = QFileInfo(QString::fromStdString(model.path)).fileName();
        headers << name << tr("%1% interval").arg(percent);
    }
    headers << tr("Interval method");
    m_table->setHorizontalHeaderLabels(headers);

    for (int row = 0; row < rows.size(); ++row) {
        const std::string name = rows.at(row).toStdString();
        m_table->setItem(row, 0, cell(MetricNames::metric(rows.at(row)), Qt::AlignLeft));
        QString method;
        for (int m = 0; m < models; ++m) {
            const disteval::MetricValue *value = result.models[m].metric(name);
            if (!value) {
                m_table->setItem(row, 1 + 2 * m, cell(QStringLiteral("—")));
                m_table->setItem(row, 2 + 2 * m, cell(QString()));
                continue;
            }
            m_table->setItem(row, 1 + 2 * m, cell(number(value->value)));
            m_table->setItem(row, 2 + 2 * m,
                             cell(value->ci.defined() ? QStringLiteral("[%1, %2]")
                                                                .arg(number(value->ci.lower),
                                                                     number(value->ci.upper))
                                                      : QStringLiteral("—"),
                                  Qt::AlignHCenter));
            if (method.isEmpty())
                method = MetricNames::method(QString::fromStdString(value->method));
        }
        m_table->setItem(row, 1 + 2 * models, cell(method, Qt::AlignLeft));
    }
    m_table->resizeColumnsToContents();
    return true;
}
