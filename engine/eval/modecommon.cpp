#include "eval/modecommon.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace disteval {

int launcherRank()
{
    for (const char *name : {"OMPI_COMM_WORLD_RANK", "PMIX_RANK", "PMI_RANK", "SLURM_PROCID"})
        if (const char *v = std::getenv(name))
            return std::atoi(v);
    return 0;
}

void printError(const std::string &message, int rank, int worldSize)
{
    if (worldSize > 1)
        std::fprintf(stderr, "disteval-engine: rank %d: error: %s\n", rank, message.c_str());
    else
        std::fprintf(stderr, "disteval-engine: error: %s\n", message.c_str());
    std::fflush(stderr);
}

std::string isoTimeUtc()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

nlohmann::ordered_json errorJson(const std::string &code, const std::string &message)
{
    nlohmann::ordered_json j;
    j["error"] = {{"code", code}, {"message", message}};
    return j;
}

ImageFolderOptions imageFolderOptions(const EngineOptions &o)
{
    ImageFolderOptions images;
    images.resizeShorter = o.resizeShorter;
    images.cropHeight = o.cropHeight;
    images.cropWidth = o.cropWidth;
    images.channels = o.channels;
    images.skipBadImages = o.skipBadImages;
    images.masks = o.masks;
    images.hasMaskPad = o.hasIgnoreIndex;
    images.maskPad = o.ignoreIndex;
    return images;
}

} // namespace disteval
