#include "io/jsonguard.h"

#include <algorithm>

namespace disteval {

int jsonNestingDepth(const char *text, size_t size)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (size_t i = 0; i < size; ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character, whatever it is
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            if (depth > 0)
                --depth;
        }
    }
    return deepest;
}

} // namespace disteval
