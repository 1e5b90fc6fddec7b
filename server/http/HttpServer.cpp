#include "http/HttpServer.h"

#include "http/HttpConnection.h"
#include "http/HttpLog.h"

#include <QHash>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

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
    int open = 0;
};

HttpServer::HttpServer(const Router *router, HttpLimits limits, std::optional<TlsSettings> tls, QObject *parent)
    : QObject(parent), d(new Private{router, limits, std::move(tls), {}, {}, {}, 0})
{
    if (d->tls)
        d->tlsConfiguration = serverTlsConfiguration(*d->tls);
    d->server.accept = [this](qintptr descriptor) {
        QTcpSocket *socket = d->tls ? new QSslSocket : new QTcpSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        const QHostAddress peer = socket->peerAddress();
        const char *refusal = d->open >= d->limits.maxConnections ? "too many connections"
                            : d->perAddress.value(peer) >= d->limits.maxConnectionsPerAddress ? "too many connections from this address"
                                                                                               : nullptr;
        if (refusal) {
            socket->abort();
            delete socket;
            emit connectionRefused(peer, QString::fromLatin1(refusal));
            return;
        }
        if (d->tls)
            static_cast<QSslSocket *>(socket)->setSslConfiguration(d->tlsConfiguration);
        ++d->open;
        ++d->perAddress[peer];
        auto *connection = new HttpConnection(socket, d->router, d->limits, d->tls.has_value(), this);
        connect(connection, &HttpConnection::closed, this, [this, peer](HttpConnection *closed) {
            --d->open;
            if (--d->perAddress[peer] <= 0)
                d->perAddress.remove(peer);
            closed->deleteLater();
        });
        connection->start();
    };
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
    return d->open;
}

} // namespace confidant::server
