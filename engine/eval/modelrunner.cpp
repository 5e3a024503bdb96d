#include "eval/modelrunner.h"

#include "eval/engineerror.h"
#include "evaluation/limits.h"
#include "io/regularfile.h"
#include "util/fileutil.h"

#include <cerrno>
#include <cstring>
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
    c10::IValue output;
    try {
        output = m_module.forward({inputs});
    } catch (const c10::Error &e) {
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' failed on input of shape " + shapeText(inputs)
                                  + ": " + usefulMessage(e.what_without_backtrace()));
    } catch (const std::exception &e) {
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' failed on input of shape " + shapeText(inputs)
                                  + ": " + usefulMessage(e.what()));
    }
    if (!output.isTensor())
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' returned a " + output.tagKind()
                                  + "; disteval needs a tensor of logits [batch, classes]");
    torch::Tensor logits = output.toTensor();
    if (logits.is_meta() || logits.layout() != torch::kStrided)
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' returned a "
                                  + std::string(logits.is_meta() ? "meta" : "sparse")
                                  + " tensor; disteval needs a dense tensor of logits "
                                    "[batch, classes] with values");
    if (logits.dim() != 2 || logits.size(0) != inputs.size(0))
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' returned shape " + shapeText(logits)
                                  + " for a batch of " + std::to_string(inputs.size(0))
                                  + "; disteval needs logits [batch, classes]");
    if (!logits.is_floating_point())
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' returned " + c10::toString(logits.scalar_type())
                                  + " values; disteval needs floating-point logits");
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

} // namespace disteval
