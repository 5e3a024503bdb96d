// The engine's progress socket against a reader that drains it just fast enough to keep
// every single write short: the whole run may wait at most kMaxBlockedSeconds for it,
// after which the socket is dropped and the evaluation goes on.

#include "runtime/progresssocket.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <string>
#include <thread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace disteval;

class tst_ProgressSocket : public QObject
{
    Q_OBJECT

private slots:
    void slowReaderCostsAtMostTheBudget();
    void fastReaderGetsEverything();
};

namespace {
int listenAt(const std::string &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un a{};
    a.sun_family = AF_UNIX;
    std::snprintf(a.sun_path, sizeof a.sun_path, "%s", path.c_str());
    ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
    ::listen(fd, 1);
    return fd;
}
} // namespace

void tst_ProgressSocket::slowReaderCostsAtMostTheBudget()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("s")).toStdString();
    const int server = listenAt(path);
    std::atomic<bool> stop{false};
    std::atomic<long> received{0};
    std::thread reader([&] {
        const int c = ::accept(server, nullptr, nullptr);
        char buf[512];
        while (!stop) { // 512 bytes every 20 ms: each write completes, slowly
            const ssize_t n = ::recv(c, buf, sizeof buf, 0);
            if (n <= 0)
                break;
            received += n;
            ::usleep(20000);
        }
        ::close(c);
    });
    ProgressSocket socket;
    QVERIFY(socket.connect(path));
    const std::string line(64 * 1024, 'x'); // 20 MB in all: an hour at that rate
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 320 && socket.isOpen(); ++i)
        socket.send(line);
    const double seconds = t.elapsed() / 1000.0;
    QVERIFY(!socket.isOpen()); // dropped once the budget was spent
    QVERIFY2(seconds < ProgressSocket::kMaxBlockedSeconds + 1.0,
             qPrintable(QString::number(seconds)));
    QVERIFY2(seconds > ProgressSocket::kMaxBlockedSeconds - 0.5,
             qPrintable(QString::number(seconds)));
    stop = true;
    reader.join();
    ::close(server);
}

void tst_ProgressSocket::fastReaderGetsEverything()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("f")).toStdString();
    const int server = listenAt(path);
    std::atomic<long> received{0};
    std::thread reader([&] {
        const int c = ::accept(server, nullptr, nullptr);
        char buf[65536];
        ssize_t n;
        while ((n = ::recv(c, buf, sizeof buf, 0)) > 0)
            received += n;
        ::close(c);
    });
    {
        ProgressSocket socket;
        QVERIFY(socket.connect(path));
        const std::string line(1000, 'y');
        for (int i = 0; i < 2000; ++i)
            socket.send(line);
        QVERIFY(socket.isOpen());
    }
    reader.join();
    QCOMPARE(received.load(), 2000L * 1001);
    ::close(server);
}

QTEST_GUILESS_MAIN(tst_ProgressSocket)
#include "tst_progresssocket.moc"
