#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace disteval {

// Rank 0's view of the job on standard error: a live bar (overall percentage, samples
// per second, ETA, slowest rank) redrawn at most 10 times a second when stderr is a
// terminal; otherwise nothing during the run and one summary line at the end.
class TerminalProgress
{
public:
    TerminalProgress(bool enabled, std::vector<int64_t> perRankTotals);

    void update(int rank, int64_t done);
    // Ends the bar (or prints the summary line) with the elapsed wall time.
    void finish(double elapsedSeconds);

    static bool stderrIsTerminal();

private:
    void draw(bool force);

    bool m_enabled;
    bool m_tty;
    std::vector<int64_t> m_totals;
    std::vector<int64_t> m_done;
    int64_t m_total = 0;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastDraw;
    bool m_drawn = false;
};

std::string formatDuration(double seconds);

} // namespace disteval
