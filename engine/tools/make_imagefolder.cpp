// disteval-make-imagefolder: writes image datasets in torchvision's ImageFolder layout
// (OUT/<class>/<file>) for the tests and the benchmarks.
//
//   disteval-make-imagefolder --idx IMAGES.idx3-ubyte[.gz] --out DIR
//       [--format png|jpeg] [--rgb] [--quality Q] [--limit N] [--class-names FILE]
//     Every image of an IDX dataset (e.g. Fashion-MNIST's test set), sample i of class c
//     as DIR/<c>/<i>.png: class folders "00", "01", ... (or "00-<name>" with
//     --class-names), so that their sorted order is the label order, and file names
//     zero-padded, so that a class's files keep the dataset's order. --rgb writes the
//     gray value to all three channels.
//
//   disteval-make-imagefolder --synthetic N --out DIR [--size WxH] [--classes C]
//       [--seed S] [--format jpeg|png] [--quality Q]
//     N smooth random colour images (gradients, stripes and noise, which compress like
//     photographs do), sample i in class i % C.

#include "data/classnames.h"
#include "util/fileutil.h"

#include <png.h>
#include <turbojpeg.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace {

struct Options
{
    std::string idx;
    std::string out;
    std::string format = "png";
    std::string classNamesFile;
    bool rgb = false;
    int quality = 90;
    int64_t limit = -1;
    int64_t synthetic = 0;
    int width = 224;
    int height = 224;
    int classes = 10;
    uint64_t seed = 1;
};

void makeFolder(const std::string &path)
{
    if (::mkdir(path.c_str(), 0755) != 0 && errno != EEXIST)
        throw std::runtime_error("cannot create '" + path + "': " + std::strerror(errno));
}

uint32_t bigEndian32(const uint8_t *p)
{
    return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | uint32_t(p[3]);
}

void writeBytes(const std::string &path, const unsigned char *data, size_t size)
{
    FILE *f = std::fopen(path.c_str(), "wb");
    if (!f || std::fwrite(data, 1, size, f) != size || std::fclose(f) != 0)
        throw std::runtime_error("cannot write '" + path + "'");
}

// 8-bit gray (channels 1) or RGB (channels 3) pixels, rows top to bottom.
void writeImage(const Options &o, const std::string &path, const std::vector<uint8_t> &pixels,
                int width, int height, int channels)
{
    if (o.format == "png") {
        png_image image{};
        image.version = PNG_IMAGE_VERSION;
        image.width = static_cast<png_uint_32>(width);
        image.height = static_cast<png_uint_32>(height);
        image.format = channels == 1 ? PNG_FORMAT_GRAY : PNG_FORMAT_RGB;
        if (!png_image_write_to_file(&image, path.c_str(), 0, pixels.data(), 0, nullptr))
            throw std::runtime_error("cannot write '" + path + "': " + image.message);
        return;
    }
    tjhandle tj = tjInitCompress();
    unsigned char *jpeg = nullptr;
    unsigned long size = 0;
    const int rc
            = tjCompress2(tj, pixels.data(), width, 0, height, channels == 1 ? TJPF_GRAY : TJPF_RGB,
                          &jpeg, &size, channels == 1 ? TJSAMP_GRAY : TJSAMP_420, o.quality, 0);
    if (rc != 0) {
        const std::string message = tjGetErrorStr2(tj);
        tjDestroy(tj);
        throw std::runtime_error("cannot encode '" + path + "': " + message);
    }
    writeBytes(path, jpeg, size);
    tjFree(jpeg);
    tjDestroy(tj);
}

std::string classFolder(int c, int classes, const std::vector<std::string> &names)
{
    const int digits = classes > 100 ? 3 : 2;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*d", digits, c);
    std::string name = buf;
    if (static_cast<size_t>(c) < names.size()) {
        std::string clean;
        for (char ch : names[static_cast<size_t>(c)])
            clean += (ch == '/' || ch == '\\' || ch == ' ') ? '_' : ch;
        name += "-" + clean;
    }
    return name;
}

std::string sampleName(int64_t i, const Options &o)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%06lld.%s", static_cast<long long>(i),
                  o.format == "png" ? "png" : "jpg");
    return buf;
}

