#include "runtime/statsreduction.h"

#include <cstring>

namespace disteval {

namespace {
// Layout of the packed buffer of 64-bit words: s_integers int64 counts, then s_reals
// doubles. MPI user functions get no context argument, so the layout lives here; it is
// set before the collective, identically on every rank.
size_t s_integers = 0;
size_t s_reals = 0;

void sumRecords(void *in, void *inout, int *len, MPI_Datatype *)
{
    const size_t words = s_integers + s_reals;
    const uint64_t *a = static_cast<const uint64_t *>(in);
    uint64_t *b = static_cast<uint64_t *>(inout);
    for (int r = 0; r < *len; ++r, a += words, b += words) {
        // Unsigned addition is two's-complement int64 addition, without overflow UB.
        for (size_t i = 0; i < s_integers; ++i)
            b[i] += a[i];
        for (size_t i = s_integers; i < words; ++i) {
            double x, y;
            std::memcpy(&x, a + i, sizeof x);
            std::memcpy(&y, b + i, sizeof y);
            y += x;
            std::memcpy(b + i, &y, sizeof y);
        }
    }
}
} // namespace

bool reduceStatistics(const MpiContext &mpi, std::vector<SufficientStats> &stats,
                      std::vector<double> &rankSeconds, double ownSeconds)
{
    const size_t world = static_cast<size_t>(mpi.worldSize());
    s_integers = 0;
    s_reals = world; // one timing slot per rank
    for (const SufficientStats &s : stats) {
        s_integers += s.integerCount();
        s_reals += s.realCount();
    }
    std::vector<uint64_t> words(s_integers + s_reals);
    std::vector<double> reals(s_reals, 0.0);
    int64_t *ip = reinterpret_cast<int64_t *>(words.data()); // int64/uint64 may alias
    double *rp = reals.data();
    for (const SufficientStats &s : stats) {
        s.pack(ip, rp);
        ip += s.integerCount();
        rp += s.realCount();
    }
    reals[s_reals - world + static_cast<size_t>(mpi.rank())] = ownSeconds;
    std::memcpy(words.data() + s_integers, reals.data(), s_reals * sizeof(double));

    MPI_Datatype record;
    MPI_Type_contiguous(static_cast<int>(words.size()), MPI_UINT64_T, &record);
    MPI_Type_commit(&record);
    MPI_Op op;
    MPI_Op_create(&sumRecords, /*commute=*/1, &op);
    const bool root = mpi.rank() == 0;
    const int rc = MPI_Reduce(root ? MPI_IN_PLACE : words.data(), root ? words.data() : nullptr, 1,
                              record, op, 0, mpi.world());
    MPI_Op_free(&op);
    MPI_Type_free(&record);
    if (rc != MPI_SUCCESS)
        return false;
    if (!root)
        return true;

    std::memcpy(reals.data(), words.data() + s_integers, s_reals * sizeof(double));
    ip = reinterpret_cast<int64_t *>(words.data());
    rp = reals.data();
    for (SufficientStats &s : stats) {
        s.unpack(ip, rp);
        ip += s.integerCount();
        rp += s.realCount();
    }
    rankSeconds.assign(reals.end() - static_cast<std::ptrdiff_t>(world), reals.end());
    return true;
}

} // namespace disteval
