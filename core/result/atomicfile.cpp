#include "result/atomicfile.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace disteval {

namespace {
std::string folderOf(const std::string &path)
{
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string errnoText(int err)
{
    return std::strerror(err);
}

int createTemporary(const std::string &path, std::string &tempPath)
{
    tempPath = path + ".tmp-XXXXXX";
    std::vector<char> name(tempPath.begin(), tempPath.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        const int err = errno;
        throw FileWriteError("cannot write '" + path + "': cannot create a file in '"
                             + folderOf(path) + "': " + errnoText(err));
    }
    tempPath.assign(name.data());
    return fd;
}
} // namespace

void writeFileAtomically(const std::string &path, const std::string &content)
{
    std::string tempPath;
    const int fd = createTemporary(path, tempPath);
    auto fail = [&](const std::string &what, int err) {
        ::close(fd);
        ::unlink(tempPath.c_str());
        throw FileWriteError("cannot write '" + path + "': " + what + ": " + errnoText(err));
    };
    // mkstemp creates the file 0600; give it the permissions a plain new file would get.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(fd, 0666 & ~mask) != 0)
        fail("cannot set permissions", errno);
    const char *data = content.data();
    size_t left = content.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            fail("write failed", errno);
        }
        data += written;
        left -= static_cast<size_t>(written);
    }
    if (::fsync(fd) != 0)
        fail("flushing to disk failed", errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tempPath.c_str());
        throw FileWriteError("cannot write '" + path + "': close failed: " + errnoText(err));
    }
    if (::rename(tempPath.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tempPath.c_str());
        throw FileWriteError("cannot write '" + path + "': rename failed: " + errnoText(err));
    }
    // Make the rename itself durable.
    const int dirFd = ::open(folderOf(path).c_str(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

void checkWritableLocation(const std::string &path)
{
    struct stat st;
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        throw FileWriteError("cannot write '" + path + "': it is a folder");
    std::string tempPath;
    const int fd = createTemporary(path, tempPath);
    ::close(fd);
    ::unlink(tempPath.c_str());
}

} // namespace disteval
