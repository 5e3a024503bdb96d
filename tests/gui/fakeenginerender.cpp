// The fake engine's answer to `--render-samples` (fakeengine.cpp): a small PNG per
// sample, coloured by its index, or a text for a --data path naming tokens ("token I",
// "token I with NAME" for a --vocab file NAME, which fails where NAME has "bad"); a --data
// path naming "bad" fails as the engine fails on an unreadable dataset. Each call's
// indices are appended to $DISTEVAL_FAKE_RENDER_LOG.
#include <QColor>
#include <QImage>
#include <QString>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

int answerRender(int argc, char **argv)
{
    std::string indices, data, output, vocab;
    for (int i = 1; i + 1 < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--render-samples")
            indices = argv[i + 1];
        else if (a == "--data")
            data = argv[i + 1];
        else if (a == "--output")
            output = argv[i + 1];
        else if (a == "--vocab")
            vocab = std::string(argv[i + 1]).substr(std::string(argv[i + 1]).find_last_of('/') + 1);
    }
    if (const char *log = std::getenv("DISTEVAL_FAKE_RENDER_LOG"))
        std::ofstream(log, std::ios::app) << indices << "\n";
    if (data.find("bad") != std::string::npos) {
        std::cerr << "disteval-engine: error: " << data << ": not a dataset disteval reads"
                  << std::endl;
        return 3;
    }
    if (vocab.find("bad") != std::string::npos) {
        std::cerr << "disteval-engine: error: vocabulary file '" << vocab << "' is empty"
                  << std::endl;
        return 3;
    }
    size_t start = 0;
    while (start < indices.size()) {
        const size_t comma = std::min(indices.find(',', start), indices.size());
        const long long index = std::atoll(indices.substr(start, comma - start).c_str());
        const std::string stem = output + "/sample-" + std::to_string(index);
        if (data.find("tokens") != std::string::npos) {
            std::ofstream(stem + ".txt")
                    << "token " << index << (vocab.empty() ? "" : " with " + vocab) << "\n";
        } else {
            QImage image(8, 6, QImage::Format_RGB32);
            image.fill(QColor::fromHsv(static_cast<int>(index * 37 % 360), 200, 220));
            if (!image.save(QString::fromStdString(stem + ".png"), "PNG"))
                return 5;
        }
        start = comma + 1;
    }
    return 0;
}
