#include "data/classnames.h"

#include "evaluation/limits.h"
#include "io/regularfile.h"

#include <set>
#include <sstream>
#include <stdexcept>

namespace disteval {

std::vector<std::string> readClassNames(const std::string &path)
{
    // Only a regular file, and not more than 2048 names of 4 KiB could need.
    std::istringstream in(readRegularFile(path, kMaxClassNamesFileBytes, "class-names file"));
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
        if (static_cast<int64_t>(names.size()) > kMaxClasses)
            throw std::runtime_error("class-names file '" + path + "' has more than "
                                     + std::to_string(kMaxClasses)
                                     + " names, the most classes disteval evaluates");
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
