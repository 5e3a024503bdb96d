#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace disteval {

// An 8-bit image: rows top to bottom, channels interleaved (height x width x channels).
struct Image8
{
    int32_t width = 0;
    int32_t height = 0;
    int32_t channels = 0; // 1 (grayscale) or 3 (RGB)
    std::vector<uint8_t> pixels;
};

// A label mask: one class index per pixel, rows top to bottom.
struct LabelMask
{
    int32_t width = 0;
    int32_t height = 0;
    std::vector<int32_t> values;
};

class ImageDecodeError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Decodes JPEG (libjpeg-turbo's TurboJPEG API) and PNG (libpng) images held in memory,
// without LibTorch. The pixels are those Pillow gives for the same file:
//  - JPEG: accurate integer IDCT and smooth ("fancy") chroma upsampling, the defaults of
//    both libjpeg-turbo and Pillow; grayscale JPEGs stay one channel. CMYK/YCCK JPEGs
//    are refused.
//  - PNG: palettes expanded to RGB, 1/2/4-bit grayscale widened to 8 bits, 16-bit
//    samples reduced to their high byte, alpha (and tRNS transparency) dropped without
//    compositing, gamma and colour-profile chunks ignored, as Pillow's convert("RGB")
//    does.
// One decoder per thread: it owns a TurboJPEG handle, which is not thread-safe.
class ImageDecoder
{
public:
    ImageDecoder();
    ~ImageDecoder();
    ImageDecoder(const ImageDecoder &) = delete;
    ImageDecoder &operator=(const ImageDecoder &) = delete;

    // Images larger than this many pixels are refused (Pillow's decompression-bomb
    // limit), so a crafted header cannot make the engine allocate gigabytes.
    static constexpr int64_t kMaxPixels = 178956970;

    // Decodes the image in `data`; the result has 1 channel for a grayscale source and 3
    // for every other. Throws ImageDecodeError with the reason (the caller adds the file
    // name): empty, truncated or corrupt data, an unsupported format or colour space, or
    // an image over kMaxPixels.
    Image8 decode(const uint8_t *data, size_t size);
    // Decodes a PNG label mask as the values NumPy gives for Pillow's image: a palette
    // image's indices (not its colours), a grayscale image's values (1 to 16 bits, not
    // rescaled); alpha is dropped. A colour (RGB) PNG or another format is refused:
    // masks hold class indices (docs/TASKS.md).
    LabelMask decodeMask(const uint8_t *data, size_t size);

    // The container format from the first bytes: "JPEG", "PNG", "GIF", "BMP", "TIFF",
    // "WebP", "PPM/PGM" or "" when unknown.
    static std::string sniffFormat(const uint8_t *data, size_t size);

private:
    Image8 decodeJpeg(const uint8_t *data, size_t size);
    Image8 decodePng(const uint8_t *data, size_t size);

    void *m_turbo = nullptr; // tjhandle, created on first use
};

// How many scans (SOS markers) a JPEG byte stream holds, by walking its markers without
// decoding (linear in the size; stops at EOI or the end of the data).
int countJpegScans(const uint8_t *data, size_t size);

} // namespace disteval
