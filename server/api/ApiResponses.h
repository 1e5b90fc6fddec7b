#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "store/StoreError.h"
#include "validation/FieldError.h"

#include <chrono>
#include <optional>

namespace confidant::server {

// How long a client should wait after a 503 before asking again (the Retry-After header).
inline constexpr std::chrono::seconds retryAfterOutage{10};

// Every API error has the same JSON shape (wire::ApiError); the status for a service failure is chosen here only.
HttpResponse apiError(int status, const QString &code, const QString &message, const FieldErrors &fields = {});
HttpResponse apiError(const ServiceError &error);
int statusFor(ServiceError::Kind kind);

// A JSON document already encoded (a feed page, a cached answer) as a 200 answer.
HttpResponse encodedJson(const QByteArray &document);

// A query parameter as a whole number in [minimum, maximum]; `fallback` when absent, nullopt when malformed.
std::optional<qint64> numberParameter(const HttpRequest &request, const QString &name, qint64 fallback, qint64 minimum, qint64 maximum);
// 400 for a parameter numberParameter refused, saying what it must be.
HttpResponse badParameter(const QString &name, qint64 minimum, qint64 maximum);

// The id in the route's path ({id}): a whole number above 0, else none (the route answers 404).
std::optional<qint64> idOf(const HttpRequest &request);
// A body the route reads as JSON must say so (415 otherwise): `what` names it in the refusal.
std::optional<HttpResponse> unlessJson(const HttpRequest &request, const char *what);
// A body that is not a JSON object is malformed (400); one whose fields are wrong says which (422).
HttpResponse badBody(const FieldErrors &errors, const QString &message);

} // namespace confidant::server
