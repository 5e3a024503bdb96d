#include "data/imagefolderdataset.h"

#include "data/imagefiles.h"

#include "data/imagedecoder.h"
#include "evaluation/limits.h"
#include "io/regularfile.h"
#include "util/fileutil.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>
#include <stdexcept>
#include <utility>

#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace disteval {

bool ImageFolderDataset::hasImageExtension(const std::string &name)
{
    const std::string l = lower(name);
    for (const char *ext :
         {".jpg", ".jpeg", ".png", ".ppm", ".bmp", ".pgm", ".tif", ".tiff", ".webp"})
        if (endsWith(l, ext))
            return true;
    return false;
}

bool ImageFolderDataset::looksLikeImageFolder(const std::string &folder)
{
    try {
        for (const std::string &sub : listEntries(folder).folders)
            for (const std::string &f : listEntries(joinPath(folder, sub)).files)
                if (hasImageExtension(f))
                    return true;
    } catch (const std::exception &) {
    }
    return false;
}

ImageFolderDataset::ImageFolderDataset(const std::string &root, const ImageFolderOptions &options)
    : m_root(root)
    , m_options(options)
    , m_transform(ImageTransform::Settings{})
{
    m_classNames = listEntries(root).folders;
    if (m_classNames.empty())
        throw std::runtime_error("the folder '" + root
                                 + "' has no class sub-folders (an ImageFolder is "
                                   "root/<class>/<image>)");
    if (static_cast<int64_t>(m_classNames.size()) > kMaxClasses)
        throw std::runtime_error("ImageFolder '" + root + "' has "
                                 + std::to_string(m_classNames.size())
                                 + " class folders, more than the " + std::to_string(kMaxClasses)
                                 + " classes disteval evaluates");
    std::vector<std::string> empty;
    for (size_t c = 0; c < m_classNames.size(); ++c) {
        std::vector<std::pair<std::string, std::vector<std::string>>> folders;
        std::set<std::pair<dev_t, ino_t>> visited;
        walkFolder(joinPath(root, m_classNames[c]), visited, folders);
        std::sort(folders.begin(), folders.end());
        const size_t before = m_files.size();
        for (const auto &[folder, names] : folders)
            for (const std::string &name : names)
                if (hasImageExtension(name)) {
                    m_files.push_back(joinPath(folder, name));
                    m_labels.push_back(static_cast<int32_t>(c));
                }
        if (m_files.size() == before)
            empty.push_back(m_classNames[c]);
    }
    if (!empty.empty()) {
        std::string list;
        for (const std::string &e : empty)
            list += (list.empty() ? "'" : ", '") + e + "'";
        throw std::runtime_error("ImageFolder '" + root + "': no image file (.jpg, .jpeg, .png) in "
                                 + "the class folder" + (empty.size() > 1 ? "s " : " ") + list);
    }

    // Sample 0 (or the first that decodes, when skipping) fixes the channels and shape.
    ImageDecoder decoder;
    std::vector<uint8_t> bytes;
    for (size_t i = 0; i < m_files.size(); ++i) {
        Image8 image;
        std::string error = decodeImageFile(decoder, m_files[i], bytes, image);
        if (!error.empty()) {
            if (options.skipBadImages && i + 1 < m_files.size())
                continue;
            throw std::runtime_error("image '" + m_files[i] + "': " + error);
        }
        ImageTransform::Settings s;
        s.resizeShorter = options.resizeShorter;
        s.cropHeight = options.cropHeight;
        s.cropWidth = options.cropWidth;
        s.channels = options.channels != 0 ? options.channels : (image.channels == 1 ? 1 : 3);
        m_transform = ImageTransform(s);
        m_shape = m_transform.outputShape(image.width, image.height);
        break;
    }
}

std::vector<int64_t> ImageFolderDataset::sampleShape() const
{
    return {m_shape[0], m_shape[1], m_shape[2]};
}

Batch ImageFolderDataset::load(int64_t first, int64_t count) const
{
    if (first < 0 || count < 0 || first + count > size())
        throw std::out_of_range("ImageFolderDataset::load outside the dataset");
    const int64_t sampleFloats = m_shape[0] * m_shape[1] * m_shape[2];
    Batch b;
    b.inputs = mappedFloatTensor({count, m_shape[0], m_shape[1], m_shape[2]});
    b.labels = torch::empty({count}, torch::kInt64);
    float *inputs = b.inputs.data_ptr<float>();
    int64_t *labels = b.labels.data_ptr<int64_t>();
    ImageDecoder decoder;
    std::vector<uint8_t> bytes;
    int64_t kept = 0;
    for (int64_t i = first; i < first + count; ++i) {
        const std::string &file = m_files[static_cast<size_t>(i)];
        Image8 image;
        std::string error = decodeImageFile(decoder, file, bytes, image);
        if (!error.empty()) {
            if (!m_options.skipBadImages)
                throw std::runtime_error("image '" + file + "': " + error);
            b.skipped.push_back(file + ": " + error);
            continue;
        }
        const auto shape = m_transform.outputShape(image.width, image.height);
        if (shape != m_shape) {
            auto text = [](const std::array<int64_t, 3> &s) {
                return std::to_string(s[0]) + "x" + std::to_string(s[1]) + "x"
                       + std::to_string(s[2]);
            };
            throw std::runtime_error(
                    "image '" + file + "' (" + std::to_string(image.width) + "x"
                    + std::to_string(image.height) + " pixels) becomes a " + text(shape)
                    + " sample but the dataset's samples are " + text(m_shape)
                    + " (from its first image); give --crop HxW (and --resize S) so that every "
                      "image has the same size");
        }
        m_transform.apply(image, inputs + kept * sampleFloats);
        labels[kept] = m_labels[static_cast<size_t>(i)];
        b.indices.push_back(i);
        ++kept;
    }
    if (kept == count)
        b.indices.clear();
    if (kept < count) {
        b.inputs = b.inputs.narrow(0, 0, kept);
        b.labels = b.labels.narrow(0, 0, kept);
    }
    return b;
}

} // namespace disteval
