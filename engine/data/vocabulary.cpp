#include "data/vocabulary.h"

#include "io/regularfile.h"

#include <stdexcept>

namespace disteval {

std::vector<std::string> readVocabulary(const std::string &path)
{
    const std::string text = readRegularFile(path, kMaxVocabularyBytes, "vocabulary file");
    std::vector<std::string> tokens;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string token = text.substr(start, end - start);
        if (!token.empty() && token.back() == '\r')
            token.pop_back();
        tokens.push_back(std::move(token));
        start = end + 1;
    }
    bool anyToken = false;
    for (const std::string &t : tokens)
        anyToken = anyToken || !t.empty();
    if (!anyToken)
        throw std::runtime_error("vocabulary file '" + path
                                 + "' is empty (it needs one token per line, line i for id i)");
    return tokens;
}

std::string tokensText(const std::vector<int64_t> &ids, const std::vector<std::string> &vocabulary)
{
    std::string out;
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += ' ';
        const int64_t id = ids[i];
        if (id >= 0 && id < static_cast<int64_t>(vocabulary.size()))
            out += vocabulary[static_cast<size_t>(id)];
        else
            out += "[" + std::to_string(id) + "]";
    }
    return out;
}

} // namespace disteval
