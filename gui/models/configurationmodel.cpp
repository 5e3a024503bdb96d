#include "models/configurationmodel.h"

#include "common/resultformat.h"
#include "common/tasktext.h"

#include <QDir>
#include <QLocale>
#include <QStringList>

#include <set>

namespace {
using Rows = QList<QPair<QString, QString>>;
using Json = nlohmann::ordered_json;

// A JSON value in words: strings as they are, lists joined, null as "none".
QString readable(const Json &value)
{
    if (value.is_null())
        return ConfigurationModel::tr("none");
    if (value.is_boolean())
        return value.get<bool>() ? ConfigurationModel::tr("yes") : ConfigurationModel::tr("no");
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_number_integer())
        return QLocale().toString(static_cast<qlonglong>(value.get<int64_t>()));
    if (value.is_number())
        return QLocale().toString(value.get<double>(), 'g', 6);
    if (value.is_array()) {
        QStringList parts;
        for (const Json &element : value)
            parts << readable(element);
        return parts.join(QStringLiteral(", "));
    }
    return QString::fromStdString(value.dump());
}

void addModels(Rows &rows, const disteval::ResultFile &result)
{
    const QLocale locale;
    for (size_t m = 0; m < result.models.size(); ++m) {
        const disteval::ModelResult &model = result.models[m];
        const QString label = ConfigurationModel::tr("Model %1").arg(m + 1);
        rows.append({label, QString::fromStdString(model.path)});
        rows.append({ConfigurationModel::tr("%1: SHA-256").arg(label),
                     QString::fromStdString(model.sha256)});
        rows.append({ConfigurationModel::tr("%1: evaluated samples").arg(label),
                     ResultFormat::count(model.evaluatedSamples)});
        if (model.nonFiniteSamples > 0)
            rows.append({ConfigurationModel::tr("%1: samples with non-finite outputs").arg(label),
                         ResultFormat::count(model.nonFiniteSamples)});
        if (result.task == disteval::Task::DenseClassification)
            rows.append({ConfigurationModel::tr("%1: elements").arg(label),
                         TaskText::elementsLine(result, model)});
        if (result.task == disteval::Task::MultiLabel)
            rows.append({ConfigurationModel::tr("%1: average precision error bound").arg(label),
                         ConfigurationModel::tr("|binned − exact| ≤ %1")
                                 .arg(ResultFormat::number(model.apErrorBound, 6))});
        if (model.aurocBins > 0)
            rows.append({ConfigurationModel::tr("%1: AUROC bins, error bound").arg(label),
                         ConfigurationModel::tr("%1 bins, |binned − exact| ≤ %2")
                                 .arg(locale.toString(model.aurocBins),
                                      ResultFormat::number(model.aurocErrorBound, 6))});
    }
}

void addDataset(Rows &rows, const disteval::ResultFile &result, const Json &config)
{
    const QLocale locale;
    rows.append({ConfigurationModel::tr("Dataset"), QString::fromStdString(result.dataset.path)});
    rows.append({ConfigurationModel::tr("Dataset format"),
                 QString::fromStdString(result.dataset.format)});
    rows.append(
            {ConfigurationModel::tr("Samples"), ResultFormat::count(result.dataset.numSamples)});
    rows.append({ConfigurationModel::tr("Task"), TaskText::name(result.task)});
    const QString units
            = result.task == disteval::Task::MultiLabel   ? ConfigurationModel::tr("Labels")
              : result.task == disteval::Task::Regression ? ConfigurationModel::tr("Targets")
                                                          : ConfigurationModel::tr("Classes");
    rows.append({units, locale.toString(result.dataset.numClasses)});
    auto shapeText = [](const std::vector<int64_t> &dims) {
        QStringList parts;
        for (int64_t d : dims)
            parts << QString::number(d);
        return parts.join(QStringLiteral(" × "));
    };
    rows.append({ConfigurationModel::tr("Sample shape"), shapeText(result.dataset.sampleShape)});
    if (!result.dataset.labelShape.empty())
        rows.append({ConfigurationModel::tr("Label shape (per sample)"),
                     shapeText(result.dataset.labelShape)});
    if (config.contains("class_names")) {
        const Json &names = config["class_names"];
        const bool none
                = names.is_null() || (names.is_string() && names.get<std::string>().empty());
        rows.append(
                {ConfigurationModel::tr("Class-names file"),
                 none ? ConfigurationModel::tr("none (the dataset's names)") : readable(names)});
    }
}

