#include "runtime/progressrelay.h"

#include "protocol/progressprotocol.h"
#include "report/terminalprogress.h"
#include "runtime/progresssocket.h"

#include <cstdio>
#include <cstring>
#include <thread>

namespace disteval {

namespace {
constexpr int kTag = 7301;
enum Kind : int32_t { kProgress = 1, kFinished = 2, kFailed = 3 };
constexpr auto kSendInterval = std::chrono::milliseconds(200);
} // namespace

struct ProgressRelay::Message
{
    int32_t kind = kProgress;
    int32_t rank = 0;
    int64_t done = 0;
    double elapsed = 0;
    int32_t exitCode = 0;
    char code[32] = {};
    char text[1500] = {};
};

ProgressRelay::ProgressRelay(const MpiContext &mpi, std::vector<Shard> shards,
                             TerminalProgress *terminal, ProgressSocket *socket)
    : m_mpi(mpi)
    , m_shards(std::move(shards))
    , m_terminal(terminal)
    , m_socket(socket)
    , m_finished(m_shards.size(), 0)
    , m_start(std::chrono::steady_clock::now())
    , m_lastSend(m_start - kSendInterval)
    , m_lastRelay(m_shards.size(), m_start - kSendInterval)
{}

double ProgressRelay::elapsed() const
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
}

void ProgressRelay::deliver(int rank, int64_t done, double elapsedSeconds)
{
    if (rank < 0 || rank >= static_cast<int>(m_shards.size()))
        return;
    if (m_terminal)
        m_terminal->update(rank, done);
    if (m_socket && m_socket->isOpen()) {
        const auto now = std::chrono::steady_clock::now();
        const bool complete = done == m_shards[static_cast<size_t>(rank)].count;
        if (!complete && now - m_lastRelay[static_cast<size_t>(rank)] < kSendInterval)
            return;
        m_lastRelay[static_cast<size_t>(rank)] = now;
        protocol::Progress p;
        p.rank = rank;
        p.done = done;
        p.total = m_shards[static_cast<size_t>(rank)].count;
        p.elapsedSeconds = elapsedSeconds;
        p.samplesPerSecond = elapsedSeconds > 0 ? double(done) / elapsedSeconds : 0.0;
        m_socket->send(protocol::encode(p));
    }
}

void ProgressRelay::send(const Message &m, bool blocking)
{
    std::vector<char> buffer(sizeof(Message));
    std::memcpy(buffer.data(), &m, sizeof(Message));
    if (blocking) {
        MPI_Send(buffer.data(), static_cast<int>(buffer.size()), MPI_BYTE, 0, kTag,
                 m_mpi.progressComm());
        return;
    }
    m_pendingBuffers.push_back(std::move(buffer));
    m_pending.emplace_back();
    MPI_Isend(m_pendingBuffers.back().data(), static_cast<int>(sizeof(Message)), MPI_BYTE, 0, kTag,
              m_mpi.progressComm(), &m_pending.back());
    // Release buffers of completed sends (they complete in order for one destination).
    while (!m_pending.empty()) {
        int done = 0;
        MPI_Test(&m_pending.front(), &done, MPI_STATUS_IGNORE);
        if (!done)
            break;
        m_pending.erase(m_pending.begin());
        m_pendingBuffers.pop_front();
    }
}

void ProgressRelay::report(int64_t done)
{
    if (m_mpi.rank() == 0) {
        deliver(0, done, elapsed());
        poll(false);
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now - m_lastSend < kSendInterval)
        return;
    m_lastSend = now;
    Message m;
    m.kind = kProgress;
    m.rank = m_mpi.rank();
    m.done = done;
    m.elapsed = elapsed();
    send(m, false);
}

void ProgressRelay::finishLocal()
{
    const int64_t count = m_shards[static_cast<size_t>(m_mpi.rank())].count;
    if (m_mpi.rank() == 0) {
        deliver(0, count, elapsed());
        if (!m_finished[0]) {
            m_finished[0] = 1;
            ++m_finishedCount;
        }
        return;
    }
    Message m;
    m.kind = kFinished;
    m.rank = m_mpi.rank();
    m.done = count;
    m.elapsed = elapsed();
    send(m, false);
}

void ProgressRelay::poll(bool block)
{
    for (;;) {
        int flag = 0;
        MPI_Status status;
        if (block && m_finishedCount < static_cast<int>(m_shards.size())) {
            MPI_Iprobe(MPI_ANY_SOURCE, kTag, m_mpi.progressComm(), &flag, &status);
            if (!flag) {
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
                continue;
            }
        } else {
            MPI_Iprobe(MPI_ANY_SOURCE, kTag, m_mpi.progressComm(), &flag, &status);
            if (!flag)
                return;
        }
        Message m;
        MPI_Recv(&m, static_cast<int>(sizeof(Message)), MPI_BYTE, status.MPI_SOURCE, kTag,
                 m_mpi.progressComm(), MPI_STATUS_IGNORE);
        m.code[sizeof m.code - 1] = '\0';
        m.text[sizeof m.text - 1] = '\0';
        const int rank = status.MPI_SOURCE;
        if (m.kind == kFailed) {
            if (m_terminal)
                m_terminal->finish(elapsed());
            std::fprintf(stderr, "disteval-engine: rank %d: error: %s\n", rank, m.text);
            if (m_socket && m_socket->isOpen()) {
                protocol::Error e;
                e.code = m.code;
                e.message = m.text;
                e.rank = rank;
                m_socket->send(protocol::encode(e));
            }
            std::fflush(stderr);
            m_mpi.abort(m.exitCode);
        }
        deliver(rank, m.done, m.elapsed);
        if (m.kind == kFinished && !m_finished[static_cast<size_t>(rank)]) {
            m_finished[static_cast<size_t>(rank)] = 1;
            ++m_finishedCount;
        }
        if (block && m_finishedCount == static_cast<int>(m_shards.size()))
            return;
    }
}

void ProgressRelay::waitForAll()
{
    if (m_mpi.rank() == 0) {
        poll(true);
        return;
    }
    if (!m_pending.empty())
        MPI_Waitall(static_cast<int>(m_pending.size()), m_pending.data(), MPI_STATUSES_IGNORE);
    m_pending.clear();
    m_pendingBuffers.clear();
}

void ProgressRelay::fail(const std::string &code, const std::string &message, int exitCode)
{
    if (m_mpi.rank() == 0) {
        if (m_terminal)
            m_terminal->finish(elapsed());
        std::fprintf(stderr, "disteval-engine: %serror: %s\n",
                     m_mpi.worldSize() > 1 ? "rank 0: " : "", message.c_str());
        if (m_socket && m_socket->isOpen()) {
            protocol::Error e;
            e.code = code;
            e.message = message;
            e.rank = 0;
            m_socket->send(protocol::encode(e));
        }
        std::fflush(stderr);
        m_mpi.abort(exitCode);
    }
    Message m;
    m.kind = kFailed;
    m.rank = m_mpi.rank();
    m.exitCode = exitCode;
    std::snprintf(m.code, sizeof m.code, "%s", code.c_str());
    std::snprintf(m.text, sizeof m.text, "%s", message.c_str());
    send(m, false);
    // Rank 0 reports the error and aborts the job at its next batch; should it be stuck,
    // this rank ends the job itself.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
        int done = 0;
        MPI_Test(&m_pending.back(), &done, MPI_STATUS_IGNORE);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    std::fprintf(stderr, "disteval-engine: rank %d: error: %s\n", m_mpi.rank(), message.c_str());
    m_mpi.abort(exitCode);
}

} // namespace disteval
