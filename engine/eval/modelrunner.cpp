#include "eval/modelrunner.h"

#include "eval/engineerror.h"
#include "evaluation/limits.h"
#include "io/regularfile.h"
#include "util/fileutil.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace disteval {

namespace {
// The useful part of a LibTorch message: the first lines that are not empty, not a
// frame of a backtrace ("Exception raised from ...", "frame #3: ..."), and not the
// TorchScript source listing that follows "Traceback"; at most three lines or 400
// characters. A model's own exception ("RuntimeError: my message") and the name of a
// missing operator ("Unknown builtin op: torchvision::nms") are kept.
std::string usefulMessage(const std::string &text)
{
    std::string out;
    int lines = 0;
    size_t start = 0;
    while (start <= text.size() && lines < 3) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(start, end - start);
        start = end + 1;
        const auto b = line.find_first_not_of(" \t\r");
        if (b == std::string::npos)
            continue;
        line = line.substr(b);
        if (line.rfind("Exception raised from", 0) == 0 || line.rfind("frame #", 0) == 0)
            break;
        if (line.rfind("Traceback", 0) == 0 || line == ":" || line.rfind("File \"", 0) == 0
            || line.rfind("Serialized", 0) == 0)
            continue;
        out += (out.empty() ? "" : " ") + line;
        ++lines;
    }
    if (out.size() > 400)
        out = out.substr(0, 397) + "...";
    return out.empty() ? std::string("(LibTorch gave no message)") : out;
}

std::string shapeText(const torch::Tensor &t)
{
    std::ostringstream s;
    s << t.sizes();
    return s.str();
}
} // namespace

ModelRunner::ModelRunner(const std::string &path, const torch::Device &device)
    : m_path(path)
{
    // Said plainly here (LibTorch's own message for these is about zip archives), and
    // a FIFO or device is refused before LibTorch would block on it or read forever.
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0 && errno == ENOENT)
        throw EngineError("model_invalid", kExitModel, "model '" + path + "' does not exist");
    if (S_ISDIR(st.st_mode))
        throw EngineError("model_invalid", kExitModel,
                          "model '" + path + "' is a folder, not a file");
    try {
        ::close(openRegularFile(path));
    } catch (const FileReadError &e) {
        const std::string why = e.what();
        const auto colon = why.rfind(": ");
        throw EngineError("model_invalid", kExitModel,
                          "model '" + path + "' cannot be read: "
                                  + (why.find("not a regular file") != std::string::npos
                                             ? std::string("it is not a regular file")
                                     : colon == std::string::npos ? why
                                                                  : why.substr(colon + 2)));
    }
    try {
        m_module = torch::jit::load(path, device);
    } catch (const c10::Error &e) {
        throw EngineError("model_invalid", kExitModel,
                          "model '" + path
                                  + "' is not a TorchScript archive (save it with torch.jit.save) "
                                    "or is damaged: "
                                  + usefulMessage(e.what_without_backtrace()));
    } catch (const std::exception &e) {
        throw EngineError("model_invalid", kExitModel,
                          "model '" + path + "' cannot be loaded: " + usefulMessage(e.what()));
    }
    m_module.eval();
}

torch::Tensor ModelRunner::forward(const torch::Tensor &inputs, int64_t expectedClasses)
{
    return forward({inputs}, {}, {}, 0, expectedClasses);
}

torch::Tensor ModelRunner::forward(const std::vector<torch::Tensor> &inputs,
                                   const std::vector<std::string> &names, const std::string &key,
                                   int index, int64_t expectedClasses)
{
    return checkLogits(run(inputs, names, key, index), inputs.front().size(0), expectedClasses);
}

