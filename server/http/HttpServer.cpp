#include "http/HttpServer.h"

#include "http/HttpConnection.h"
#include "http/HttpLog.h"
#include "http/ProxyHeaderReader.h"

#include <QHash>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

#include <sys/socket.h>

namespace confidant::server {

Q_LOGGING_CATEGORY(lcHttp, "confidant.http")

namespace {

QSslConfiguration serverTlsConfiguration(const TlsSettings &tls)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    tls.policy.applyTo(config);
    config.setLocalCertificate(tls.certificate);
    config.setLocalCertificateChain(QList<QSslCertificate>{tls.certificate} + tls.chain);
    config.setPrivateKey(tls.privateKey);
    if (tls.clientCaCertificates.isEmpty()) {
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        // Mutual TLS: only certificates issued by the company CA pass; the system's CAs are not trusted here.
        config.setCaCertificates(tls.clientCaCertificates);
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    return config;
}

QHostAddress peerOf(qintptr descriptor)
{
    sockaddr_storage address{};
    socklen_t length = sizeof(address);
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr *>(&address));
}

} // namespace

// Accepts sockets itself so it can refuse over-limit clients before any TLS work is done for them.
class AcceptingServer : public QTcpServer {
public:
    std::function<void(qintptr)> accept;

protected:
    void incomingConnection(qintptr descriptor) override { accept(descriptor); }
};

class HttpServer::Private {
public:
    const Router *router;
    HttpLimits limits;
    std::optional<TlsSettings> tls;
    QSslConfiguration tlsConfiguration;
    AcceptingServer server;
    QHash<QHostAddress, int> perAddress;
    QList<HttpConnection *> connections;
    ConnectionPressure pressure;

    int pressureThreshold() const
    {
        return limits.pressureConnections > 0 ? limits.pressureConnections : limits.maxConnections * 3 / 4;
    }
    // Under pressure every connection waiting for its next step has its wait cut short, so slots free up soon.
    void updatePressure()
    {
        const bool high = connections.size() >= pressureThreshold();
        if (high && !pressure.high) {
            pressure.high = true;
            qCInfo(lcHttp) << connections.size() << "connections open: shortening waits";
            for (HttpConnection *connection : std::as_const(connections))
                connection->shortenWait();
        }
        pressure.high = high;
    }
    // At the cap, the connection that has waited longest (idle keep-alive, handshake, request head, or a body by when its
    // request began) makes room.
    bool makeRoom()
    {
        HttpConnection *oldest = nullptr;
        for (HttpConnection *connection : std::as_const(connections)) {
            if (connection->isEvictable() && (!oldest || connection->waitingSince() < oldest->waitingSince()))
                oldest = connection;
        }
        if (!oldest)
            return false;
        oldest->evict(); // emits closed(): the counts drop before this returns
        return true;
    }
};

HttpServer::HttpServer(const Router *router, HttpLimits limits, std::optional<TlsSettings> tls, QObject *parent)
    : QObject(parent), d(new Private{router, limits, std::move(tls), {}, {}, {}, {}, {}})
{
    if (d->tls)
        d->tlsConfiguration = serverTlsConfiguration(*d->tls);
    d->server.accept = [this](qintptr descriptor) {
        const QHostAddress peer = peerOf(descriptor);
        if (!d->limits.trustedProxies.contains(peer)) {
            admit(descriptor, peer);
            return;
        }
        auto *reader = new ProxyHeaderReader(descriptor, peer, d->limits.handshakeTimeoutMs, this);
        connect(reader, &ProxyHeaderReader::finished, this, [this, reader](qintptr ready, std::optional<QHostAddress> client) {
            reader->deleteLater();
            if (client)
                admit(ready, *client);
        });
    };
}

// `client` is the socket's peer, or the client a trusted load balancer named: every limit counts per client.
void HttpServer::admit(qintptr descriptor, const QHostAddress &client)
{
    QTcpSocket *socket = d->tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const char *refusal = d->perAddress.value(client) >= d->limits.maxConnectionsPerAddress ? "too many connections from this address"
                        : d->connections.size() >= d->limits.maxConnections && !d->makeRoom() ? "too many connections"
                                                                                                : nullptr;
    if (refusal) {
        // Counted before the socket closes, so whoever sees the close can already see the refusal.
        emit connectionRefused(client, QString::fromLatin1(refusal));
        socket->abort();
        delete socket;
        return;
    }
    if (d->tls)
        static_cast<QSslSocket *>(socket)->setSslConfiguration(d->tlsConfiguration);
    ++d->perAddress[client];
    auto *connection = new HttpConnection(socket, client, d->router, d->limits, d->tls.has_value(), &d->pressure, this);
    d->connections.append(connection);
    d->updatePressure();
    connect(connection, &HttpConnection::closed, this, [this, client](HttpConnection *closed) {
        d->connections.removeOne(closed);
        if (--d->perAddress[client] <= 0)
            d->perAddress.remove(client);
        d->updatePressure();
        closed->deleteLater();
    });
    connection->start();
}

HttpServer::~HttpServer()
{
    d->server.close();
    delete d;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return d->server.listen(address, port);
}

quint16 HttpServer::serverPort() const
{
    return d->server.serverPort();
}

QString HttpServer::errorString() const
{
    return d->server.errorString();
}

int HttpServer::openConnectionCount() const
{
    return int(d->connections.size());
}

} // namespace confidant::server
