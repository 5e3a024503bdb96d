#pragma once

#include "run/protocolreader.h"
#include "run/runfailure.h"

#include "protocol/progressprotocol.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

// The app's end of the progress protocol (docs/protocol.md) for one run: a
// QLocalServer only this user can connect to, under a name nobody can guess, and the
// random token the engine must send back in its hello. The first connection is the
// engine's; any other is refused. Until a hello with this run's token and protocol
// version arrives, nothing is believed: anything else is fatal(). After it, every valid
// message goes to message(); a malformed line or a repeated hello is reported with
// rejected() and skipped, so one garbled line never stops a run.
class ProgressServer : public QObject
{
    Q_OBJECT

public:
    explicit ProgressServer(QObject *parent = nullptr);
    ~ProgressServer() override;

    // Opens the server under a fresh name with a fresh token; false (and `error`) when
    // the socket cannot be opened.
    bool listen(QString *error);
    void close();
    // From now on every new connection is refused (the run is being stopped).
    void refuseNewConnections();

    QString fullServerName() const { return m_serverName; }
    // 64 hex digits, for the engine's environment (never its command line).
    QByteArray token() const { return m_token; }
    // The engine's connection is open (it may still have bytes to deliver).
    bool isConnected() const;
    // Handles whatever the connection has delivered so far.
    void readPending();

Q_SIGNALS:
    void message(const disteval::protocol::Message &message);
    void rejected(const QString &text);
    // The connection broke the protocol or is not this run's; it has been dropped.
    void fatal(RunFailure::Kind kind, const QString &summary, const QString &details);
    // The engine closed its connection and every line it sent has been handled.
    void finished();

private:
    void onNewConnection();
    void onDisconnected();
    void handle(const ProtocolReader::Item &item);
    void fail(RunFailure::Kind kind, const QString &summary, const QString &details);
    void dropSocket();

    QLocalServer *m_server = nullptr;
    QLocalSocket *m_socket = nullptr; // the engine's connection (authenticated or pending)
    QString m_serverName;
    QByteArray m_token;
    ProtocolReader m_reader;
    bool m_authenticated = false;
    bool m_failed = false;
    bool m_refusing = false;
};
