#include "runtime/progresssocket.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <sys/socket.h>
#include <sys/time.h>
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
    // A stalled reader must not stall the evaluation for long.
    timeval timeout{2, 0};
    ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        std::fprintf(stderr,
                     "disteval-engine: warning: cannot connect to the progress socket %s: %s; "
                     "continuing without it\n",
                     path.c_str(), std::strerror(errno));
        close();
        return false;
    }
    return true;
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
        if (n < 0) {
            if (errno == EINTR)
                continue;
            std::fprintf(stderr,
                         "disteval-engine: warning: the progress socket %s went away (%s); "
                         "continuing without it\n",
                         m_path.c_str(), std::strerror(errno));
            close();
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
