#pragma once

#include <string>
#include <vector>

namespace disteval {

// One class name per line, UTF-8; surrounding whitespace and a trailing empty line are
// dropped. Throws std::runtime_error naming the file when it cannot be read, is empty,
// has an empty name or a name twice.
std::vector<std::string> readClassNames(const std::string &path);

} // namespace disteval
