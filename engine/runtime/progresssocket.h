#pragma once

#include <string>

namespace disteval {

// Rank 0's connection to the app: writes protocol lines (see core/protocol) to a local
// stream socket. A failure to connect or to write (the app went away) disables the
// socket and is reported once on stderr; the evaluation carries on regardless. The
// socket is non-blocking and the whole run may spend at most kMaxBlockedSeconds waiting
// for the reader to take data (a reader that drains just fast enough to keep each write
// short would otherwise slow the run without limit); past that the socket is dropped.
class ProgressSocket
{
public:
    static constexpr double kMaxBlockedSeconds = 3.0;

    ProgressSocket() = default;
    ~ProgressSocket();
    ProgressSocket(const ProgressSocket &) = delete;
    ProgressSocket &operator=(const ProgressSocket &) = delete;

    // Returns false (and prints why) when the socket cannot be reached.
    bool connect(const std::string &path);
    bool isOpen() const { return m_fd >= 0; }
    // Sends one line; a newline is appended.
    void send(const std::string &line);
    void close();

private:
    void drop(const std::string &why);

    int m_fd = -1;
    std::string m_path;
    double m_blockedSeconds = 0; // time spent waiting for the reader so far
};

} // namespace disteval
