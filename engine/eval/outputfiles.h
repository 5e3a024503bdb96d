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
// The per-sample records' file name: "<stem>.samples-<run id>.bin" beside the result.
std::string samplesPathFor(const std::string &output, const std::string &runId);

// Writes the result (and with `sidecar` its predictions file) so that the pair on disk
// is always consistent: the new sidecar goes to a name of its own first, then the result
// is renamed over the old one (the commit), then the sidecar the old result named is
// removed. Killed at any point, the folder holds the old result with its old sidecar or
// the new result with its new one; what is left over is an unreferenced sidecar or a
// temporary, which removeStaleOutputs cleans on a later run. Fills in the result's
// predictions fields. `samplesPath`, when not empty, is the run's records file, already
// written (by every rank, SampleRecorder::write) under its own new name: the result names
// it, it is removed when the result cannot be written, and the records file the old
// result named goes with the old sidecar. Throws FileWriteError.
void commitResult(const std::string &output, ResultFile &result, PredictionsFile *sidecar,
                  const std::string &samplesPath = {});

// Removes what interrupted runs left next to `output`: temporaries no process holds
// (removeStaleTemporaries) and sidecars "<stem>.predictions-*.bin" and records
// "<stem>.samples-*.bin" that are disteval's
// own (their header says so), unlocked, older than a few seconds and not named by the
// result now at `output`. Nothing else is touched. Returns how many files it removed.
int removeStaleOutputs(const std::string &output);

} // namespace disteval
