#include "util/phasetimer.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

namespace disteval {

namespace {
// Seconds since boot at which this process started (/proc/self/stat, field 22, in clock
// ticks), and now (/proc/uptime): the time the process spent before main().
double secondsBeforeMain()
{
    std::ifstream stat("/proc/self/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const size_t close = text.rfind(')'); // the command name may hold spaces
    if (close == std::string::npos)
        return 0;
    std::istringstream fields(text.substr(close + 2));
    std::string field;
    unsigned long long startTicks = 0;
    for (int i = 3; i <= 22 && fields >> field; ++i)
        if (i == 22)
            startTicks = std::stoull(field);
    double uptime = 0;
    std::ifstream("/proc/uptime") >> uptime;
    const double ticks = static_cast<double>(::sysconf(_SC_CLK_TCK));
    return ticks > 0 ? uptime - static_cast<double>(startTicks) / ticks : 0;
}

struct Origin
{
    std::chrono::steady_clock::time_point at = std::chrono::steady_clock::now();
    double before = secondsBeforeMain();
};

const Origin &origin()
{
    static const Origin o;
    return o;
}
} // namespace

bool PhaseTimer::enabled()
{
    static const bool on = std::getenv("DISTEVAL_TIMINGS") != nullptr;
    return on;
}

void PhaseTimer::start()
{
    if (enabled())
        origin();
}

void PhaseTimer::mark(const char *phase)
{
    if (!enabled())
        return;
    const Origin &o = origin();
    const double since
            = o.before
              + std::chrono::duration<double>(std::chrono::steady_clock::now() - o.at).count();
    std::fprintf(stderr, "disteval-engine: timing: %s %.3f\n", phase, since);
}

} // namespace disteval
