#pragma once

#include "data/imagedecoder.h"

#include <array>
#include <cstdint>

namespace disteval {

// The usual torchvision evaluation transform, on raw buffers (no LibTorch):
//
//     Resize(S) -> CenterCrop((H, W)) -> ToTensor()
//
// with the image first converted to the wanted channel count (1 or 3).
//  - Channels: a grayscale image becomes RGB by repeating its value; an RGB image becomes
//    grayscale by Pillow's convert("L"): (R*19595 + G*38470 + B*7471 + 0x8000) >> 16.
//  - Resize(S): the shorter side becomes S, the longer int(S * long / short) (truncated,
//    as torchvision computes it); unchanged when the image already has that size. The
//    filter is Pillow's BILINEAR as Image.resize applies it: a triangle filter whose
//    support widens with the reduction factor (so a reduction is antialiased), weights
//    rounded to 22-bit fixed point, horizontal pass first, each pass rounded and
//    clamped to 8 bits. The result equals Pillow's (9.x) pixel for pixel.
//  - CenterCrop(H, W): the top-left corner is round((h - H) / 2), round((w - W) / 2)
//    with Python's round-half-to-even; a side smaller than the crop is padded with zeros
//    first, (H - h) // 2 before and the rest after, as torchvision does.
//  - ToTensor: channels first, value / 255 in float32 (the same float as LibTorch's
//    uint8 -> float32 division by 255).
// Only the cropped part of the resized image is computed, which gives the same values.
class ImageTransform
{
public:
    struct Settings
    {
        int32_t resizeShorter = 0; // S; 0: no resize
        int32_t cropHeight = 0;    // 0: no crop
        int32_t cropWidth = 0;
        int32_t channels = 3; // 1 or 3
    };

    explicit ImageTransform(const Settings &settings);

    const Settings &settings() const { return m_settings; }

    // The [channels, height, width] the transform makes of a width x height image.
    std::array<int64_t, 3> outputShape(int32_t width, int32_t height) const;

    // Writes outputShape(image.width, image.height) floats (channels first) to `out`.
    // The image must have 1 or 3 channels.
    void apply(const Image8 &image, float *out) const;

    // The same transform on a label mask, as torchvision's Resize(S,
    // InterpolationMode.NEAREST) and CenterCrop do on a PIL mask: Pillow's nearest
    // neighbour (output pixel x reads source pixel int(0.5 s + x s), s = in / out, the
    // coordinate accumulated step by step in double exactly as Pillow's affine
    // transform does), then the centre crop. Writes outputShape's height x width values;
    // crop padding gets `pad`. Returns false when padding is needed and `canPad` is false.
    bool applyToMask(const LabelMask &mask, int64_t pad, bool canPad, int64_t *out) const;
    // The size torchvision's Resize(S) gives a width x height image.
    static std::array<int32_t, 2> resizedSize(int32_t width, int32_t height, int32_t shorter);

    // Pillow's convert(): 1 <-> 3 channels as described above; a copy when equal.
    static Image8 convertChannels(const Image8 &image, int32_t channels);

private:
    Settings m_settings;
    std::array<float, 256> m_toFloat{};
};

} // namespace disteval
