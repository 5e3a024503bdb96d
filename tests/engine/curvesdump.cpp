// disteval_curves_dump RESULT.json: every curve core draws from a result file's
// histograms (core/metrics/curves.h), as CSV on stdout, so that the engine tests can
// check them against scikit-learn on the models' own outputs (test_engine_curves.py).
//
//   model,kind,curve,threshold,x,y
//   kind: roc (x FPR, y TPR), pr (x recall, y precision), confidence (x coverage,
//   y accuracy), topk (x k, y hits); curve: a class index, "micro" or "macro"
#include "metrics/curves.h"
#include "result/resultfile.h"

#include <cstdio>
#include <exception>
#include <string>

using namespace disteval;

namespace {
void row(size_t model, const char *kind, const std::string &curve, double threshold, double x,
         double y)
{
    std::printf("%zu,%s,%s,%.17g,%.17g,%.17g\n", model, kind, curve.c_str(), threshold, x, y);
}

void dumpScores(size_t m, const RocHistogram &h, int c, const std::string &name)
{
    const RocCurve roc = rocCurve(h, c);
    for (size_t i = 0; i < roc.fpr.size(); ++i)
        row(m, "roc", name, roc.threshold[i], roc.fpr[i], roc.tpr[i]);
    const PrecisionRecallCurve pr = precisionRecallCurve(h, c);
    for (size_t i = 0; i < pr.recall.size(); ++i)
        row(m, "pr", name, pr.threshold[i], pr.recall[i], pr.precision[i]);
}
} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: disteval_curves_dump RESULT.json\n");
        return 2;
    }
    try {
        const ResultFile r = readResultFile(argv[1]);
        std::printf("model,kind,curve,threshold,x,y\n");
        for (size_t m = 0; m < r.models.size(); ++m) {
            const ModelCurves &curves = r.models[m].curves;
            if (curves.hasScores()) {
                for (int c = 0; c < curves.scores.numClasses; ++c)
                    dumpScores(m, curves.scores, c, std::to_string(c));
                dumpScores(m, curves.scores, kMicroAverage, "micro");
                const RocCurve macro = macroRocCurve(curves.scores);
                for (size_t i = 0; i < macro.fpr.size(); ++i)
                    row(m, "roc", "macro", 0, macro.fpr[i], macro.tpr[i]);
            }
            const ConfidenceCurve conf = confidenceCurve(curves);
            for (size_t i = 0; i < conf.threshold.size(); ++i)
                row(m, "confidence", "all", conf.threshold[i], conf.coverage[i], conf.accuracy[i]);
            const TopKCurve topk = topKCurve(curves);
            for (size_t k = 0; k < topk.hits.size(); ++k)
                row(m, "topk", std::to_string(topk.samples), 0, static_cast<double>(k + 1),
                    static_cast<double>(topk.hits[k]));
        }
        return 0;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "disteval_curves_dump: %s\n", e.what());
        return 1;
    }
}
