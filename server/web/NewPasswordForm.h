#pragma once

#include "validation/FieldError.h"

#include <QHash>
#include <QString>

namespace confidant::server {

// The "new password" and "repeat it" fields that the reset page and the settings page share.
class NewPasswordForm {
public:
    static QString password(const QHash<QString, QString> &form);
    // The rules of registration (validation::checkNewPassword), under this form's field names.
    static FieldErrors check(const QHash<QString, QString> &form);
};

} // namespace confidant::server
