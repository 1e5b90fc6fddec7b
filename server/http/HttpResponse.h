#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <memory>

namespace confidant::server {

class BodySource;

struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Set: the body comes from here piece by piece, chunked, instead of from `body` (BodySource).
    std::shared_ptr<BodySource> stream = nullptr;

    // Replaces any header of that name (case-insensitive).
    void setHeader(const QByteArray &name, const QByteArray &value);
    // Adds another header line, e.g. a second Set-Cookie.
    void addHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse html(int status, const QByteArray &utf8Html);
    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse text(int status, const QByteArray &utf8Text);
    static HttpResponse redirect(const QByteArray &location); // 303 See Other, the answer to a form POST
    static QByteArray reasonPhrase(int status);
};

} // namespace confidant::server
