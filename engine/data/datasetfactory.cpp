#include "data/datasetfactory.h"

#include "data/idxdataset.h"
#include "data/imagefolderdataset.h"
#include "data/npydataset.h"
#include "data/segmentationfolderdataset.h"
#include "data/tensorfiledataset.h"
#include "util/fileutil.h"

#include <algorithm>
#include <dirent.h>
#include <stdexcept>
#include <vector>

namespace disteval {

namespace {
std::string pickIdxImages(const std::string &folder)
{
    std::vector<std::string> candidates;
    for (const std::string &name : listFolder(folder)) {
        const std::string p = joinPath(folder, name);
        if (name.find("images") != std::string::npos && fileExists(p)
            && IdxDataset::looksLikeIdxImages(p))
            candidates.push_back(p);
    }
    if (candidates.empty())
        return {};
    if (candidates.size() == 1)
        return candidates.front();
    std::vector<std::string> test;
    for (const std::string &c : candidates)
        if (fileName(c).find("t10k") != std::string::npos
            || fileName(c).find("test") != std::string::npos)
            test.push_back(c);
    if (test.size() == 1)
        return test.front();
    std::string list;
    for (const std::string &c : candidates)
        list += "\n  " + c;
    throw std::runtime_error("the folder '" + folder
                             + "' holds several IDX image files; give one of them:" + list);
}
} // namespace

namespace {
std::unique_ptr<Dataset> openOtherDataset(const std::string &path)
{
    if (isDirectory(path)) {
        const std::string images = pickIdxImages(path);
        if (!images.empty())
            return std::make_unique<IdxDataset>(images);
        const std::string npyInputs = NpyDataset::inputsInFolder(path);
        if (!npyInputs.empty())
            return std::make_unique<NpyDataset>(npyInputs);
        throw std::runtime_error("the folder '" + path
                                 + "' holds no dataset disteval reads (IDX image files, "
                                   "inputs.npy (or inputs.NAME.npy files) + labels.npy, or class "
                                   "sub-folders of images)");
    }
    if (!fileExists(path))
        throw std::runtime_error("dataset '" + path + "' does not exist");
    if (IdxDataset::looksLikeIdxImages(path))
        return std::make_unique<IdxDataset>(path);
    if (TensorFileDataset::looksLikeTensorFile(path))
        return std::make_unique<TensorFileDataset>(path);
    if (NpyDataset::looksLikeNpy(path))
        return std::make_unique<NpyDataset>(path);
    const std::vector<uint8_t> head = readPrefixMaybeGzip(path, 4);
    if (head.size() == 4 && head[0] == 0 && head[1] == 0 && (head[2] == 8 || head[2] == 0x0d))
        throw std::runtime_error("'" + path
                                 + "' is an IDX file but not an images file of unsigned bytes "
                                   "(give the images file; its labels are found beside it)");
    if (head.empty())
        throw std::runtime_error("dataset '" + path + "' is empty");
    throw std::runtime_error("'" + path
                             + "' is not a dataset format disteval reads (IDX images, "
                               "a torch.save'd dict of \"inputs\" and \"labels\", a .npy "
                               "inputs file, or an ImageFolder)");
}
} // namespace

std::unique_ptr<Dataset> openDataset(const std::string &path, const ImageFolderOptions &images)
{
    if (path.empty())
        throw std::runtime_error("no dataset given (--data PATH)");
    if (!images.masks.empty())
        return std::make_unique<SegmentationFolderDataset>(path, images.masks, images);
    if (isDirectory(path) && pickIdxImages(path).empty()
        && ImageFolderDataset::looksLikeImageFolder(path))
        return std::make_unique<ImageFolderDataset>(path, images);
    std::unique_ptr<Dataset> dataset = openOtherDataset(path);
    if (!images.isDefault())
        throw std::runtime_error("--resize, --crop, --channels and --skip-bad-images apply to "
                                 "ImageFolder datasets only, and '"
                                 + path + "' is a dataset of format '" + dataset->format() + "'");
    return dataset;
}

} // namespace disteval
