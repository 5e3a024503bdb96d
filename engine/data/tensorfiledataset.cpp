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
    if (!inputs)
        throw fail("no \"inputs\" key (a tensor, a dict of tensors or a list of tensors)");
    if (!labels || !labels->isTensor())
        throw fail("no tensor under the key \"labels\"");
    std::vector<torch::Tensor> all;
    if (inputs->isTensor()) {
        all.push_back(inputs->toTensor());
    } else if (inputs->isGenericDict()) {
        m_byKeyword = true;
        for (const auto &entry : inputs->toGenericDict()) {
            if (!entry.key().isString() || !entry.value().isTensor())
                throw fail("\"inputs\" as a dict must map names (strings) to tensors");
            m_inputNames.push_back(entry.key().toStringRef());
            all.push_back(entry.value().toTensor());
        }
    } else if (inputs->isList() || inputs->isTuple()) {
        const auto items = inputs->isList() ? inputs->toListRef().vec()
                                            : inputs->toTupleRef().elements().vec();
        for (size_t i = 0; i < items.size(); ++i) {
            if (!items[i].isTensor())
                throw fail("\"inputs\" as a list must hold tensors only");
            m_inputNames.push_back(std::to_string(i));
            all.push_back(items[i].toTensor());
        }
    } else {
        throw fail("\"inputs\" must be a tensor, a dict of tensors or a list of tensors, found "
                   + inputs->tagKind());
    }
    if (all.empty())
        throw fail("\"inputs\" holds no tensor");
    if (all.size() == 1 && !m_byKeyword)
        m_inputNames.clear();
    m_labels = labels->toTensor();
    if (m_labels.dim() < 1)
        throw fail("\"labels\" must have a leading sample dimension");
    for (size_t i = 0; i < all.size(); ++i) {
        const std::string what = m_inputNames.empty() ? std::string("\"inputs\"")
                                                      : "input \"" + m_inputNames[i] + "\"";
        torch::Tensor t = all[i].contiguous();
        if (t.dim() < 1)
            throw fail(what + " must have a leading sample dimension");
        if (t.size(0) != m_labels.size(0))
            throw fail(what + " has " + std::to_string(t.size(0)) + " samples but \"labels\" has "
                       + std::to_string(m_labels.size(0)));
        const auto st = t.scalar_type();
        if (st == torch::kBool || c10::isComplexType(st))
            throw fail(what + " has unsupported type " + c10::toString(st)
                       + " (use a floating type, uint8 or integers)");
        if (c10::isIntegralType(st, false) && st != torch::kUInt8)
            t = t.to(torch::kInt64);
        if (i == 0)
            m_inputs = t;
        else
            m_moreInputs.push_back(t);
    }
    const auto lt = m_labels.scalar_type();
    if (lt == torch::kBool)
        m_labels = m_labels.to(torch::kInt64);
    else if (c10::isFloatingType(lt))
        m_labels = m_labels.to(torch::kFloat64);
    else if (!c10::isIntegralType(lt, false))
        throw fail(std::string("\"labels\" must hold integers or real numbers, found ")
                   + c10::toString(lt));
    m_labels = m_labels.to(m_labels.is_floating_point() ? torch::kFloat64 : torch::kInt64)
                       .contiguous();
    // Labels of the other tasks are checked against the model (docs/TASKS.md).
    const bool classIndices = m_labels.dim() == 1 && !m_labels.is_floating_point();
    int64_t maxLabel = -1;
    if (classIndices && m_labels.numel() > 0) {
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

std::vector<int64_t> TensorFileDataset::labelShape() const
{
    const auto sizes = m_labels.sizes();
    return std::vector<int64_t>(sizes.begin() + 1, sizes.end());
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
    auto take = [&](const torch::Tensor &all) {
        torch::Tensor slice = all.narrow(0, first, count);
        if (slice.scalar_type() == torch::kUInt8)
            return slice.to(torch::kFloat32).div_(255.0f);
        // A copy, not a view: the loaded storage may sit at any alignment, and CPU kernels
        // can round differently on a misaligned buffer; a fresh batch gives the same
        // floats as every other reader (npy, ImageFolder) of the same values.
        if (slice.scalar_type() == torch::kFloat32 || slice.scalar_type() == torch::kInt64)
            return slice.clone(at::MemoryFormat::Contiguous);
        return slice.to(torch::kFloat32).contiguous();
    };
    b.inputs = take(m_inputs);
    for (const torch::Tensor &t : m_moreInputs)
        b.moreInputs.push_back(take(t));
    b.labels = m_labels.narrow(0, first, count).contiguous();
    return b;
}

} // namespace disteval
