// A stand-in for `mpirun -np N disteval-engine ...` in the GUI tests (in the spirit of
// Qt Creator's processtestapp): it takes the whole command line the app builds, speaks
// the progress protocol over the socket named by --progress-socket, and behaves as the
// test asks through options that the tests pass as "extra mpirun arguments":
//
//   --transcript FILE  replay FILE's protocol lines (docs/protocol.md transcripts);
//                      the hello's token becomes the real one unless --keep-token, a
//                      result's path becomes the --output path (and a result file is
//                      written there)
//   --generate         a generated successful run of -np ranks instead
//   --samples N, --rate R   its dataset size (1000) and per-rank rate (1000/s)
//   --delay-ms N       pause between lines (default 5)
//   --stdout TEXT / --stderr TEXT   print before exiting
//   --exit N           exit code (default 0)
//   --no-connect       never connect to the socket
//   --hang             after the transcript, wait to be signalled
//   --ignore-sigterm   ... and ignore SIGTERM (the app must then kill the job)
//   --spawn-rank FILE  fork a child "rank" in the same process group, write its pid
//   --save-predictions (the engine's flag) also write the per-sample sidecar, with the
//                      dataset fingerprint "fake:" + the --data path unless
//   --fingerprint TEXT gives another
//
// The result has a comparison for every pair of models (as the engine writes them). A
// model whose path contains "better" gets more samples right than the others.
//
// `--render-samples I,J,... --data D --output DIR` (the app's thumbnails) writes a small
// PNG per sample, coloured by its index (DIR/sample-I.png), or with a --data path
// containing "tokens" a text (DIR/sample-I.txt: "token I"); a --data path containing
// "bad" fails as the engine fails on an unreadable dataset (exit 3). Each call appends
// its indices as one line to the file $DISTEVAL_FAKE_RENDER_LOG when that is set.
//
// Everything else (mpirun's and the engine's own options) is ignored.
#include "comparison/jointconfusion.h"
#include "comparison/pairedcomparison.h"
#include "evaluation/modelsummary.h"
#include "evaluation/sharding.h"
#include "protocol/progressprotocol.h"
#include "result/atomicfile.h"
#include "result/predictionsfile.h"
#include "result/resultfile.h"
#include "stats/random.h"
#include "syntheticscores.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

volatile std::sig_atomic_t g_terminated = 0;
pid_t g_child = 0;

void onSigterm(int)
{
    g_terminated = 1;
}

struct Options
{
    int ranks = 1;
    std::vector<std::string> models;
    std::string output;
    std::string socketPath;
    std::string transcript;
    bool generate = false;
    int64_t samples = 1000; // of the generated run
    double rate = 1000;     // samples per second reported by the generated run
    int delayMs = 5;
    std::string stdoutText;
    std::string stderrText;
    int exitCode = 0;
    bool noConnect = false;
    bool keepToken = false;
    bool hang = false;
    bool ignoreSigterm = false;
    std::string spawnRankFile;
    std::string data;
    bool savePredictions = false;
    std::string fingerprint;
};

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            return i + 1 < argc ? argv[++i] : std::string();
        };
        if (a == "-np")
            o.ranks = std::atoi(next().c_str());
        else if (a == "--model")
            o.models.push_back(next());
        else if (a == "--output")
            o.output = next();
        else if (a == "--progress-socket")
            o.socketPath = next();
        else if (a == "--transcript")
            o.transcript = next();
        else if (a == "--generate")
            o.generate = true;
        else if (a == "--samples")
            o.samples = std::atoll(next().c_str());
        else if (a == "--rate")
            o.rate = std::atof(next().c_str());
        else if (a == "--delay-ms")
            o.delayMs = std::atoi(next().c_str());
        else if (a == "--stdout")
            o.stdoutText = next();
        else if (a == "--stderr")
            o.stderrText = next();
        else if (a == "--exit")
            o.exitCode = std::atoi(next().c_str());
        else if (a == "--no-connect")
            o.noConnect = true;
        else if (a == "--keep-token")
            o.keepToken = true;
        else if (a == "--hang")
            o.hang = true;
        else if (a == "--ignore-sigterm")
            o.ignoreSigterm = true;
        else if (a == "--spawn-rank")
            o.spawnRankFile = next();
        else if (a == "--data")
            o.data = next();
        else if (a == "--save-predictions")
            o.savePredictions = true;
        else if (a == "--fingerprint")
            o.fingerprint = next();
    }
    return o;
}

