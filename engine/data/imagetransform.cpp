#include "data/imagetransform.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace disteval {

namespace {

// Pillow's Resample.c (ImagingResample, 8 bits per channel), reproduced so that the
// resized pixels are Pillow's exactly.
constexpr int kPrecisionBits = 32 - 8 - 2;

struct Coefficients
{
    int32_t kernelSize = 0;
    std::vector<int32_t> bounds;  // per output index: first input index, input count
    std::vector<int32_t> weights; // per output index: kernelSize fixed-point weights
};

double bilinearFilter(double x)
{
    if (x < 0.0)
        x = -x;
    if (x < 1.0)
        return 1.0 - x;
    return 0.0;
}

Coefficients bilinearCoefficients(int32_t inSize, int32_t outSize)
{
    constexpr double kSupport = 1.0; // the bilinear filter's support
    const float in0 = 0.0f;
    const float in1 = static_cast<float>(inSize);
    const double scale = static_cast<double>(in1 - in0) / outSize;
    const double filterScale = scale < 1.0 ? 1.0 : scale;
    const double support = kSupport * filterScale;
    Coefficients c;
    c.kernelSize = static_cast<int32_t>(std::ceil(support)) * 2 + 1;
    c.bounds.resize(size_t(outSize) * 2);
    c.weights.resize(size_t(outSize) * size_t(c.kernelSize));
    std::vector<double> k(size_t(c.kernelSize));
    for (int32_t xx = 0; xx < outSize; ++xx) {
        const double center = in0 + (xx + 0.5) * scale;
        const double ss = 1.0 / filterScale;
        int32_t xmin = static_cast<int32_t>(center - support + 0.5);
        if (xmin < 0)
            xmin = 0;
        int32_t xmax = static_cast<int32_t>(center + support + 0.5);
        if (xmax > inSize)
            xmax = inSize;
        xmax -= xmin;
        double ww = 0.0;
        std::fill(k.begin(), k.end(), 0.0);
        for (int32_t x = 0; x < xmax; ++x) {
            const double w = bilinearFilter((x + xmin - center + 0.5) * ss);
            k[size_t(x)] = w;
            ww += w;
        }
        for (int32_t x = 0; x < xmax; ++x)
            if (ww != 0.0)
                k[size_t(x)] /= ww;
        c.bounds[size_t(xx) * 2] = xmin;
        c.bounds[size_t(xx) * 2 + 1] = xmax;
        int32_t *fixed = c.weights.data() + size_t(xx) * size_t(c.kernelSize);
        for (int32_t x = 0; x < c.kernelSize; ++x) {
            const double v = k[size_t(x)];
            fixed[x] = v < 0 ? static_cast<int32_t>(-0.5 + v * (1 << kPrecisionBits))
                             : static_cast<int32_t>(0.5 + v * (1 << kPrecisionBits));
        }
    }
    return c;
}

inline uint8_t clip8(int32_t in)
{
    if (in >= (1 << kPrecisionBits << 8))
        return 255;
    if (in <= 0)
        return 0;
    return static_cast<uint8_t>(in >> kPrecisionBits);
}

// Where output index o of a centre crop (with zero padding) reads the resized axis of
// `size` pixels: resized index o + offset, valid when inside [0, size).
int32_t cropOffset(int32_t size, int32_t crop)
{
    if (crop == 0)
        return 0;
    const int32_t padBefore = crop > size ? (crop - size) / 2 : 0;
    const int32_t padded = std::max(size, crop);
    // Python's round(): half to even, which nearbyint does in the default rounding mode.
    const int32_t start = static_cast<int32_t>(std::nearbyint((padded - crop) / 2.0));
    return start - padBefore;
}

} // namespace

ImageTransform::ImageTransform(const Settings &settings)
    : m_settings(settings)
{
    if (settings.channels != 1 && settings.channels != 3)
        throw std::invalid_argument("ImageTransform: channels must be 1 or 3");
    if (settings.resizeShorter < 0 || settings.cropHeight < 0 || settings.cropWidth < 0
        || (settings.cropHeight == 0) != (settings.cropWidth == 0))
        throw std::invalid_argument("ImageTransform: bad resize or crop size");
    for (int v = 0; v < 256; ++v)
        m_toFloat[size_t(v)] = static_cast<float>(v) / 255.0f;
}

