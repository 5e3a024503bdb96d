#pragma once

#include "result/predictionsfile.h"
#include "result/resultfile.h"

#include <string>
#include <utility>
#include <vector>

namespace disteval {

// What the engine writes, and how it keeps everything it reads and everything a user made
// intact (docs/ROBUSTNESS.md, "Data loss").

// One input of a run: what it is ("model", "dataset file", "class-names file",
// "result file", ...) and its path.
using NamedPath = std::pair<std::string, std::string>;

// Throws FileWriteError when writing the result at `output`, or the sidecar beside it,
// would replace anything but a regular file (a folder, FIFO, device, /proc/self/fd/1;
// see atomicWriteTarget) or would write over one of `inputs` — compared by identity
// (device and inode), so no spelling of the path (links, "..", hard links) gets past.
void checkOutputIsSafe(const std::string &output, const std::vector<NamedPath> &inputs);

// A new run id: 16 hex digits from the system's random source.
std::string newRunId();

// The sidecar's file name for a run: "<stem>.predictions-<run id>.bin" beside the
// result (a new name per run, so a new sidecar never replaces the old result's).
std::string sidecarPathFor(const std::string &output, const std::string &runId);

// Writes the result (and with `sidecar` its predictions file) so that the pair on disk
// is always consistent: the new sidecar goes to a name of its own first, then the result
// is renamed over the old one (the commit), then the sidecar the old result named is
// removed. Killed at any point, the folder holds the old result with its old sidecar or
// the new result with its new one; what is left over is an unreferenced sidecar or a
// temporary, which removeStaleOutputs cleans on a later run. Fills in the result's
// predictions fields. Throws FileWriteError.
void commitResult(const std::string &output, ResultFile &result, PredictionsFile *sidecar);

// Removes what interrupted runs left next to `output`: temporaries no process holds
// (removeStaleTemporaries) and sidecars "<stem>.predictions-*.bin" that are disteval's
// own (their header says so), unlocked, older than a few seconds and not named by the
// result now at `output`. Nothing else is touched. Returns how many files it removed.
int removeStaleOutputs(const std::string &output);

} // namespace disteval
