#pragma once

#include <stdexcept>
#include <string>

namespace disteval {

// Exit statuses of disteval-engine (documented in --help and docs/ENGINE.md).
enum ExitStatus : int {
    kExitOk = 0,
    kExitUsage = 2,
    kExitData = 3,
    kExitModel = 4,
    kExitOutput = 5,
    kExitDevice = 6,
    kExitInternal = 7,
};

// A failure the engine reports to the user: a protocol error code (see
// docs/protocol.md), the exit status, and a message that names the file and the problem.
class EngineError : public std::runtime_error
{
public:
    EngineError(std::string code, int exitStatus, const std::string &message)
        : std::runtime_error(message)
        , m_code(std::move(code))
        , m_exitStatus(exitStatus)
    {}
    const std::string &code() const { return m_code; }
    int exitStatus() const { return m_exitStatus; }

private:
    std::string m_code;
    int m_exitStatus;
};

} // namespace disteval
