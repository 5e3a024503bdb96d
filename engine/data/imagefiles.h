#pragma once

#include "data/imagedecoder.h"

#include <torch/script.h>

#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <sys/types.h>

namespace disteval {

// What the image datasets (ImageFolder, segmentation folders) share.

struct FolderEntries
{
    std::vector<std::string> folders; // sorted
    std::vector<std::string> files;   // sorted; every non-folder entry
};

// One folder's entries, symbolic links followed (a dangling link counts as a file, as
// os.walk counts it). Throws std::runtime_error naming the folder.
FolderEntries listEntries(const std::string &folder);

// os.walk(folder, followlinks=True): every (folder path, its file names). A folder
// already visited (a link cycle) is not entered again.
void walkFolder(const std::string &folder, std::set<std::pair<dev_t, ino_t>> &visited,
                std::vector<std::pair<std::string, std::vector<std::string>>> &out);

std::string lower(std::string s);

// The whole file; false with `error` set when it cannot be read. Only a regular file of
// at most kMaxImageFileBytes is read (a FIFO would block, a device never end).
bool readWholeFile(const std::string &path, std::vector<uint8_t> &bytes, std::string &error);

// Reads and decodes an image (`decodeMask`: a label mask); "" on success, else the
// reason (the caller names the file).
std::string decodeImageFile(ImageDecoder &decoder, const std::string &path,
                            std::vector<uint8_t> &bytes, Image8 &image);
std::string decodeMaskFile(ImageDecoder &decoder, const std::string &path,
                           std::vector<uint8_t> &bytes, LabelMask &mask);

// A float32 tensor in its own anonymous mapping, unmapped when the tensor dies (see
// the comment in imagefiles.cpp).
torch::Tensor mappedFloatTensor(std::vector<int64_t> sizes);

} // namespace disteval
