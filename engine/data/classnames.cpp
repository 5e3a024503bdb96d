#include "data/classnames.h"

#include <fstream>
#include <set>
#include <stdexcept>

namespace disteval {

std::vector<std::string> readClassNames(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot open class-names file '" + path + "'");
    std::vector<std::string> names;
    std::string line;
    int lineNumber = 0;
    int emptyRun = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        const auto begin = line.find_first_not_of(" \t\r\n");
        const auto end = line.find_last_not_of(" \t\r\n");
        if (begin == std::string::npos) {
            ++emptyRun;
            continue;
        }
        if (emptyRun > 0 && !names.empty())
            throw std::runtime_error("class-names file '" + path + "': line "
                                     + std::to_string(lineNumber - 1) + " is empty");
        emptyRun = 0;
        names.push_back(line.substr(begin, end - begin + 1));
    }
    if (names.empty())
        throw std::runtime_error("class-names file '" + path + "' has no names");
    std::set<std::string> seen;
    for (size_t i = 0; i < names.size(); ++i)
        if (!seen.insert(names[i]).second)
            throw std::runtime_error("class-names file '" + path + "': the name '" + names[i]
                                     + "' appears twice");
    return names;
}

} // namespace disteval
