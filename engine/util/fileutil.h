#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace disteval {

bool fileExists(const std::string &path);
bool isDirectory(const std::string &path);
std::string fileName(const std::string &path);     // last component
std::string parentFolder(const std::string &path); // "." when there is none
std::string joinPath(const std::string &folder, const std::string &name);
std::string absolutePath(const std::string &path);
bool endsWith(const std::string &s, const std::string &suffix);

// Whole file; a ".gz" file (by its gzip magic, not its name) is decompressed.
// Only regular files are opened (FileReadError, a std::runtime_error, for a FIFO, a
// device or a folder). Throws std::runtime_error naming the file when it cannot be
// opened or is a corrupt gzip stream.
std::vector<uint8_t> readFileMaybeGzip(const std::string &path);
std::vector<uint8_t> readFileBytes(const std::string &path);
// First `count` bytes after decompression (fewer when the file is shorter); reading
// stops there, however much the stream would inflate to.
std::vector<uint8_t> readPrefixMaybeGzip(const std::string &path, size_t count);

// The names in `folder` (without "." and ".."), sorted; throws std::runtime_error
// naming the folder when it cannot be read.
std::vector<std::string> listFolder(const std::string &folder);

} // namespace disteval
