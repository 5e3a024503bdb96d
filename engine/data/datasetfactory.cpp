#include "data/datasetfactory.h"

#include "data/idxdataset.h"
#include "data/tensorfiledataset.h"
#include "util/fileutil.h"

#include <algorithm>
#include <dirent.h>
#include <stdexcept>
#include <vector>

namespace disteval {

namespace {
std::vector<std::string> listFolder(const std::string &folder)
{
    std::vector<std::string> names;
    DIR *dir = ::opendir(folder.c_str());
    if (!dir)
        throw std::runtime_error("cannot read the folder '" + folder + "'");
    while (const dirent *e = ::readdir(dir)) {
        const std::string name = e->d_name;
        if (name != "." && name != "..")
            names.push_back(name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    return names;
}

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

std::unique_ptr<Dataset> openDataset(const std::string &path)
{
    if (path.empty())
        throw std::runtime_error("no dataset given (--data PATH)");
    if (isDirectory(path)) {
        const std::string images = pickIdxImages(path);
        if (images.empty())
            throw std::runtime_error("the folder '" + path
                                     + "' holds no dataset disteval reads (IDX image files)");
        return std::make_unique<IdxDataset>(images);
    }
    if (!fileExists(path))
        throw std::runtime_error("dataset '" + path + "' does not exist");
    if (IdxDataset::looksLikeIdxImages(path))
        return std::make_unique<IdxDataset>(path);
    if (TensorFileDataset::looksLikeTensorFile(path))
        return std::make_unique<TensorFileDataset>(path);
    const std::vector<uint8_t> head = readPrefixMaybeGzip(path, 4);
    if (head.size() == 4 && head[0] == 0 && head[1] == 0 && (head[2] == 8 || head[2] == 0x0d))
        throw std::runtime_error("'" + path
                                 + "' is an IDX file but not an images file of unsigned bytes "
                                   "(give the images file; its labels are found beside it)");
    if (head.empty())
        throw std::runtime_error("dataset '" + path + "' is empty");
    throw std::runtime_error("'" + path
                             + "' is not a dataset format disteval reads (IDX images, "
                               "or a torch.save'd dict of \"inputs\" and \"labels\")");
}

} // namespace disteval
