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
// new one, never a partial write: the bytes go to a temporary file in the same folder,
// which is flushed to disk and then renamed over `path`. On any failure (folder not
// writable, disk full, ...) the temporary file is removed, an existing file at `path`
// is left untouched, and FileWriteError is thrown naming `path` and the reason.
void writeFileAtomically(const std::string &path, const std::string &content);

// Throws FileWriteError naming the folder if a file cannot be created next to
// `path` (checked by creating and removing a temporary file). Lets a run fail before
// it spends time evaluating.
void checkWritableLocation(const std::string &path);

} // namespace disteval
