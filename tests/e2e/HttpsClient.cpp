#include "HttpsClient.h"

#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

namespace confidant::testing {

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

HttpsClient::HttpsClient(QUrl base, const QSslCertificate &ca, const QSslCertificate &clientCertificate, const QSslKey &clientKey)
    : m_base(std::move(base))
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setCaCertificates({ca});
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!clientCertificate.isNull()) {
        m_tls.setLocalCertificate(clientCertificate);
        m_tls.setPrivateKey(clientKey);
    }
    m_manager.setCookieJar(new QNetworkCookieJar(&m_manager));
}

Reply HttpsClient::get(const QString &path, const QByteArray &acceptLanguage)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    if (!acceptLanguage.isEmpty())
        request.setRawHeader("Accept-Language", acceptLanguage);
    return send(request, "GET", {});
}

Reply HttpsClient::postForm(const QString &path, const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery query;
    for (const auto &[name, value] : fields)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return postRawForm(path, query.query(QUrl::FullyEncoded).toLatin1());
}

Reply HttpsClient::postRawForm(const QString &path, const QByteArray &body)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    return send(request, "POST", body);
}

Reply HttpsClient::postJson(const QString &path, const QByteArray &body, const QByteArray &contentType,
                            const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setRawHeader("Content-Type", contentType);
    for (const auto &[name, value] : extraHeaders)
        request.setRawHeader(name, value);
    return send(request, "POST", body);
}

Reply HttpsClient::sendJson(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    return send(request, verb, body);
}

Reply HttpsClient::send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body)
{
    request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    static const QRegularExpression token(QStringLiteral("name=\"csrf_token\" value=\"([^\"]*)\""));
    const auto match = token.match(QString::fromUtf8(result.body));
    if (match.hasMatch())
        m_csrfToken = match.captured(1);
    return result;
}

} // namespace confidant::testing