std::array<int32_t, 2> ImageTransform::resizedSize(int32_t width, int32_t height, int32_t shorter)
{
    if (shorter <= 0)
        return {width, height};
    const bool wide = width > height;
    const int32_t small = wide ? height : width;
    const int32_t large = wide ? width : height;
    // int(S * long / short) in Python: a float64 division, then truncation.
    const auto longer = static_cast<int32_t>(double(int64_t(shorter) * large) / double(small));
    return wide ? std::array<int32_t, 2>{longer, shorter} : std::array<int32_t, 2>{shorter, longer};
}

std::array<int64_t, 3> ImageTransform::outputShape(int32_t width, int32_t height) const
{
    const auto resized = resizedSize(width, height, m_settings.resizeShorter);
    const int64_t h = m_settings.cropHeight ? m_settings.cropHeight : resized[1];
    const int64_t w = m_settings.cropWidth ? m_settings.cropWidth : resized[0];
    return {m_settings.channels, h, w};
}

Image8 ImageTransform::convertChannels(const Image8 &image, int32_t channels)
{
    if (image.channels == channels)
        return image;
    Image8 out;
    out.width = image.width;
    out.height = image.height;
    out.channels = channels;
    const size_t pixels = size_t(image.width) * size_t(image.height);
    out.pixels.resize(pixels * size_t(channels));
    const uint8_t *in = image.pixels.data();
    uint8_t *o = out.pixels.data();
    if (image.channels == 1 && channels == 3) {
        for (size_t i = 0; i < pixels; ++i)
            o[3 * i] = o[3 * i + 1] = o[3 * i + 2] = in[i];
    } else if (image.channels == 3 && channels == 1) {
        for (size_t i = 0; i < pixels; ++i)
            o[i] = static_cast<uint8_t>(
                    (in[3 * i] * 19595u + in[3 * i + 1] * 38470u + in[3 * i + 2] * 7471u + 0x8000u)
                    >> 16);
    } else {
        throw std::invalid_argument("ImageTransform: images must have 1 or 3 channels");
    }
    return out;
}

void ImageTransform::apply(const Image8 &image, float *out) const
{
    const int32_t channels = m_settings.channels;
    Image8 converted;
    const Image8 *src = &image;
    if (image.channels != channels) {
        converted = convertChannels(image, channels);
        src = &converted;
    }
    const int32_t inW = src->width;
    const int32_t inH = src->height;
    const auto resized = resizedSize(inW, inH, m_settings.resizeShorter);
    const int32_t rw = resized[0];
    const int32_t rh = resized[1];
    const int32_t outW = m_settings.cropWidth ? m_settings.cropWidth : rw;
    const int32_t outH = m_settings.cropHeight ? m_settings.cropHeight : rh;
    const int32_t offX = cropOffset(rw, m_settings.cropWidth);
    const int32_t offY = cropOffset(rh, m_settings.cropHeight);
    const size_t plane = size_t(outW) * size_t(outH);
    std::fill(out, out + plane * size_t(channels), m_toFloat[0]);

    // The output rows and columns that fall inside the resized image.
    const int32_t oxFirst = std::max(0, -offX);
    const int32_t oxLast = std::min(outW, rw - offX); // exclusive
    const int32_t oyFirst = std::max(0, -offY);
    const int32_t oyLast = std::min(outH, rh - offY);
    if (oxFirst >= oxLast || oyFirst >= oyLast)
        return;

    const bool horizontal = rw != inW;
    const bool vertical = rh != inH;
    const Coefficients hc = horizontal ? bilinearCoefficients(inW, rw) : Coefficients{};
    const Coefficients vc = vertical ? bilinearCoefficients(inH, rh) : Coefficients{};

    // Source rows the kept output rows need.
    int32_t y0 = inH, y1 = 0;
    for (int32_t oy = oyFirst; oy < oyLast; ++oy) {
        const int32_t ry = oy + offY;
        const int32_t first = vertical ? vc.bounds[size_t(ry) * 2] : ry;
        const int32_t count = vertical ? vc.bounds[size_t(ry) * 2 + 1] : 1;
        y0 = std::min(y0, first);
        y1 = std::max(y1, first + count);
    }
    if (y0 >= y1)
        return;

    // Horizontal pass over those rows, kept columns only, rounded to 8 bits.
    const size_t interRow = size_t(outW) * size_t(channels);
    std::vector<uint8_t> inter(size_t(y1 - y0) * interRow, 0);
    const size_t srcRowBytes = size_t(inW) * size_t(channels);
    for (int32_t y = y0; y < y1; ++y) {
        const uint8_t *row = src->pixels.data() + size_t(y) * srcRowBytes;
        uint8_t *dst = inter.data() + size_t(y - y0) * interRow;
        for (int32_t ox = oxFirst; ox < oxLast; ++ox) {
            const int32_t rx = ox + offX;
            if (!horizontal) {
                for (int32_t c = 0; c < channels; ++c)
                    dst[size_t(ox) * size_t(channels) + size_t(c)]
                            = row[size_t(rx) * size_t(channels) + size_t(c)];
                continue;
            }
            const int32_t xmin = hc.bounds[size_t(rx) * 2];
            const int32_t count = hc.bounds[size_t(rx) * 2 + 1];
            const int32_t *k = hc.weights.data() + size_t(rx) * size_t(hc.kernelSize);
            for (int32_t c = 0; c < channels; ++c) {
                int32_t ss = 1 << (kPrecisionBits - 1);
                for (int32_t x = 0; x < count; ++x)
                    ss += int32_t(row[size_t(xmin + x) * size_t(channels) + size_t(c)]) * k[x];
                dst[size_t(ox) * size_t(channels) + size_t(c)] = clip8(ss);
            }
        }
    }

    // Vertical pass, written channels first as floats.
    for (int32_t oy = oyFirst; oy < oyLast; ++oy) {
        const int32_t ry = oy + offY;
        for (int32_t ox = oxFirst; ox < oxLast; ++ox) {
            for (int32_t c = 0; c < channels; ++c) {
                uint8_t v;
                const size_t column = size_t(ox) * size_t(channels) + size_t(c);
                if (!vertical) {
                    v = inter[size_t(ry - y0) * interRow + column];
                } else {
                    const int32_t ymin = vc.bounds[size_t(ry) * 2];
                    const int32_t count = vc.bounds[size_t(ry) * 2 + 1];
                    const int32_t *k = vc.weights.data() + size_t(ry) * size_t(vc.kernelSize);
                    int32_t ss = 1 << (kPrecisionBits - 1);
                    for (int32_t y = 0; y < count; ++y)
                        ss += int32_t(inter[size_t(ymin + y - y0) * interRow + column]) * k[y];
                    v = clip8(ss);
                }
                out[size_t(c) * plane + size_t(oy) * size_t(outW) + size_t(ox)] = m_toFloat[v];
            }
        }
    }
}

