#pragma once

#include "data/dataset.h"
#include "data/imagetransform.h"

#include <string>

namespace disteval {

// How the images of an ImageFolder become tensors (flags --resize, --crop, --channels,
// --skip-bad-images).
struct ImageFolderOptions
{
    int32_t resizeShorter = 0; // 0: no resize
    int32_t cropHeight = 0;    // 0: no crop (both or neither)
    int32_t cropWidth = 0;
    int32_t channels = 0; // 0: those of sample 0 (1 for grayscale, else 3); or 1 or 3
    bool skipBadImages = false;
    // Segmentation folders (--masks): the masks' folder, and the ignore index that pads
    // a mask where the crop is larger than the image (none: such a crop is refused).
    std::string masks;
    bool hasMaskPad = false;
    int64_t maskPad = 0;

    bool isDefault() const
    {
        return resizeShorter == 0 && cropHeight == 0 && cropWidth == 0 && channels == 0
               && !skipBadImages && masks.empty();
    }
};

// torchvision's ImageFolder layout: root/<class>/.../<image>. Classes are the sorted
// names of root's sub-folders (byte order, as Python sorts them); the samples are, class
// by class, the files of each class folder and its sub-folders (symbolic links followed)
// whose names end in one of torchvision's image extensions (case-insensitive), ordered
// as torchvision orders them: folders by path, then files by name. So sample i is
// torchvision's sample i.
//
// JPEG and PNG files are decoded (ImageDecoder) and preprocessed (ImageTransform) when
// load() asks for them; only the file list is kept in memory (about 100 bytes a sample).
// load() is const and may run on several threads at once.
class ImageFolderDataset : public Dataset
{
public:
    // Scans the folder and decodes sample 0 (the first that decodes, when skipping) to
    // learn the sample shape. Throws std::runtime_error naming the folder or file: no
    // class sub-folder, a class folder without images, an undecodable sample 0.
    ImageFolderDataset(const std::string &root, const ImageFolderOptions &options);

    // True when `folder` has a sub-folder holding at least one file with an image
    // extension (directly).
    static bool looksLikeImageFolder(const std::string &folder);
    // torchvision's IMG_EXTENSIONS, case-insensitive.
    static bool hasImageExtension(const std::string &name);

    std::string format() const override { return "imagefolder"; }
    std::string path() const override { return m_root; }
    int64_t size() const override { return static_cast<int64_t>(m_files.size()); }
    std::vector<int64_t> sampleShape() const override;
    int numClasses() const override { return static_cast<int>(m_classNames.size()); }
    std::vector<std::string> classNames() const override { return m_classNames; }
    // Decodes and transforms samples [first, first + count). A file that cannot be read or
    // decoded throws std::runtime_error "image 'FILE': reason" or, when skipping, is left
    // out and listed in Batch::skipped. An image whose transformed shape differs from
    // sampleShape() always throws (give --resize/--crop).
    Batch load(int64_t first, int64_t count) const override;
    std::vector<std::string> files() const override { return m_files; }

    // The channel count used (resolved when options.channels was 0).
    int32_t channels() const { return m_transform.settings().channels; }

private:
    std::string m_root;
    ImageFolderOptions m_options;
    std::vector<std::string> m_classNames;
    std::vector<std::string> m_files;
    std::vector<int32_t> m_labels;
    ImageTransform m_transform;
    std::array<int64_t, 3> m_shape{};
};

} // namespace disteval
