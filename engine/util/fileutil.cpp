#include "util/fileutil.h"

#include "io/regularfile.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <stdexcept>

#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

namespace disteval {

bool fileExists(const std::string &path)
{
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool isDirectory(const std::string &path)
{
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string fileName(const std::string &path)
{
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string parentFolder(const std::string &path)
{
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string joinPath(const std::string &folder, const std::string &name)
{
    if (folder.empty() || folder == ".")
        return name;
    return folder.back() == '/' ? folder + name : folder + "/" + name;
}

std::string absolutePath(const std::string &path)
{
    char buffer[PATH_MAX];
    if (::realpath(path.c_str(), buffer))
        return buffer;
    return path;
}

bool endsWith(const std::string &s, const std::string &suffix)
{
    return s.size() >= suffix.size()
           && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

namespace {
std::string errnoText()
{
    return std::strerror(errno);
}

// gzread reads plain files transparently, so one path serves both.
std::vector<uint8_t> readWithZlib(const std::string &path, size_t limit)
{
    // Opened as a regular file first (a FIFO would block, /dev/zero never end).
    const int fd = openRegularFile(path);
    gzFile f = ::gzdopen(fd, "rb");
    if (!f) {
        ::close(fd);
        throw std::runtime_error("cannot open '" + path + "': " + errnoText());
    }
    std::unique_ptr<gzFile_s, int (*)(gzFile)> guard(f, ::gzclose);
    ::gzbuffer(f, 1 << 17);
    std::vector<uint8_t> data;
    constexpr size_t kChunk = 1 << 20;
    while (data.size() < limit) {
        const size_t want = std::min(kChunk, limit - data.size());
        const size_t old = data.size();
        data.resize(old + want);
        const int got = ::gzread(f, data.data() + old, static_cast<unsigned>(want));
        if (got < 0) {
            int code = 0;
            const char *msg = ::gzerror(f, &code);
            throw std::runtime_error("cannot read '" + path
                                     + "': corrupt or truncated compressed data ("
                                     + std::string(msg ? msg : "zlib error") + ")");
        }
        data.resize(old + static_cast<size_t>(got));
        if (static_cast<size_t>(got) < want) {
            // gzread returns short at end of input; a truncated gzip stream reports
            // Z_BUF_ERROR through gzerror.
            int code = 0;
            ::gzerror(f, &code);
            if (code != Z_OK && code != Z_STREAM_END)
                throw std::runtime_error("cannot read '" + path
                                         + "': the compressed data is truncated or corrupt");
            break;
        }
    }
    return data;
}
} // namespace

std::vector<uint8_t> readFileMaybeGzip(const std::string &path)
{
    return readWithZlib(path, std::numeric_limits<size_t>::max());
}

std::vector<uint8_t> readPrefixMaybeGzip(const std::string &path, size_t count)
{
    return readWithZlib(path, count);
}

std::vector<uint8_t> readFileBytes(const std::string &path)
{
    FILE *f = ::fdopen(openRegularFile(path), "rb");
    if (!f)
        throw std::runtime_error("cannot open '" + path + "': " + errnoText());
    std::unique_ptr<FILE, int (*)(FILE *)> guard(f, std::fclose);
    std::vector<uint8_t> data;
    uint8_t buffer[1 << 16];
    size_t got;
    while ((got = std::fread(buffer, 1, sizeof buffer, f)) > 0)
        data.insert(data.end(), buffer, buffer + got);
    if (std::ferror(f))
        throw std::runtime_error("cannot read '" + path + "': " + errnoText());
    return data;
}

std::vector<std::string> listFolder(const std::string &folder)
{
    std::vector<std::string> names;
    DIR *dir = ::opendir(folder.c_str());
    if (!dir)
        throw std::runtime_error("cannot read the folder '" + folder + "'");
    while (const dirent *e = ::readdir(dir)) {
        const std::string name = e->d_name;
        if (name != "." && name != "..")
            names.push_back(name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace disteval
