#pragma once

#include <QList>
#include <QString>

namespace confidant {

// A problem with one input field. `message` is the English source text in the translation context
// "Validation" (see Validation::TranslationContext); each front end translates it for its reader.
struct FieldError {
    QString field;
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = QList<FieldError>;

} // namespace confidant
