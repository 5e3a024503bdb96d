#pragma once

#include <cstddef>
#include <string>

namespace disteval {

// The deepest nesting of arrays and objects in JSON text (strings skipped), counted
// without parsing: a recursive parser or serializer needs one stack frame per level, so
// 100,000 nested brackets would overflow the stack. Malformed text is left to the
// parser; this only measures.
int jsonNestingDepth(const char *text, size_t size);

// Nesting allowed in every untrusted JSON document disteval reads (result files, the
// sidecar header, progress messages); the deepest real one is 5.
constexpr int kMaxJsonNesting = 64;

} // namespace disteval
