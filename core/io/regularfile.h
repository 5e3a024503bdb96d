#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace disteval {

// Reading untrusted files without hanging or exhausting memory: only regular files are
// opened (a FIFO would block forever, /dev/zero never ends, a folder is not a file), and
// only up to a size the caller states.

class FileReadError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Opens `path` for reading (O_RDONLY | O_CLOEXEC, without blocking on a FIFO) and
// checks that it is a regular file. Returns the descriptor (the caller closes it) and
// the file's size in *size when given. Throws FileReadError naming the path and the
// problem: missing, unreadable, a folder, a FIFO, a device or socket.
int openRegularFile(const std::string &path, int64_t *size = nullptr);

// The whole file, at most maxBytes of it; a larger file is refused (FileReadError saying
// its size and the limit) before anything is read. `what` names the kind of file in the
// messages ("result file", "class-names file", ...).
std::string readRegularFile(const std::string &path, int64_t maxBytes, const std::string &what);

// Whether two paths name the same file (device and inode), whatever their spelling
// (symbolic links, "..", hard links). False when either does not exist.
bool sameFile(const std::string &a, const std::string &b);

// Checked size arithmetic for sizes computed from untrusted headers: false when the
// product or sum does not fit in 63 bits.
bool checkedMultiply(int64_t a, int64_t b, int64_t *out);
bool checkedAdd(int64_t a, int64_t b, int64_t *out);

} // namespace disteval
