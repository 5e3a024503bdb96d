#include "results/resultsummaryview.h"

#include "common/metricnames.h"
#include "common/resultformat.h"

#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace {
QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignRight)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidget *makeTable(const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QString jsonText(const nlohmann::ordered_json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_null())
        return QStringLiteral("null");
    return QString::fromStdString(value.dump());
}
} // namespace

ResultSummaryView::ResultSummaryView(QWidget *parent)
    : QWidget(parent)
{
    m_header = new QLabel(tr("No result open. Run an evaluation, or open a result file."), this);
    m_header->setObjectName(QStringLiteral("resultHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = makeTable(QStringLiteral("metricsTable"), this);
    m_config = makeTable(QStringLiteral("configTable"), this);
    m_ranks = makeTable(QStringLiteral("ranksTable"), this);
    m_coverage = new QLabel(this);
    m_coverage->setObjectName(QStringLiteral("coverage"));
    m_coverage->setWordWrap(true);
    m_coverage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("resultWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #a04000;"));
    m_warnings->hide();

    auto *ranksBox = new QWidget(this);
    auto *ranksLayout = new QVBoxLayout(ranksBox);
    ranksLayout->setContentsMargins(0, 0, 0, 0);
    ranksLayout->addWidget(m_ranks, 1);
    ranksLayout->addWidget(m_coverage);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("summaryRightSplitter"));
    right->setChildrenCollapsible(false);
    right->addWidget(m_config);
    right->addWidget(ranksBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("summarySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3); // the metrics get one column pair per model
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_warnings);
}

QString ResultSummaryView::headerText() const
{
    return m_header->text();
}

QString ResultSummaryView::coverageText() const
{
    return m_coverage->text();
}

void ResultSummaryView::clear()
{
    for (QTableWidget *table : {m_table, m_config, m_ranks}) {
        table->clear();
        table->setRowCount(0);
        table->setColumnCount(0);
    }
    m_coverage->clear();
    m_warnings->clear();
    m_warnings->hide();
}

void ResultSummaryView::showError(const QString &message)
{
    clear();
    m_header->setText(message);
}

void ResultSummaryView::setResult(std::shared_ptr<const disteval::ResultFile> result,
                                  const QString &path)
{
    clear();
    if (!result) {
        m_header->setText(tr("No result open. Run an evaluation, or open a result file."));
        return;
    }
    const QLocale locale;
    const int percent = static_cast<int>(std::lround(result->statistics.confidence * 100));
    m_header->setText(tr("%1\nDataset: %2 (%3 samples, %4 classes) · %5 rank(s) · engine %6 · %7\n"
                         "Intervals: %8% confidence, %9 bootstrap replicates.")
                              .arg(QDir::toNativeSeparators(path),
                                   QString::fromStdString(result->dataset.path),
                                   locale.toString(static_cast<qint64>(result->dataset.numSamples)),
                                   locale.toString(result->dataset.numClasses),
                                   locale.toString(result->worldSize),
                                   QString::fromStdString(result->engineVersion),
                                   QString::fromStdString(result->created),
                                   locale.toString(percent),
                                   locale.toString(result->statistics.bootstrapReplicates)));
    fillMetrics(*result);
    fillConfiguration(*result, path);
    fillRanks(*result);
    if (!result->warnings.empty()) {
        QStringList lines;
        for (const std::string &w : result->warnings)
            lines << QString::fromStdString(w);
        m_warnings->setText(tr("Warnings from the engine:\n%1").arg(lines.join(QLatin1Char('\n'))));
        m_warnings->show();
    }
}

void ResultSummaryView::fillMetrics(const disteval::ResultFile &result)
{
    // Rows: the metric names in report order; columns: value and interval per model.
    QStringList rows;
    for (const std::string &name : disteval::metricNames())
        for (const disteval::ModelResult &model : result.models)
            if (model.metric(name) && !rows.contains(QString::fromStdString(name))) {
                rows << QString::fromStdString(name);
                break;
            }

    const int percent = static_cast<int>(std::lround(result.statistics.confidence * 100));
    m_table->setRowCount(rows.size());
    const int models = static_cast<int>(result.models.size());
    m_table->setColumnCount(1 + 2 * models + 1);
    QStringList headers{tr("Metric")};
    for (const disteval::ModelResult &model : result.models)
        headers << ResultFormat::modelName(model) << tr("%1% interval").arg(percent);
    headers << tr("Interval method");
    m_table->setHorizontalHeaderLabels(headers);

    for (int row = 0; row < rows.size(); ++row) {
        const std::string name = rows.at(row).toStdString();
        m_table->setItem(row, 0, cell(MetricNames::metric(rows.at(row)), Qt::AlignLeft));
        QString method;
        for (int m = 0; m < models; ++m) {
            const disteval::MetricValue *value = result.models[m].metric(name);
            if (!value) {
                m_table->setItem(row, 1 + 2 * m, cell(ResultFormat::notAvailable()));
                m_table->setItem(row, 2 + 2 * m, cell(QString()));
                continue;
            }
            m_table->setItem(row, 1 + 2 * m, cell(ResultFormat::number(value->value)));
            m_table->setItem(row, 2 + 2 * m,
                             cell(ResultFormat::interval(value->ci), Qt::AlignHCenter));
            if (method.isEmpty())
                method = MetricNames::method(QString::fromStdString(value->method));
        }
        m_table->setItem(row, 1 + 2 * models, cell(method, Qt::AlignLeft));
    }
    m_table->resizeColumnsToContents();
}

QList<QPair<QString, QString>>
ResultSummaryView::configurationRows(const disteval::ResultFile &result, const QString &path)
{
    QList<QPair<QString, QString>> rows;
    const QLocale locale;
    rows.append({tr("Result file"), QDir::toNativeSeparators(path)});
    rows.append({tr("Created"), QString::fromStdString(result.created)});
    rows.append({tr("Engine version"), QString::fromStdString(result.engineVersion)});
    rows.append({tr("World size"), locale.toString(result.worldSize)});
    QStringList devices, hosts;
    for (const disteval::RankInfo &rank : result.ranks) {
        const QString device = QString::fromStdString(rank.device);
        const QString host = QString::fromStdString(rank.host);
        if (!device.isEmpty() && !devices.contains(device))
            devices << device;
        if (!host.isEmpty() && !hosts.contains(host))
            hosts << host;
    }
    rows.append({tr("Devices"), devices.join(QStringLiteral(", "))});
    rows.append({tr("Hosts"), hosts.join(QStringLiteral(", "))});
    for (size_t m = 0; m < result.models.size(); ++m) {
        const disteval::ModelResult &model = result.models[m];
        const QString label = tr("Model %1").arg(m + 1);
        rows.append({label, QString::fromStdString(model.path)});
        rows.append({tr("%1: SHA-256").arg(label), QString::fromStdString(model.sha256)});
        rows.append({tr("%1: evaluated samples").arg(label),
                     ResultFormat::count(model.evaluatedSamples)});
        if (model.nonFiniteSamples > 0)
            rows.append({tr("%1: samples with non-finite outputs").arg(label),
                         ResultFormat::count(model.nonFiniteSamples)});
        if (model.aurocBins > 0)
            rows.append({tr("%1: AUROC bins, error bound").arg(label),
                         tr("%1 bins, |binned − exact| ≤ %2")
                                 .arg(locale.toString(model.aurocBins),
                                      ResultFormat::number(model.aurocErrorBound, 6))});
    }
    rows.append({tr("Dataset"), QString::fromStdString(result.dataset.path)});
    rows.append({tr("Dataset format"), QString::fromStdString(result.dataset.format)});
    rows.append({tr("Samples"), ResultFormat::count(result.dataset.numSamples)});
    rows.append({tr("Classes"), locale.toString(result.dataset.numClasses)});
    QStringList shape;
    for (int64_t d : result.dataset.sampleShape)
        shape << QString::number(d);
    rows.append({tr("Sample shape"), shape.join(QStringLiteral(" × "))});
    rows.append({tr("Confidence level"), ResultFormat::percent(result.statistics.confidence, 1)});
    rows.append(
            {tr("Bootstrap replicates"), locale.toString(result.statistics.bootstrapReplicates)});
    rows.append({tr("Seed"), QString::number(result.statistics.seed)});
    rows.append({tr("Zero division"), QString::fromStdString(result.statistics.zeroDivision)});
    for (auto it = result.config.begin(); it != result.config.end(); ++it)
        rows.append({tr("Option %1").arg(QString::fromStdString(it.key())), jsonText(it.value())});
    return rows;
}

void ResultSummaryView::fillConfiguration(const disteval::ResultFile &result, const QString &path)
{
    const QList<QPair<QString, QString>> rows = configurationRows(result, path);
    m_config->setColumnCount(2);
    m_config->setHorizontalHeaderLabels({tr("Setting"), tr("Value")});
    m_config->setRowCount(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        m_config->setItem(r, 0, cell(rows[r].first, Qt::AlignLeft));
        QTableWidgetItem *value = cell(rows[r].second, Qt::AlignLeft);
        value->setToolTip(rows[r].second);
        m_config->setItem(r, 1, value);
    }
    m_config->resizeColumnToContents(0);
}

void ResultSummaryView::fillRanks(const disteval::ResultFile &result)
{
    const QStringList headers{tr("Rank"),  tr("Host"),    tr("Device"),   tr("First index"),
                              tr("Count"), tr("Seconds"), tr("Samples/s")};
    m_ranks->setColumnCount(headers.size());
    m_ranks->setHorizontalHeaderLabels(headers);
    m_ranks->setRowCount(static_cast<int>(result.ranks.size()));
    int row = 0;
    for (const disteval::RankInfo &rank : result.ranks) {
        const double rate
                = rank.seconds > 0 ? static_cast<double>(rank.count) / rank.seconds : std::nan("");
        m_ranks->setItem(row, 0, cell(QString::number(rank.rank)));
        m_ranks->setItem(row, 1, cell(QString::fromStdString(rank.host), Qt::AlignLeft));
        m_ranks->setItem(row, 2, cell(QString::fromStdString(rank.device), Qt::AlignLeft));
        m_ranks->setItem(row, 3, cell(ResultFormat::count(rank.first)));
        m_ranks->setItem(row, 4, cell(ResultFormat::count(rank.count)));
        m_ranks->setItem(row, 5, cell(ResultFormat::number(rank.seconds, 2)));
        m_ranks->setItem(row, 6, cell(ResultFormat::number(rate, 1)));
        ++row;
    }
    m_ranks->resizeColumnsToContents();
    QString explanation;
    const bool complete = coverageComplete(result, &explanation);
    m_coverage->setText(explanation);
    m_coverage->setStyleSheet(complete ? QStringLiteral("color: #1a7f37;")
                                       : QStringLiteral("color: #b00020; font-weight: bold;"));
}

bool ResultSummaryView::coverageComplete(const disteval::ResultFile &result, QString *explanation)
{
    std::vector<disteval::RankInfo> ranks = result.ranks;
    std::sort(ranks.begin(), ranks.end(),
              [](const disteval::RankInfo &a, const disteval::RankInfo &b) {
                  return a.first < b.first || (a.first == b.first && a.count < b.count);
              });
    int64_t total = 0;
    int64_t next = 0;
    bool contiguous = true;
    for (const disteval::RankInfo &rank : ranks) {
        total += rank.count;
        if (rank.count == 0)
            continue; // an idle rank
        if (rank.first != next)
            contiguous = false;
        next = rank.first + rank.count;
    }
    const int64_t expected = result.dataset.numSamples;
    const bool complete = contiguous && total == expected;
    QString text;
    if (complete)
        text = tr("Coverage: the %1 ranks evaluated %2 samples, indices 0 to %3 each exactly "
                  "once, which is the whole dataset (%4 samples).")
                       .arg(ResultFormat::count(static_cast<int64_t>(result.ranks.size())),
                            ResultFormat::count(total), ResultFormat::count(expected - 1),
                            ResultFormat::count(expected));
    else if (!contiguous)
        text = tr("Coverage problem: the ranks' shards overlap or leave gaps (%1 samples "
                  "evaluated, the dataset has %2).")
                       .arg(ResultFormat::count(total), ResultFormat::count(expected));
    else
        text = tr("Coverage problem: the ranks evaluated %1 samples, but the dataset has %2.")
                       .arg(ResultFormat::count(total), ResultFormat::count(expected));
    if (explanation)
        *explanation = text;
    return complete;
}
