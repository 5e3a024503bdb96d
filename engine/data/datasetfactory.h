#pragma once

#include "data/dataset.h"

#include <memory>
#include <string>

namespace disteval {

// Opens the dataset at `path`, detecting its format from the content:
//  - an IDX images file (plain or gzip), its labels file found beside it;
//  - a folder holding IDX files: its only images file, or the test split ("t10k") when
//    it holds both the training and the test split (Fashion-MNIST's Debian folder);
//  - a torch.save'd dict of "inputs" and "labels" (TensorFileDataset).
// Throws std::runtime_error naming the path and the problem (missing, unknown format,
// malformed content).
std::unique_ptr<Dataset> openDataset(const std::string &path);

} // namespace disteval
