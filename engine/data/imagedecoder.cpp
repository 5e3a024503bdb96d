#include "data/imagedecoder.h"

#include "evaluation/limits.h"

#include <png.h>
#include <turbojpeg.h>

#include <csetjmp>
#include <cstdio>
#include <cstring>

namespace disteval {

namespace {

bool startsWith(const uint8_t *data, size_t size, const char *magic, size_t length)
{
    return size >= length && std::memcmp(data, magic, length) == 0;
}

// --- PNG (libpng's classic API; its simplified API composites alpha and converts
// 16-bit samples through a gamma curve, which Pillow does not) ---------------------------

struct PngSource
{
    const uint8_t *data = nullptr;
    size_t size = 0;
    size_t offset = 0;
    char error[200] = {};
};

void pngRead(png_structp png, png_bytep out, png_size_t length)
{
    auto *source = static_cast<PngSource *>(png_get_io_ptr(png));
    if (length > source->size - source->offset)
        png_error(png, "the file is truncated");
    std::memcpy(out, source->data + source->offset, length);
    source->offset += length;
}

void pngError(png_structp png, png_const_charp message)
{
    auto *source = static_cast<PngSource *>(png_get_error_ptr(png));
    std::snprintf(source->error, sizeof source->error, "%s", message);
    png_longjmp(png, 1);
}

void pngWarning(png_structp, png_const_charp) {}

// Everything between setjmp and a possible longjmp lives here, with no C++ object that
// needs a destructor, so that libpng's longjmp skips nothing. Returns false with
// source->error set on failure.
bool readPng(png_structp png, png_infop info, PngSource *source, Image8 *out)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_read_fn(png, source, pngRead);
    png_set_user_limits(png, 1u << 24, 1u << 24);
    png_read_info(png, info);
    const png_uint_32 width = png_get_image_width(png, info);
    const png_uint_32 height = png_get_image_height(png, info);
    const int colorType = png_get_color_type(png, info);
    const int bitDepth = png_get_bit_depth(png, info);
    if (uint64_t(width) * height > uint64_t(ImageDecoder::kMaxPixels)) {
        std::snprintf(source->error, sizeof source->error,
                      "%ux%u pixels is more than the limit of %lld", width, height,
                      static_cast<long long>(ImageDecoder::kMaxPixels));
        return false;
    }
    if (colorType == PNG_COLOR_TYPE_PALETTE)
        png_set_palette_to_rgb(png);
    if (colorType == PNG_COLOR_TYPE_GRAY && bitDepth < 8)
        png_set_expand_gray_1_2_4_to_8(png);
    if (bitDepth == 16)
        png_set_strip_16(png);
    png_set_strip_alpha(png);
    const int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    const int channels = png_get_channels(png, info);
    if (png_get_bit_depth(png, info) != 8 || channels < 1 || channels > 4) {
        std::snprintf(source->error, sizeof source->error,
                      "unsupported PNG layout (%d channels of %d bits)", channels,
                      png_get_bit_depth(png, info));
        return false;
    }
    const size_t rowBytes = size_t(width) * size_t(channels);
    if (png_get_rowbytes(png, info) != rowBytes) {
        std::snprintf(source->error, sizeof source->error, "unexpected PNG row size");
        return false;
    }
    out->width = static_cast<int32_t>(width);
    out->height = static_cast<int32_t>(height);
    out->channels = channels;
    out->pixels.resize(rowBytes * height);
    for (int pass = 0; pass < passes; ++pass)
        for (png_uint_32 y = 0; y < height; ++y)
            png_read_row(png, out->pixels.data() + rowBytes * y, nullptr);
    return true;
}

// A PNG label mask (see ImageDecoder::decodeMask); `raw` receives the rows as read
// (1 or 2 bytes per sample, `channels` samples per pixel), `sampleBytes` their width.
bool readPngMask(png_structp png, png_infop info, PngSource *source, std::vector<uint8_t> *raw,
                 png_uint_32 *width, png_uint_32 *height, int *sampleBytes, int *channels)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_read_fn(png, source, pngRead);
    png_set_user_limits(png, 1u << 24, 1u << 24);
    png_read_info(png, info);
    *width = png_get_image_width(png, info);
    *height = png_get_image_height(png, info);
    const int colorType = png_get_color_type(png, info);
    const int bitDepth = png_get_bit_depth(png, info);
    if (uint64_t(*width) * *height > uint64_t(ImageDecoder::kMaxPixels)) {
        std::snprintf(source->error, sizeof source->error,
                      "%ux%u pixels is more than the limit of %lld", *width, *height,
                      static_cast<long long>(ImageDecoder::kMaxPixels));
        return false;
    }
    if (colorType != PNG_COLOR_TYPE_PALETTE && colorType != PNG_COLOR_TYPE_GRAY
        && colorType != PNG_COLOR_TYPE_GRAY_ALPHA) {
        std::snprintf(source->error, sizeof source->error,
                      "a colour (RGB) image; a mask must hold class indices (a palette or "
                      "grayscale PNG)");
        return false;
    }
    if (bitDepth < 8)
        png_set_packing(png); // one byte per index, values kept (not rescaled)
    if (colorType == PNG_COLOR_TYPE_GRAY_ALPHA)
        png_set_strip_alpha(png);
    const int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    *channels = png_get_channels(png, info);
    *sampleBytes = png_get_bit_depth(png, info) == 16 ? 2 : 1;
    const size_t rowBytes = size_t(*width) * size_t(*channels) * size_t(*sampleBytes);
    if (png_get_rowbytes(png, info) != rowBytes) {
        std::snprintf(source->error, sizeof source->error, "unexpected PNG row size");
        return false;
    }
    raw->resize(rowBytes * *height);
    for (int pass = 0; pass < passes; ++pass)
        for (png_uint_32 y = 0; y < *height; ++y)
            png_read_row(png, raw->data() + rowBytes * y, nullptr);
    return true;
}

