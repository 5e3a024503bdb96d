#include "models/rankstablemodel.h"

#include "common/resultformat.h"
#include "models/tableroles.h"

#include "evaluation/coverage.h"

#include <cmath>

namespace {
double rateOf(const disteval::RankInfo &rank)
{
    return rank.seconds > 0 ? static_cast<double>(rank.count) / rank.seconds : std::nan("");
}
} // namespace

RanksTableModel::RanksTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RanksTableModel::setResult(std::shared_ptr<const disteval::ResultFile> result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int RanksTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : static_cast<int>(m_result->ranks.size());
}

int RanksTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RanksTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const disteval::RankInfo &rank = m_result->ranks[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return QString::number(rank.rank);
        case HostColumn:
            return QString::fromStdString(rank.host);
        case DeviceColumn:
            return QString::fromStdString(rank.device);
        case FirstColumn:
            return ResultFormat::count(rank.first);
        case CountColumn:
            return ResultFormat::count(rank.count);
        case SecondsColumn:
            return ResultFormat::number(rank.seconds, 2);
        case RateColumn:
            return ResultFormat::number(rateOf(rank), 1);
        }
        return {};
    case ValueRole:
        switch (index.column()) {
        case RankColumn:
            return rank.rank;
        case HostColumn:
            return QString::fromStdString(rank.host);
        case DeviceColumn:
            return QString::fromStdString(rank.device);
        case FirstColumn:
            return static_cast<double>(rank.first);
        case CountColumn:
            return static_cast<double>(rank.count);
        case SecondsColumn:
            return rank.seconds;
        case RateColumn:
            return rateOf(rank);
        }
        return {};
    case Qt::TextAlignmentRole:
        return int((index.column() == HostColumn || index.column() == DeviceColumn ? Qt::AlignLeft
                                                                                   : Qt::AlignRight)
                   | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RanksTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case HostColumn:
        return tr("Host");
    case DeviceColumn:
        return tr("Device");
    case FirstColumn:
        return tr("First index");
    case CountColumn:
        return tr("Count");
    case SecondsColumn:
        return tr("Seconds");
    case RateColumn:
        return tr("Samples/s");
    default:
        return {};
    }
}

QString RanksTableModel::coverageText(const disteval::ResultFile &result, bool *exact)
{
    std::vector<disteval::Shard> shards;
    for (const disteval::RankInfo &rank : result.ranks)
        shards.push_back({rank.rank, rank.first, rank.count});
    const int64_t expected = result.dataset.numSamples;
    const disteval::ShardCoverage c = disteval::checkCoverage(shards, expected);
    if (exact)
        *exact = c.exact();
    const QString evaluated = ResultFormat::count(c.evaluated);
    const QString size = ResultFormat::count(expected);
    const QString first = ResultFormat::count(c.at);
    const QString last = ResultFormat::count(c.at + c.length - 1);
    using Verdict = disteval::ShardCoverage::Verdict;
    switch (c.verdict) {
    case Verdict::Exact:
        if (expected == 0)
            return tr("Coverage: the dataset is empty, and no rank evaluated a sample.");
        return tr("Coverage: the %1 ranks evaluated %2 samples, indices 0 to %3 each exactly "
                  "once, which is the whole dataset (%4 samples).")
                .arg(ResultFormat::count(static_cast<int64_t>(result.ranks.size())), evaluated,
                     ResultFormat::count(expected - 1), size);
    case Verdict::Gap:
        return c.length == 1 ? tr("Coverage problem: sample %1 was not evaluated (%2 samples "
                                  "evaluated, the dataset has %3).")
                                       .arg(first, evaluated, size)
                             : tr("Coverage problem: samples %1 to %2 were not evaluated (%3 "
                                  "samples evaluated, the dataset has %4).")
                                       .arg(first, last, evaluated, size);
    case Verdict::Overlap:
        return c.length == 1 ? tr("Coverage problem: the ranks' shards overlap, so sample %1 "
                                  "was evaluated more than once (%2 samples evaluated, the "
                                  "dataset has %3).")
                                       .arg(first, evaluated, size)
                             : tr("Coverage problem: the ranks' shards overlap, so samples %1 "
                                  "to %2 were evaluated more than once (%3 samples evaluated, "
                                  "the dataset has %4).")
                                       .arg(first, last, evaluated, size);
    case Verdict::Beyond:
        return tr("Coverage problem: the ranks evaluated %1 samples, but the dataset has %2.")
                .arg(evaluated, size);
    case Verdict::Invalid:
        break;
    }
    return tr("Coverage problem: a rank's shard has a negative first index or count.");
}
