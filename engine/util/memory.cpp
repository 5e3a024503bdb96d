#include "util/memory.h"

#include <cstdio>
#include <stdexcept>

namespace disteval {

std::string humanBytes(int64_t bytes)
{
    char buf[64];
    if (bytes >= (int64_t(1) << 30))
        std::snprintf(buf, sizeof buf, "%.1f GiB", static_cast<double>(bytes) / (1 << 30));
    else
        std::snprintf(buf, sizeof buf, "%lld MiB", static_cast<long long>(bytes >> 20));
    return buf;
}

void checkFitsInMemory(int64_t bytes, const std::string &what)
{
    const int64_t available = availableMemoryBytes();
    if (available >= 0 && bytes > available)
        throw std::runtime_error(what + " needs about " + humanBytes(bytes) + " of memory but only "
                                 + humanBytes(available) + " are available");
}

} // namespace disteval
