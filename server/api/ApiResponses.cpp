#include "api/ApiResponses.h"

#include "wire/ApiErrorWire.h"

namespace confidant::server {

HttpResponse apiError(int status, const QString &code, const QString &message, const FieldErrors &fields)
{
    return HttpResponse::json(status, wire::toJson(wire::ApiError{code, message, fields}));
}

int statusFor(ServiceError::Kind kind)
{
    switch (kind) {
    case ServiceError::Invalid: return 422;
    case ServiceError::Forbidden: return 403;
    case ServiceError::NotFound: return 404;
    case ServiceError::Conflict: return 409;
    case ServiceError::Unavailable: return 503;
    }
    return 503;
}

HttpResponse apiError(const ServiceError &error)
{
    static const char *const codes[] = {"invalid", "forbidden", "not_found", "conflict", "unavailable"};
    HttpResponse response = apiError(statusFor(error.kind), QString::fromLatin1(codes[error.kind]), error.message, error.fields);
    // An outage is worth retrying, soon but not at once: the client waits instead of hammering a recovering database.
    if (error.kind == ServiceError::Unavailable)
        response.setHeader("Retry-After", QByteArray::number(retryAfterOutage.count()));
    return response;
}

HttpResponse encodedJson(const QByteArray &document)
{
    return HttpResponse{200, {{"Content-Type", "application/json; charset=utf-8"}}, document};
}

std::optional<qint64> numberParameter(const HttpRequest &request, const QString &name, qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

HttpResponse badParameter(const QString &name, qint64 minimum, qint64 maximum)
{
    return apiError(400, QStringLiteral("bad_parameter"),
                    QStringLiteral("The parameter \"%1\" must be a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum));
}

std::optional<qint64> idOf(const HttpRequest &request)
{
    bool ok = false;
    const qint64 id = request.pathParameters.value(QStringLiteral("id")).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<HttpResponse> unlessJson(const HttpRequest &request, const char *what)
{
    if (request.header("content-type").toLower().startsWith("application/json"))
        return std::nullopt;
    return apiError(415, QStringLiteral("unsupported_media_type"), QStringLiteral("Send the %1 as application/json.").arg(QLatin1String(what)));
}

HttpResponse badBody(const FieldErrors &errors, const QString &message)
{
    const bool malformed = !errors.isEmpty() && errors.first().field.isEmpty();
    return malformed ? apiError(400, QStringLiteral("malformed_json"), errors.first().message)
                     : apiError(422, QStringLiteral("invalid"), message, errors);
}

} // namespace confidant::server
