#pragma once

#include "http/HttpResponse.h"
#include "store/StoreError.h"
#include "validation/FieldError.h"

#include <chrono>

namespace confidant::server {

// How long a client should wait after a 503 before asking again (the Retry-After header).
inline constexpr std::chrono::seconds retryAfterOutage{10};

// Every API error has the same JSON shape (wire::ApiError); the status for a service failure is chosen here only.
HttpResponse apiError(int status, const QString &code, const QString &message, const FieldErrors &fields = {});
HttpResponse apiError(const ServiceError &error);
int statusFor(ServiceError::Kind kind);

} // namespace confidant::server
