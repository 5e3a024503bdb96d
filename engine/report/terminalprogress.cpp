#include "report/terminalprogress.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <unistd.h>

namespace disteval {

std::string formatDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return "--:--";
    const long s = std::lround(seconds);
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%02ld:%02ld", s / 60, s % 60);
    return buf;
}

bool TerminalProgress::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

TerminalProgress::TerminalProgress(bool enabled, std::vector<int64_t> perRankTotals)
    : m_enabled(enabled)
    , m_tty(enabled && stderrIsTerminal())
    , m_totals(std::move(perRankTotals))
    , m_done(m_totals.size(), 0)
    , m_start(std::chrono::steady_clock::now())
    , m_lastDraw(m_start)
{
    for (int64_t t : m_totals)
        m_total += t;
}

void TerminalProgress::update(int rank, int64_t done)
{
    if (rank < 0 || rank >= static_cast<int>(m_done.size()))
        return;
    m_done[static_cast<size_t>(rank)] = done;
    draw(false);
}

void TerminalProgress::draw(bool force)
{
    if (!m_tty)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - m_lastDraw < std::chrono::milliseconds(100))
        return;
    m_lastDraw = now;
    int64_t done = 0;
    for (int64_t d : m_done)
        done += d;
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    const double fraction = m_total > 0 ? double(done) / double(m_total) : 1.0;
    const double rate = elapsed > 0 ? double(done) / elapsed : 0.0;
    const double eta = rate > 0 ? double(m_total - done) / rate : -1;
    // slowest rank, when there are several
    int slowest = -1;
    double slowestFraction = 2;
    for (size_t r = 0; r < m_totals.size() && m_totals.size() > 1; ++r) {
        if (m_totals[r] == 0)
            continue;
        const double f = double(m_done[r]) / double(m_totals[r]);
        if (f < slowestFraction) {
            slowestFraction = f;
            slowest = static_cast<int>(r);
        }
    }
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(std::floor(fraction * kWidth));
    std::string bar(static_cast<size_t>(filled), '#');
    bar.resize(kWidth, '.');
    char line[256];
    int n = std::snprintf(line, sizeof line, "\r[%s] %5.1f%% %lld/%lld  %.0f samples/s  ETA %s",
                          bar.c_str(), fraction * 100, static_cast<long long>(done),
                          static_cast<long long>(m_total), rate, formatDuration(eta).c_str());
    if (slowest >= 0 && n > 0 && n < static_cast<int>(sizeof line))
        std::snprintf(line + n, sizeof line - static_cast<size_t>(n), "  slowest rank %d %.0f%%",
                      slowest, slowestFraction * 100);
    std::fputs(line, stderr);
    std::fputs("\033[K", stderr); // clear the rest of the line
    std::fflush(stderr);
    m_drawn = true;
}

void TerminalProgress::finish(double elapsedSeconds)
{
    if (!m_enabled)
        return;
    if (m_tty) {
        draw(true);
        std::fputc('\n', stderr);
    }
    const double rate = elapsedSeconds > 0 ? double(m_total) / elapsedSeconds : 0.0;
    std::fprintf(stderr,
                 "disteval-engine: evaluated %lld samples on %zu rank%s in %s (%.0f samples/s)\n",
                 static_cast<long long>(m_total), m_totals.size(), m_totals.size() == 1 ? "" : "s",
                 formatDuration(elapsedSeconds).c_str(), rate);
}

} // namespace disteval