int connectTo(const std::string &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, path.c_str(), sizeof(address.sun_path) - 1);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0) {
        std::perror("fake engine: connect");
        std::exit(7);
    }
    return fd;
}

void send(int fd, const std::string &line, int delayMs)
{
    const std::string data = line + "\n";
    size_t sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            return; // the app closed the connection; carry on like the engine would
        sent += static_cast<size_t>(n);
    }
    if (delayMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
}

// A small but real result file, made with the same core code the engine uses.
void writeResult(const Options &o, int worldSize)
{
    constexpr int kClasses = 3;
    constexpr int64_t kSamples = 600;
    disteval::ResultFile result;
    result.engineVersion = "fake";
    result.created = "2025-01-01T00:00:00Z";
    result.worldSize = worldSize;
    result.dataset.path = o.data.empty() ? "fake-data.idx" : o.data;
    result.dataset.format = "idx";
    result.dataset.numSamples = kSamples;
    result.dataset.numClasses = kClasses;
    result.dataset.classNames = {"cat", "dog", "bird"};
    result.dataset.sampleShape = {1, 4, 4};
    result.statistics.bootstrapReplicates = 200;
    disteval::BootstrapSettings settings;
    settings.replicates = 200;
    const std::vector<disteval::Shard> shards = disteval::planShards(kSamples, worldSize, 50);
    for (const disteval::Shard &s : shards)
        result.ranks.push_back({s.rank, s.first, s.count, 0.5, "localhost", "cpu"});
    const std::vector<std::string> models
            = o.models.empty() ? std::vector<std::string>{"model.pt"} : o.models;
    std::vector<int32_t> labels(kSamples);
    std::vector<std::vector<int32_t>> predictions(models.size(), std::vector<int32_t>(kSamples));
    for (size_t m = 0; m < models.size(); ++m) {
        disteval::SufficientStats stats(kClasses, 64);
        disteval::AurocSampleStore store(kClasses, 1.0);
        const int64_t rightOf10 = models[m].find("better") != std::string::npos ? 9 : 8;
        const std::vector<double> hardness(kClasses, rightOf10 == 9 ? 0.2 : 0.5);
        for (int64_t i = 0; i < kSamples; ++i) {
            const int truth = static_cast<int>(i % kClasses);
            const bool correct = (i * 7 + static_cast<int64_t>(m) * 3) % 10 < rightOf10;
            const int predicted = correct ? truth : (truth + 1) % kClasses;
            labels[static_cast<size_t>(i)] = truth;
            predictions[m][static_cast<size_t>(i)] = predicted;
            const double confidence = synthetic::confidence(m, i, correct, kClasses);
            stats.confusion.add(truth, predicted);
            stats.calibration.add(confidence, correct);
            const double p = correct ? confidence : (1 - confidence) / 2;
            stats.lossSum += -std::log(p);
            stats.lossSquareSum += std::log(p) * std::log(p);
            stats.lossCubeSum += -std::log(p) * std::log(p) * std::log(p);
            uint16_t bins[kClasses];
            synthetic::addScores(stats, m, i, truth, predicted, hardness, bins);
            store.add(truth, bins);
        }
        // The macro AUROC's second pass, as the engine makes it.
        const disteval::MacroAurocVariance macro = disteval::macroAurocVariance(stats.roc, store);
        disteval::ModelResult model = disteval::summarizeModel(
                stats, result.dataset.classNames, settings, static_cast<int>(m), &macro);
        model.path = models[m];
        model.sha256 = std::string(64, '0');
        result.models.push_back(model);
    }
    uint64_t pairIndex = 0;
    for (int a = 0; a < static_cast<int>(models.size()); ++a) {
        for (int b = a + 1; b < static_cast<int>(models.size()); ++b) {
            disteval::JointConfusion joint(kClasses);
            for (size_t i = 0; i < labels.size(); ++i)
                joint.add(labels[i], predictions[static_cast<size_t>(a)][i],
                          predictions[static_cast<size_t>(b)][i]);
            result.comparisons.push_back(disteval::comparePaired(
                    joint, a, b, settings, disteval::streamId("paired", pairIndex++)));
        }
    }
    if (o.savePredictions) {
        disteval::PredictionsFile sidecar;
        sidecar.numSamples = kSamples;
        sidecar.numClasses = kClasses;
        sidecar.datasetPath = result.dataset.path;
        sidecar.datasetFingerprint
                = o.fingerprint.empty() ? "fake:" + result.dataset.path : o.fingerprint;
        sidecar.modelPaths = models;
        sidecar.modelHashes = std::vector<std::string>(models.size(), std::string(64, '0'));
        sidecar.labels = labels;
        sidecar.predictions = predictions;
        std::string stem = o.output;
        if (stem.size() > 5 && stem.compare(stem.size() - 5, 5, ".json") == 0)
            stem.resize(stem.size() - 5);
        const std::string path = stem + ".predictions.bin";
        disteval::writePredictionsFile(path, sidecar);
        result.predictionsFile = path.substr(path.find_last_of('/') + 1);
        result.datasetFingerprint = sidecar.datasetFingerprint;
    }
    disteval::writeFileAtomically(o.output, disteval::serializeResult(result));
}

