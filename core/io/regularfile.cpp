#include "io/regularfile.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace disteval {

namespace {
std::string kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a folder";
    if (S_ISFIFO(mode))
        return "a FIFO (named pipe)";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
}
} // namespace

int openRegularFile(const std::string &path, int64_t *size)
{
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT)
            throw FileReadError("'" + path + "' does not exist");
        throw FileReadError("cannot open '" + path + "': " + std::strerror(err));
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        throw FileReadError("cannot read '" + path + "': " + std::strerror(err));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        throw FileReadError("'" + path + "' is " + kindOf(st.st_mode)
                            + ", not a regular file; disteval reads only regular files");
    }
    // Back to blocking reads for a regular file.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (size)
        *size = static_cast<int64_t>(st.st_size);
    return fd;
}

std::string readRegularFile(const std::string &path, int64_t maxBytes, const std::string &what)
{
    int64_t size = 0;
    int fd;
    try {
        fd = openRegularFile(path, &size);
    } catch (const FileReadError &e) {
        throw FileReadError(what + ": " + e.what());
    }
    if (size > maxBytes) {
        ::close(fd);
        throw FileReadError(what + " '" + path + "' is " + std::to_string(size)
                            + " bytes, more than the " + std::to_string(maxBytes)
                            + " bytes disteval reads from such a file");
    }
    std::string data(static_cast<size_t>(size), '\0');
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t got = ::read(fd, data.data() + done, data.size() - done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            const int err = errno;
            ::close(fd);
            throw FileReadError("cannot read " + what + " '" + path + "': " + std::strerror(err));
        }
        if (got == 0)
            break; // shrank while reading: take what is there
        done += static_cast<size_t>(got);
    }
    data.resize(done);
    // A file that grew while being read is cut at the size it had: check for more.
    char extra;
    const ssize_t more = ::read(fd, &extra, 1);
    ::close(fd);
    if (more > 0)
        throw FileReadError(what + " '" + path + "' changed while it was being read");
    return data;
}

bool sameFile(const std::string &a, const std::string &b)
{
    struct stat sa
    {
    }, sb{};
    if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

bool checkedMultiply(int64_t a, int64_t b, int64_t *out)
{
    if (a < 0 || b < 0)
        return false;
    return !__builtin_mul_overflow(a, b, out);
}

bool checkedAdd(int64_t a, int64_t b, int64_t *out)
{
    if (a < 0 || b < 0)
        return false;
    return !__builtin_add_overflow(a, b, out);
}

} // namespace disteval
