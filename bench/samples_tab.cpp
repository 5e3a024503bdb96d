// How quickly the Samples tab answers at scale (docs/BENCHMARKS.md).
//
//   disteval-bench-samples-tab [--samples N] [--classes C] [--repeats R]
//
// Writes a records file (core/result/samplesfile.h, as the engine lays it out) of N
// samples (default 1,000,000) of two C-class models (default 1000; model A right on 70 %
// of the samples, B on 75 %, random confidences), and a result naming it; then times,
// on the offscreen platform, what a user does in the tab (SamplesView):
//   open      setResult(): the records opened and checked, every sample listed (sorted
//             by loss, as the tab opens)
//   cell      a click on one confusion-matrix cell (setCells), and a block of 10 x 10
//   presets   each entry of "Show" (all, mistakes, most confident mistakes, least
//             confident correct, and McNemar's two discordant groups)
//   sort      sorting every listed sample by confidence, by loss, by true class; and, for
//             comparison, by confidence through the SortProxyModel the tab sorted with
//             before it sorted its own rows (a proxy calls data() twice per comparison)
// Each figure runs until the event loop has nothing left to do (the views' delayed
// layouts included), so it is how long the tab is busy. The list is timed as a table and
// again as a gallery of tiles (opening and the presets). Prints the median and the
// maximum over R repeats (default 5) in milliseconds.
#include "models/sortproxymodel.h"
#include "samples/samplegallery.h"
#include "samples/samplesview.h"
#include "samples/sampletablemodel.h"

#include "result/resultfile.h"
#include "result/samplesfile.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <random>
#include <vector>

