#pragma once

#include "validation/FieldError.h"

#include <QJsonObject>
#include <optional>

namespace confidant::wire {

// The body of every API error response: {"error": {"code": "...", "message": "...", "fields": [...]}}.
struct ApiError {
    QString code;
    QString message;
    FieldErrors fields;
};
QJsonObject toJson(const ApiError &error);
std::optional<ApiError> apiErrorFromJson(const QJsonObject &json);

} // namespace confidant::wire
