#include "web/NewPasswordForm.h"

#include "validation/Validation.h"

namespace confidant::server {

QString NewPasswordForm::password(const QHash<QString, QString> &form)
{
    return form.value(QStringLiteral("new_password"));
}

FieldErrors NewPasswordForm::check(const QHash<QString, QString> &form)
{
    FieldErrors errors = validation::checkNewPassword(password(form));
    for (FieldError &error : errors)
        error.field = QStringLiteral("new_password");
    if (errors.isEmpty() && password(form) != form.value(QStringLiteral("new_password_confirm")))
        errors.append({QStringLiteral("new_password_confirm"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "The two passwords do not match."))});
    return errors;
}

} // namespace confidant::server