// Keeps the colour channels of a grayscale+alpha (2) or RGBA (4) image, in place.
void dropAlpha(Image8 &image)
{
    if (image.channels != 2 && image.channels != 4)
        return;
    const int32_t keep = image.channels - 1;
    const size_t pixels = size_t(image.width) * size_t(image.height);
    for (size_t i = 0; i < pixels; ++i)
        for (int32_t c = 0; c < keep; ++c)
            image.pixels[i * size_t(keep) + size_t(c)]
                    = image.pixels[i * size_t(image.channels) + size_t(c)];
    image.pixels.resize(pixels * size_t(keep));
    image.channels = keep;
}

} // namespace

ImageDecoder::ImageDecoder() = default;

ImageDecoder::~ImageDecoder()
{
    if (m_turbo)
        tjDestroy(static_cast<tjhandle>(m_turbo));
}

std::string ImageDecoder::sniffFormat(const uint8_t *data, size_t size)
{
    if (size >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        return "JPEG";
    if (startsWith(data, size, "\x89PNG\r\n\x1a\n", 8))
        return "PNG";
    if (startsWith(data, size, "GIF8", 4))
        return "GIF";
    if (startsWith(data, size, "BM", 2))
        return "BMP";
    if (startsWith(data, size, "II*\0", 4) || startsWith(data, size, "MM\0*", 4))
        return "TIFF";
    if (size >= 12 && startsWith(data, size, "RIFF", 4) && std::memcmp(data + 8, "WEBP", 4) == 0)
        return "WebP";
    if (size >= 2 && data[0] == 'P' && data[1] >= '1' && data[1] <= '6')
        return "PPM/PGM";
    return {};
}

Image8 ImageDecoder::decode(const uint8_t *data, size_t size)
{
    if (size == 0)
        throw ImageDecodeError("the file is empty");
    const std::string format = sniffFormat(data, size);
    if (format == "JPEG")
        return decodeJpeg(data, size);
    if (format == "PNG")
        return decodePng(data, size);
    if (format.empty())
        throw ImageDecodeError("not a JPEG or PNG image (unrecognised content)");
    throw ImageDecodeError("a " + format + " image; disteval reads JPEG and PNG only");
}

int countJpegScans(const uint8_t *data, size_t size)
{
    // Markers: 0xFF, fill bytes 0xFF, then the marker code. SOS (0xDA) starts a scan:
    // its header has a length, then entropy-coded data runs to the next marker that is
    // not a stuffed 0xFF00 or a restart marker 0xFFD0-0xFFD7.
    int scans = 0;
    size_t i = 2; // after SOI
    while (i + 1 < size) {
        if (data[i] != 0xFF) {
            ++i;
            continue;
        }
        while (i < size && data[i] == 0xFF)
            ++i;
        if (i >= size)
            break;
        const uint8_t marker = data[i++];
        if (marker == 0xD9) // EOI
            break;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8))
            continue; // no length
        if (i + 1 >= size)
            break;
        const size_t length = (size_t(data[i]) << 8) | data[i + 1];
        i += length;
        if (marker != 0xDA)
            continue;
        ++scans;
        while (i + 1 < size
               && !(data[i] == 0xFF && data[i + 1] != 0x00
                    && !(data[i + 1] >= 0xD0 && data[i + 1] <= 0xD7)))
            ++i;
    }
    return scans;
}