torch::Tensor ModelRunner::checkLogits(const torch::Tensor &logits, int64_t batch,
                                       int64_t expectedClasses) const
{
    if (logits.dim() != 2 || logits.size(0) != batch)
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' returned shape " + shapeText(logits)
                                  + " for a batch of " + std::to_string(batch)
                                  + "; disteval needs logits [batch, classes] (dense outputs: "
                                    "labels with dimensions, docs/TASKS.md)");
    if (logits.size(1) < 1)
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' returned logits with no classes");
    if (logits.size(1) > kMaxClasses)
        throw EngineError("too_many_classes", kExitModel,
                          "model '" + m_path + "' has " + std::to_string(logits.size(1))
                                  + " outputs; disteval evaluates at most "
                                  + std::to_string(kMaxClasses)
                                  + " classes (its confusion matrix is dense: "
                                    "docs/ROBUSTNESS.md, \"Limits\")");
    if (expectedClasses > 0 && logits.size(1) != expectedClasses)
        throw EngineError("class_mismatch", kExitModel,
                          "model '" + m_path + "' has " + std::to_string(logits.size(1))
                                  + " outputs but " + std::to_string(expectedClasses)
                                  + " classes are expected");
    return logits;
}

torch::Tensor ModelRunner::run(const std::vector<torch::Tensor> &inputs,
                               const std::vector<std::string> &names, const std::string &key,
                               int index)
{
    std::string shapes;
    for (size_t i = 0; i < inputs.size(); ++i)
        shapes += (i ? ", " : "") + (names.empty() ? std::string() : names[i] + " ")
                  + shapeText(inputs[i]);
    if (inputs.size() == 1 && names.empty())
        shapes = "of shape " + shapes;
    c10::IValue output;
    try {
        output = call(m_useOptimized ? m_optimized : m_module, inputs, names);
    } catch (const c10::Error &e) {
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' failed on input"
                                  + (inputs.size() > 1 ? "s " : " ") + shapes + ": "
                                  + usefulMessage(e.what_without_backtrace()));
    } catch (const std::exception &e) {
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' failed on input"
                                  + (inputs.size() > 1 ? "s " : " ") + shapes + ": "
                                  + usefulMessage(e.what()));
    }
    return select(output, key, index, inputs.front().size(0));
}

c10::IValue ModelRunner::call(torch::jit::Module &module, const std::vector<torch::Tensor> &inputs,
                              const std::vector<std::string> &names)
{
    std::vector<c10::IValue> args;
    torch::jit::Kwargs kwargs;
    for (size_t i = 0; i < inputs.size(); ++i) {
        if (names.empty())
            args.emplace_back(inputs[i]);
        else
            kwargs[names[i]] = inputs[i];
    }
    return module.get_method("forward")(args, kwargs);
}

std::vector<torch::Tensor> clonedInputs(const std::vector<torch::Tensor> &inputs)
{
    std::vector<torch::Tensor> copy;
    for (const torch::Tensor &t : inputs)
        copy.push_back(t.clone());
    return copy;
}

ModelRunner::Optimization ModelRunner::probeOptimization(
        const std::vector<std::vector<torch::Tensor>> &chunks,
        const std::vector<std::string> &names, const std::string &key, int index,
        const std::function<torch::Tensor(const torch::Tensor &)> &predictions)
{
    Optimization o;
    o.attempted = true;
    try {
        torch::jit::Module frozen = torch::jit::freeze(m_module.clone());
        m_optimized = torch::jit::optimize_for_inference(frozen);
        for (const std::vector<torch::Tensor> &inputs : chunks) {
            const int64_t batch = inputs.front().size(0);
            const torch::Tensor plain
                    = select(call(m_module, clonedInputs(inputs), names), key, index, batch)
                              .to(torch::kCPU, torch::kFloat64);
            const torch::Tensor fast
                    = select(call(m_optimized, clonedInputs(inputs), names), key, index, batch)
                              .to(torch::kCPU, torch::kFloat64);
            if (plain.sizes() != fast.sizes()) {
                o.failed = true;
                o.note = "the optimised module returned another shape";
                break;
            }
            if (plain.numel() == 0)
                continue;
            const double difference = (plain - fast).abs().max().item<double>();
            // A NaN compares false with everything: count it as the largest difference.
            o.maxAbsDifference = std::isfinite(difference)
                                         ? std::max(o.maxAbsDifference, difference)
                                         : std::numeric_limits<double>::infinity();
            o.maxAbsOutput = std::max(o.maxAbsOutput, plain.abs().max().item<double>());
            const torch::Tensor pp = predictions(plain), pf = predictions(fast);
            if (pp.defined() && pp.numel() > 0)
                o.predictionsChanged += (pp != pf).sum().item<int64_t>();
        }
    } catch (const std::exception &e) {
        o.failed = true;
        o.note = "it cannot be frozen and optimised: " + usefulMessage(e.what());
    }
    return o;
}

