#pragma once

#include <stdexcept>
#include <string>

namespace disteval {

// A file could not be written (its message names the path and the reason).
class FileWriteError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Writes `content` to `path` so that readers see either the old file or the complete
// new one, never a partial write: the bytes go to a temporary file in the same folder
// (`<name>.tmp-XXXXXX`, locked with flock while it is written), which is flushed to
// disk and then renamed over `path`. A symbolic link at `path` is followed (the file it
// names is replaced, the link stays); anything at `path` that is not a regular file (a
// folder, FIFO, device, socket, /proc/self/fd/N) is refused, never replaced. On any
// failure (folder not writable, disk full, ...) the temporary file is removed, an
// existing file at `path` is left untouched, and FileWriteError is thrown naming `path`
// and the reason.
void writeFileAtomically(const std::string &path, const std::string &content);

// Where writeFileAtomically(path) writes: `path`, or the file a symbolic link there
// names (followed to the end). Throws FileWriteError when `path` exists and is not a
// regular file (or a link to one).
std::string atomicWriteTarget(const std::string &path);

// Removes temporary files writeFileAtomically left next to `path` when a process was
// killed while writing: `<name>.tmp-*` that no process holds locked and that are older
// than a few seconds. Returns how many it removed.
int removeStaleTemporaries(const std::string &path);

// Throws FileWriteError naming the folder if a file cannot be created next to
// `path` (checked by creating and removing a temporary file). Lets a run fail before
// it spends time evaluating.
void checkWritableLocation(const std::string &path);

} // namespace disteval
