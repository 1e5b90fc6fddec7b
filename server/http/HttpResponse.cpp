#include "http/HttpResponse.h"

#include <QJsonDocument>

namespace confidant::server {

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
}

void HttpResponse::addHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponse HttpResponse::html(int status, const QByteArray &utf8Html)
{
    HttpResponse response{status, {{"Content-Type", "text/html; charset=utf-8"}}, utf8Html};
    return response;
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return {status, {{"Content-Type", "application/json; charset=utf-8"}}, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

HttpResponse HttpResponse::text(int status, const QByteArray &utf8Text)
{
    return {status, {{"Content-Type", "text/plain; charset=utf-8"}}, utf8Text};
}

HttpResponse HttpResponse::redirect(const QByteArray &location)
{
    return {303, {{"Location", location}, {"Content-Type", "text/plain; charset=utf-8"}}, QByteArray()};
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Unknown";
    }
}

} // namespace confidant::server
