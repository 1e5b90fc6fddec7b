#pragma once

#include "validation/FieldError.h"

#include <QString>
#include <QtGlobal>
#include <variant>

namespace confidant::server {

// What a store or service call can fail with. The HTTP layers map `kind` to a status in one place each.
struct ServiceError {
    enum Kind { Invalid, Forbidden, NotFound, Conflict, Unavailable };
    Kind kind = Unavailable;
    QString message; // English source text, translation context "ServiceError"; never SQL or a stack trace
    FieldErrors fields = {}; // Invalid: what is wrong with each field sent, where the caller sent fields
};

// The database could not be asked (down, restarting, a statement failed): never "not found" or "empty".
inline ServiceError unavailable()
{
    return {ServiceError::Unavailable,
            QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "The mailbox is not available right now. Please try again later."))};
}

template<typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(ServiceError error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_value); }
    T &value() { return std::get<T>(m_value); }
    const T *operator->() const { return &value(); }
    const ServiceError &error() const { return std::get<ServiceError>(m_value); }

private:
    std::variant<T, ServiceError> m_value;
};

struct Done {};

} // namespace confidant::server
