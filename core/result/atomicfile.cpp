#include "result/atomicfile.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <vector>

#include <ctime>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
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

std::string fileNameOf(const std::string &path)
{
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string describe(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a folder";
    if (S_ISFIFO(mode))
        return "a FIFO (named pipe)";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
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
    // Held until the file is renamed or removed: a later run's clean-up leaves a
    // temporary alone while any process holds it (removeStaleTemporaries).
    ::flock(fd, LOCK_EX | LOCK_NB);
    return fd;
}
} // namespace

std::string atomicWriteTarget(const std::string &path)
{
    // What the path names in the end (links followed by the kernel: also /proc/self/fd/1,
    // whose link text is not a path): anything but a regular file is refused.
    struct stat named
    {
    };
    if (::stat(path.c_str(), &named) == 0 && !S_ISREG(named.st_mode))
        throw FileWriteError("cannot write '" + path + "': it is " + describe(named.st_mode)
                             + ", not a regular file; disteval replaces only regular files");
    std::string target = path;
    for (int hops = 0; hops < 40; ++hops) {
        struct stat st
        {
        };
        if (::lstat(target.c_str(), &st) != 0)
            return target; // nothing there yet: a new file
        if (S_ISREG(st.st_mode))
            return target;
        if (!S_ISLNK(st.st_mode))
            throw FileWriteError("cannot write '" + path + "': it is " + describe(st.st_mode)
                                 + ", not a regular file; disteval replaces only regular files");
        std::vector<char> link(static_cast<size_t>(st.st_size > 0 ? st.st_size : 4096) + 1);
        const ssize_t n = ::readlink(target.c_str(), link.data(), link.size() - 1);
        if (n < 0)
            throw FileWriteError("cannot write '" + path + "': cannot read the link '" + target
                                 + "': " + errnoText(errno));
        std::string next(link.data(), static_cast<size_t>(n));
        if (next.empty() || next[0] != '/')
            next = folderOf(target) + "/" + next;
        target = next;
    }
    throw FileWriteError("cannot write '" + path + "': too many levels of symbolic links");
}

int removeStaleTemporaries(const std::string &path)
{
    const std::string target = atomicWriteTarget(path);
    const std::string folder = folderOf(target);
    const std::string prefix = fileNameOf(target) + ".tmp-";
    DIR *dir = ::opendir(folder.c_str());
    if (!dir)
        return 0;
    int removed = 0;
    const time_t now = ::time(nullptr);
    while (const dirent *e = ::readdir(dir)) {
        const std::string name = e->d_name;
        if (name.size() != prefix.size() + 6 || name.compare(0, prefix.size(), prefix) != 0)
            continue;
        const std::string candidate = folder + "/" + name;
        const int fd = ::open(candidate.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        struct stat st
        {
        };
        const bool stale = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && now - st.st_mtime >= 5
                           && ::flock(fd, LOCK_EX | LOCK_NB) == 0;
        if (stale && ::unlink(candidate.c_str()) == 0)
            ++removed;
        ::close(fd);
    }
    ::closedir(dir);
    return removed;
}

void writeFileAtomically(const std::string &requestedPath, const std::string &content)
{
    const std::string path = atomicWriteTarget(requestedPath);
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

void checkWritableLocation(const std::string &requestedPath)
{
    const std::string path = atomicWriteTarget(requestedPath);
    std::string tempPath;
    const int fd = createTemporary(path, tempPath);
    ::close(fd);
    ::unlink(tempPath.c_str());
}

} // namespace disteval
