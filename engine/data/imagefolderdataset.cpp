#include "data/imagefolderdataset.h"

#include "data/imagedecoder.h"
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

namespace {

struct FolderEntries
{
    std::vector<std::string> folders; // sorted
    std::vector<std::string> files;   // sorted; every non-folder entry
};

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
void walk(const std::string &folder, std::set<std::pair<dev_t, ino_t>> &visited,
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
        walk(joinPath(folder, sub), visited, out);
}

std::string lower(std::string s)
{
    for (char &c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// The whole file; false with `error` set when it cannot be read.
bool readWholeFile(const std::string &path, std::vector<uint8_t> &bytes, std::string &error)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = std::string("cannot open it: ") + std::strerror(errno);
        return false;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        error = "not a regular file";
        return false;
    }
    bytes.resize(static_cast<size_t>(st.st_size));
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

} // namespace

bool ImageFolderDataset::hasImageExtension(const std::string &name)
{
    const std::string l = lower(name);
    for (const char *ext :
         {".jpg", ".jpeg", ".png", ".ppm", ".bmp", ".pgm", ".tif", ".tiff", ".webp"})
        if (endsWith(l, ext))
            return true;
    return false;
}

bool ImageFolderDataset::looksLikeImageFolder(const std::string &folder)
{
    try {
        for (const std::string &sub : listEntries(folder).folders)
            for (const std::string &f : listEntries(joinPath(folder, sub)).files)
                if (hasImageExtension(f))
                    return true;
    } catch (const std::exception &) {
    }
    return false;
}

ImageFolderDataset::ImageFolderDataset(const std::string &root, const ImageFolderOptions &options)
    : m_root(root)
    , m_options(options)
    , m_transform(ImageTransform::Settings{})
{
    m_classNames = listEntries(root).folders;
    if (m_classNames.empty())
        throw std::runtime_error("the folder '" + root
                                 + "' has no class sub-folders (an ImageFolder is "
                                   "root/<class>/<image>)");
    std::vector<std::string> empty;
    for (size_t c = 0; c < m_classNames.size(); ++c) {
        std::vector<std::pair<std::string, std::vector<std::string>>> folders;
        std::set<std::pair<dev_t, ino_t>> visited;
        walk(joinPath(root, m_classNames[c]), visited, folders);
        std::sort(folders.begin(), folders.end());
        const size_t before = m_files.size();
        for (const auto &[folder, names] : folders)
            for (const std::string &name : names)
                if (hasImageExtension(name)) {
                    m_files.push_back(joinPath(folder, name));
                    m_labels.push_back(static_cast<int32_t>(c));
                }
        if (m_files.size() == before)
            empty.push_back(m_classNames[c]);
    }
    if (!empty.empty()) {
        std::string list;
        for (const std::string &e : empty)
            list += (list.empty() ? "'" : ", '") + e + "'";
        throw std::runtime_error("ImageFolder '" + root + "': no image file (.jpg, .jpeg, .png) in "
                                 + "the class folder" + (empty.size() > 1 ? "s " : " ") + list);
    }

    // Sample 0 (or the first that decodes, when skipping) fixes the channels and shape.
    ImageDecoder decoder;
    std::vector<uint8_t> bytes;
    for (size_t i = 0; i < m_files.size(); ++i) {
        std::string error;
        Image8 image;
        if (readWholeFile(m_files[i], bytes, error)) {
            try {
                image = decoder.decode(bytes.data(), bytes.size());
            } catch (const ImageDecodeError &e) {
                error = e.what();
            }
        }
        if (!error.empty()) {
            if (options.skipBadImages && i + 1 < m_files.size())
                continue;
            throw std::runtime_error("image '" + m_files[i] + "': " + error);
        }
        ImageTransform::Settings s;
        s.resizeShorter = options.resizeShorter;
        s.cropHeight = options.cropHeight;
        s.cropWidth = options.cropWidth;
        s.channels = options.channels != 0 ? options.channels : (image.channels == 1 ? 1 : 3);
        m_transform = ImageTransform(s);
        m_shape = m_transform.outputShape(image.width, image.height);
        break;
    }
}

std::vector<int64_t> ImageFolderDataset::sampleShape() const
{
    return {m_shape[0], m_shape[1], m_shape[2]};
}

namespace {
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
} // namespace

Batch ImageFolderDataset::load(int64_t first, int64_t count) const
{
    if (first < 0 || count < 0 || first + count > size())
        throw std::out_of_range("ImageFolderDataset::load outside the dataset");
    const int64_t sampleFloats = m_shape[0] * m_shape[1] * m_shape[2];
    Batch b;
    b.inputs = mappedFloatTensor({count, m_shape[0], m_shape[1], m_shape[2]});
    b.labels = torch::empty({count}, torch::kInt64);
    float *inputs = b.inputs.data_ptr<float>();
    int64_t *labels = b.labels.data_ptr<int64_t>();
    ImageDecoder decoder;
    std::vector<uint8_t> bytes;
    int64_t kept = 0;
    for (int64_t i = first; i < first + count; ++i) {
        const std::string &file = m_files[static_cast<size_t>(i)];
        std::string error;
        Image8 image;
        if (readWholeFile(file, bytes, error)) {
            try {
                image = decoder.decode(bytes.data(), bytes.size());
            } catch (const ImageDecodeError &e) {
                error = e.what();
            }
        }
        if (!error.empty()) {
            if (!m_options.skipBadImages)
                throw std::runtime_error("image '" + file + "': " + error);
            b.skipped.push_back(file + ": " + error);
            continue;
        }
        const auto shape = m_transform.outputShape(image.width, image.height);
        if (shape != m_shape) {
            auto text = [](const std::array<int64_t, 3> &s) {
                return std::to_string(s[0]) + "x" + std::to_string(s[1]) + "x"
                       + std::to_string(s[2]);
            };
            throw std::runtime_error(
                    "image '" + file + "' (" + std::to_string(image.width) + "x"
                    + std::to_string(image.height) + " pixels) becomes a " + text(shape)
                    + " sample but the dataset's samples are " + text(m_shape)
                    + " (from its first image); give --crop HxW (and --resize S) so that every "
                      "image has the same size");
        }
        m_transform.apply(image, inputs + kept * sampleFloats);
        labels[kept] = m_labels[static_cast<size_t>(i)];
        b.indices.push_back(i);
        ++kept;
    }
    if (kept == count)
        b.indices.clear();
    if (kept < count) {
        b.inputs = b.inputs.narrow(0, 0, kept);
        b.labels = b.labels.narrow(0, 0, kept);
    }
    return b;
}

} // namespace disteval
