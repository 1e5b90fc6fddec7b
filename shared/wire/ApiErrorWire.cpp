#include "wire/ApiErrorWire.h"

#include <QJsonArray>

namespace confidant::wire {

QJsonObject toJson(const ApiError &error)
{
    QJsonArray fields;
    for (const FieldError &field : error.fields)
        fields.append(QJsonObject{{QStringLiteral("field"), field.field}, {QStringLiteral("message"), field.message}});
    QJsonObject inner{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
    if (!fields.isEmpty())
        inner.insert(QStringLiteral("fields"), fields);
    return {{QStringLiteral("error"), inner}};
}

// Lenient: an error answer is read for what it says, and a field it lacks is an empty one.
std::optional<ApiError> apiErrorFromJson(const QJsonObject &json)
{
    const QJsonObject inner = json.value(QStringLiteral("error")).toObject();
    if (!inner.value(QStringLiteral("code")).isString())
        return std::nullopt;
    ApiError error{inner.value(QStringLiteral("code")).toString(), inner.value(QStringLiteral("message")).toString(), {}};
    for (const QJsonValue &field : inner.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject f = field.toObject();
        error.fields.append({f.value(QStringLiteral("field")).toString(), f.value(QStringLiteral("message")).toString()});
    }
    return error;
}

} // namespace confidant::wire