const ModelRunner::Optimization &ModelRunner::settleOptimization(Optimization o)
{
    o.attempted = true;
    if (o.failed) {
        if (o.note.empty())
            o.note = "it cannot be frozen and optimised on another rank";
    } else if (!std::isfinite(o.maxAbsDifference)
               || o.maxAbsDifference > kOptimizeTolerance * std::max(1.0, o.maxAbsOutput)) {
        o.note = "its outputs differ from the plain module's by up to "
                 + std::to_string(o.maxAbsDifference) + " on the probe batch";
    } else if (o.predictionsChanged > 0) {
        o.note = std::to_string(o.predictionsChanged) + " predictions of the probe batch change";
    } else {
        o.note.clear();
    }
    o.used = o.note.empty();
    m_useOptimized = o.used;
    if (!o.used)
        m_optimized = torch::jit::Module();
    m_optimization = o;
    return m_optimization;
}

torch::Tensor ModelRunner::select(const c10::IValue &output, const std::string &key, int index,
                                  int64_t batch) const
{
    c10::IValue chosen = output;
    if (output.isGenericDict()) {
        const c10::impl::GenericDict dict = output.toGenericDict();
        std::vector<std::string> keys;
        std::vector<std::string> tensorKeys;
        for (const auto &entry : dict) {
            const std::string k
                    = entry.key().isString() ? entry.key().toStringRef() : entry.key().tagKind();
            keys.push_back(k);
            if (entry.value().isTensor())
                tensorKeys.push_back(k);
        }
        std::string wanted = key;
        if (wanted.empty()) {
            if (std::find(keys.begin(), keys.end(), "logits") != keys.end())
                wanted = "logits";
            else if (tensorKeys.size() == 1)
                wanted = tensorKeys.front();
        }
        std::string list;
        for (const std::string &k : keys)
            list += (list.empty() ? "" : ", ") + k;
        if (wanted.empty())
            throw EngineError("model_invalid", kExitModel,
                              "model '" + m_path + "' returned a dict with the keys " + list
                                      + "; choose the output with --output-key NAME");
        bool found = false;
        for (const auto &entry : dict)
            if (entry.key().isString() && entry.key().toStringRef() == wanted) {
                chosen = entry.value();
                found = true;
            }
        if (!found)
            throw EngineError("model_invalid", kExitModel,
                              "model '" + m_path + "' returned a dict without the key '" + wanted
                                      + "' (its keys: " + list + ")");
    } else if (output.isTuple() || output.isList()) {
        const std::vector<c10::IValue> items = output.isTuple()
                                                       ? output.toTupleRef().elements().vec()
                                                       : output.toListRef().vec();
        if (index >= static_cast<int>(items.size()))
            throw EngineError("model_invalid", kExitModel,
                              "model '" + m_path + "' returned " + std::to_string(items.size())
                                      + " outputs; --output-index " + std::to_string(index)
                                      + " is outside them");
        chosen = items[static_cast<size_t>(index)];
    }
    if (!chosen.isTensor())
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' returned a " + chosen.tagKind()
                                  + " where disteval needs a tensor (choose the output with "
                                    "--output-key or --output-index)");
    torch::Tensor t = chosen.toTensor();
    if (t.is_meta() || t.layout() != torch::kStrided)
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' returned a "
                                  + std::string(t.is_meta() ? "meta" : "sparse")
                                  + " tensor; disteval needs a dense tensor with values");
    if (!t.is_floating_point())
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' returned " + c10::toString(t.scalar_type())
                                  + " values; disteval needs floating-point logits or outputs");
    if (t.dim() < 1 || t.size(0) != batch)
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' returned shape " + shapeText(t)
                                  + " for a batch of " + std::to_string(batch)
                                  + "; the first dimension must be the batch");
    return t;
}

} // namespace disteval