int fromIdx(const Options &o)
{
    const std::vector<uint8_t> images = disteval::readFileMaybeGzip(o.idx);
    std::string labelsPath = o.idx;
    for (const auto &[from, to] :
         {std::pair<std::string, std::string>{"images", "labels"}, {"idx3", "idx1"}}) {
        const size_t pos = labelsPath.rfind(from);
        if (pos != std::string::npos)
            labelsPath.replace(pos, from.size(), to);
    }
    const std::vector<uint8_t> labels = disteval::readFileMaybeGzip(labelsPath);
    if (images.size() < 16 || bigEndian32(images.data()) != 0x803 || labels.size() < 8)
        throw std::runtime_error("'" + o.idx + "' is not an IDX images file with labels beside it");
    const int64_t count = bigEndian32(images.data() + 4);
    const int rows = static_cast<int>(bigEndian32(images.data() + 8));
    const int columns = static_cast<int>(bigEndian32(images.data() + 12));
    if (images.size() < 16 + size_t(count) * size_t(rows) * size_t(columns)
        || labels.size() < 8 + size_t(count))
        throw std::runtime_error("'" + o.idx + "' or its labels file is truncated");
    int classes = 0;
    for (int64_t i = 0; i < count; ++i)
        classes = std::max(classes, int(labels[8 + size_t(i)]) + 1);
    std::vector<std::string> names;
    if (!o.classNamesFile.empty())
        names = disteval::readClassNames(o.classNamesFile);
    makeFolder(o.out);
    for (int c = 0; c < classes; ++c)
        makeFolder(disteval::joinPath(o.out, classFolder(c, classes, names)));
    const int64_t n = o.limit >= 0 ? std::min(o.limit, count) : count;
    const int channels = o.rgb ? 3 : 1;
    std::vector<uint8_t> pixels(size_t(rows) * size_t(columns) * size_t(channels));
    for (int64_t i = 0; i < n; ++i) {
        const uint8_t *src = images.data() + 16 + size_t(i) * size_t(rows) * size_t(columns);
        for (size_t p = 0; p < size_t(rows) * size_t(columns); ++p)
            for (int ch = 0; ch < channels; ++ch)
                pixels[p * size_t(channels) + size_t(ch)] = src[p];
        const int label = labels[8 + size_t(i)];
        writeImage(o,
                   disteval::joinPath(disteval::joinPath(o.out, classFolder(label, classes, names)),
                                      sampleName(i, o)),
                   pixels, columns, rows, channels);
    }
    std::printf("wrote %lld images of %dx%d in %d classes to %s\n", static_cast<long long>(n),
                columns, rows, classes, o.out.c_str());
    return 0;
}

int synthetic(const Options &o)
{
    makeFolder(o.out);
    for (int c = 0; c < o.classes; ++c)
        makeFolder(disteval::joinPath(o.out, classFolder(c, o.classes, {})));
    std::mt19937_64 rng(o.seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<uint8_t> pixels(size_t(o.width) * size_t(o.height) * 3);
    for (int64_t i = 0; i < o.synthetic; ++i) {
        double base[3], gx[3], gy[3], freq[3], phase[3];
        for (int ch = 0; ch < 3; ++ch) {
            base[ch] = 40 + 170 * uniform(rng);
            gx[ch] = (uniform(rng) - 0.5) * 120;
            gy[ch] = (uniform(rng) - 0.5) * 120;
            freq[ch] = 2 + 20 * uniform(rng);
            phase[ch] = 6.283 * uniform(rng);
        }
        for (int y = 0; y < o.height; ++y)
            for (int x = 0; x < o.width; ++x)
                for (int ch = 0; ch < 3; ++ch) {
                    const double u = double(x) / o.width, v = double(y) / o.height;
                    double value = base[ch] + gx[ch] * u + gy[ch] * v
                                   + 30 * std::sin(freq[ch] * (u + v) + phase[ch])
                                   + 12 * (uniform(rng) - 0.5);
                    value = std::min(255.0, std::max(0.0, value));
                    pixels[(size_t(y) * size_t(o.width) + size_t(x)) * 3 + size_t(ch)]
                            = static_cast<uint8_t>(value);
                }
        const int label = static_cast<int>(i % o.classes);
        writeImage(o,
                   disteval::joinPath(disteval::joinPath(o.out, classFolder(label, o.classes, {})),
                                      sampleName(i, o)),
                   pixels, o.width, o.height, 3);
    }
    std::printf("wrote %lld synthetic %dx%d images in %d classes to %s\n",
                static_cast<long long>(o.synthetic), o.width, o.height, o.classes, o.out.c_str());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string flag = argv[i];
            auto value = [&]() -> std::string {
                if (i + 1 >= argc)
                    throw std::runtime_error(flag + " needs a value");
                return argv[++i];
            };
            if (flag == "--idx")
                o.idx = value();
            else if (flag == "--out")
                o.out = value();
            else if (flag == "--format")
                o.format = value();
            else if (flag == "--rgb")
                o.rgb = true;
            else if (flag == "--quality")
                o.quality = std::stoi(value());
            else if (flag == "--limit")
                o.limit = std::stoll(value());
            else if (flag == "--class-names")
                o.classNamesFile = value();
            else if (flag == "--synthetic")
                o.synthetic = std::stoll(value());
            else if (flag == "--size") {
                const std::string v = value();
                const size_t x = v.find('x');
                o.width = std::stoi(v.substr(0, x));
                o.height = x == std::string::npos ? o.width : std::stoi(v.substr(x + 1));
            } else if (flag == "--classes")
                o.classes = std::stoi(value());
            else if (flag == "--seed")
                o.seed = std::stoull(value());
            else
                throw std::runtime_error("unknown option '" + flag + "'");
        }
        if (o.format == "jpg")
            o.format = "jpeg";
        if (o.out.empty() || (o.idx.empty() == (o.synthetic == 0))
            || (o.format != "png" && o.format != "jpeg") || o.classes < 1)
            throw std::runtime_error(
                    "usage: disteval-make-imagefolder (--idx IMAGES | --synthetic N) --out DIR "
                    "[--format png|jpeg] [--rgb] [--quality Q] [--limit N] [--class-names F] "
                    "[--size WxH] [--classes C] [--seed S]");
        return o.idx.empty() ? synthetic(o) : fromIdx(o);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "disteval-make-imagefolder: error: %s\n", e.what());
        return 1;
    }
}
