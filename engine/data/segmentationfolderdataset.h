#pragma once

#include "data/dataset.h"
#include "data/imagefolderdataset.h"
#include "data/imagetransform.h"

namespace disteval {

// A segmentation dataset in two folders, VOC / Cityscapes-like: `--data images/
// --masks masks/`. The samples are every image under images/ (sub-folders followed,
// torchvision's image extensions), ordered by relative path (folders by path, files by
// name); the label of images/a/b/x.jpg is masks/a/b/x.png, a PNG of class indices (a
// palette image's indices or a grayscale image's values, as NumPy reads them from
// Pillow). The images get the ImageFolder transform (--resize, --crop, --channels,
// bilinear as torchvision); the masks the same resize and crop with nearest neighbour,
// as torchvision's Resize(S, InterpolationMode.NEAREST) does on a PIL mask; crop padding
// of a mask is the ignore index (`maskPad`), refused without one. Labels: int64
// [N, H, W].
class SegmentationFolderDataset : public Dataset
{
public:
    // Throws std::runtime_error naming the folder or file: no image, an image without
    // its mask, a sample 0 that does not decode, a mask whose size differs from its
    // image's.
    SegmentationFolderDataset(const std::string &images, const std::string &masks,
                              const ImageFolderOptions &options);

    std::string format() const override { return "segmentation-folder"; }
    std::string path() const override { return m_images; }
    int64_t size() const override { return static_cast<int64_t>(m_files.size()); }
    std::vector<int64_t> sampleShape() const override
    {
        return {m_shape[0], m_shape[1], m_shape[2]};
    }
    int numClasses() const override { return 0; }
    std::vector<int64_t> labelShape() const override { return {m_shape[1], m_shape[2]}; }
    Batch load(int64_t first, int64_t count) const override;
    std::vector<std::string> files() const override;

private:
    std::string m_images;
    std::string m_masks;
    ImageFolderOptions m_options;
    std::vector<std::string> m_files;     // images
    std::vector<std::string> m_maskFiles; // their masks
    ImageTransform m_transform;
    std::array<int64_t, 3> m_shape{};
};

} // namespace disteval