Image8 ImageDecoder::decodeJpeg(const uint8_t *data, size_t size)
{
    // A JPEG of thousands of progressive scans decodes for minutes (each scan revisits
    // the whole image); libjpeg-turbo 2.1 has no scan limit of its own.
    const int scans = countJpegScans(data, size);
    if (scans > kMaxJpegScans)
        throw ImageDecodeError("a JPEG of " + std::to_string(scans) + " scans, more than the "
                               + std::to_string(kMaxJpegScans)
                               + " disteval decodes (a decompression bomb?)");
    if (!m_turbo) {
        m_turbo = tjInitDecompress();
        if (!m_turbo)
            throw ImageDecodeError(std::string("cannot start the JPEG decoder: ")
                                   + tjGetErrorStr2(nullptr));
    }
    auto *handle = static_cast<tjhandle>(m_turbo);
    int width = 0, height = 0, subsampling = 0, colorspace = 0;
    if (tjDecompressHeader3(handle, data, static_cast<unsigned long>(size), &width, &height,
                            &subsampling, &colorspace)
        != 0)
        throw ImageDecodeError(std::string("corrupt JPEG header: ") + tjGetErrorStr2(handle));
    if (colorspace == TJCS_CMYK || colorspace == TJCS_YCCK)
        throw ImageDecodeError("a CMYK JPEG; disteval reads grayscale and RGB JPEGs only");
    if (width <= 0 || height <= 0 || int64_t(width) * height > kMaxPixels)
        throw ImageDecodeError("a JPEG of " + std::to_string(width) + "x" + std::to_string(height)
                               + " pixels, outside the limit of " + std::to_string(kMaxPixels));
    Image8 image;
    image.width = width;
    image.height = height;
    image.channels = colorspace == TJCS_GRAY ? 1 : 3;
    image.pixels.resize(size_t(width) * size_t(height) * size_t(image.channels));
    if (tjDecompress2(handle, data, static_cast<unsigned long>(size), image.pixels.data(), width, 0,
                      height, image.channels == 1 ? TJPF_GRAY : TJPF_RGB, 0)
        != 0) {
        // libjpeg-turbo reports recoverable damage as a warning. A truncated file is an
        // error (Pillow refuses it too); other warnings (extraneous bytes before a marker)
        // leave a usable image, which Pillow accepts.
        const std::string message = tjGetErrorStr2(handle);
        if (tjGetErrorCode(handle) != TJERR_WARNING
            || message.find("Premature end") != std::string::npos)
            throw ImageDecodeError("corrupt JPEG data: " + message);
    }
    return image;
}

Image8 ImageDecoder::decodePng(const uint8_t *data, size_t size)
{
    PngSource source;
    source.data = data;
    source.size = size;
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &source, pngError, pngWarning);
    if (!png)
        throw ImageDecodeError("cannot start the PNG decoder");
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_read_struct(&png, nullptr, nullptr);
        throw ImageDecodeError("cannot start the PNG decoder");
    }
    Image8 image;
    const bool ok = readPng(png, info, &source, &image);
    png_destroy_read_struct(&png, &info, nullptr);
    if (!ok)
        throw ImageDecodeError(std::string("corrupt PNG data: ") + source.error);
    dropAlpha(image);
    return image;
}

LabelMask ImageDecoder::decodeMask(const uint8_t *data, size_t size)
{
    if (sniffFormat(data, size) != "PNG")
        throw ImageDecodeError("not a PNG file; masks are PNG images of class indices");
    PngSource source;
    source.data = data;
    source.size = size;
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &source, pngError, pngWarning);
    if (!png)
        throw ImageDecodeError("cannot start the PNG decoder");
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_read_struct(&png, nullptr, nullptr);
        throw ImageDecodeError("cannot start the PNG decoder");
    }
    std::vector<uint8_t> raw;
    png_uint_32 width = 0, height = 0;
    int sampleBytes = 1, channels = 1;
    const bool ok = readPngMask(png, info, &source, &raw, &width, &height, &sampleBytes, &channels);
    png_destroy_read_struct(&png, &info, nullptr);
    if (!ok)
        throw ImageDecodeError(std::string("mask: ") + source.error);
    LabelMask mask;
    mask.width = static_cast<int32_t>(width);
    mask.height = static_cast<int32_t>(height);
    const size_t pixels = size_t(width) * size_t(height);
    mask.values.resize(pixels);
    const size_t stride = size_t(channels) * size_t(sampleBytes);
    for (size_t i = 0; i < pixels; ++i) {
        const uint8_t *p = raw.data() + i * stride;
        mask.values[i] = sampleBytes == 2 ? (int32_t(p[0]) << 8 | p[1]) : int32_t(p[0]);
    }
    return mask;
}

} // namespace disteval
