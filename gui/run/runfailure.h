#pragma once

#include <QString>

// Why a run failed, for the user (translated) and for tests (kind, code).
struct RunFailure
{
    enum class Kind {
        Setup = 1,         // the run could not be set up (missing input, socket)
        MpirunMissing,     // mpirun was not found or could not be started
        EngineMissing,     // disteval-engine was not found
        CheckpointInvalid, // a checkpoint is missing or not a TorchScript archive (before mpirun)
        MetricInvalid, // a --metric file is missing or not a TorchScript archive (before mpirun)
        EngineError,   // the engine reported an error (code set) or exited non-zero
        Crashed,       // mpirun itself crashed (signal)
        NoResult,      // exit 0 without a result message
        WrongToken,    // the progress connection did not present this run's token
        UnsupportedVersion, // the engine speaks another protocol version
        ProtocolViolation,  // the conversation broke the protocol (e.g. no hello)
    };
    Kind kind = Kind::Setup;
    QString summary;   // one plain sentence
    QString details;   // the engine's message and the tail of its stderr
    QString code;      // protocol error code, if any
    int exitCode = -1; // the job's exit code, -1 when it did not exit normally
};
