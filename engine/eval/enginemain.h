#pragma once

namespace disteval {

// The whole of disteval-engine: parses the command line, runs the requested mode and
// returns the process exit status (see eval/engineerror.h). Never throws: every failure
// becomes one message on stderr (and on the progress socket) and a non-zero status.
int runEngine(int argc, char **argv);

} // namespace disteval
