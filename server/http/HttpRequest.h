#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrlQuery>

namespace confidant::server {

struct HttpRequest {
    QByteArray method;                // upper case, e.g. "GET"
    QByteArray rawTarget;             // as sent, e.g. "/inquiries/7?x=1"
    QString path;                     // percent-decoded path without the query, e.g. "/inquiries/7"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in arrival order
    QByteArray body;
    int httpMinorVersion = 1;         // 0 for HTTP/1.0
    QHostAddress peerAddress;
    bool secure = false;
    // The client certificate, only when the TLS handshake verified it against the configured CA.
    QSslCertificate verifiedPeerCertificate;
    // Values of {placeholders} in the matched route pattern.
    QHash<QString, QString> pathParameters;

    QByteArray header(QByteArrayView lowerCaseName) const;
    QList<QByteArray> headerValues(QByteArrayView lowerCaseName) const;
    // application/x-www-form-urlencoded body; nullopt when it is not valid UTF-8 after decoding.
    std::optional<QHash<QString, QString>> formFields() const;
    QString cookie(const QString &name) const;
};

} // namespace confidant::server
