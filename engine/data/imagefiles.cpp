#include "data/imagefiles.h"

#include "data/imagedecoder.h"
#include "evaluation/limits.h"
#include "io/regularfile.h"
#include "util/fileutil.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>
#include <stdexcept>
#include <utility>

#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace disteval {

// One folder's entries, symbolic links followed (a dangling link counts as a file, as
// os.walk counts it).
FolderEntries listEntries(const std::string &folder)
{
    FolderEntries out;
    DIR *dir = ::opendir(folder.c_str());
    if (!dir)
        throw std::runtime_error("cannot read the folder '" + folder
                                 + "': " + std::strerror(errno));
    while (const dirent *e = ::readdir(dir)) {
        const std::string name = e->d_name;
        if (name == "." || name == "..")
            continue;
        struct stat st
        {
        };
        const bool isFolder
                = ::stat(joinPath(folder, name).c_str(), &st) == 0 && S_ISDIR(st.st_mode);
        (isFolder ? out.folders : out.files).push_back(name);
    }
    ::closedir(dir);
    std::sort(out.folders.begin(), out.folders.end());
    std::sort(out.files.begin(), out.files.end());
    return out;
}

// os.walk(folder, followlinks=True): every (folder path, its file names), sorted by the
// folder path as torchvision sorts them. A folder already visited (a link cycle) is
// not entered again.
void walkFolder(const std::string &folder, std::set<std::pair<dev_t, ino_t>> &visited,
                std::vector<std::pair<std::string, std::vector<std::string>>> &out)
{
    struct stat st
    {
    };
    if (::stat(folder.c_str(), &st) != 0 || !visited.insert({st.st_dev, st.st_ino}).second)
        return;
    FolderEntries entries = listEntries(folder);
    out.emplace_back(folder, std::move(entries.files));
    for (const std::string &sub : entries.folders)
        walkFolder(joinPath(folder, sub), visited, out);
}

std::string lower(std::string s)
{
    for (char &c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// The whole file; false with `error` set when it cannot be read. Only a regular file of
// at most kMaxImageFileBytes is read (a FIFO would block, a device never end).
bool readWholeFile(const std::string &path, std::vector<uint8_t> &bytes, std::string &error)
{
    int64_t size = 0;
    int fd;
    try {
        fd = openRegularFile(path, &size);
    } catch (const FileReadError &e) {
        const std::string what = e.what();
        error = what.find("not a regular file") != std::string::npos ? "not a regular file"
                                                                     : "cannot open it";
        return false;
    }
    if (size > kMaxImageFileBytes) {
        ::close(fd);
        error = "it is " + std::to_string(size >> 20) + " MiB, more than the "
                + std::to_string(kMaxImageFileBytes >> 20) + " MiB an image may have";
        return false;
    }
    bytes.resize(static_cast<size_t>(size));
    size_t got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            error = n < 0 ? std::string("cannot read it: ") + std::strerror(errno)
                          : std::string("it changed size while being read");
            ::close(fd);
            return false;
        }
        got += static_cast<size_t>(n);
    }
    ::close(fd);
    return true;
}

// A float32 tensor in its own anonymous mapping, unmapped when the tensor dies. Decoded
// batches are made on the prefetch threads and freed on the main thread; from malloc they
// would fragment the heaps (peak RSS grew with the number of images), while the model's
// activations need malloc to keep freed blocks for reuse (see runEvaluation). Their own
// mapping gives each batch back to the system as soon as it is consumed.
torch::Tensor mappedFloatTensor(std::vector<int64_t> sizes)
{
    int64_t elements = 1;
    for (int64_t s : sizes)
        elements *= s;
    const size_t bytes = std::max<size_t>(1, static_cast<size_t>(elements) * sizeof(float));
    void *memory
            = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED)
        throw std::bad_alloc();
    return torch::from_blob(
            memory, sizes, [bytes](void *p) { ::munmap(p, bytes); }, torch::kFloat32);
}

namespace {
template<typename Out, typename Decode>
std::string readAndDecode(const std::string &path, std::vector<uint8_t> &bytes, Out &out,
                          Decode decode)
{
    std::string error;
    if (!readWholeFile(path, bytes, error))
        return error;
    try {
        out = decode(bytes.data(), bytes.size());
    } catch (const ImageDecodeError &e) {
        return e.what();
    }
    return {};
}
} // namespace

std::string decodeImageFile(ImageDecoder &decoder, const std::string &path,
                            std::vector<uint8_t> &bytes, Image8 &image)
{
    return readAndDecode(path, bytes, image,
                         [&decoder](const uint8_t *d, size_t n) { return decoder.decode(d, n); });
}

std::string decodeMaskFile(ImageDecoder &decoder, const std::string &path,
                           std::vector<uint8_t> &bytes, LabelMask &mask)
{
    return readAndDecode(path, bytes, mask, [&decoder](const uint8_t *d, size_t n) {
        return decoder.decodeMask(d, n);
    });
}

} // namespace disteval