std::vector<std::string> generatedTranscript(const Options &o)
{
    namespace p = disteval::protocol;
    const int64_t samples = o.samples;
    const int models = std::max<int>(1, static_cast<int>(o.models.size()));
    p::Hello hello;
    hello.engineVersion = "fake";
    hello.worldSize = o.ranks;
    hello.numSamples = samples;
    hello.numModels = models;
    hello.shards = disteval::planShards(samples, o.ranks, 100);
    std::vector<std::string> lines{p::encode(hello), p::encode(p::Phase{"loading"}),
                                   p::encode(p::Phase{"evaluating"})};
    constexpr int kSteps = 5;
    for (int step = 1; step <= kSteps; ++step) {
        for (const disteval::Shard &s : hello.shards) {
            p::Progress progress;
            progress.rank = s.rank;
            progress.total = s.count; // samples, each run through every model
            progress.done = progress.total * step / kSteps;
            progress.samplesPerSecond = o.rate * (1.0 - 0.07 * s.rank);
            progress.elapsedSeconds = progress.done / progress.samplesPerSecond;
            lines.push_back(p::encode(progress));
        }
    }
    lines.push_back(p::encode(p::Phase{"reducing"}));
    lines.push_back(p::encode(p::Phase{"writing"}));
    lines.push_back(p::encode(p::Result{"result.json"}));
    return lines;
}

} // namespace

// `disteval-engine --inspect` and `--probe`, as documented in docs/protocol.md. A data
// path containing "bad" is rejected the way the engine rejects an unreadable dataset;
// one containing "regression", "segmentation" or "tokens" has that task's labels.
int answerQuery(int argc, char **argv)
{
    std::string data;
    std::string classNames;
    bool probe = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--data") == 0 && i + 1 < argc)
            data = argv[i + 1];
        if (std::strcmp(argv[i], "--class-names") == 0 && i + 1 < argc)
            classNames = argv[i + 1];
        if (std::strcmp(argv[i], "--probe") == 0)
            probe = true;
    }
    if (probe) {
        std::cout
                << R"({"engine_version":"fake","cuda_available":false,"cuda_devices":0,"cpu_cores":8})"
                << std::endl;
        return 0;
    }
    if (data.find("bad") != std::string::npos) {
        std::cerr << "disteval-engine: error: " << data << ": not a dataset disteval reads"
                  << std::endl;
        nlohmann::json error = {
                {"error",
                 {{"code", "data_invalid"}, {"message", data + ": not a dataset disteval reads"}}}};
        std::cout << error.dump() << std::endl;
        return 3;
    }
    // Three classes: a class-names file with another number of lines is refused as the
    // engine refuses it.
    if (!classNames.empty()) {
        std::ifstream file(classNames);
        int lines = 0;
        for (std::string line; std::getline(file, line);)
            ++lines;
        if (lines != 3) {
            const std::string message = "class-names file '" + classNames + "' has "
                                        + std::to_string(lines) + " names but the labels of '"
                                        + data + "' go up to 2";
            std::cerr << "disteval-engine: error: " << message << std::endl;
            std::cout << nlohmann::json{{"error",
                                         {{"code", "class_mismatch"}, {"message", message}}}}
                                 .dump()
                      << std::endl;
            return 3;
        }
    }
    nlohmann::ordered_json answer
            = {{"format", "idx"},           {"path", data},
               {"num_samples", 600},        {"num_classes", 3},
               {"sample_shape", {1, 4, 4}}, {"class_names", {"cat", "dog", "bird"}}};
    // What the engine says about the labels (docs/TASKS.md): a data path naming a task
    // gets that task's labels; "tokens" also a model with two inputs.
    answer["label_shape"] = nlohmann::json::array();
    answer["label_type"] = "integer";
    answer["implied_task"] = "classification";
    answer["input_names"] = nlohmann::json::array();
    if (data.find("regression") != std::string::npos) {
        answer["format"] = "tensor-file";
        answer["num_classes"] = 0;
        answer["label_shape"] = {2};
        answer["label_type"] = "real";
        answer["implied_task"] = "regression";
    } else if (data.find("segmentation") != std::string::npos) {
        answer["format"] = "tensor-file";
        answer["label_shape"] = {4, 4};
        answer["implied_task"] = "dense_classification";
    } else if (data.find("tokens") != std::string::npos) {
        answer["format"] = "tensor-file";
        answer["label_shape"] = {12};
        answer["implied_task"] = "dense_classification";
        answer["input_names"] = {"input_ids", "attention_mask"};
    }
    std::cout << answer.dump() << std::endl;
    return 0;
}

