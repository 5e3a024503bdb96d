#include "eval/modelrunner.h"

#include "eval/engineerror.h"
#include "util/fileutil.h"

#include <cerrno>
#include <cstring>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

namespace disteval {

namespace {
std::string firstLine(const std::string &text)
{
    const auto nl = text.find('\n');
    return nl == std::string::npos ? text : text.substr(0, nl);
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
    if (isDirectory(path))
        throw EngineError("model_invalid", kExitModel,
                          "model '" + path + "' is a folder, not a file");
    if (!fileExists(path))
        throw EngineError("model_invalid", kExitModel, "model '" + path + "' does not exist");
    // Said plainly here; LibTorch's own message for this is about zip archives.
    if (const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
        ::close(fd);
    } else {
        throw EngineError("model_invalid", kExitModel,
                          "model '" + path + "' cannot be read: " + std::strerror(errno));
    }
    try {
        m_module = torch::jit::load(path, device);
    } catch (const c10::Error &e) {
        throw EngineError("model_invalid", kExitModel,
                          "model '" + path
                                  + "' is not a TorchScript archive (save it with torch.jit.save) "
                                    "or is damaged: "
                                  + firstLine(e.what_without_backtrace()));
    } catch (const std::exception &e) {
        throw EngineError("model_invalid", kExitModel,
                          "model '" + path + "' cannot be loaded: " + firstLine(e.what()));
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
                                  + ": " + firstLine(e.what_without_backtrace()));
    } catch (const std::exception &e) {
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' failed on input of shape " + shapeText(inputs)
                                  + ": " + firstLine(e.what()));
    }
    if (!output.isTensor())
        throw EngineError("model_invalid", kExitModel,
                          "model '" + m_path + "' returned a " + output.tagKind()
                                  + "; disteval needs a tensor of logits [batch, classes]");
    torch::Tensor logits = output.toTensor();
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
    if (expectedClasses > 0 && logits.size(1) != expectedClasses)
        throw EngineError("class_mismatch", kExitModel,
                          "model '" + m_path + "' has " + std::to_string(logits.size(1))
                                  + " outputs but " + std::to_string(expectedClasses)
                                  + " classes are expected");
    return logits;
}

} // namespace disteval
