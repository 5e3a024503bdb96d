#include "eval/outputfiles.h"

#include "io/jsonguard.h"
#include "result/atomicfile.h"
#include "util/fileutil.h"

#include <cstdio>
#include <ctime>
#include <fstream>
#include <random>

#include <nlohmann/json.hpp>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace disteval {

namespace {
std::string stemOf(const std::string &path)
{
    std::string stem = path;
    if (endsWith(stem, ".json"))
        stem.resize(stem.size() - 5);
    return stem;
}

struct Identity
{
    dev_t device = 0;
    ino_t inode = 0;
};

bool identityOf(const std::string &path, Identity &id)
{
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0)
        return false;
    id = {st.st_dev, st.st_ino};
    return true;
}

void checkOne(const std::string &what, const std::string &path,
              const std::vector<NamedPath> &inputs)
{
    const std::string target = atomicWriteTarget(path); // refuses non-regular files
    Identity out;
    if (!identityOf(target, out))
        return; // does not exist yet: it cannot be an input
    for (const auto &[kind, input] : inputs) {
        Identity in;
        if (identityOf(input, in) && in.device == out.device && in.inode == out.inode)
            throw FileWriteError("cannot write " + what + " '" + path + "': it is the " + kind
                                 + " '" + input
                                 + "' this run reads; disteval never writes over its inputs "
                                   "(give another --output)");
    }
}

// The run id in a sidecar's or records file's header, or "" when the file is neither a
// disteval sidecar of version 2 or later nor a records file (only those are ever removed).
std::string sidecarRunId(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::string line;
    if (!in || !std::getline(in, line) || line.size() > (1 << 20)
        || jsonNestingDepth(line.data(), line.size()) > kMaxJsonNesting)
        return {};
    const nlohmann::json h = nlohmann::json::parse(line, nullptr, false);
    if (h.is_discarded() || !h.is_object() || !h.contains("format") || !h["format"].is_string()
        || (h["format"].get<std::string>() != "disteval-predictions"
            && h["format"].get<std::string>() != "disteval-samples")
        || !h.contains("run_id") || !h["run_id"].is_string())
        return {};
    return h["run_id"].get<std::string>();
}
} // namespace

void checkOutputIsSafe(const std::string &output, const std::vector<NamedPath> &inputs)
{
    checkOne("the result", output, inputs);
}

std::string newRunId()
{
    std::random_device source;
    const uint64_t id = (uint64_t(source()) << 32) ^ uint64_t(source());
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(id));
    return buf;
}

std::string sidecarPathFor(const std::string &output, const std::string &runId)
{
    return stemOf(output) + ".predictions-" + runId + ".bin";
}

std::string samplesPathFor(const std::string &output, const std::string &runId)
{
    return stemOf(output) + ".samples-" + runId + ".bin";
}

void commitResult(const std::string &output, ResultFile &result, PredictionsFile *sidecar,
                  const std::string &samplesPath)
{
    // The sidecar and records the result now on disk names, to remove once the new
    // ones are committed.
    std::string previousSidecar, previousSamples;
    try {
        const ResultFile previous = readResultFile(output);
        if (!previous.predictionsFile.empty())
            previousSidecar = joinPath(parentFolder(output), previous.predictionsFile);
        if (!previous.samplesFile.empty())
            previousSamples = joinPath(parentFolder(output), previous.samplesFile);
    } catch (const std::exception &) {
        // no previous result, or one that does not parse: nothing of it is removed
    }
    if (!samplesPath.empty())
        result.samplesFile = fileName(samplesPath);
    std::string newSidecar;
    if (sidecar) {
        newSidecar = sidecarPathFor(output, sidecar->runId);
        try {
            writePredictionsFile(newSidecar, *sidecar);
        } catch (...) {
            if (!samplesPath.empty())
                ::unlink(samplesPath.c_str());
            throw;
        }
        result.predictionsFile = fileName(newSidecar);
        result.datasetFingerprint = sidecar->datasetFingerprint;
        result.predictionsRunId = sidecar->runId;
    }
    try {
        writeFileAtomically(output, serializeResult(result)); // the commit
    } catch (...) {
        if (!newSidecar.empty()) // nothing of the failed run stays behind
            ::unlink(newSidecar.c_str());
        if (!samplesPath.empty())
            ::unlink(samplesPath.c_str());
        throw;
    }
    if (!previousSidecar.empty() && previousSidecar != newSidecar
        && !sidecarRunId(previousSidecar).empty())
        ::unlink(previousSidecar.c_str());
    if (!previousSamples.empty() && previousSamples != samplesPath
        && !sidecarRunId(previousSamples).empty())
        ::unlink(previousSamples.c_str());
}

int removeStaleOutputs(const std::string &output)
{
    int removed = removeStaleTemporaries(output);
    std::string referenced, referencedSamples;
    try {
        const ResultFile current = readResultFile(output);
        referenced = current.predictionsFile;
        referencedSamples = current.samplesFile;
    } catch (const std::exception &) {
        // Without a readable result we cannot tell which sidecar is in use: keep them all.
        return removed;
    }
    const std::string folder = parentFolder(atomicWriteTarget(output));
    const std::string stem = fileName(stemOf(atomicWriteTarget(output)));
    const std::string prefix = stem + ".predictions-", samplesPrefix = stem + ".samples-";
    DIR *dir = ::opendir(folder.c_str());
    if (!dir)
        return removed;
    const time_t now = ::time(nullptr);
    std::vector<std::string> stale;
    while (const dirent *e = ::readdir(dir)) {
        const std::string name = e->d_name;
        if ((name.rfind(prefix, 0) != 0 && name.rfind(samplesPrefix, 0) != 0)
            || !endsWith(name, ".bin") || name == referenced || name == referencedSamples)
            continue;
        const std::string path = joinPath(folder, name);
        struct stat st
        {
        };
        if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || now - st.st_mtime < 5)
            continue;
        if (!sidecarRunId(path).empty())
            stale.push_back(path);
    }
    ::closedir(dir);
    for (const std::string &path : stale) {
        removed += removeStaleTemporaries(path);
        const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::unlink(path.c_str()) == 0)
            ++removed;
        ::close(fd);
    }
    return removed;
}

} // namespace disteval
