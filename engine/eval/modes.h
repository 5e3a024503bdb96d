#pragma once

#include "cli/engineoptions.h"

namespace disteval {

// The engine's modes, one file each; each returns the process exit status.
int runInspect(const EngineOptions &o);                             // eval/inspectmode.cpp
int runProbe();                                                     // eval/inspectmode.cpp
int runCompare(const EngineOptions &o);                             // eval/comparemode.cpp
int runRender(const EngineOptions &o);                              // records/samplerender.cpp
int runEvaluation(const EngineOptions &o, int *argc, char ***argv); // eval/evaluatemode.cpp

} // namespace disteval
