#include "runtime/collectives.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace disteval {

std::optional<Failure> agreeOnFailure(const MpiContext &mpi, const std::optional<Failure> &local)
{
    int mine = local ? mpi.rank() : mpi.worldSize();
    int first = mpi.worldSize();
    MPI_Allreduce(&mine, &first, 1, MPI_INT, MPI_MIN, mpi.world());
    if (first == mpi.worldSize())
        return std::nullopt;
    Failure f = local ? *local : Failure{};
    int header[3]
            = {f.exitStatus, static_cast<int>(f.code.size()), static_cast<int>(f.message.size())};
    MPI_Bcast(header, 3, MPI_INT, first, mpi.world());
    f.exitStatus = header[0];
    f.code.resize(static_cast<size_t>(header[1]));
    f.message.resize(static_cast<size_t>(header[2]));
    MPI_Bcast(f.code.data(), header[1], MPI_CHAR, first, mpi.world());
    MPI_Bcast(f.message.data(), header[2], MPI_CHAR, first, mpi.world());
    if (mpi.worldSize() > 1)
        f.message = "rank " + std::to_string(first) + ": " + f.message;
    return f;
}

std::vector<std::string> gatherStrings(const MpiContext &mpi, const std::string &mine)
{
    constexpr int kWidth = 128;
    char buffer[kWidth] = {};
    std::snprintf(buffer, sizeof buffer, "%s", mine.c_str());
    std::vector<char> all(mpi.rank() == 0 ? static_cast<size_t>(kWidth * mpi.worldSize()) : 0);
    MPI_Gather(buffer, kWidth, MPI_CHAR, all.data(), kWidth, MPI_CHAR, 0, mpi.world());
    std::vector<std::string> out;
    for (int r = 0; mpi.rank() == 0 && r < mpi.worldSize(); ++r)
        out.emplace_back(all.data() + r * kWidth, strnlen(all.data() + r * kWidth, kWidth));
    return out;
}

std::vector<int64_t> gatherOnRoot(const MpiContext &mpi, const std::vector<int64_t> &mine)
{
    const int count = static_cast<int>(mine.size());
    std::vector<int> counts(mpi.rank() == 0 ? static_cast<size_t>(mpi.worldSize()) : 0);
    MPI_Gather(&count, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, mpi.world());
    std::vector<int> offsets(counts.size(), 0);
    size_t total = 0;
    for (size_t r = 0; r < counts.size(); ++r) {
        offsets[r] = static_cast<int>(total);
        total += static_cast<size_t>(counts[r]);
    }
    std::vector<int64_t> all(total);
    MPI_Gatherv(mine.data(), count, MPI_INT64_T, all.data(), counts.data(), offsets.data(),
                MPI_INT64_T, 0, mpi.world());
    return all;
}

bool sumOnRoot(const MpiContext &mpi, std::vector<int64_t> &words)
{
    const bool root = mpi.rank() == 0;
    const size_t piece = size_t(1) << 30;
    for (size_t at = 0; at < words.size(); at += piece) {
        const int count = static_cast<int>(std::min(piece, words.size() - at));
        if (MPI_Reduce(root ? MPI_IN_PLACE : words.data() + at, root ? words.data() + at : nullptr,
                       count, MPI_INT64_T, MPI_SUM, 0, mpi.world())
            != MPI_SUCCESS)
            return false;
    }
    return true;
}

} // namespace disteval
