#include "data/segmentationfolderdataset.h"

#include "data/imagedecoder.h"
#include "data/imagefiles.h"
#include "util/fileutil.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace disteval {

namespace {
std::string text(const std::array<int64_t, 3> &s)
{
    return std::to_string(s[1]) + "x" + std::to_string(s[2]);
}

// The mask of image `relative` (a path under the images folder): the same path under
// the masks folder with the extension replaced by .png.
std::string maskOf(const std::string &masks, const std::string &relative)
{
    const size_t dot = relative.rfind('.');
    const size_t slash = relative.rfind('/');
    const std::string stem = dot == std::string::npos || (slash != std::string::npos && dot < slash)
                                     ? relative
                                     : relative.substr(0, dot);
    return joinPath(masks, stem + ".png");
}
} // namespace

SegmentationFolderDataset::SegmentationFolderDataset(const std::string &images,
                                                     const std::string &masks,
                                                     const ImageFolderOptions &options)
    : m_images(images)
    , m_masks(masks)
    , m_options(options)
    , m_transform(ImageTransform::Settings{})
{
    if (!isDirectory(images))
        throw std::runtime_error("the images folder '" + images + "' is not a folder");
    if (!isDirectory(masks))
        throw std::runtime_error("the masks folder '" + masks + "' is not a folder");
    if (options.skipBadImages)
        throw std::runtime_error("--skip-bad-images is not available with --masks (a skipped "
                                 "image would leave its mask's pixels unevaluated)");
    std::vector<std::pair<std::string, std::vector<std::string>>> folders;
    std::set<std::pair<dev_t, ino_t>> visited;
    walkFolder(images, visited, folders);
    std::sort(folders.begin(), folders.end());
    for (const auto &[folder, names] : folders)
        for (const std::string &name : names)
            if (ImageFolderDataset::hasImageExtension(name)) {
                const std::string file = joinPath(folder, name);
                const std::string relative
                        = file.substr(images.size() + (images.back() == '/' ? 0 : 1));
                const std::string mask = maskOf(masks, relative);
                if (!fileExists(mask))
                    throw std::runtime_error("image '" + file + "' has no mask: '" + mask
                                             + "' does not exist (masks are PNG files with the "
                                               "image's relative path and stem)");
                m_files.push_back(file);
                m_maskFiles.push_back(mask);
            }
    if (m_files.empty())
        throw std::runtime_error("the images folder '" + images
                                 + "' holds no image file (.jpg, .jpeg, .png, ...)");
    // Sample 0 fixes the channels and the shape.
    ImageDecoder decoder;
    std::vector<uint8_t> bytes;
    Image8 image;
    std::string error = decodeImageFile(decoder, m_files[0], bytes, image);
    if (!error.empty())
        throw std::runtime_error("image '" + m_files[0] + "': " + error);
    ImageTransform::Settings s;
    s.resizeShorter = options.resizeShorter;
    s.cropHeight = options.cropHeight;
    s.cropWidth = options.cropWidth;
    s.channels = options.channels != 0 ? options.channels : (image.channels == 1 ? 1 : 3);
    m_transform = ImageTransform(s);
    m_shape = m_transform.outputShape(image.width, image.height);
}

std::vector<std::string> SegmentationFolderDataset::files() const
{
    std::vector<std::string> all = m_files;
    all.insert(all.end(), m_maskFiles.begin(), m_maskFiles.end());
    return all;
}

Batch SegmentationFolderDataset::load(int64_t first, int64_t count) const
{
    if (first < 0 || count < 0 || first + count > size())
        throw std::out_of_range("SegmentationFolderDataset::load outside the dataset");
    const int64_t sampleFloats = m_shape[0] * m_shape[1] * m_shape[2];
    const int64_t maskValues = m_shape[1] * m_shape[2];
    Batch b;
    b.inputs = mappedFloatTensor({count, m_shape[0], m_shape[1], m_shape[2]});
    b.labels = torch::empty({count, m_shape[1], m_shape[2]}, torch::kInt64);
    float *inputs = b.inputs.data_ptr<float>();
    int64_t *labels = b.labels.data_ptr<int64_t>();
    ImageDecoder decoder;
    std::vector<uint8_t> bytes;
    for (int64_t i = 0; i < count; ++i) {
        const std::string &file = m_files[static_cast<size_t>(first + i)];
        const std::string &maskFile = m_maskFiles[static_cast<size_t>(first + i)];
        Image8 image;
        LabelMask mask;
        std::string error = decodeImageFile(decoder, file, bytes, image);
        if (!error.empty())
            throw std::runtime_error("image '" + file + "': " + error);
        error = decodeMaskFile(decoder, maskFile, bytes, mask);
        if (!error.empty())
            throw std::runtime_error("mask '" + maskFile + "': " + error);
        if (mask.width != image.width || mask.height != image.height)
            throw std::runtime_error("mask '" + maskFile + "' is " + std::to_string(mask.width)
                                     + "x" + std::to_string(mask.height) + " pixels but its image '"
                                     + file + "' is " + std::to_string(image.width) + "x"
                                     + std::to_string(image.height));
        const auto shape = m_transform.outputShape(image.width, image.height);
        if (shape != m_shape)
            throw std::runtime_error(
                    "image '" + file + "' (" + std::to_string(image.width) + "x"
                    + std::to_string(image.height) + " pixels) becomes a " + text(shape)
                    + " sample but the dataset's samples are " + text(m_shape)
                    + " (from its first image); give --crop HxW (and --resize S) so that every "
                      "image has the same size");
        m_transform.apply(image, inputs + i * sampleFloats);
        if (!m_transform.applyToMask(mask, m_options.maskPad, m_options.hasMaskPad,
                                     labels + i * maskValues))
            throw std::runtime_error("image '" + file
                                     + "' is smaller than the crop: its mask would "
                                       "need padding; give --ignore-index V to pad masks with V");
    }
    return b;
}

} // namespace disteval
