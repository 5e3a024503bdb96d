#pragma once

#include <cstdint>

namespace disteval {

// Memory the system can give this process now without swapping (Linux MemAvailable,
// else the free physical pages); -1 when unknown.
int64_t availableMemoryBytes();

// Whether `bytes` more fit in the memory available now (true when that is unknown).
bool fitsInMemory(int64_t bytes);

} // namespace disteval
