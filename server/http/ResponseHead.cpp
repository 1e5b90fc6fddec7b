#include "http/ResponseHead.h"

#include <QDateTime>
#include <QLocale>

namespace confidant::server {

QByteArray ResponseHead::serialise(const HttpResponse &response, bool tls, Body body, bool close)
{
    QByteArray out;
    out.reserve(256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpResponse::reasonPhrase(response.status) + "\r\n";
    bool hasCacheControl = false;
    for (const auto &[name, value] : response.headers) {
        // A handler's header must not split the response: refuse CR/LF inside it.
        if (name.contains('\r') || name.contains('\n') || value.contains('\r') || value.contains('\n'))
            continue;
        if (name.compare("connection", Qt::CaseInsensitive) == 0)
            continue; // written below, from what the connection will really do
        hasCacheControl |= name.compare("cache-control", Qt::CaseInsensitive) == 0;
        out += name + ": " + value + "\r\n";
    }
    if (!hasCacheControl)
        out += "Cache-Control: no-store\r\n";
    out += "X-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n";
    if (tls)
        out += "Strict-Transport-Security: max-age=31536000\r\n";
    out += "Date: " + httpDate() + "\r\n";
    if (body == Body::Sized)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    else if (body == Body::Chunked)
        out += "Transfer-Encoding: chunked\r\n";
    out += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    return out;
}

QByteArray ResponseHead::httpDate()
{
    // Formatting a date per response is measurable at thousands of requests per second; once a second is enough.
    static QByteArray cached;
    static qint64 cachedSecond = -1;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != cachedSecond) {
        cached = QLocale::c().toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
        cachedSecond = now;
    }
    return cached;
}

} // namespace confidant::server
