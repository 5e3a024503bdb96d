#pragma once

#include "data/dataset.h"
#include "data/imagefolderdataset.h"

#include <memory>
#include <string>

namespace disteval {

// Opens the dataset at `path`, detecting its format from the content:
//  - an IDX images file (plain or gzip), its labels file found beside it;
//  - a folder holding IDX files: its only images file, or the test split ("t10k") when
//    it holds both the training and the test split (Fashion-MNIST's Debian folder);
//  - a torch.save'd dict of "inputs" and "labels" (TensorFileDataset);
//  - a NumPy .npy inputs file with its labels .npy beside it, or a folder holding
//    inputs.npy and labels.npy (NpyDataset, memory-mapped);
//  - a folder of class sub-folders of images (ImageFolderDataset), read with `images`.
// Throws std::runtime_error naming the path and the problem (missing, unknown format,
// malformed content, image options given for a dataset that is not an ImageFolder).
std::unique_ptr<Dataset> openDataset(const std::string &path,
                                     const ImageFolderOptions &images = {});

} // namespace disteval
