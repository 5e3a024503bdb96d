#include "records/samplerecorder.h"

#include "eval/engineerror.h"
#include "runtime/mpicontext.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <numeric>

#include <fcntl.h>
#include <mpi.h>
#include <unistd.h>

namespace disteval {

namespace {
bool writeAll(int fd, const uint8_t *data, int64_t bytes, int64_t offset)
{
    while (bytes > 0) {
        const ssize_t n = ::pwrite(fd, data, static_cast<size_t>(std::min<int64_t>(bytes, 1 << 30)),
                                   static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        bytes -= n;
        offset += n;
    }
    return true;
}

Failure writeFailure(const std::string &path, const std::string &what)
{
    return Failure{"output_not_writable", kExitOutput,
                   "cannot write the sample records '" + path + "': " + what};
}
} // namespace

SampleRecorder::SampleRecorder(const SamplesLayout &layout, int64_t shardFirst, int64_t shardCount)
    : m_codec(layout)
    , m_first(shardFirst)
    , m_count(shardCount)
    , m_recordBytes(layout.recordBytes())
{
    m_bytes.assign(static_cast<size_t>(m_count * m_recordBytes), 0);
}

uint8_t *SampleRecorder::record(int64_t globalIndex)
{
    uint8_t *r = m_bytes.data() + (globalIndex - m_first) * m_recordBytes;
    storeInt32(r, 1);
    return r;
}

void SampleRecorder::recordClassification(int64_t globalIndex, int model, int64_t label,
                                          const double *z, const SampleOutcome &outcome)
{
    uint8_t *r = record(globalIndex);
    storeInt32(r + 4, static_cast<int32_t>(label));
    uint8_t *p = m_codec.modelPart(r, model);
    const int classes = m_codec.layout().units;
    const int k = m_codec.layout().topK;
    storeInt32(p, outcome.predicted);
    if (outcome.predicted < 0) {
        storeFloat32(p + 4, std::nanf(""));
        for (int j = 0; j < k; ++j) {
            storeInt32(p + 8 + 4 * j, -1);
            storeFloat32(p + 8 + 4 * (k + j), std::nanf(""));
        }
        return;
    }
    storeFloat32(p + 4, static_cast<float>(outcome.loss));
    // The k largest logits, descending, ties to the lower class (so the first is the
    // predicted class); their softmax probabilities from the max-shifted exponentials.
    std::vector<int> order(static_cast<size_t>(classes));
    std::iota(order.begin(), order.end(), 0);
    std::partial_sort(order.begin(), order.begin() + k, order.end(),
                      [z](int a, int b) { return z[a] > z[b] || (z[a] == z[b] && a < b); });
    const double top = z[order[0]];
    double sum = 0;
    for (int c = 0; c < classes; ++c)
        sum += std::exp(z[c] - top);
    for (int j = 0; j < k; ++j) {
        const int c = order[static_cast<size_t>(j)];
        storeInt32(p + 8 + 4 * j, c);
        storeFloat32(p + 8 + 4 * (k + j), static_cast<float>(std::exp(z[c] - top) / sum));
    }
}

void SampleRecorder::recordDense(int64_t globalIndex, int model, const int64_t *counts,
                                 int64_t evaluated)
{
    uint8_t *r = record(globalIndex);
    storeInt64(r + 8, evaluated);
    uint8_t *p = m_codec.modelPart(r, model);
    const int c = m_codec.layout().units;
    int64_t correct = 0, counted = 0;
    double iouSum = 0;
    int present = 0;
    for (int k = 0; k < c; ++k) {
        const int64_t tp = counts[k], truth = counts[c + k], predicted = counts[2 * c + k];
        correct += tp;
        counted += truth;
        if (truth + predicted > 0) {
            iouSum += static_cast<double>(tp) / static_cast<double>(truth + predicted - tp);
            ++present;
        }
    }
    storeFloat32(p, counted > 0 ? static_cast<float>(static_cast<double>(correct)
                                                     / static_cast<double>(counted))
                                : std::nanf(""));
    storeFloat32(p + 4, present > 0 ? static_cast<float>(iouSum / present) : std::nanf(""));
}

void SampleRecorder::recordMultiLabel(int64_t globalIndex, int model, const double *labels,
                                      const std::vector<uint8_t> &predicted)
{
    uint8_t *r = record(globalIndex);
    uint8_t *p = m_codec.modelPart(r, model);
    const int c = m_codec.layout().units;
    for (int k = 0; k < c; ++k) {
        const uint8_t bit = static_cast<uint8_t>(1u << (k % 8));
        r[4 + k / 8] = labels[k] == 1 ? (r[4 + k / 8] | bit) : (r[4 + k / 8] & ~bit);
        p[k / 8] = predicted[static_cast<size_t>(k)] ? (p[k / 8] | bit) : (p[k / 8] & ~bit);
    }
}

void SampleRecorder::recordRegression(int64_t globalIndex, int model, const double *targets,
                                      const double *predictions)
{
    uint8_t *r = record(globalIndex);
    uint8_t *p = m_codec.modelPart(r, model);
    for (int k = 0; k < m_codec.layout().units; ++k) {
        storeFloat64(r + 8 + 8 * k, targets[k]);
        storeFloat64(p + 8 * k, predictions[k]);
    }
}

std::optional<Failure> SampleRecorder::write(const MpiContext &mpi, const std::string &path,
                                             const std::string &header) const
{
    const bool root = mpi.rank() == 0;
    std::optional<Failure> local;
    int64_t total = m_count;
    MPI_Allreduce(MPI_IN_PLACE, &total, 1, MPI_INT64_T, MPI_SUM, mpi.world());
    // Only rank 0 has the header: its length is where the records start.
    int64_t offset = static_cast<int64_t>(header.size());
    MPI_Bcast(&offset, 1, MPI_INT64_T, 0, mpi.world());
    if (root) {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0)
            local = writeFailure(path, std::strerror(errno));
        else {
            if (!writeAll(fd, reinterpret_cast<const uint8_t *>(header.data()), offset, 0)
                || ::ftruncate(fd, static_cast<off_t>(offset + total * m_recordBytes)) != 0)
                local = writeFailure(path, std::strerror(errno));
            ::close(fd);
            if (local) // created here (O_EXCL): nothing of a failed run stays behind
                ::unlink(path.c_str());
        }
    }
    if (std::optional<Failure> f = agreeOnFailure(mpi, local))
        return f;
    // Every rank writes its own range where it can open the file; else all send to 0.
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    int unshared = fd < 0 ? 1 : 0;
    MPI_Allreduce(MPI_IN_PLACE, &unshared, 1, MPI_INT, MPI_MAX, mpi.world());
    if (!unshared) {
        if (!writeAll(fd, m_bytes.data(), static_cast<int64_t>(m_bytes.size()),
                      offset + m_first * m_recordBytes)
            || ::fsync(fd) != 0)
            local = writeFailure(path, std::strerror(errno));
    } else {
        const int64_t mine = static_cast<int64_t>(m_bytes.size());
        std::vector<int64_t> sizes(static_cast<size_t>(mpi.worldSize()));
        std::vector<int64_t> firsts(sizes.size());
        MPI_Gather(&mine, 1, MPI_INT64_T, sizes.data(), 1, MPI_INT64_T, 0, mpi.world());
        MPI_Gather(&m_first, 1, MPI_INT64_T, firsts.data(), 1, MPI_INT64_T, 0, mpi.world());
        // Rank by rank, so rank 0 holds one shard at a time.
        for (int r = 1; r < mpi.worldSize(); ++r) {
            if (mpi.rank() == r)
                for (int64_t sent = 0; sent < mine; sent += INT_MAX / 2) {
                    const int n = static_cast<int>(std::min<int64_t>(INT_MAX / 2, mine - sent));
                    MPI_Send(m_bytes.data() + sent, n, MPI_BYTE, 0, 7, mpi.world());
                }
            if (root) {
                const size_t rr = static_cast<size_t>(r);
                std::vector<uint8_t> bytes(static_cast<size_t>(sizes[rr]));
                for (int64_t got = 0; got < sizes[rr]; got += INT_MAX / 2) {
                    const int n = static_cast<int>(std::min<int64_t>(INT_MAX / 2, sizes[rr] - got));
                    MPI_Recv(bytes.data() + got, n, MPI_BYTE, r, 7, mpi.world(), MPI_STATUS_IGNORE);
                }
                if (!local
                    && !writeAll(fd, bytes.data(), sizes[rr], offset + firsts[rr] * m_recordBytes))
                    local = writeFailure(path, std::strerror(errno));
            }
        }
        if (root && !local
            && (!writeAll(fd, m_bytes.data(), mine, offset + m_first * m_recordBytes)
                || ::fsync(fd) != 0))
            local = writeFailure(path, std::strerror(errno));
    }
    if (fd >= 0)
        ::close(fd);
    std::optional<Failure> failure = agreeOnFailure(mpi, local);
    if (failure && root)
        ::unlink(path.c_str());
    return failure;
}

} // namespace disteval
