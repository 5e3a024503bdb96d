// libFuzzer entry point; the body is in fuzzbodies.cpp (shared with the regression test).
#include "fuzzbodies.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    disteval::fuzz::idxHeader(data, size);
    return 0;
}