namespace {
// Pillow's nearest-neighbour source index of each output position along one axis.
std::vector<int32_t> nearestIndices(int32_t in, int32_t out)
{
    std::vector<int32_t> idx(static_cast<size_t>(out));
    const double scale = static_cast<double>(in) / static_cast<double>(out);
    double x = 0.5 * scale;
    for (int32_t o = 0; o < out; ++o) {
        const int32_t i = x < 0 ? -1 : static_cast<int32_t>(x);
        idx[static_cast<size_t>(o)] = i >= in ? -1 : i; // Pillow fills outside pixels
        x += scale;
    }
    return idx;
}
} // namespace

bool ImageTransform::applyToMask(const LabelMask &mask, int64_t pad, bool canPad,
                                 int64_t *out) const
{
    const auto resized = resizedSize(mask.width, mask.height, m_settings.resizeShorter);
    const int32_t rw = resized[0];
    const int32_t rh = resized[1];
    const int32_t outW = m_settings.cropWidth ? m_settings.cropWidth : rw;
    const int32_t outH = m_settings.cropHeight ? m_settings.cropHeight : rh;
    const int32_t offX = cropOffset(rw, m_settings.cropWidth);
    const int32_t offY = cropOffset(rh, m_settings.cropHeight);
    if ((offX < 0 || offY < 0 || offX + outW > rw || offY + outH > rh) && !canPad)
        return false;
    const bool same = rw == mask.width && rh == mask.height;
    const std::vector<int32_t> xs = same ? std::vector<int32_t>() : nearestIndices(mask.width, rw);
    const std::vector<int32_t> ys = same ? std::vector<int32_t>() : nearestIndices(mask.height, rh);
    for (int32_t oy = 0; oy < outH; ++oy) {
        const int32_t ry = oy + offY;
        for (int32_t ox = 0; ox < outW; ++ox) {
            const int32_t rx = ox + offX;
            int64_t v = pad;
            if (rx >= 0 && rx < rw && ry >= 0 && ry < rh) {
                const int32_t sx = same ? rx : xs[static_cast<size_t>(rx)];
                const int32_t sy = same ? ry : ys[static_cast<size_t>(ry)];
                v = sx < 0 || sy < 0 ? 0
                                     : mask.values[size_t(sy) * size_t(mask.width) + size_t(sx)];
            }
            out[size_t(oy) * size_t(outW) + size_t(ox)] = v;
        }
    }
    return true;
}

} // namespace disteval
