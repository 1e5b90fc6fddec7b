#include "api/ApiResponses.h"

#include "wire/WireFormat.h"

namespace confidant::server {

HttpResponse apiError(int status, const QString &code, const QString &message, const FieldErrors &fields)
{
    return HttpResponse::json(status, wire::toJson(wire::ApiError{code, message, fields}));
}

int statusFor(ServiceError::Kind kind)
{
    switch (kind) {
    case ServiceError::Invalid: return 422;
    case ServiceError::Unauthorized: return 401;
    case ServiceError::Forbidden: return 403;
    case ServiceError::NotFound: return 404;
    case ServiceError::Conflict: return 409;
    case ServiceError::Unavailable: return 503;
    }
    return 503;
}

HttpResponse apiError(const ServiceError &error)
{
    static const char *const codes[] = {"invalid", "unauthorized", "forbidden", "not_found", "conflict", "unavailable"};
    HttpResponse response = apiError(statusFor(error.kind), QString::fromLatin1(codes[error.kind]), error.message);
    // An outage is worth retrying, soon but not at once: the client waits instead of hammering a recovering database.
    if (error.kind == ServiceError::Unavailable)
        response.setHeader("Retry-After", QByteArray::number(retryAfterOutage.count()));
    return response;
}

} // namespace confidant::server
