#pragma once

#include "io/memoryinfo.h"

#include <cstdint>
#include <string>

namespace disteval {

// Throws std::runtime_error saying what needs how much when `bytes` exceed the memory
// available (nothing is checked when it is unknown).
void checkFitsInMemory(int64_t bytes, const std::string &what);

// "1.5 GiB", "320 MiB".
std::string humanBytes(int64_t bytes);

} // namespace disteval
