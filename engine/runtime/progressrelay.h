#pragma once

#include "evaluation/sharding.h"
#include "runtime/mpicontext.h"

#include <chrono>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace disteval {

class ProgressSocket;
class TerminalProgress;

// Brings every rank's progress (and a failing rank's error) to rank 0, which shows it on
// the terminal and relays it to the app's socket. Ranks send small point-to-point
// messages on their own communicator, at most every 200 ms and once when they finish;
// rank 0 receives them between its own batches and while it waits for the others. This
// needs no shared file system and works across nodes.
class ProgressRelay
{
public:
    // `terminal` and `socket` are used on rank 0 only and may be null.
    ProgressRelay(const MpiContext &mpi, std::vector<Shard> shards, TerminalProgress *terminal,
                  ProgressSocket *socket);

    // This rank has evaluated `done` samples of its shard.
    void report(int64_t done);
    // This rank's shard is complete.
    void finishLocal();
    // Rank 0: returns once every rank has finished (relaying progress meanwhile), or
    // aborts the job when a rank reports a failure. Other ranks: completes their sends.
    void waitForAll();
    // Reports an error of this rank and ends the whole job with `exitCode`.
    [[noreturn]] void fail(const std::string &code, const std::string &message, int exitCode);

private:
    struct Message;
    void poll(bool block);
    void deliver(int rank, int64_t done, double elapsed);
    void send(const Message &m, bool blocking);
    double elapsed() const;

    const MpiContext &m_mpi;
    std::vector<Shard> m_shards;
    TerminalProgress *m_terminal;
    ProgressSocket *m_socket;
    std::vector<char> m_finished;
    int m_finishedCount = 0;
    std::deque<std::vector<char>> m_pendingBuffers;
    std::vector<MPI_Request> m_pending;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastSend;
    std::vector<std::chrono::steady_clock::time_point> m_lastRelay;
};

} // namespace disteval
