// --render-samples: the inputs of given samples as PNG thumbnails, so that the app can
// show them without linking LibTorch (docs/ENGINE.md, "Rendering samples").
#include "cli/engineoptions.h"
#include "data/datasetfactory.h"
#include "data/vocabulary.h"
#include "eval/engineerror.h"
#include "eval/modecommon.h"
#include "eval/modes.h"
#include "util/fileutil.h"

#include <torch/script.h>

#include <png.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include <sys/stat.h>

namespace disteval {

namespace {
// A colour per class for mask overlays (the VOC palette's first colours, then a hash).
std::array<uint8_t, 3> classColour(int64_t c)
{
    static const uint8_t voc[][3] = {{0, 0, 0},   {128, 0, 0},   {0, 128, 0},   {128, 128, 0},
                                     {0, 0, 128}, {128, 0, 128}, {0, 128, 128}, {128, 128, 128},
                                     {64, 0, 0},  {192, 0, 0},   {64, 128, 0},  {192, 128, 0}};
    if (c >= 0 && c < 12)
        return {voc[c][0], voc[c][1], voc[c][2]};
    const uint64_t h = static_cast<uint64_t>(c) * 0x9E3779B97F4A7C15ull;
    return {static_cast<uint8_t>(h >> 16), static_cast<uint8_t>(h >> 32),
            static_cast<uint8_t>(h >> 48)};
}

void writePng(const std::string &path, int width, int height, const std::vector<uint8_t> &rgb)
{
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(width);
    image.height = static_cast<png_uint_32>(height);
    image.format = PNG_FORMAT_RGB;
    if (!png_image_write_to_file(&image, path.c_str(), 0, rgb.data(), 0, nullptr))
        throw EngineError("output_not_writable", kExitOutput,
                          "cannot write '" + path + "': " + image.message);
}

// One sample's input [C, H, W] (C = 1 or 3), scaled from its own range to 0..255, with
// the mask [H, W] (if any) blended over it in its classes' colours.
std::vector<uint8_t> toRgb(const torch::Tensor &input, const torch::Tensor &mask,
                           int64_t ignoreIndex, bool hasIgnore)
{
    const torch::Tensor x = input.to(torch::kFloat64).contiguous();
    const int64_t c = x.size(0), h = x.size(1), w = x.size(2);
    const double low = x.min().item<double>(), high = x.max().item<double>();
    const double scale = high > low ? 255.0 / (high - low) : 0.0;
    const double *p = x.data_ptr<double>();
    std::vector<uint8_t> rgb(static_cast<size_t>(h * w * 3));
    const int64_t *m = nullptr;
    torch::Tensor labels;
    if (mask.defined() && mask.dim() == 2 && mask.size(0) == h && mask.size(1) == w) {
        labels = mask.to(torch::kInt64).contiguous();
        m = labels.data_ptr<int64_t>();
    }
    for (int64_t i = 0; i < h * w; ++i)
        for (int k = 0; k < 3; ++k) {
            const double v = (p[(c == 3 ? k : 0) * h * w + i] - low) * scale;
            double out = std::clamp(v, 0.0, 255.0);
            if (m && !(hasIgnore && m[i] == ignoreIndex))
                out = 0.5 * out + 0.5 * classColour(m[i])[static_cast<size_t>(k)];
            rgb[static_cast<size_t>(i * 3 + k)] = static_cast<uint8_t>(out + 0.5);
        }
    return rgb;
}
// An input that is no image, as one line of text: integer inputs (token ids) as the
// ids, or as their tokens when there is a vocabulary; other inputs as numbers.
void writeText(const std::string &path, const torch::Tensor &x,
               const std::vector<std::string> &vocabulary)
{
    std::ostringstream text;
    if (!x.is_floating_point()) {
        const torch::Tensor flat = x.reshape({-1}).to(torch::kInt64).contiguous();
        const int64_t *p = flat.data_ptr<int64_t>();
        std::vector<int64_t> ids(p, p + flat.numel());
        if (!vocabulary.empty()) {
            text << tokensText(ids, vocabulary);
        } else {
            for (size_t i = 0; i < ids.size(); ++i)
                text << (i ? " " : "") << ids[i];
        }
    } else {
        const torch::Tensor flat = x.reshape({-1}).to(torch::kFloat64).contiguous();
        text.precision(9);
        for (int64_t i = 0; i < flat.numel(); ++i)
            text << (i ? " " : "") << flat.data_ptr<double>()[i];
    }
    std::ofstream out(path);
    out << text.str() << '\n';
    if (!out)
        throw EngineError("output_not_writable", kExitOutput, "cannot write '" + path + "'");
}

std::vector<std::string> vocabularyOf(const EngineOptions &o)
{
    if (o.vocabFile.empty())
        return {};
    try {
        return readVocabulary(o.vocabFile);
    } catch (const std::exception &e) {
        throw EngineError("data_invalid", kExitData, e.what());
    }
}
} // namespace

int runRender(const EngineOptions &o)
{
    try {
        std::unique_ptr<Dataset> ds;
        try {
            ds = openDataset(o.data, imageFolderOptions(o));
        } catch (const std::exception &e) {
            throw EngineError("data_invalid", kExitData, e.what());
        }
        const std::vector<std::string> vocabulary = vocabularyOf(o);
        if (::mkdir(o.output.c_str(), 0755) != 0 && errno != EEXIST)
            throw EngineError("output_not_writable", kExitOutput,
                              "cannot create the folder '" + o.output + "'");
        for (const int64_t index : o.renderSamples) {
            if (index < 0 || index >= ds->size())
                throw EngineError("usage", kExitUsage,
                                  "sample " + std::to_string(index) + " is not in '" + o.data
                                          + "' (" + std::to_string(ds->size()) + " samples)");
            Batch b;
            try {
                b = ds->load(index, 1);
            } catch (const std::exception &e) {
                throw EngineError("data_invalid", kExitData, e.what());
            }
            const std::string stem = joinPath(o.output, "sample-" + std::to_string(index));
            const torch::Tensor x = b.inputs[0];
            const bool image
                    = x.dim() == 3 && (x.size(0) == 1 || x.size(0) == 3) && x.is_floating_point();
            const bool plane = x.dim() == 2 && x.is_floating_point();
            if (image || plane) {
                const torch::Tensor chw = plane ? x.unsqueeze(0) : x;
                const torch::Tensor mask = b.labels.dim() == 3 ? b.labels[0] : torch::Tensor();
                writePng(stem + ".png", static_cast<int>(chw.size(2)),
                         static_cast<int>(chw.size(1)),
                         toRgb(chw, mask, o.ignoreIndex, o.hasIgnoreIndex));
            } else {
                writeText(stem + ".txt", x, vocabulary);
            }
        }
        std::cout << o.renderSamples.size() << " samples rendered to " << o.output << "\n";
        return kExitOk;
    } catch (const EngineError &e) {
        std::fprintf(stderr, "disteval-engine: error: %s\n", e.what());
        return e.exitStatus();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "disteval-engine: error: %s\n", e.what());
        return kExitInternal;
    }
}

} // namespace disteval
