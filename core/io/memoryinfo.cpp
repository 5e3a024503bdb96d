#include "io/memoryinfo.h"

#include <cstdio>

#include <unistd.h>

namespace disteval {

int64_t availableMemoryBytes()
{
    if (FILE *f = std::fopen("/proc/meminfo", "r")) {
        char line[256];
        while (std::fgets(line, sizeof line, f)) {
            long long kib = 0;
            if (std::sscanf(line, "MemAvailable: %lld kB", &kib) == 1) {
                std::fclose(f);
                return static_cast<int64_t>(kib) * 1024;
            }
        }
        std::fclose(f);
    }
    const long pages = ::sysconf(_SC_AVPHYS_PAGES);
    const long page = ::sysconf(_SC_PAGESIZE);
    return pages > 0 && page > 0 ? static_cast<int64_t>(pages) * page : -1;
}

bool fitsInMemory(int64_t bytes)
{
    const int64_t available = availableMemoryBytes();
    return available < 0 || bytes <= available;
}

} // namespace disteval
