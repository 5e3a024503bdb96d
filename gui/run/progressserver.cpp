#include "run/progressserver.h"

#include <QCoreApplication>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRandomGenerator>

namespace {
QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (int i = 0; i < bytes; ++i)
        raw[i] = static_cast<char>(generator->bounded(256));
    return raw.toHex();
}

// Compares in time independent of where the first difference is.
bool sameToken(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}
} // namespace

ProgressServer::ProgressServer(QObject *parent)
    : QObject(parent)
{}

ProgressServer::~ProgressServer()
{
    close();
}

bool ProgressServer::listen(QString *error)
{
    close();
    m_reader = ProtocolReader();
    m_authenticated = false;
    m_failed = false;
    m_refusing = false;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(4);
    const QString name = QStringLiteral("disteval-%1-%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QString::fromLatin1(randomHex(8)));
    if (!m_server->listen(name)) {
        if (error)
            *error = tr("The progress socket cannot be opened: %1").arg(m_server->errorString());
        close();
        return false;
    }
    m_serverName = m_server->fullServerName();
    m_token = randomHex(32);
    connect(m_server, &QLocalServer::newConnection, this, &ProgressServer::onNewConnection);
    return true;
}

void ProgressServer::close()
{
    dropSocket();
    if (m_server) {
        m_server->disconnect(this);
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void ProgressServer::refuseNewConnections()
{
    m_refusing = true;
}

bool ProgressServer::isConnected() const
{
    return m_socket && m_socket->state() == QLocalSocket::ConnectedState;
}

void ProgressServer::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void ProgressServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QLocalSocket *socket = m_server->nextPendingConnection();
        if (m_socket || m_failed || m_refusing) {
            Q_EMIT rejected(tr("A second connection to the progress socket was refused."));
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_socket = socket;
        connect(socket, &QLocalSocket::readyRead, this, &ProgressServer::readPending);
        connect(socket, &QLocalSocket::disconnected, this, &ProgressServer::onDisconnected);
        readPending();
    }
}

void ProgressServer::readPending()
{
    if (!m_socket)
        return;
    QLocalSocket *socket = m_socket;
    const QList<ProtocolReader::Item> items = m_reader.feed(socket->readAll());
    for (const ProtocolReader::Item &item : items) {
        if (m_failed || m_socket != socket)
            break;
        handle(item);
    }
}

void ProgressServer::onDisconnected()
{
    if (!m_socket)
        return;
    readPending();
    if (m_socket && !m_failed)
        for (const ProtocolReader::Item &item : m_reader.finish())
            handle(item);
    Q_EMIT finished();
}

void ProgressServer::handle(const ProtocolReader::Item &item)
{
    using disteval::protocol::MessageType;
    if (!item.valid) {
        if (!m_authenticated)
            fail(RunFailure::Kind::ProtocolViolation,
                 tr("The progress connection sent an invalid first message; the run was "
                    "stopped."),
                 item.error);
        else
            Q_EMIT rejected(tr("Ignored a malformed progress message (%1): %2")
                                    .arg(item.error, QString::fromUtf8(item.line)));
        return;
    }
    const disteval::protocol::Message &m = item.message;
    if (!m_authenticated) {
        if (m.type != MessageType::Hello) {
            fail(RunFailure::Kind::ProtocolViolation,
                 tr("The progress connection did not start with a hello message; the run was "
                    "stopped."),
                 QString::fromUtf8(item.line));
            return;
        }
        if (!sameToken(QByteArray::fromStdString(m.hello.token), m_token)) {
            fail(RunFailure::Kind::WrongToken,
                 tr("The progress connection presented a wrong token, so it does not belong "
                    "to this run; the run was stopped."),
                 {});
            return;
        }
        if (m.hello.protocolVersion != disteval::protocol::kVersion) {
            fail(RunFailure::Kind::UnsupportedVersion,
                 tr("The engine speaks progress protocol version %1, this app version %2. "
                    "Install matching versions of disteval and disteval-engine.")
                         .arg(m.hello.protocolVersion)
                         .arg(disteval::protocol::kVersion),
                 {});
            return;
        }
        m_authenticated = true;
    } else if (m.type == MessageType::Hello) {
        Q_EMIT rejected(tr("Ignored a repeated hello message."));
        return;
    }
    Q_EMIT message(m);
}

void ProgressServer::fail(RunFailure::Kind kind, const QString &summary, const QString &details)
{
    m_failed = true;
    dropSocket();
    Q_EMIT fatal(kind, summary, details);
}
