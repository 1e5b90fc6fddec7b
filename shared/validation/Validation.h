#pragma once

#include "validation/FieldError.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <optional>

namespace confidant::validation {

inline constexpr char TranslationContext[] = "Validation";

inline constexpr qsizetype SubjectMaxLength = 200;
inline constexpr qsizetype MessageBodyMaxLength = 20000;
inline constexpr qsizetype EmailMaxLength = 254;
inline constexpr qsizetype PasswordMinLength = 10;
inline constexpr qsizetype PasswordMaxLength = 256;
inline constexpr qsizetype TopicKeyMaxLength = 64;
inline constexpr qsizetype LoginMaxLength = 64;
inline constexpr qsizetype DisplayNameMaxLength = 120;
inline constexpr qsizetype NoteMaxLength = 4000;
inline constexpr int AbsenceMaxDays = 366;
inline constexpr qsizetype PostponementReasonMaxLength = 500;
inline constexpr int PostponementMaxDays = 36500;
inline constexpr qsizetype DeletionBatchMax = 500;

// Decodes bytes from the network; nullopt for anything that is not well-formed UTF-8 (overlong forms,
// surrogates, truncated sequences) or that carries NUL or other control characters except tab/CR/LF.
std::optional<QString> decodeStrictUtf8(QByteArrayView bytes);

// Each check returns the errors for one field, empty when the value is fine. Values are expected
// already decoded; length limits count user-perceived code points, not bytes.
FieldErrors checkEmail(const QString &email, const QString &field = QStringLiteral("email"));
// A pseudonym for anonymous counselling: 3 to 40 letters, digits, dots, dashes or underscores, no "@" (so it is
// never taken for an address, and never mailed to). Stored like an address (normalisedEmail: NFC, lower case).
FieldErrors checkPseudonym(const QString &pseudonym, const QString &field = QStringLiteral("pseudonym"));
FieldErrors checkNewPassword(const QString &password, const QString &field = QStringLiteral("password"));
FieldErrors checkSubject(const QString &subject, const QString &field = QStringLiteral("subject"));
FieldErrors checkMessageBody(const QString &body, const QString &field = QStringLiteral("body"));
FieldErrors checkTopicKey(const QString &key, const QString &field = QStringLiteral("topic"));
FieldErrors checkLogin(const QString &login, const QString &field = QStringLiteral("login"));
FieldErrors checkDisplayName(const QString &name, const QString &field = QStringLiteral("name"));
FieldErrors checkNoteText(const QString &text, const QString &field = QStringLiteral("text"));
// An absence ends after it starts and after `now` (a past one changes nothing) and lasts at most a year.
FieldErrors checkAbsence(const QDateTime &from, const QDateTime &to, const QDateTime &now);
// Why a deletion is postponed (1 to 500 characters), and until when: after `now`, within a hundred years. No date:
// a legal hold, which lasts until someone postpones the inquiry to a date instead.
FieldErrors checkPostponement(const QString &reason, const std::optional<QDateTime> &until, const QDateTime &now);

// An e-mail address as stored and compared: Unicode NFC (a composed and a decomposed "ü" are one account), trimmed,
// lower-cased.
QString normalisedEmail(const QString &email);

// Trims surrounding white space and normalises line endings to LF, as stored.
QString normalisedText(const QString &text);
// A name as stored and shown: one line, trimmed, every run of white space (tabs and line breaks too) one space,
// so names that differ only in spacing look the same to advisors. checkDisplayName judges this form.
QString normalisedName(const QString &name);

} // namespace confidant::validation
