#include "data/tensorfiledataset.h"

#include "evaluation/limits.h"
#include "util/fileutil.h"

#include <torch/serialize.h>

#include <stdexcept>

namespace disteval {

bool TensorFileDataset::looksLikeTensorFile(const std::string &path)
{
    try {
        const std::vector<uint8_t> head = readPrefixMaybeGzip(path, 4);
        // torch.save's zip container (PK\3\4); gzip is not involved, so compare raw bytes
        // of the decompressed prefix (identical for plain files).
        return head.size() == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    } catch (const std::exception &) {
        return false;
    }
}

TensorFileDataset::TensorFileDataset(const std::string &path)
    : m_path(path)
{
    const std::vector<uint8_t> bytes = readFileBytes(path);
    auto fail = [&path](const std::string &what) {
        return std::runtime_error("tensor file '" + path + "': " + what);
    };
    c10::IValue value;
    try {
        value = torch::pickle_load(std::vector<char>(bytes.begin(), bytes.end()));
    } catch (const c10::Error &e) {
        throw fail("not a file written by torch.save, or it is damaged ("
                   + std::string(e.what_without_backtrace()) + ")");
    }
    if (!value.isGenericDict())
        throw fail("expected a dict {\"inputs\": tensor, \"labels\": tensor}, found "
                   + value.tagKind());
    const c10::impl::GenericDict dict = value.toGenericDict();
    auto get = [&](const char *key) -> c10::optional<c10::IValue> {
        for (const auto &entry : dict)
            if (entry.key().isString() && entry.key().toStringRef() == key)
                return entry.value();
        return c10::nullopt;
    };
    const auto inputs = get("inputs");
    const auto labels = get("labels");
    if (!inputs || !inputs->isTensor())
        throw fail("no tensor under the key \"inputs\"");
    if (!labels || !labels->isTensor())
        throw fail("no tensor under the key \"labels\"");
    m_inputs = inputs->toTensor().contiguous();
    m_labels = labels->toTensor();
    if (m_inputs.dim() < 1)
        throw fail("\"inputs\" must have a leading sample dimension");
    if (m_labels.dim() != 1)
        throw fail("\"labels\" must be one-dimensional, found " + std::to_string(m_labels.dim())
                   + " dimensions");
    if (m_inputs.size(0) != m_labels.size(0))
        throw fail("\"inputs\" has " + std::to_string(m_inputs.size(0))
                   + " samples but \"labels\" has " + std::to_string(m_labels.size(0)));
    const auto st = m_inputs.scalar_type();
    if (st != torch::kFloat32 && st != torch::kFloat64 && st != torch::kFloat16
        && st != torch::kBFloat16 && st != torch::kUInt8)
        throw fail(std::string("\"inputs\" has unsupported type ") + c10::toString(st)
                   + " (use a floating type or uint8)");
    if (!c10::isIntegralType(m_labels.scalar_type(), false))
        throw fail(std::string("\"labels\" must hold integers, found ")
                   + c10::toString(m_labels.scalar_type()));
    m_labels = m_labels.to(torch::kInt64).contiguous();
    int64_t maxLabel = -1;
    if (m_labels.numel() > 0) {
        const int64_t minLabel = m_labels.min().item<int64_t>();
        if (minLabel < 0)
            throw fail("a label is negative (" + std::to_string(minLabel) + ")");
        maxLabel = m_labels.max().item<int64_t>();
    }
    // Checked in int64, the labels' own width here, before anything narrows it.
    if (maxLabel >= kMaxClasses)
        throw fail("a label is " + std::to_string(maxLabel) + "; disteval evaluates at most "
                   + std::to_string(kMaxClasses) + " classes (labels 0.."
                   + std::to_string(kMaxClasses - 1) + ")");
    m_numClasses = static_cast<int>(maxLabel + 1);
    if (const auto names = get("class_names")) {
        if (!names->isList())
            throw fail("\"class_names\" must be a list of strings");
        for (const c10::IValue &n : names->toListRef()) {
            if (!n.isString())
                throw fail("\"class_names\" must be a list of strings");
            m_classNames.push_back(n.toStringRef());
            if (static_cast<int64_t>(m_classNames.size()) > kMaxClasses)
                throw fail("\"class_names\" has more than " + std::to_string(kMaxClasses)
                           + " names, the most classes disteval evaluates");
        }
        if (static_cast<int64_t>(m_classNames.size()) <= maxLabel)
            throw fail("a label (" + std::to_string(maxLabel) + ") is outside \"class_names\" ("
                       + std::to_string(m_classNames.size()) + " names)");
        m_numClasses = static_cast<int>(m_classNames.size());
    }
    if (const auto declared = get("num_classes")) {
        if (!declared->isInt())
            throw fail("\"num_classes\" must be an integer");
        const int64_t n = declared->toInt();
        if (n > kMaxClasses)
            throw fail("\"num_classes\" is " + std::to_string(n) + "; disteval evaluates at most "
                       + std::to_string(kMaxClasses) + " classes");
        if (n <= maxLabel || n < 1)
            throw fail("\"num_classes\" is " + std::to_string(n) + " but a label is "
                       + std::to_string(maxLabel));
        if (!m_classNames.empty() && static_cast<int64_t>(m_classNames.size()) != n)
            throw fail("\"num_classes\" and \"class_names\" disagree");
        m_numClasses = static_cast<int>(n);
    }
}

std::vector<int64_t> TensorFileDataset::sampleShape() const
{
    const auto sizes = m_inputs.sizes();
    return std::vector<int64_t>(sizes.begin() + 1, sizes.end());
}

Batch TensorFileDataset::load(int64_t first, int64_t count) const
{
    if (first < 0 || count < 0 || first + count > size())
        throw std::out_of_range("TensorFileDataset::load outside the dataset");
    Batch b;
    torch::Tensor slice = m_inputs.narrow(0, first, count);
    if (slice.scalar_type() == torch::kUInt8)
        b.inputs = slice.to(torch::kFloat32).div_(255.0f);
    else if (slice.scalar_type() == torch::kFloat32)
        // A copy, not a view: the loaded storage may sit at any alignment, and CPU kernels
        // can round differently on a misaligned buffer; a fresh batch gives the same
        // floats as every other reader (npy, ImageFolder) of the same values.
        b.inputs = slice.clone(at::MemoryFormat::Contiguous);
    else
        b.inputs = slice.to(torch::kFloat32).contiguous();
    b.labels = m_labels.narrow(0, first, count).contiguous();
    return b;
}

} // namespace disteval