// `disteval-engine --render-samples`, as described at the top (fakeenginerender.cpp).
int answerRender(int argc, char **argv);

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--inspect") == 0 || std::strcmp(argv[i], "--probe") == 0)
            return answerQuery(argc, argv);
        if (std::strcmp(argv[i], "--render-samples") == 0)
            return answerRender(argc, argv);
    }
    const Options o = parse(argc, argv);
    if (o.ignoreSigterm)
        std::signal(SIGTERM, SIG_IGN);
    else
        std::signal(SIGTERM, onSigterm);

    if (!o.spawnRankFile.empty()) {
        g_child = ::fork();
        if (g_child == 0) {
            // The "rank": like a real one it dies on SIGTERM unless told otherwise.
            if (!o.ignoreSigterm)
                std::signal(SIGTERM, SIG_DFL);
            for (;;)
                ::pause();
        }
        std::ofstream(o.spawnRankFile) << g_child << "\n";
    }

    std::vector<std::string> lines;
    if (o.generate) {
        lines = generatedTranscript(o);
    } else if (!o.transcript.empty()) {
        std::ifstream in(o.transcript);
        for (std::string line; std::getline(in, line);)
            if (!line.empty())
                lines.push_back(line);
    }

    int fd = -1;
    if (!o.noConnect && !o.socketPath.empty())
        fd = connectTo(o.socketPath);
    const char *token = std::getenv(disteval::protocol::kTokenEnvironmentVariable);
    int worldSize = o.ranks;
    for (std::string line : lines) {
        if (g_terminated)
            break;
        nlohmann::ordered_json j = nlohmann::ordered_json::parse(line, nullptr, false);
        if (!j.is_discarded() && j.is_object() && j.value("type", "") == "hello") {
            if (!o.keepToken)
                j["token"] = token ? token : "";
            worldSize = j.value("world_size", worldSize);
            line = j.dump();
        } else if (!j.is_discarded() && j.is_object() && j.value("type", "") == "result") {
            writeResult(o, worldSize);
            j["path"] = o.output;
            line = j.dump();
        }
        if (fd >= 0)
            send(fd, line, o.delayMs);
    }

    if (o.hang) {
        while (!g_terminated)
            ::pause();
    }
    if (fd >= 0)
        ::close(fd);
    if (!o.stdoutText.empty())
        std::cout << o.stdoutText << std::endl;
    if (!o.stderrText.empty())
        std::cerr << o.stderrText << std::endl;
    if (g_terminated) {
        std::cerr << "fake engine: terminated by SIGTERM" << std::endl;
        if (g_child > 0) {
            ::kill(g_child, SIGTERM); // what mpirun does with the ranks
            ::waitpid(g_child, nullptr, 0);
        }
        return 143;
    }
    if (g_child > 0) {
        ::kill(g_child, SIGTERM);
        ::waitpid(g_child, nullptr, 0);
    }
    return o.exitCode;
}
