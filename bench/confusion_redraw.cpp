// How long the confusion-matrix heatmap takes to redraw (docs/BENCHMARKS.md).
//
//   disteval-bench-confusion-redraw [--repeats N] [--size PIXELS]
//
// For 10, 100 and 1000 classes (a random matrix with a strong diagonal and a few
// confusions per class) on the offscreen platform, at PIXELS x PIXELS (default 900):
//   set      setMatrix(): copy, sums, every cell of the colour map
//   first    the first replot after new data (the colour image is rebuilt)
//   redraw   replot after a zoom or pan (the colour image is cached), whole matrix
//   zoomed   replot zoomed to a 10 x 10 corner, with the counts written in the cells
//   normalize switching to "% of true class" plus its replot
//   log      switching to the log colour scale plus its replot
// Prints the median and the maximum over the repeats in milliseconds.
#include "plots/confusionmatrixplot.h"

#include "metrics/confusionmatrix.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <vector>

namespace {
disteval::ConfusionMatrix randomMatrix(int classes, std::mt19937_64 &rng)
{
    disteval::ConfusionMatrix cm(classes);
    std::uniform_int_distribution<int> offset(1, 5);
    std::uniform_int_distribution<int> count(0, 40);
    for (int t = 0; t < classes; ++t) {
        cm.add(t, t, 400 + count(rng) * 10);
        for (int k = 0; k < 6; ++k)
            cm.add(t, (t + offset(rng)) % classes, count(rng));
    }
    return cm;
}

struct Figures
{
    double median_ms = 0;
    double max_ms = 0;
};

Figures measure(int repeats, const std::function<void(int)> &prepare,
                const std::function<void()> &timed)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        prepare(i);
        QElapsedTimer clock;
        clock.start();
        timed();
        times.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.back()};
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    int repeats = 30;
    int size = 900;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--repeats") == 0)
            repeats = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--size") == 0)
            size = std::max(200, std::atoi(argv[++i]));
    }
    std::printf("confusion-matrix redraw, %d x %d px, %d repeats, platform %s (ms: median / max)\n",
                size, size, repeats, qPrintable(QGuiApplication::platformName()));
    std::printf("%8s %17s %17s %17s %17s %17s %17s\n", "classes", "set", "first", "redraw",
                "zoomed", "normalize", "log");
    std::mt19937_64 rng(42);
    for (const int classes : {10, 100, 1000}) {
        QWidget window;
        auto *plot = new ConfusionMatrixPlot(&window);
        plot->resize(size, size);
        window.resize(size, size);
        window.show();
        QStringList names;
        for (int c = 0; c < classes; ++c)
            names << QStringLiteral("class %1").arg(c, 4, 10, QLatin1Char('0'));
        const disteval::ConfusionMatrix cm = randomMatrix(classes, rng);
        auto replot = [plot] {
            plot->replot(QCustomPlot::rpImmediateRefresh);
        };
        plot->setMatrix(cm, names);
        replot();

        const Figures set = measure(
                repeats, [](int) {}, [&] { plot->setMatrix(cm, names); });
        const Figures first = measure(
                repeats, [&](int) { plot->setMatrix(cm, names); }, replot);
        replot();
        const Figures redraw = measure(
                repeats,
                [&](int i) {
                    // Pan by a few cells back and forth (the cached image is reused).
                    const double shift = (i % 2 ? 0.25 : -0.25) * classes / 100.0;
                    plot->resetZoom();
                    plot->xAxis->moveRange(shift);
                },
                replot);
        const Figures zoomed = measure(
                repeats,
                [&](int i) {
                    plot->xAxis->setRange(-0.5 + i % 2, 9.5 + i % 2);
                    plot->yAxis->setRange(-0.5, 9.5);
                },
                replot);
        plot->resetZoom();
        const Figures normalize = measure(
                repeats,
                [&](int i) {
                    plot->setNormalization(ConfusionMatrixPlot::Normalization::Counts);
                    (void)i;
                },
                [&] {
                    plot->setNormalization(ConfusionMatrixPlot::Normalization::ByTrueClass);
                    replot();
                });
        plot->setNormalization(ConfusionMatrixPlot::Normalization::Counts);
        const Figures log = measure(
                repeats, [&](int) { plot->setLogScale(false); },
                [&] {
                    plot->setLogScale(true);
                    replot();
                });
        auto cell = [](const Figures &f) {
            static char text[8][32];
            static int slot = 0;
            slot = (slot + 1) % 8;
            std::snprintf(text[slot], sizeof text[slot], "%7.2f / %7.2f", f.median_ms, f.max_ms);
            return text[slot];
        };
        std::printf("%8d %17s %17s %17s %17s %17s %17s\n", classes, cell(set), cell(first),
                    cell(redraw), cell(zoomed), cell(normalize), cell(log));
        std::fflush(stdout);
    }
    return 0;
}
