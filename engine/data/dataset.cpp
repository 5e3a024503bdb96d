#include "data/dataset.h"

namespace disteval {

Dataset::~Dataset() = default;

} // namespace disteval
