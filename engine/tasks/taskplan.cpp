#include "tasks/taskevaluator.h"

#include "eval/engineerror.h"
#include "evaluation/limits.h"

#include <sstream>

namespace disteval {

namespace {
std::string shapeText(c10::IntArrayRef sizes)
{
    std::ostringstream s;
    s << sizes;
    return s.str();
}

std::string labelText(const Dataset &d)
{
    std::vector<int64_t> shape = {d.size()};
    for (int64_t v : d.labelShape())
        shape.push_back(v);
    return "the labels of '" + d.path() + "' (" + shapeText(shape) + ", "
           + (d.realLabels() ? "real numbers" : "integers") + ")";
}

[[noreturn]] void refuse(const std::string &message)
{
    throw EngineError("task_mismatch", kExitData, message);
}

void checkUnits(int64_t units, const std::string &what, const std::string &model)
{
    if (units < 1 || units > kMaxClasses)
        throw EngineError("too_many_classes", kExitModel,
                          "model '" + model + "' has " + std::to_string(units) + " " + what
                                  + "; disteval evaluates 1 to " + std::to_string(kMaxClasses));
}
} // namespace

TaskSettings planTask(const EngineOptions &o, const Dataset &dataset, const torch::Tensor &out,
                      const std::string &model)
{
    TaskSettings t;
    t.hasIgnoreIndex = o.hasIgnoreIndex;
    t.ignoreIndex = o.ignoreIndex;
    t.threshold = o.threshold;
    t.replicates = o.bootstrap;
    t.seed = o.seed;
    t.zeroDivision = o.zeroDivision;
    const std::vector<int64_t> label = dataset.labelShape();
    const std::string outShape = shapeText(out.sizes());
    if (o.task == Task::Classification) {
        if (dataset.realLabels())
            refuse(labelText(dataset)
                   + " are real numbers, not class indices; use --task regression (or --task "
                     "multilabel for 0/1 labels)");
        if (label.empty()) {
            if (o.hasIgnoreIndex)
                refuse("--ignore-index applies to labels with dimensions (segmentation masks, "
                       "token labels); "
                       + labelText(dataset) + " hold one class per sample");
            t.task = Task::Classification;
            return t;
        }
        // Dense: the output has the label's dimensions plus one for the classes.
        const int64_t k = static_cast<int64_t>(label.size());
        if (out.dim() != k + 2)
            refuse("model '" + model + "' returned " + outShape + " for one sample but "
                   + labelText(dataset) + " need dense logits with " + std::to_string(k + 2)
                   + " dimensions ([B, C, d1, ...] or [B, d1, ..., C])");
        bool first = true, last = true;
        for (int64_t i = 0; i < k; ++i) {
            first = first && out.size(2 + i) == label[static_cast<size_t>(i)];
            last = last && out.size(1 + i) == label[static_cast<size_t>(i)];
        }
        if (o.classDim == 1 && !first)
            refuse("model '" + model + "' returned " + outShape
                   + ", which with --class-dim 1 "
                     "does not fit "
                   + labelText(dataset));
        if (o.classDim == -1 && !last)
            refuse("model '" + model + "' returned " + outShape
                   + ", which with --class-dim "
                     "last does not fit "
                   + labelText(dataset));
        if (o.classDim == 0) {
            if (!first && !last)
                refuse("model '" + model + "' returned " + outShape
                       + ": no dimension of it can "
                         "hold the classes of "
                       + labelText(dataset) + " (expected [B, C, d1, ...] or [B, d1, ..., C])");
            if (first && last)
                refuse("model '" + model + "' returned " + outShape
                       + ", where both the second and "
                         "the last dimension could hold the classes of "
                       + labelText(dataset) + "; say which with --class-dim 1 or --class-dim last");
        }
        t.task = Task::DenseClassification;
        t.classDim = o.classDim != 0 ? o.classDim : (first ? 1 : -1);
        t.units = static_cast<int>(t.classDim == 1 ? out.size(1) : out.size(out.dim() - 1));
        checkUnits(t.classDim == 1 ? out.size(1) : out.size(out.dim() - 1), "classes", model);
        t.aurocBins = o.aurocBins < 0 ? autoAurocBins(t.units) : o.aurocBins;
        return t;
    }
    if (o.task == Task::MultiLabel) {
        if (label.size() != 1)
            refuse("--task multilabel needs labels [N, C] (one 0/1 column per label) but "
                   + labelText(dataset) + " are not");
        if (out.dim() != 2 || out.size(1) != label[0])
            refuse("model '" + model + "' returned " + outShape + " for one sample but "
                   + labelText(dataset) + " have " + std::to_string(label[0])
                   + " labels; --task multilabel needs logits [B, " + std::to_string(label[0])
                   + "]");
        t.task = Task::MultiLabel;
        checkUnits(label[0], "labels", model);
        t.units = static_cast<int>(label[0]);
        t.aurocBins = o.aurocBins < 0 ? autoAurocBins(t.units) : o.aurocBins;
        return t;
    }
    // Regression: [N] or [N, T] targets, outputs [B], [B, 1] or [B, T].
    if (label.size() > 1)
        refuse("--task regression needs labels [N] or [N, T] but " + labelText(dataset)
               + " have more dimensions");
    const int64_t targets = label.empty() ? 1 : label[0];
    const bool fits = (out.dim() == 1 && targets == 1 && label.empty())
                      || (out.dim() == 2 && out.size(1) == targets);
    if (!fits)
        refuse("model '" + model + "' returned " + outShape + " for one sample but "
               + labelText(dataset) + " have " + std::to_string(targets) + " target"
               + (targets == 1 ? "" : "s") + "; --task regression needs outputs [B"
               + (targets == 1 ? "] or [B, 1]" : ", " + std::to_string(targets) + "]"));
    t.task = Task::Regression;
    checkUnits(targets, "targets", model);
    t.units = static_cast<int>(targets);
    return t;
}

void checkTaskOutput(const TaskSettings &plan, const torch::Tensor &out, const std::string &model,
                     const std::string &firstModel)
{
    int64_t units = 0;
    if (plan.task == Task::DenseClassification)
        units = plan.classDim == 1 ? out.size(1) : out.size(out.dim() - 1);
    else if (plan.task == Task::MultiLabel || out.dim() == 2)
        units = out.dim() == 2 ? out.size(1) : -1;
    else
        units = out.dim() == 1 ? 1 : -1;
    if (units != plan.units)
        throw EngineError("class_mismatch", kExitModel,
                          "model '" + model + "' returned " + shapeText(out.sizes()) + " but '"
                                  + firstModel + "' has " + std::to_string(plan.units)
                                  + (plan.task == Task::Regression ? " targets" : " classes")
                                  + "; models compared in one run must share them");
}

} // namespace disteval
