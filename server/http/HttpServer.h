#pragma once

#include "http/HttpLimits.h"
#include "http/Router.h"
#include "http/TlsPolicy.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <optional>

namespace confidant::server {

struct TlsSettings {
    QSslCertificate certificate;
    QList<QSslCertificate> chain;             // intermediates, may be empty
    QSslKey privateKey;
    // When non-empty, a client certificate issued by one of these is required at the handshake
    // (mutual TLS); without one, or with one from another CA, the handshake fails.
    QList<QSslCertificate> clientCaCertificates;
    TlsPolicy policy; // versions and cipher suites; the defaults are the product's policy
};

// A small HTTP/1.1 server over QTcpServer/QSslSocket with llhttp-style parsing by http_parser.
// See docs/architecture.md for why Confidant does not use QHttpServer.
class HttpServer : public QObject {
    Q_OBJECT
public:
    HttpServer(const Router *router, HttpLimits limits, std::optional<TlsSettings> tls, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    quint16 serverPort() const;
    QString errorString() const;
    int openConnectionCount() const;

signals:
    void connectionRefused(const QHostAddress &peer, const QString &reason);

private:
    void admit(qintptr descriptor, const QHostAddress &client);

    class Private;
    Private *d;
};

} // namespace confidant::server