namespace {
constexpr int kModels = 2;

// The records of `samples` samples, written in chunks, and the result that names them.
disteval::ResultFile writeRecords(const QString &dir, int64_t samples, int classes)
{
    disteval::SamplesHeader h;
    h.layout = disteval::SamplesLayout::forTask(disteval::Task::Classification, classes, kModels);
    h.runId = "0123456789abcdef";
    h.numSamples = samples;
    h.datasetPath = "/data/bench";
    h.datasetFingerprint = "bench";
    for (int m = 0; m < kModels; ++m) {
        h.modelPaths.push_back("model-" + std::to_string(m) + ".pt");
        h.modelHashes.push_back(std::string(64, static_cast<char>('a' + m)));
    }
    const std::string name = "bench.samples-" + h.runId + ".bin";
    std::ofstream out(QDir(dir).filePath(QString::fromStdString(name)).toStdString(),
                      std::ios::binary);
    out << disteval::encodeSamplesHeader(h);
    const disteval::SampleRecordCodec codec(h.layout);
    const int64_t bytes = h.layout.recordBytes();
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<float> unit(0.0f, 1.0f);
    std::uniform_int_distribution<int> anyClass(0, classes - 1);
    std::vector<uint8_t> chunk;
    const int64_t perChunk = 65536;
    for (int64_t first = 0; first < samples; first += perChunk) {
        const int64_t count = std::min(perChunk, samples - first);
        chunk.assign(static_cast<size_t>(count * bytes), 0);
        for (int64_t i = 0; i < count; ++i) {
            uint8_t *r = chunk.data() + i * bytes;
            const int label = static_cast<int>((first + i) % classes);
            disteval::storeInt32(r, 1);
            disteval::storeInt32(r + 4, label);
            for (int m = 0; m < kModels; ++m) {
                const bool right = unit(rng) < (m == 0 ? 0.70f : 0.75f);
                const int predicted = right ? label : anyClass(rng);
                const float confidence = 0.1f + 0.9f * unit(rng);
                uint8_t *p = codec.modelPart(r, m);
                disteval::storeInt32(p, predicted);
                disteval::storeFloat32(p + 4, right ? -std::log(confidence) : 2.0f * unit(rng));
                for (int k = 0; k < h.layout.topK; ++k) {
                    disteval::storeInt32(p + 8 + 4 * k, (predicted + k) % classes);
                    disteval::storeFloat32(p + 8 + 4 * (h.layout.topK + k),
                                           k == 0 ? confidence : (1 - confidence) / 8);
                }
            }
        }
        out.write(reinterpret_cast<const char *>(chunk.data()),
                  static_cast<std::streamsize>(chunk.size()));
    }
    disteval::ResultFile result;
    result.task = disteval::Task::Classification;
    result.dataset.path = h.datasetPath;
    result.dataset.numSamples = samples;
    result.dataset.numClasses = classes;
    for (int c = 0; c < classes; ++c)
        result.dataset.classNames.push_back("class " + std::to_string(c));
    result.predictionsRunId = h.runId;
    result.samplesFile = name;
    result.models.resize(kModels);
    for (int m = 0; m < kModels; ++m) {
        result.models[static_cast<size_t>(m)].path = h.modelPaths[static_cast<size_t>(m)];
        result.models[static_cast<size_t>(m)].sha256 = h.modelHashes[static_cast<size_t>(m)];
    }
    return result;
}

struct Figures
{
    double median_ms = 0;
    double max_ms = 0;
};

// Runs what is posted and due, twice (a delayed layout posts its own work).
void settle()
{
    for (int i = 0; i < 2; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

Figures measure(int repeats, const std::function<void()> &prepare,
                const std::function<void()> &timed)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        prepare();
        settle();
        QElapsedTimer clock;
        clock.start();
        timed();
        settle();
        times.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.back()};
}

void print(const char *what, const Figures &f, int listed)
{
    std::printf("%-36s %10.1f %10.1f %10d\n", what, f.median_ms, f.max_ms, listed);
    std::fflush(stdout);
}

struct Run
{
    SamplesView *view;
    std::shared_ptr<disteval::ResultFile> result;
    QString resultPath;
    int repeats;
    int listed() const { return view->table()->model()->rowCount(); }
};

void timeOpen(const Run &r, const char *name)
{
    SamplesView &view = *r.view;
    const Figures open = measure(
            r.repeats, [&] { view.setResult(nullptr, {}); },
            [&] { view.setResult(r.result, r.resultPath); });
    print(name, open, r.listed());
}

void timeCells(const Run &r)
{
    SamplesView &view = *r.view;
    const Figures cell = measure(
            r.repeats, [&] { view.setPreset(SamplesView::AllSamples); },
            [&] { view.setCells(3, 3, 3, 3); });
    print("one confusion cell (3, 3)", cell, r.listed());
    view.clearCells();
    const Figures block = measure(
            r.repeats, [&] { view.clearCells(); }, [&] { view.setCells(0, 9, 0, 9); });
    print("a block of 10 x 10 cells", block, r.listed());
    view.clearCells();
}

void timePresets(const Run &r,
                 const std::vector<std::pair<SamplesView::Preset, const char *>> &presets)
{
    SamplesView &view = *r.view;
    view.setOtherModel(1);
    for (const auto &[preset, name] : presets) {
        const SamplesView::Preset other
                = preset == SamplesView::Mistakes ? SamplesView::AllSamples : SamplesView::Mistakes;
        const Figures f = measure(
                r.repeats, [&, other = other] { view.setPreset(other); },
                [&, preset = preset] { view.setPreset(preset); });
        print(name, f, r.listed());
    }
}

void timeSorting(const Run &r)
{
    SamplesView &view = *r.view;
    view.setPreset(SamplesView::AllSamples);
    const std::vector<std::pair<int, const char *>> columns{
            {3, "sort all by confidence"}, {4, "sort all by loss"}, {1, "sort all by true class"}};
    for (const auto &[column, name] : columns) {
        Qt::SortOrder order = Qt::AscendingOrder;
        const Figures f = measure(
                r.repeats,
                [&] {
                    order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
                },
                [&, column = column] { view.table()->sortByColumn(column, order); });
        print(name, f, r.listed());
    }
}

// What the tab sorted with before: a QSortFilterProxyModel over the rows.
void timeProxySorting(const Run &r)
{
    r.view->setPreset(SamplesView::AllSamples);
    SortProxyModel proxy;
    proxy.setSourceModel(r.view->tableModel());
    Qt::SortOrder order = Qt::AscendingOrder;
    const Figures proxied = measure(
            std::max(1, r.repeats / 2),
            [&] { order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder; },
            [&] { proxy.sort(3, order); });
    print("by confidence through SortProxyModel", proxied, proxy.rowCount());
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    int64_t samples = 1000000;
    int classes = 1000;
    int repeats = 5;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--samples") == 0)
            samples = std::max<int64_t>(1, std::atoll(argv[++i]));
        else if (std::strcmp(argv[i], "--classes") == 0)
            classes = std::clamp(std::atoi(argv[++i]), 2, 1 << 16);
        else if (std::strcmp(argv[i], "--repeats") == 0)
            repeats = std::max(1, std::atoi(argv[++i]));
    }
    QTemporaryDir dir;
    QElapsedTimer clock;
    clock.start();
    SamplesView view(nullptr);
    const Run run{
            &view,
            std::make_shared<disteval::ResultFile>(writeRecords(dir.path(), samples, classes)),
            dir.filePath(QStringLiteral("bench.json")), repeats};
    std::printf("Samples tab: %lld samples, %d classes, %d models, records written in %.1f s; "
                "%d repeats (ms: median / max, rows listed)\n",
                static_cast<long long>(samples), classes, kModels,
                static_cast<double>(clock.elapsed()) / 1000.0, repeats);
    view.resize(1200, 800);
    view.show();
    timeOpen(run, "open (all samples listed)");
    timeCells(run);
    timePresets(run, {{SamplesView::AllSamples, "preset: all samples"},
                      {SamplesView::Mistakes, "preset: mistakes"},
                      {SamplesView::ConfidentMistakes, "preset: most confident mistakes"},
                      {SamplesView::UnsureCorrect, "preset: least confident correct"},
                      {SamplesView::RightWhereOther, "preset: right where B is wrong"},
                      {SamplesView::WrongWhereOther, "preset: wrong where B is right"}});
    timeSorting(run);
    view.gallery()->setMode(SampleGallery::Mode::Gallery);
    timeOpen(run, "gallery: open (all samples listed)");
    timePresets(run, {{SamplesView::AllSamples, "gallery: preset all samples"},
                      {SamplesView::Mistakes, "gallery: preset mistakes"}});
    timeProxySorting(run);
    return 0;
}
