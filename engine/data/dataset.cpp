#include "data/dataset.h"

#include "util/sha256.h"

namespace disteval {

Dataset::~Dataset() = default;

std::string datasetFingerprint(const Dataset &dataset)
{
    std::string text = "disteval-dataset-v1\n" + std::to_string(dataset.size()) + "\n";
    for (const std::string &file : dataset.files())
        text += Sha256::ofFile(file) + "\n";
    Sha256 hash;
    hash.update(text.data(), text.size());
    return hash.hexDigest();
}

} // namespace disteval