// The engine's options under readable names, in the order a reader needs them; the
// ones shown elsewhere (models, data, statistics) are left out here.
void addOptions(Rows &rows, const Json &config)
{
    static const std::set<std::string> shownElsewhere{
            "models", "data", "class_names", "bootstrap", "confidence", "seed", "zero_division"};
    auto has = [&](const char *key) {
        return config.contains(key);
    };
    if (has("normalize")) {
        const Json &n = config["normalize"];
        rows.append({ConfigurationModel::tr("Input normalisation"),
                     n.is_array() && n.size() == 2 ? ConfigurationModel::tr("(x − %1) / %2")
                                                             .arg(readable(n[0]), readable(n[1]))
                                                   : readable(n)});
    }
    const std::pair<const char *, const char *> named[] = {
            {"channel_mean", QT_TRANSLATE_NOOP("ConfigurationModel", "Per-channel mean")},
            {"channel_std",
             QT_TRANSLATE_NOOP("ConfigurationModel", "Per-channel standard deviation")},
            {"resize", QT_TRANSLATE_NOOP("ConfigurationModel", "Resize (shorter side, pixels)")},
            {"crop", QT_TRANSLATE_NOOP("ConfigurationModel", "Centre crop (height, width)")},
            {"channels", QT_TRANSLATE_NOOP("ConfigurationModel", "Channels")},
            {"skip_bad_images", QT_TRANSLATE_NOOP("ConfigurationModel", "Skip undecodable images")},
            {"batch_size", QT_TRANSLATE_NOOP("ConfigurationModel", "Batch size")},
            {"device", QT_TRANSLATE_NOOP("ConfigurationModel", "Device (requested)")},
            {"auroc_bins",
             QT_TRANSLATE_NOOP("ConfigurationModel", "AUROC bins per class (requested)")},
            {"save_predictions",
             QT_TRANSLATE_NOOP("ConfigurationModel", "Per-sample predictions saved")},
            {"output", QT_TRANSLATE_NOOP("ConfigurationModel", "Result written to")},
            {"task", QT_TRANSLATE_NOOP("ConfigurationModel", "Task (requested)")},
            {"ignore_index", QT_TRANSLATE_NOOP("ConfigurationModel", "Ignore index")},
            {"class_dim", QT_TRANSLATE_NOOP("ConfigurationModel", "Class dimension of the output")},
            {"threshold", QT_TRANSLATE_NOOP("ConfigurationModel", "Multi-label threshold")},
            {"output_key", QT_TRANSLATE_NOOP("ConfigurationModel", "Output entry (dict)")},
            {"output_index", QT_TRANSLATE_NOOP("ConfigurationModel", "Output element (tuple)")},
    };
    std::set<std::string> done(shownElsewhere);
    done.insert({"normalize", "threads", "threads_used", "keep_binding"});
    for (const auto &[key, label] : named) {
        done.insert(key);
        if (has(key))
            rows.append({ConfigurationModel::tr(label), readable(config[key])});
    }
    if (has("threads_used") || has("threads")) {
        const Json &requested = has("threads") ? config["threads"] : Json();
        QString text = has("threads_used") ? readable(config["threads_used"]) : QString();
        const bool automatic = requested.is_number_integer() && requested.get<int64_t>() == 0;
        if (text.isEmpty())
            text = automatic ? ConfigurationModel::tr("automatic") : readable(requested);
        else if (automatic)
            text = ConfigurationModel::tr("%1 (chosen by the engine)").arg(text);
        rows.append({ConfigurationModel::tr("Threads per rank"), text});
    }
    if (has("keep_binding") && config["keep_binding"].is_boolean())
        rows.append({ConfigurationModel::tr("CPU binding"),
                     config["keep_binding"].get<bool>()
                             ? ConfigurationModel::tr("as mpirun set it")
                             : ConfigurationModel::tr("widened to each rank's share of the node")});
    for (auto it = config.begin(); it != config.end(); ++it)
        if (!done.count(it.key()))
            rows.append({ConfigurationModel::tr("Engine option “%1”")
                                 .arg(QString::fromStdString(it.key())),
                         readable(it.value())});
}
} // namespace

ConfigurationModel::ConfigurationModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Rows ConfigurationModel::rowsOf(const disteval::ResultFile &result, const QString &path)
{
    Rows rows;
    const QLocale locale;
    rows.append({tr("Result file"), QDir::toNativeSeparators(path)});
    rows.append({tr("Created"), QString::fromStdString(result.created)});
    rows.append({tr("Engine version"), QString::fromStdString(result.engineVersion)});
    addModels(rows, result);
    addDataset(rows, result, result.config);
    rows.append({tr("Confidence level"), ResultFormat::percent(result.statistics.confidence, 1)});
    rows.append(
            {tr("Bootstrap replicates"), locale.toString(result.statistics.bootstrapReplicates)});
    rows.append({tr("Seed"), QString::number(result.statistics.seed)});
    rows.append({tr("Zero division"), QString::fromStdString(result.statistics.zeroDivision)});
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
    addOptions(rows, result.config);
    return rows;
}

void ConfigurationModel::setResult(std::shared_ptr<const disteval::ResultFile> result,
                                   const QString &path)
{
    beginResetModel();
    m_rows = result ? rowsOf(*result, path) : Rows();
    endResetModel();
}

int ConfigurationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConfigurationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigurationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const QPair<QString, QString> &row = m_rows[index.row()];
    const QString &text = index.column() == SettingColumn ? row.first : row.second;
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole:
        return index.column() == ValueColumn ? text : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ConfigurationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == SettingColumn ? tr("Setting") : tr("Value");
}
