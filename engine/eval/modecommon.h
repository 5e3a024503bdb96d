#pragma once

#include "cli/engineoptions.h"
#include "data/datasetfactory.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <string>

namespace disteval {

// What the engine's modes (eval/modes.h) share.
using Clock = std::chrono::steady_clock;

// The rank the launcher gave this process, readable before MPI_Init (so that only one
// process prints a usage error).
int launcherRank();
void printError(const std::string &message, int rank, int worldSize);
std::string isoTimeUtc();
nlohmann::ordered_json errorJson(const std::string &code, const std::string &message);
ImageFolderOptions imageFolderOptions(const EngineOptions &o);

} // namespace disteval
