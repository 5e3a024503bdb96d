#include "runtime/progresssocket.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <chrono>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace disteval {

ProgressSocket::~ProgressSocket()
{
    close();
}

bool ProgressSocket::connect(const std::string &path)
{
    m_path = path;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof address.sun_path) {
        std::fprintf(stderr, "disteval-engine: warning: progress socket path too long: %s\n",
                     path.c_str());
        return false;
    }
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        std::fprintf(stderr,
                     "disteval-engine: warning: cannot connect to the progress socket %s: %s; "
                     "continuing without it\n",
                     path.c_str(), std::strerror(errno));
        close();
        return false;
    }
    // Writes never block: a slow reader is waited for only within the run's budget.
    const int flags = ::fcntl(m_fd, F_GETFL);
    ::fcntl(m_fd, F_SETFL, flags | O_NONBLOCK);
    return true;
}

void ProgressSocket::drop(const std::string &why)
{
    std::fprintf(stderr,
                 "disteval-engine: warning: the progress socket %s %s; continuing without it\n",
                 m_path.c_str(), why.c_str());
    close();
}

void ProgressSocket::send(const std::string &line)
{
    if (m_fd < 0)
        return;
    std::string data = line;
    data.push_back('\n');
    const char *p = data.data();
    size_t left = data.size();
    while (left > 0) {
        const ssize_t n = ::send(m_fd, p, left, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            const double budget = kMaxBlockedSeconds - m_blockedSeconds;
            if (budget <= 0) {
                drop("is read too slowly (the run waited " + std::to_string(kMaxBlockedSeconds)
                     + " s for it in all)");
                return;
            }
            pollfd pfd{m_fd, POLLOUT, 0};
            const auto start = std::chrono::steady_clock::now();
            ::poll(&pfd, 1, static_cast<int>(budget * 1000) + 1);
            m_blockedSeconds
                    += std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
                               .count();
            continue;
        }
        if (n < 0) {
            drop(std::string("went away (") + std::strerror(errno) + ")");
            return;
        }
        p += n;
        left -= static_cast<size_t>(n);
    }
}

void ProgressSocket::close()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

} // namespace disteval
