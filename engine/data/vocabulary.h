#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace disteval {

// A token vocabulary for showing token ids as text (--vocab): one token per line, line
// i (from 0) is id i; a trailing '\r' is dropped, everything else kept as written (a
// token may be a single space or empty). Throws std::runtime_error naming the file when
// it is missing or not a regular file, larger than kMaxVocabularyBytes, or empty (no
// line with a token).
constexpr int64_t kMaxVocabularyBytes = int64_t(64) << 20;
std::vector<std::string> readVocabulary(const std::string &path);

// The ids as their tokens joined by single spaces; an id outside the vocabulary reads
// "[id]".
std::string tokensText(const std::vector<int64_t> &ids, const std::vector<std::string> &vocabulary);

} // namespace disteval
