#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

namespace confidant::testing {

struct Reply {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError; // set when no HTTP answer came (e.g. the TLS handshake was refused)
    QByteArray header(const QByteArray &name) const;
};

// A test client over real HTTPS that trusts only the test CA, keeps cookies like a browser, never follows
// redirects (tests assert them), and optionally presents a client certificate.
class HttpsClient {
public:
    HttpsClient(QUrl base, const QSslCertificate &ca, const QSslCertificate &clientCertificate = QSslCertificate(), const QSslKey &clientKey = QSslKey());

    Reply get(const QString &path, const QByteArray &acceptLanguage = {});
    Reply postForm(const QString &path, const QList<QPair<QString, QString>> &fields);
    Reply postRawForm(const QString &path, const QByteArray &body);
    Reply postJson(const QString &path, const QByteArray &body, const QByteArray &contentType = "application/json",
                   const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    // Any method with a JSON body (PUT), or none (DELETE).
    Reply sendJson(const QByteArray &verb, const QString &path, const QByteArray &body = {});
    // The csrf_token of the last HTML page this client received.
    QString csrfToken() const { return m_csrfToken; }

private:
    Reply send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body);

    QUrl m_base;
    QNetworkAccessManager m_manager;
    QSslConfiguration m_tls;
    QString m_csrfToken;
};

} // namespace confidant::testing
